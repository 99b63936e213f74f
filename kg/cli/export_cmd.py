"""`kg export` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("export", help="(not yet available)")
    def _export() -> None:
        typer.echo("kg export: not yet available", err=True)
        raise typer.Exit(1)
