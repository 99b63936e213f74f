"""`kg serve` — serve the RDF dumps for download (HTML index, latest/dated dumps, VoID)."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.errors import ConfigError, InputError


def register(app: typer.Typer) -> None:
    @app.command(
        "serve",
        help="Serve the RDF dumps for download: an index with size, date, triple count and "
        "SHA-256, /dumps/latest.ttl.gz, dated dumps, VoID, and the Neo4j Browser guide.",
    )
    def _serve(
        directory: Path = typer.Option(
            Path("kg-out/dumps"), "--dir", help="Directory with the dumps (kg build writes them)."
        ),
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
        port: int = typer.Option(8080, "--port", help="TCP port."),
    ) -> None:
        if not directory.is_dir():
            raise InputError(
                f"dumps directory {directory} not found",
                hint="run `kg build` (writes kg-out/dumps/) or `kg export`, or pass --dir",
            )
        if not 0 < port < 65536:
            raise ConfigError(f"bad port {port}")
        from kg.serve.app import serve

        typer.echo(f"kg serve: http://{host}:{port}/  (dumps from {directory})", err=True)
        serve(directory, host=host, port=port)
