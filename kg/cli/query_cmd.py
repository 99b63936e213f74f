"""`kg query` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("query", help="(not yet available)")
    def _query() -> None:
        typer.echo("kg query: not yet available", err=True)
        raise typer.Exit(1)
