"""`kg build` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("build", help="(not yet available)")
    def _build() -> None:
        typer.echo("kg build: not yet available", err=True)
        raise typer.Exit(1)
