"""CSV/TSV with a header row; columns are mapped like JSON fields (``--field``)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator

from kg.models import Paper, SourceRef
from kg.sources.base import ReadContext, guarded
from kg.sources.records import record_to_paper

_LIMIT_SET = False


def _allow_big_fields() -> None:
    global _LIMIT_SET
    if not _LIMIT_SET:  # a 1 MB abstract is a legitimate (if odd) cell
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        _LIMIT_SET = True


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

    reader = csv.reader(chained(), delimiter=delimiter)
    header: list[str] | None = None
    prev_line = 0
    while True:
        start = prev_line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            prev_line = reader.line_num
            ctx.bad(name, f"line {start}", f"bad CSV ({exc})")
            continue
        prev_line = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in row]
            continue
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
