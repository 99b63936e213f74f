"""`kg neo4j start|stop|status` — the local Neo4j Community server (no Docker needed)."""

from __future__ import annotations

import typer

from kg.errors import LauncherError

neo4j_app = typer.Typer(
    name="neo4j",
    help="Run the local Neo4j Community 5.26 server (Maven Central jars, Java 17, no Docker).",
    no_args_is_help=True,
)


def _echo(message: str) -> None:
    typer.echo(message)


@neo4j_app.command("start")
def start_cmd(
    timeout: float = typer.Option(
        120.0, "--timeout", min=1.0, help="Seconds to wait until Bolt answers."
    ),
    heap: str | None = typer.Option(
        None, "--heap", help="JVM heap, e.g. 2g (default: KG_NEO4J_HEAP or 2g)."
    ),
    pagecache: str | None = typer.Option(
        None, "--pagecache", help="Page cache, e.g. 1g (default: KG_NEO4J_PAGECACHE or 1g)."
    ),
) -> None:
    """Start the server (a no-op when it already runs); returns once Bolt answers."""
    from kg.config import get_settings
    from kg.neo4j import launcher

    settings = get_settings(neo4j_heap=heap, neo4j_pagecache=pagecache)
    st = launcher.start(settings, timeout=timeout, echo=_echo)
    _print_status(st)


@neo4j_app.command("stop")
def stop_cmd(
    timeout: float = typer.Option(
        60.0, "--timeout", min=1.0, help="Seconds to wait after SIGTERM before SIGKILL."
    ),
) -> None:
    """Stop the server started by `kg neo4j start` (by its pid file, never by name)."""
    from kg.config import get_settings
    from kg.neo4j import launcher

    launcher.stop(get_settings(), timeout=timeout, echo=_echo)


@neo4j_app.command("status")
def status_cmd() -> None:
    """Print URI, version, pid and Browser URL; exit 6 when the server is not running."""
    from kg.config import get_settings
    from kg.neo4j import launcher

    st = launcher.status(get_settings())
    if not st.running:
        raise LauncherError(
            f"Neo4j is not running ({st.uri}, home {st.home})", hint="run `kg neo4j start`"
        )
    if not st.answering:
        raise LauncherError(
            f"Neo4j process {st.pid} is running but {st.uri} does not answer: {st.error}",
            hint=(
                "use the NEO4J_PASSWORD the server was first started with"
                if st.error and "credentials" in st.error
                else f"it may still be starting; see the logs in {st.home / 'logs'}"
            ),
        )
    _print_status(st)


def _print_status(st: object) -> None:
    from kg.neo4j.launcher import ServerStatus

    assert isinstance(st, ServerStatus)
    typer.echo(f"uri:      {st.uri}")
    version = f"{st.version} ({st.edition})" if st.version else "unknown"
    typer.echo(f"version:  {version}")
    pid = str(st.pid) if st.pid is not None else "unknown (not started by kg)"
    typer.echo(f"pid:      {pid}")
    typer.echo(f"browser:  {st.browser_url}")
    typer.echo(f"home:     {st.home}")


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app, name="neo4j")
