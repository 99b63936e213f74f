""":func:`read_papers` — every input format, one stream of normalised, de-duplicated Papers."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from kg.errors import ConfigError, InputError
from kg.models import Paper
from kg.sources.atom import read_atom
from kg.sources.base import (
    MAX_MESSAGES,
    ReadContext,
    ReadStats,
    looks_binary,
    text_lines,
)
from kg.sources.csv_reader import read_csv
from kg.sources.dedup import MergeStore, SeenIds
from kg.sources.detect import canonical_format, expand_inputs, open_input, sniff_format
from kg.sources.jsonl import read_json, read_jsonl
from kg.sources.page import read_page
from kg.sources.records import check_field_map

log = logging.getLogger("kg.sources")


def read_papers(
    inputs: Sequence[str | os.PathLike[str]],
    fmt: str | None = None,
    *,
    strict: bool = False,
    stats: ReadStats | None = None,
    field_map: dict[str, str] | None = None,
    merge: bool = True,
    max_chars: int | None = None,
) -> Iterator[Paper]:
    """Read Papers from files, directories and ``"-"`` (stdin), in input order.

    * ``fmt`` (one of :data:`kg.sources.FORMATS`) overrides detection from extension/content.
    * Bad records are skipped with a warning naming file and line/record and counted in
      ``stats.skipped``; ``strict=True`` raises :class:`~kg.errors.RecordError` instead.
      A file that cannot be read at all (unreadable, binary, unsafe XML, empty and
      unrecognisable) is skipped with a warning and counted in ``stats.files_skipped`` while
      the other inputs are read; only when no input could be read (or with ``strict``) does
      it raise :class:`~kg.errors.InputError`. Callers should report skipped files (the CLI
      exits 3 after writing the papers of the good files).
    * A record whose title + abstract exceeds ``max_chars`` characters is a bad record
      (``None`` or 0: no limit; ``kg extract``/``kg build`` default to
      :data:`~kg.sources.base.DEFAULT_MAX_CHARS`).
    * ``field_map`` maps Paper fields to record keys (``{"title": "paper_title"}``) for the
      JSON/JSONL/CSV readers.
    * Papers with the same id are de-duplicated (``stats.duplicates``). ``merge=True``
      (default) fills empty fields from later copies and yields after all inputs are read;
      ``merge=False`` yields immediately and drops later copies. Memory stays bounded in
      both modes (see :mod:`kg.sources.dedup`).
    """
    stats = stats if stats is not None else ReadStats()
    fmt_name = canonical_format(fmt)
    try:
        check_field_map(field_map)
    except ValueError as exc:
        raise ConfigError(str(exc), hint="use --field title=COLUMN") from exc
    if max_chars is not None and max_chars < 0:
        raise ConfigError(f"--max-chars must be positive, not {max_chars}")
    ctx = ReadContext(
        stats=stats,
        strict=strict,
        field_map=dict(field_map or {}) or None,
        max_chars=max_chars or None,
    )
    papers = _read_all(inputs, fmt_name, ctx)
    if merge:
        store = MergeStore(on_conflict=lambda msg: _conflict(stats, msg))
        try:
            for paper in papers:
                store.add(paper)
            store.flush()
            stats.duplicates += store.duplicates
            for paper in store:
                stats.papers += 1
                yield paper
        finally:
            store.close()
    else:
        seen = SeenIds()
        try:
            for paper in papers:
                if seen.add(paper.id):
                    stats.papers += 1
                    yield paper
                else:
                    stats.duplicates += 1
                    log.debug("duplicate %s at %s dropped", paper.id, paper.source)
        finally:
            seen.close()


def _conflict(stats: ReadStats, message: str) -> None:
    stats.conflicts += 1
    stats.add_message(message)
    if stats.conflicts <= MAX_MESSAGES:
        log.warning("%s", message)
    elif stats.conflicts == MAX_MESSAGES + 1:
        log.warning("more than %d duplicate conflicts: further ones are only counted", MAX_MESSAGES)


def _read_all(
    inputs: Sequence[str | os.PathLike[str]], fmt: str | None, ctx: ReadContext
) -> Iterator[Paper]:
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    first_error: InputError | None = None
    read_ok = 0
    for item in expand_inputs(inputs):
        try:
            yield from read_file(item, fmt, ctx)
        except InputError as exc:
            if ctx.strict:
                raise
            first_error = first_error or exc
            ctx.stats.files_skipped += 1
            if len(ctx.stats.file_errors) < MAX_MESSAGES:
                ctx.stats.file_errors.append(exc.one_line())
            log.warning("skipped file %s", exc.one_line())
        else:
            read_ok += 1
    if first_error is not None and read_ok == 0:
        raise first_error


def read_file(item: str | Path, fmt: str | None, ctx: ReadContext) -> Iterator[Paper]:
    """Papers from one file (or ``"-"``); see :func:`read_papers`."""
    name, stream, head, ext_fmt, known = open_input(item)
    ctx.stats.files += 1
    try:
        if looks_binary(head):
            raise InputError(f"{name}: looks like a binary file, not text/JSON/CSV/XML")
        if not head.strip(b" \t\r\n\xef\xbb\xbf"):
            if not known and fmt is None:
                raise InputError(f"{name}: empty file of unknown format", hint="use --format")
            log.warning("%s: empty input, no papers", name)
            return
        chosen = fmt or sniff_format(head, ext_fmt, name)
        log.debug("%s: reading as %s", name, chosen)
        try:
            yield from _dispatch(chosen, stream, name, ctx)
        except (OSError, EOFError) as exc:  # e.g. a truncated .gz mid-way
            ctx.bad(name, "end", f"input broken off ({exc})")
    finally:
        if item != "-":
            stream.close()


def _dispatch(fmt: str, stream: IO[bytes], name: str, ctx: ReadContext) -> Iterator[Paper]:
    if fmt == "atom":
        return read_atom(stream, name, ctx)
    lines = text_lines(stream, name)
    if fmt == "page":
        return read_page(lines, name, ctx)
    if fmt == "jsonl":
        return read_jsonl(lines, name, ctx)
    if fmt == "arxiv":
        return _arxiv(lines, name, ctx)
    if fmt == "json":
        return read_json(lines, name, ctx)
    if fmt == "csv":
        return read_csv(lines, name, ctx)
    if fmt == "tsv":
        return read_csv(lines, name, ctx, delimiter="\t")
    raise InputError(f"{name}: unknown format {fmt!r}")  # pragma: no cover


def _arxiv(lines: Iterator[str], name: str, ctx: ReadContext) -> Iterator[Paper]:
    """The snapshot is JSON Lines (even when named ``.json``); an array works too."""
    first: list[str] = []
    for line in lines:
        first.append(line)
        if line.strip():
            break

    def chained() -> Iterator[str]:
        yield from first
        yield from lines

    if first and first[-1].lstrip("\ufeff \t").startswith("["):
        return read_json(chained(), name, ctx, snapshot=True)
    return read_jsonl(chained(), name, ctx, snapshot=True)
