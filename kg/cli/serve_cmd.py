"""`kg serve` — serve the RDF dumps for download (HTML index, latest/dated dumps, VoID)."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.errors import ConfigError, InputError


def register(app: typer.Typer) -> None:
    @app.command(
        "serve",
        help="Serve the RDF dumps for download (index with size, date, triple count and "
        "SHA-256, /dumps/latest.ttl.gz, dated dumps, VoID, the Neo4j Browser guide), a "
        "read-only SPARQL endpoint at /sparql, entity pages with content negotiation, "
        "leaderboards and trends.",
    )
    def _serve(
        directory: Path = typer.Option(
            Path("kg-out/dumps"), "--dir", help="Directory with the dumps (kg build writes them)."
        ),
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
        port: int = typer.Option(8080, "--port", help="TCP port."),
        base_iri: str | None = typer.Option(
            None,
            "--base-iri",
            help="Base IRI of the resources whose pages this server shows (default: the "
            "dump's VoID void:uriSpace, else KG_BASE_IRI, else https://w3id.org/mlkg/resource/).",
        ),
        max_connections: int = typer.Option(
            256, "--max-connections", min=1, help="Open connections at most (more get 503)."
        ),
        header_timeout: float = typer.Option(
            10.0,
            "--header-timeout",
            min=0.1,
            help="Seconds a client has to send a complete request head.",
        ),
    ) -> None:
        if not directory.is_dir():
            raise InputError(
                f"dumps directory {directory} not found",
                hint="run `kg build` (writes kg-out/dumps/) or `kg export`, or pass --dir",
            )
        if not 0 < port < 65536:
            raise ConfigError(f"bad port {port}")
        from kg.rdf.export import check_base_iri
        from kg.serve.app import Limits, bind, serve

        if base_iri:
            check_base_iri(base_iri)
        try:
            sock = bind(host, port)
        except (OSError, UnicodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise ConfigError(
                f"cannot listen on {host}:{port} ({reason})",
                hint="choose another --port, or stop the server that uses it",
            ) from exc
        typer.echo(f"kg serve: http://{host}:{port}/  (dumps from {directory})", err=True)
        limits = Limits(max_connections=max_connections, header_timeout=header_timeout)
        serve(directory, host=host, port=port, limits=limits, sock=sock, base_iri=base_iri)
