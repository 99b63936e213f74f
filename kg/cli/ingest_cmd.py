"""`kg ingest` — read paper abstracts in any supported format, write normalised Paper JSONL."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli._options import (
    INPUT_FORMATS,
    format_option,
    inputs_argument,
    report_skipped_files,
    strict_option,
)


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest(
        inputs: list[str] = inputs_argument(),
        output: Path | None = typer.Option(
            None, "--output", "-o", help="Write Paper JSONL here (default: stdout)."
        ),
        fmt: str | None = format_option(f"{INPUT_FORMATS} (default: from extension/content)."),
        strict: bool = strict_option(),
        fields: list[str] | None = typer.Option(
            None,
            "--field",
            metavar="FIELD=KEY",
            help="Map a Paper field to your column/key, e.g. --field abstract=summary.",
        ),
        merge: bool = typer.Option(
            True,
            "--merge/--no-merge",
            help="Merge duplicate papers' fields (default; output after all input is read) "
            "or stream and drop later duplicates.",
        ),
    ) -> None:
        """Read papers (trending-page text, JSONL/JSON, CSV, arXiv Atom, arXiv snapshot).

        Bad records are skipped with a warning naming file and line; the summary goes to
        stderr. Exit codes: 3 unreadable input (after writing the papers of the other
        inputs), 4 bad record with --strict.
        """
        from kg.errors import InputError
        from kg.sources import ReadStats, parse_field_map, read_papers, write_papers
        from kg.sources.detect import canonical_format

        try:
            field_map = parse_field_map(fields)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--field") from exc
        try:
            canonical_format(fmt)
        except InputError as exc:
            raise typer.BadParameter(exc.one_line(), param_hint="--format") from exc
        stats = ReadStats()
        papers = read_papers(
            inputs, fmt, strict=strict, stats=stats, field_map=field_map or None, merge=merge
        )
        write_papers(papers, output)
        where = f" → {output}" if output is not None and str(output) != "-" else ""
        files = f"{stats.files} file{'s' if stats.files != 1 else ''}"
        typer.echo(
            f"kg ingest: {files}, {stats.papers} papers ({stats.read} records read, "
            f"{stats.skipped} skipped, {stats.duplicates} duplicates){where}",
            err=True,
        )
        report_skipped_files(stats.file_errors, stats.files_skipped)
