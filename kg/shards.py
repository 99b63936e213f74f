"""Resumable, sharded extraction: shards of ``shard_size`` papers plus a manifest.

Layout (``SHARD_DIR`` is ``<output>.shards/``, e.g. ``kg-out/extractions.jsonl.shards/``)::

    manifest.json      # run identity (extractor version, options, extraction stamp) + shards
    00000.jsonl        # the Extraction JSON lines of papers 0 … shard_size-1
    00001.jsonl        # …

Every shard is written to a temporary file and renamed once complete; then the manifest (also
replaced atomically) records it with its **input** offsets (paper ordinals and the
``file:line`` of its first and last paper) and checksums (SHA-256 of the input papers' JSON and
of the shard file). Killed at any point (``kill -9`` included), a rerun with the same inputs and
options re-reads the input, skips the papers of every shard whose input checksum and file
checksum still match, extracts the rest and produces byte-identical output: the manifest keeps
the first run's extraction stamp (``extracted_at``). A shard whose input changed invalidates it
and every later shard. A finished run's manifest is marked ``complete``; the next run over it
starts afresh (new stamp), so a finished build is never silently reused as a cache.

The shard work is independent of where it runs: :func:`extract_shard_lines` is also what a
Dask worker runs (:mod:`kg.distributed`); only the coordinator writes the manifest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from kg.atomic import (
    atomic_open,
    atomic_write_text,
    clean_stale_tmp,
    commit_tmp,
    sha256_file,
    tmp_path_for,
)
from kg.errors import InputError
from kg.models import Paper

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
DEFAULT_SHARD_SIZE = 2_000

Echo = Callable[[str], None]


def shard_dir_for(output: Path) -> Path:
    return output.with_name(output.name + ".shards")


def shard_name(index: int) -> str:
    return f"{index:05d}.jsonl"


def paper_line(paper: Paper) -> str:
    """The canonical JSON of an input paper (what the input checksum is computed over)."""
    return paper.model_dump_json()


def input_checksum(paper_lines: Iterable[str]) -> str:
    h = hashlib.sha256()
    for line in paper_lines:
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _loc(paper: Paper) -> str | None:
    return paper.source.location() if paper.source is not None else None


@dataclass
class ShardInfo:
    index: int
    first: int  # ordinal of its first paper in the input stream
    papers: int
    input_first: str | None
    input_last: str | None
    input_sha256: str
    sha256: str = ""
    bytes: int = 0

    @property
    def file(self) -> str:
        return shard_name(self.index)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "file": self.file,
            "first": self.first,
            "papers": self.papers,
            "input_first": self.input_first,
            "input_last": self.input_last,
            "input_sha256": self.input_sha256,
            "sha256": self.sha256,
            "bytes": self.bytes,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ShardInfo:
        return cls(
            index=int(d["index"]),
            first=int(d["first"]),
            papers=int(d["papers"]),
            input_first=d.get("input_first"),
            input_last=d.get("input_last"),
            input_sha256=str(d["input_sha256"]),
            sha256=str(d.get("sha256", "")),
            bytes=int(d.get("bytes", 0)),
        )


@dataclass
class Manifest:
    """What a sharded run is (``identity``) and which shards are done."""

    identity: dict[str, Any]
    stamp: str  # ISO extraction stamp shared by every shard of the run
    shard_size: int
    shards: dict[int, ShardInfo] = field(default_factory=dict)
    complete: bool = False
    papers: int | None = None  # set when complete

    def to_json(self) -> str:
        data = {
            "version": MANIFEST_VERSION,
            "identity": self.identity,
            "stamp": self.stamp,
            "shard_size": self.shard_size,
            "complete": self.complete,
            "papers": self.papers,
            "shards": [self.shards[i].to_dict() for i in sorted(self.shards)],
        }
        return json.dumps(data, indent=1, sort_keys=True) + "\n"

    @classmethod
    def read(cls, path: Path) -> Manifest | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != MANIFEST_VERSION:
                return None
            return cls(
                identity=dict(data["identity"]),
                stamp=str(data["stamp"]),
                shard_size=int(data["shard_size"]),
                shards={int(s["index"]): ShardInfo.from_dict(s) for s in data["shards"]},
                complete=bool(data.get("complete")),
                papers=data.get("papers"),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, directory: Path) -> None:
        atomic_write_text(directory / MANIFEST, self.to_json())

    def stamp_dt(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.stamp)


def new_stamp() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def open_run(
    shard_dir: Path, identity: dict[str, Any], shard_size: int, *, resume: bool = True
) -> tuple[Manifest, int]:
    """The manifest to continue (same identity and shard size, not complete) or a new one.

    Returns (manifest, number of shards it already holds). Stale temporary files of killed
    writers are removed; a fresh run removes the old shards.
    """
    shard_dir.mkdir(parents=True, exist_ok=True)
    clean_stale_tmp(shard_dir)
    old = Manifest.read(shard_dir / MANIFEST) if resume else None
    if (
        old is not None
        and not old.complete
        and old.identity == identity
        and old.shard_size == shard_size
    ):
        return old, len(old.shards)
    for p in shard_dir.glob("*.jsonl"):
        p.unlink()
    m = Manifest(identity=identity, stamp=new_stamp().isoformat(), shard_size=shard_size)
    m.write(shard_dir)
    return m, 0


@dataclass
class ShardPlan:
    """One shard's input: its papers (as Paper and as canonical JSON) and offsets."""

    info: ShardInfo
    papers: list[Paper]


