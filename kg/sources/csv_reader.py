"""CSV/TSV with a header row; columns are mapped like JSON fields (``--field``).

An unterminated quote must not swallow the rest of the file. A row whose quoted field runs
across lines is checked: when its quotes do not balance (a quote opened and never closed),
its column count differs from the header's, or it spans more than :data:`MAX_ROW_LINES`
lines or :data:`MAX_ROW_CHARS` characters, it is reported as bad at the line where it
starts and reading resumes at the next line, as if the bad line were not there.
"""

from __future__ import annotations

import csv
import sys
from collections import deque
from collections.abc import Iterable, Iterator

from kg.models import Paper, SourceRef
from kg.sources.base import ReadContext, guarded
from kg.sources.records import record_to_paper

MAX_ROW_LINES = 1_000
"""A quoted field that spans more lines than this is taken for an unterminated quote."""
MAX_ROW_CHARS = 16 * 1024 * 1024
"""…or more characters than this (a 1 MB abstract is a legitimate, if odd, cell)."""

_LIMIT_SET = False


def _allow_big_fields() -> None:
    global _LIMIT_SET
    if not _LIMIT_SET:  # a 1 MB abstract is a legitimate (if odd) cell
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        _LIMIT_SET = True


class _RowTooLong(Exception):
    """Internal: the row being read ran past MAX_ROW_LINES / MAX_ROW_CHARS."""


class _Feed:
    """Numbered lines for ``csv.reader``, remembering the raw lines of the current row so a
    bad row can be dropped and its other lines fed again."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._it = iter(lines)
        self._pushback: deque[tuple[int, str]] = deque()
        self._number = 0
        self.row: list[tuple[int, str]] = []  # (line number, text) of the current row
        self._chars = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._pushback:
            number, line = self._pushback.popleft()
        else:
            line = next(self._it)
            self._number += 1
            number = self._number
        self.row.append((number, line))
        self._chars += len(line)
        if len(self.row) > MAX_ROW_LINES or self._chars > MAX_ROW_CHARS:
            raise _RowTooLong
        return line

    def start_row(self) -> None:
        self.row = []
        self._chars = 0

    def drop_first_line(self) -> None:
        """Forget the current row's first line; feed its other lines again."""
        self._pushback.extendleft(reversed(self.row[1:]))
        self.start_row()


def read_csv(
    lines: Iterable[str], name: str, ctx: ReadContext, *, delimiter: str | None = None
) -> Iterator[Paper]:
    _allow_big_fields()
    it = iter(lines)
    head: list[str] = []
    for line in it:
        head.append(line)
        if line.strip():
            break
    if not head or not head[-1].strip():
        return
    if delimiter is None:
        first = head[-1]
        delimiter = max((",", "\t", ";"), key=first.count)

    def chained() -> Iterator[str]:
        yield from head
        yield from it

    feed = _Feed(chained())
    header: list[str] | None = None
    while True:
        feed.start_row()
        reader = csv.reader(feed, delimiter=delimiter)
        while True:
            feed.start_row()
            try:
                row = next(reader)
            except StopIteration:
                return
            except _RowTooLong:
                start = feed.row[0][0]
                ctx.bad(name, f"line {start}", "unterminated quote (field runs on and on)")
                feed.drop_first_line()
                break  # a fresh csv.reader: the old one is mid-field
            except csv.Error as exc:
                start = feed.row[0][0] if feed.row else 0
                ctx.bad(name, f"line {start}", f"bad CSV ({exc})")
                if len(feed.row) > 1:
                    feed.drop_first_line()
                    break
                continue
            if not feed.row:  # pragma: no cover - csv.reader always reads a line per row
                continue
            start = feed.row[0][0]
            multi = len(feed.row) > 1
            if not row or not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [h.strip().lstrip("\ufeff") for h in row]
                continue
            if multi and (len(row) != len(header) or sum(ln.count('"') for _, ln in feed.row) % 2):
                ctx.bad(name, f"line {start}", "unterminated quote: the field runs across lines")
                feed.drop_first_line()
                break
            if len(row) != len(header):
                ctx.bad(name, f"line {start}", f"{len(row)} columns, header has {len(header)}")
                continue
            record = dict(zip(header, row, strict=True))
            paper = guarded(
                ctx,
                name,
                f"line {start}",
                lambda record=record, start=start: record_to_paper(
                    record, SourceRef(file=name, line=start), ctx.field_map, snapshot=False
                ),
            )
            if paper is not None:
                yield paper
