"""`kg extract` — run the spaCy extraction pipeline over papers, write Extraction JSONL."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from kg.cli._options import (
    check_extraction_options,
    engine_option,
    format_option,
    inputs_argument,
    jobs_option,
    max_chars_option,
    pipeline_option,
    report_skipped_files,
    resume_option,
    scheduler_option,
    shard_size_option,
    strict_option,
)
from kg.errors import ConfigError, InputError, StrictModeError

if TYPE_CHECKING:
    from kg.sources import ReadStats


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        inputs: list[str] = inputs_argument(),
        output: Path | None = typer.Option(
            None, "--output", "-o", help="Write Extraction JSONL here (default: stdout)."
        ),
        jobs: int = jobs_option(),
        fmt: str | None = format_option(),
        spacy_model: str | None = typer.Option(
            None,
            "--spacy-model",
            help="An installed pretrained spaCy pipeline to add cues (optional).",
        ),
        batch_size: int = typer.Option(64, "--batch-size", help="Papers per nlp.pipe batch."),
        pipeline: str | None = pipeline_option(),
        strict: bool = strict_option(),
        shard_size: int = shard_size_option("with --output: OUTPUT.shards/"),
        resume: bool = resume_option(" (with --output)"),
        engine: str = engine_option(),
        scheduler: str | None = scheduler_option(),
        max_chars: int = max_chars_option(),
    ) -> None:
        """Extract methods, models, datasets, metrics and tasks, paper relations and results.

        One Extraction JSON object per line. Progress bar on a terminal; summary on stderr.
        """
        check_extraction_options(jobs, batch_size, shard_size, engine, scheduler)
        sharded = output is not None and str(output) != "-"
        if engine == "dask" and not sharded:
            raise ConfigError("--engine dask needs --output FILE (workers write shards)")
        if sharded:
            _extract_sharded(
                inputs,
                output,
                fmt=fmt,
                strict=strict,
                jobs=jobs,
                batch_size=batch_size,
                spacy_model=spacy_model,
                pipeline=pipeline,
                shard_size=shard_size,
                resume=resume,
                engine=engine,
                scheduler=scheduler,
                max_chars=max_chars,
            )
            return
        from kg.extract import extract_json_lines
        from kg.extract.pipeline import build_nlp
        from kg.sources import ReadStats, read_papers

        stats = ReadStats()
        nlp = build_nlp(spacy_model=spacy_model, pipeline=pipeline)
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
        where = output if close else None
        _report_done((n, mentions, relations, results), stats, started, where, strict)


def _extract_sharded(
    inputs: list[str],
    output: Path,
    *,
    fmt: str | None,
    strict: bool,
    jobs: int,
    batch_size: int,
    spacy_model: str | None,
    pipeline: str | None,
    shard_size: int,
    resume: bool,
    engine: str,
    scheduler: str | None,
    max_chars: int,
) -> None:
    """``kg extract -o FILE``: resumable shards beside FILE, then FILE replaced atomically."""
    import json

    from kg import shards
    from kg.build import extract_sharded
    from kg.sources import ReadStats, read_papers

    stats = ReadStats()
    papers = read_papers(
        inputs, fmt, strict=strict, stats=stats, merge=False, max_chars=max_chars
    )
    started = time.perf_counter()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    manifest = extract_sharded(
        papers,
        output,
        n_process=jobs,
        batch_size=batch_size,
        spacy_model=spacy_model,
        pipeline=pipeline,
        identity={"inputs": [str(i) for i in inputs], "format": fmt, "command": "extract"},
        shard_size=shard_size,
        resume=resume,
        engine=engine,
        scheduler=scheduler,
        echo=lambda m: typer.echo(m, err=True),
    )
    counts = [0, 0, 0, 0]

    def count(line: str) -> None:
        data = json.loads(line)
        counts[0] += 1
        counts[1] += len(data.get("mentions", ()))
        counts[2] += len(data.get("relations", ()))
        counts[3] += len(data.get("results", ()))

    shard_dir = shards.shard_dir_for(output)
    try:
        shards.finish(shard_dir, manifest, output, count)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    shards.mark_complete(shard_dir, manifest)
    _report_done(tuple(counts), stats, started, output, strict)


def _report_done(
    counts: tuple[int, ...], stats: ReadStats, started: float, output: Path | None, strict: bool
) -> None:
    """The run's one-line summary on stderr; then --strict's error and the skipped files."""
    n, mentions, relations, results = counts
    where = f" → {output}" if output is not None else ""
    typer.echo(
        f"kg extract: {n} papers, {mentions} mentions, {relations} relations, "
        f"{results} results ({stats.skipped} bad records skipped) in "
        f"{time.perf_counter() - started:.1f}s{where}",
        err=True,
    )
    if strict and stats.skipped:
        raise StrictModeError(f"{stats.skipped} bad records were skipped")
    report_skipped_files(stats.file_errors, stats.files_skipped)