def plan_shards(papers: Iterable[Paper], shard_size: int) -> Iterator[ShardPlan]:
    it = iter(papers)
    index = first = 0
    while True:
        chunk = list(islice(it, shard_size))
        if not chunk:
            return
        info = ShardInfo(
            index=index,
            first=first,
            papers=len(chunk),
            input_first=_loc(chunk[0]),
            input_last=_loc(chunk[-1]),
            input_sha256=input_checksum(paper_line(p) for p in chunk),
        )
        yield ShardPlan(info, chunk)
        index += 1
        first += len(chunk)


def shard_is_done(shard_dir: Path, manifest: Manifest, info: ShardInfo) -> bool:
    done = manifest.shards.get(info.index)
    if done is None or done.input_sha256 != info.input_sha256 or done.first != info.first:
        return False
    path = shard_dir / done.file
    return path.is_file() and path.stat().st_size == done.bytes and sha256_file(path) == done.sha256


def write_shard(shard_dir: Path, info: ShardInfo, lines: Iterable[str]) -> ShardInfo:
    """Write one shard atomically; fills in its size and checksum."""
    tmp = tmp_path_for(shard_dir / info.file)
    h = hashlib.sha256()
    size = 0
    try:
        with open(tmp, "wb") as fh:
            for line in lines:
                data = line.encode("utf-8") + b"\n"
                fh.write(data)
                h.update(data)
                size += len(data)
        commit_tmp(tmp, shard_dir / info.file)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    info.sha256 = h.hexdigest()
    info.bytes = size
    return info


