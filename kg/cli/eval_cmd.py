"""`kg eval` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval", help="(not yet available)")
    def _eval() -> None:
        typer.echo("kg eval: not yet available", err=True)
        raise typer.Exit(1)
