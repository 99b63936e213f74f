"""`kg ingest` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("ingest", help="(not yet available)")
    def _ingest() -> None:
        typer.echo("kg ingest: not yet available", err=True)
        raise typer.Exit(1)
