"""The ``kg`` command line. Thin: parse options, call one library function, format output.

Each command lives in its own module with a ``register(app)`` function. :func:`main` turns
:class:`kg.errors.KGError` into a one-line ``kg: error: …`` message and its exit code.
"""

from __future__ import annotations

import logging
import sys

import typer

from kg import __version__
from kg.cli import _help
from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of ML papers: ingest, extract, load into Neo4j, export RDF.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version."
    ),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only warnings and errors."),
) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    logging.basicConfig(level=level, format="kg: %(levelname)s: %(message)s", stream=sys.stderr)
    for noisy in ("neo4j", "urllib3", "httpx", "rdflib"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _register_all() -> None:
    from kg.cli import (
        build_cmd,
        eval_cmd,
        export_cmd,
        extract_cmd,
        ingest_cmd,
        neo4j_cmd,
        query_cmd,
        report_cmd,
        serve_cmd,
        sparql_cmd,
        stats_cmd,
    )

    for module in (
        neo4j_cmd,
        ingest_cmd,
        extract_cmd,
        build_cmd,
        query_cmd,
        stats_cmd,
        export_cmd,
        sparql_cmd,
        eval_cmd,
        serve_cmd,
        report_cmd,
    ):
        module.register(app)


_register_all()
_help.install()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code (the console script passes it to ``sys.exit``).

    Usage errors are handled by the CLI framework (exit 2); :class:`KGError` becomes a
    one-line ``kg: error: …`` message and its documented exit code.
    """
    try:
        app(args=argv, prog_name="kg", standalone_mode=True)
    except SystemExit as exc:
        if exc.code is None:
            return 0
        return exc.code if isinstance(exc.code, int) else 1
    except KGError as exc:
        typer.echo(f"kg: error: {exc.one_line()}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        typer.echo("kg: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    return 0


def console_main() -> None:
    sys.exit(main())
