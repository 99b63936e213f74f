"""Atomic output files: every file a build writes goes to a temporary file in the SAME folder
first and replaces the target with :func:`os.replace` only once it is complete.

A build killed at any point (``kill -9`` included) therefore leaves every previous output
untouched; at worst a temporary file stays behind. Temporary names are
``.<name>.<pid>.<random>.tmp``: :func:`clean_stale_tmp` removes those whose writer process is
gone (a concurrent build writing into the same folder keeps its own).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

TMP_SUFFIX = ".tmp"
_TMP_RE = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


def _umask() -> int:
    """The process umask, read without changing it (``os.umask`` would race with threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def tmp_path_for(path: Path) -> Path:
    """A fresh, empty temporary file beside ``path`` (created with mode 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=TMP_SUFFIX, dir=path.parent
    )
    os.close(fd)
    return Path(name)


def tmp_dir_for(path: Path) -> Path:
    """A fresh temporary folder beside ``path`` (same naming as the temporary files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return Path(
        tempfile.mkdtemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TMP_SUFFIX, dir=path.parent)
    )


def commit_tmp(tmp: Path, path: Path, *, fsync: bool = True) -> None:
    """Give ``tmp`` the usual file mode and move it over ``path`` atomically."""
    if fsync:
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())
    os.replace(tmp, path)


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str], mode: str = "w", *, gz: bool | None = None
) -> Iterator[IO[Any]]:
    """Open ``path`` for writing through a temporary file in the same folder.

    ``mode`` is ``"w"`` (UTF-8 text, ``\\n`` newlines) or ``"wb"``. With ``gz`` (default: the
    name ends in ``.gz``) the stream is gzip-compressed with mtime 0 (reproducible bytes). On
    success the temporary file replaces ``path``; on any exception (KeyboardInterrupt too) it is
    removed and ``path`` is left as it was.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open: mode must be 'w' or 'wb', not {mode!r}")
    target = Path(path)
    gz = target.suffix.lower() == ".gz" if gz is None else gz
    tmp = tmp_path_for(target)
    raw = open(tmp, "wb")  # noqa: SIM115 - closed below on every path
    try:
        stream: IO[Any] = raw
        gzf: gzip.GzipFile | None = None
        if gz:
            gzf = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6)
            stream = gzf
        if mode == "w":
            text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")  # type: ignore[arg-type]
            yield text
            text.flush()
            text.detach()
        else:
            yield stream
        if gzf is not None:
            gzf.close()
        raw.close()
        commit_tmp(tmp, target)
    except BaseException:
        raw.close()
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    with atomic_open(path, "w", gz=False) as fh:
        fh.write(text)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_tmp(directory: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files left in ``directory`` by writers that are no longer running."""
    removed: list[Path] = []
    folder = Path(directory)
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        m = _TMP_RE.match(entry.name)
        if m and not entry.is_symlink() and not _alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed.append(entry)
    return sorted(removed)


__all__ = [
    "atomic_open",
    "atomic_write_text",
    "clean_stale_tmp",
    "commit_tmp",
    "tmp_dir_for",
    "tmp_path_for",
]
