"""`kg sparql` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("sparql", help="(not yet available)")
    def _sparql() -> None:
        typer.echo("kg sparql: not yet available", err=True)
        raise typer.Exit(1)
