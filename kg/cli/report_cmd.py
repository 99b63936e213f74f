"""`kg report` — one self-contained HTML report (summary, leaderboards, trends) of a build."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command(
        "report",
        help="Write one self-contained HTML file with the summary, leaderboards, trend charts "
        "and dataset co-occurrence of a build directory (opens offline, no server needed).",
    )
    def _report(
        build_dir: Path = typer.Argument(Path("kg-out"), help="A kg build directory."),
        out: Path = typer.Option(Path("report.html"), "--output", "-o", help="Output file."),
    ) -> None:
        from kg.serve.report import write_report

        path = write_report(build_dir, out)
        typer.echo(f"wrote {path} ({path.stat().st_size:,} bytes)")
