"""Input discovery and format detection: extension first, then content; ``fmt`` overrides."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from kg.errors import InputError

FORMATS: tuple[str, ...] = ("page", "jsonl", "json", "csv", "tsv", "atom", "arxiv")
"""Reader names accepted by ``--format`` / ``fmt``."""
FORMAT_ALIASES: dict[str, str] = {
    "text": "page",
    "txt": "page",
    "hf": "page",
    "ndjson": "jsonl",
    "xml": "atom",
    "arxiv-api": "atom",
    "snapshot": "arxiv",
    "arxiv-snapshot": "arxiv",
    "papers": "jsonl",
}
EXTENSIONS: dict[str, str | None] = {
    ".txt": "page",
    ".text": "page",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": None,  # array, object or (arXiv snapshot!) JSON Lines: decided by content
    ".csv": "csv",
    ".tsv": "tsv",
    ".xml": "atom",
    ".atom": "atom",
}
HEAD_BYTES = 1 << 16


def canonical_format(fmt: str | None) -> str | None:
    if fmt is None:
        return None
    name = fmt.strip().lower()
    name = FORMAT_ALIASES.get(name, name)
    if name not in FORMATS:
        raise InputError(
            f"unknown input format {fmt!r}",
            hint=f"choose one of {', '.join(FORMATS)}",
        )
    return name


def _suffix(path: Path) -> tuple[str, bool]:
    """(format-bearing suffix, gzipped?) — ``papers.jsonl.gz`` → (".jsonl", True)."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def is_supported(path: Path) -> bool:
    return _suffix(path)[0] in EXTENSIONS


def expand_inputs(inputs: Sequence[str | os.PathLike[str]]) -> Iterator[str | Path]:
    """ "-" stays "-"; directories expand to their supported files (recursive, sorted)."""
    for item in inputs:
        if str(item) == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and is_supported(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputError(
                    f"{path}: directory has no supported input files",
                    hint="supported: " + ", ".join(sorted(e for e in EXTENSIONS)),
                )
            yield from found
        else:
            yield path


class _Prefixed(io.RawIOBase):
    """A read-only stream: already-read ``head`` bytes, then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes], *, close_rest: bool = True) -> None:
        self._head = head
        self._rest = rest
        self._close_rest = close_rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            if self._close_rest:
                self._rest.close()
        finally:
            super().close()


def open_input(item: str | Path) -> tuple[str, IO[bytes], bytes, str | None, bool]:
    """Open an input: (name, binary stream, first bytes, extension's format, extension known).

    The stream still yields the first bytes. Raises InputError for unreadable files.
    """
    if item == "-":
        stdin = sys.stdin
        if stdin is None or stdin.closed:
            raise InputError("-: standard input is closed")
        raw: IO[bytes] = getattr(stdin, "buffer", stdin)
        name = "-"
        ext_fmt = None
        known = True
        gz = False
    else:
        path = Path(item)
        name = str(path)
        suffix, gz = _suffix(path)
        ext_fmt = EXTENSIONS.get(suffix)
        known = suffix in EXTENSIONS
        try:
            raw = path.open("rb")
        except FileNotFoundError as exc:
            raise InputError(f"{name}: no such file") from exc
        except IsADirectoryError as exc:
            raise InputError(f"{name}: is a directory") from exc
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    try:
        head = raw.read(2)
        if gz or head == b"\x1f\x8b":
            stream: IO[bytes] = gzip.GzipFile(  # type: ignore[assignment]
                fileobj=_reader(head, raw, close_rest=item != "-"), mode="rb"
            )
            head = stream.read(HEAD_BYTES)
        else:
            stream = raw
            head += stream.read(HEAD_BYTES - len(head))
    except (OSError, EOFError, ValueError) as exc:  # ValueError: read of a closed stream
        if item != "-":
            raw.close()
        raise InputError(f"{name}: cannot read ({exc})") from exc
    return name, _reader(head, stream, close_rest=item != "-"), head, ext_fmt, known


def _reader(head: bytes, rest: IO[bytes], *, close_rest: bool = True) -> IO[bytes]:
    prefixed = _Prefixed(head, rest, close_rest=close_rest)
    return io.BufferedReader(prefixed, buffer_size=1 << 16)  # type: ignore[return-value]


def sniff_format(head: bytes, ext_fmt: str | None, name: str) -> str:
    """Decide a format from the extension's hint and the first bytes (BOM/whitespace skipped)."""
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    first = text[:1]
    if ext_fmt is not None:
        return ext_fmt
    if first == "<":
        return "atom"
    if first == "[":
        return "json"
    if first == "{":
        line = text.split("\n", 1)[0]
        try:
            json.loads(line)
        except RecursionError:
            return "jsonl" if "\n" in text else "json"  # deeply nested: the reader reports it
        except json.JSONDecodeError:
            # One line is not a complete object: a pretty-printed JSON document — unless the
            # first line is merely cut off by the head limit, which only JSONL does.
            return "jsonl" if "\n" not in text else "json"
        return "jsonl"
    if not text:
        raise InputError(f"{name}: empty file of unknown format", hint="use --format")
    header = text.split("\n", 1)[0].lower()
    if "title" in header and "abstract" in header:
        if "\t" in header:
            return "tsv"
        if "," in header or ";" in header:
            return "csv"
    return "page"
