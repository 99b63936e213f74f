"""`kg neo4j` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("neo4j", help="(not yet available)")
    def _neo4j() -> None:
        typer.echo("kg neo4j: not yet available", err=True)
        raise typer.Exit(1)
