"""Paper JSON Lines output (what ``kg ingest`` writes and every reader reads back)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kg.errors import InputError
from kg.models import Paper


def paper_to_json(paper: Paper) -> str:
    """One line of Paper JSONL (no trailing newline); ``None`` fields are left out."""
    return paper.model_dump_json(exclude_none=True)


def write_papers(papers: Iterable[Paper], out: str | Path | None = None) -> int:
    """Write Paper JSONL to ``out`` (``None``/``"-"`` = stdout); return the number written.

    A file is written to a temporary sibling and renamed into place only when every paper
    was written, so a failed run never leaves a half-written or clobbered output file.
    """
    if out is None or str(out) == "-":
        n = 0
        for paper in papers:
            sys.stdout.write(paper_to_json(paper) + "\n")
            n += 1
        sys.stdout.flush()
        return n
    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    n = 0
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for paper in papers:
                fh.write(paper_to_json(paper) + "\n")
                n += 1
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return n
