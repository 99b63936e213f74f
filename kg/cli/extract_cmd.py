"""`kg extract` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("extract", help="(not yet available)")
    def _extract() -> None:
        typer.echo("kg extract: not yet available", err=True)
        raise typer.Exit(1)
