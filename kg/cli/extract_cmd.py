"""`kg extract` — run the spaCy extraction pipeline over papers, write Extraction JSONL."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import IO

import typer

from kg.cli._options import check_sizes, max_chars_option, report_skipped_files
from kg.errors import InputError, StrictModeError


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        inputs: list[str] = typer.Argument(
            ..., metavar="INPUT...", help="Files, directories, or - for stdin."
        ),
        output: Path | None = typer.Option(
            None, "--output", "-o", help="Write Extraction JSONL here (default: stdout)."
        ),
        jobs: int = typer.Option(
            1,
            "--jobs",
            "-j",
            help="Worker processes (each runs nlp.pipe on its own batches).",
        ),
        fmt: str | None = typer.Option(
            None,
            "--format",
            "-f",
            help="Input format: page, jsonl, json, csv, tsv, atom or arxiv (default: detect).",
        ),
        spacy_model: str | None = typer.Option(
            None,
            "--spacy-model",
            help="An installed pretrained spaCy pipeline to add cues (optional).",
        ),
        batch_size: int = typer.Option(64, "--batch-size", help="Papers per nlp.pipe batch."),
        strict: bool = typer.Option(
            False, "--strict", help="Fail (exit 4) at the first bad record instead of skipping."
        ),
        max_chars: int = max_chars_option(),
    ) -> None:
        """Extract methods, models, datasets, metrics and tasks, paper relations and results.

        One Extraction JSON object per line. Progress bar on a terminal; summary on stderr.
        """
        check_sizes(jobs, batch_size)
        from kg.extract import extract_json_lines
        from kg.extract.pipeline import build_nlp
        from kg.sources import ReadStats, read_papers

        stats = ReadStats()
        nlp = build_nlp(spacy_model=spacy_model)
        if max_chars + 2 > nlp.max_length:  # title + blank line + abstract
            nlp.max_length = max_chars + 2
        papers = read_papers(
            inputs, fmt, strict=strict, stats=stats, merge=False, max_chars=max_chars
        )
        out: IO[str]
        close = False
        if output is None or str(output) == "-":
            out = sys.stdout
        else:
            try:
                output.parent.mkdir(parents=True, exist_ok=True)
                out = output.open("w", encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
            close = True
        progress = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            progress = tqdm(unit=" papers", file=sys.stderr, desc="kg extract")
        started = time.perf_counter()
        n = mentions = relations = results = 0
        try:
            for line in extract_json_lines(papers, nlp=nlp, n_process=jobs, batch_size=batch_size):
                out.write(line.json)
                out.write("\n")
                n += 1
                mentions += line.mentions
                relations += line.relations
                results += line.results
                if progress is not None:
                    progress.update(1)
        finally:
            if progress is not None:
                progress.close()
            if close:
                out.close()
            else:
                out.flush()
        secs = time.perf_counter() - started
        where = f" → {output}" if close else ""
        typer.echo(
            f"kg extract: {n} papers, {mentions} mentions, {relations} relations, "
            f"{results} results ({stats.skipped} bad records skipped) in {secs:.1f}s{where}",
            err=True,
        )
        if strict and stats.skipped:
            raise StrictModeError(f"{stats.skipped} bad records were skipped")
        report_skipped_files(stats.file_errors, stats.files_skipped)
