"""`kg serve` — not yet available (see the issue tracker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("serve", help="(not yet available)")
    def _serve() -> None:
        typer.echo("kg serve: not yet available", err=True)
        raise typer.Exit(1)