def run_sharded(
    papers: Iterable[Paper],
    shard_dir: Path,
    extract_lines: Callable[[Iterable[Paper], dt.datetime], Iterator[str]],
    *,
    identity: dict[str, Any],
    shard_size: int = DEFAULT_SHARD_SIZE,
    resume: bool = True,
    echo: Echo | None = None,
) -> Manifest:
    """Extract ``papers`` into shards (skipping finished ones); returns the manifest.

    ``extract_lines(papers, stamp)`` yields one Extraction JSON line per paper, in order (one
    continuous stream across shards, so a worker pool is started once).
    """
    manifest, had = open_run(shard_dir, identity, shard_size, resume=resume)
    stamp = manifest.stamp_dt()
    pending: deque[ShardInfo] = deque()
    todo: list[ShardInfo] = []  # shards in the current stream, in order
    reused = 0
    total = 0
    invalid_from: int | None = None

    def to_extract() -> Iterator[Paper]:
        nonlocal reused, total, invalid_from
        for plan in plan_shards(papers, shard_size):
            total = plan.info.first + plan.info.papers
            if invalid_from is None and shard_is_done(shard_dir, manifest, plan.info):
                reused += 1
                continue
            if invalid_from is None:
                invalid_from = plan.info.index
                for i in [i for i in manifest.shards if i >= plan.info.index]:
                    del manifest.shards[i]  # its input changed or it was never finished
            pending.append(plan.info)
            todo.append(plan.info)
            yield from plan.papers

    out = extract_lines(to_extract(), stamp)
    while True:
        first_line = next(out, None)
        if first_line is None:
            break
        info = pending.popleft()
        lines = [first_line, *islice(out, info.papers - 1)]
        if len(lines) != info.papers:
            raise InputError(
                f"shard {info.index}: {len(lines)} extractions for {info.papers} papers"
            )
        manifest.shards[info.index] = write_shard(shard_dir, info, lines)
        manifest.write(shard_dir)
    return close_run(shard_dir, manifest, total, shard_size, had=had, reused=reused, echo=echo)


def close_run(
    shard_dir: Path,
    manifest: Manifest,
    total: int,
    shard_size: int,
    *,
    had: bool,
    reused: int,
    echo: Echo | None = None,
) -> Manifest:
    """End a sharded run of ``total`` papers (local or Dask): drop shards past the end of a
    (shorter) input, record the count, write the manifest, and say how much was reused."""
    n_shards = (total + shard_size - 1) // shard_size
    for i in [i for i in manifest.shards if i >= n_shards]:
        del manifest.shards[i]
        (shard_dir / shard_name(i)).unlink(missing_ok=True)
    manifest.papers = total
    manifest.write(shard_dir)
    if echo is not None and had:
        echo(f"kg: resumed: {reused} finished shard(s) of {shard_size} papers reused")
    return manifest


def iter_shard_lines(shard_dir: Path, manifest: Manifest) -> Iterator[str]:
    """Every line of the run's shards, in order (without the newline)."""
    for i in sorted(manifest.shards):
        with open(shard_dir / manifest.shards[i].file, encoding="utf-8") as fh:
            for line in fh:
                yield line.rstrip("\n")


def finish(
    shard_dir: Path,
    manifest: Manifest,
    output: Path,
    on_line: Callable[[str], None] | None = None,
) -> int:
    """Concatenate the shards into ``output`` atomically. Returns the number of lines. The
    shards stay until :func:`mark_complete` (call it once ``output`` is published)."""
    n = 0
    with atomic_open(output, "w", gz=False) as fh:
        for line in iter_shard_lines(shard_dir, manifest):
            fh.write(line)
            fh.write("\n")
            if on_line is not None:
                on_line(line)
            n += 1
    return n


def mark_complete(shard_dir: Path, manifest: Manifest) -> None:
    """Mark the run complete and remove its shard files (the manifest stays as its record)."""
    manifest.complete = True
    manifest.write(shard_dir)
    for info in manifest.shards.values():
        (shard_dir / info.file).unlink(missing_ok=True)


def remove(shard_dir: Path) -> None:
    if shard_dir.is_dir():
        shutil.rmtree(shard_dir, ignore_errors=True)


def env_shard_size() -> int:
    raw = os.environ.get("KG_SHARD_SIZE")
    return int(raw) if raw and raw.isdigit() and int(raw) > 0 else DEFAULT_SHARD_SIZE


__all__ = [
    "DEFAULT_SHARD_SIZE",
    "MANIFEST",
    "Manifest",
    "ShardInfo",
    "finish",
    "iter_shard_lines",
    "mark_complete",
    "open_run",
    "plan_shards",
    "run_sharded",
    "shard_dir_for",
    "write_shard",
]
