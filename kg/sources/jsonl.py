"""JSON Lines and JSON readers (one record per line / a JSON array / ``{"papers": [...]}``).

Both stream: JSONL line by line; a JSON array object by object with
:meth:`json.JSONDecoder.raw_decode` over a sliding buffer, so a 1-million-element array is
never held in memory. A top-level JSON object that is not an array is read whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from kg.models import Paper, SourceRef
from kg.sources.base import ReadContext, guarded
from kg.sources.records import record_to_paper

MAX_RECORD_CHARS = 64 * 1024 * 1024
"""A single JSON-array element larger than this is reported as bad (and ends the file)."""
CONTAINER_KEYS = ("papers", "records", "data", "items", "entries", "results")
_decoder = json.JSONDecoder()


def _convert(
    obj: Any, name: str, ctx: ReadContext, source: SourceRef, location: str, snapshot: bool | None
) -> Paper | None:
    return guarded(
        ctx, name, location, lambda: record_to_paper(obj, source, ctx.field_map, snapshot=snapshot)
    )


def read_jsonl(
    lines: Iterable[str], name: str, ctx: ReadContext, *, snapshot: bool | None = None
) -> Iterator[Paper]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            ctx.bad(name, f"line {number}", f"invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        except RecursionError:
            ctx.bad(name, f"line {number}", "invalid JSON (nested too deeply)")
            continue
        paper = _convert(
            obj, name, ctx, SourceRef(file=name, line=number), f"line {number}", snapshot
        )
        if paper is not None:
            yield paper


class _Buffer:
    """Decoded text with a moving read position and line accounting."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self.text = ""
        self.pos = 0
        self.eof = False
        self._line_base = 1  # line number of text[0]
        self._counted = (0, 1)  # (position, its line number): line counting is incremental

    def fill(self, at_least: int = 1 << 16) -> bool:
        """Append at least ``at_least`` more characters (or up to EOF); False at EOF."""
        if self.eof:
            return False
        if self.pos > (1 << 20):  # drop consumed text so the buffer stays small
            self._line_base = self.line()
            self.text = self.text[self.pos :]
            self.pos = 0
            self._counted = (0, self._line_base)
        added = 0
        parts: list[str] = []
        for line in self._lines:
            parts.append(line)
            added += len(line)
            if added >= at_least:
                break
        else:
            self.eof = True
        self.text += "".join(parts)
        return added > 0 or not self.eof

    def skip_ws(self) -> str:
        """Skip whitespace; return the next character ("" at EOF)."""
        while True:
            n = len(self.text)
            while self.pos < n and self.text[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < n:
                return self.text[self.pos]
            if not self.fill():
                return ""

    def line(self) -> int:
        pos, line = self._counted
        if self.pos < pos:  # pragma: no cover - positions only move forward
            pos, line = 0, self._line_base
        line += self.text.count("\n", pos, self.pos)
        self._counted = (self.pos, line)
        return line


def read_json(
    lines: Iterable[str], name: str, ctx: ReadContext, *, snapshot: bool | None = None
) -> Iterator[Paper]:
    buf = _Buffer(lines)
    first = buf.skip_ws()
    if first == "":
        return
    if first != "[":
        yield from _read_json_object(buf, name, ctx, snapshot)
        return
    buf.pos += 1
    record = 0
    while True:
        ch = buf.skip_ws()
        if ch == ",":
            buf.pos += 1
            continue
        if ch == "]":
            return
        if ch == "":
            ctx.bad(name, f"record {record + 1}", "truncated JSON array (no closing ']')")
            return
        record += 1
        line = buf.line()
        chunk = 1 << 16
        while True:
            try:
                obj, end = _decoder.raw_decode(buf.text, buf.pos)
                break
            except json.JSONDecodeError as exc:
                if buf.eof or len(buf.text) - buf.pos > MAX_RECORD_CHARS:
                    why = "truncated JSON" if buf.eof else "JSON record too large or malformed"
                    ctx.bad(name, f"record {record} (line {line})", f"{why} ({exc.msg})")
                    return  # the rest of the array cannot be located reliably
                buf.fill(chunk)
                chunk *= 2
            except RecursionError:
                ctx.bad(name, f"record {record} (line {line})", "JSON nested too deeply")
                return
        buf.pos = end
        paper = _convert(
            obj,
            name,
            ctx,
            SourceRef(file=name, line=line, record=record),
            f"record {record} (line {line})",
            snapshot,
        )
        if paper is not None:
            yield paper


def _read_json_object(
    buf: _Buffer, name: str, ctx: ReadContext, snapshot: bool | None
) -> Iterator[Paper]:
    while buf.fill(1 << 20):
        if len(buf.text) > 16 * MAX_RECORD_CHARS:
            ctx.bad(name, "record 1", "JSON object too large (use JSON Lines or an array)")
            return
    try:
        obj, end = _decoder.raw_decode(buf.text, buf.pos)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        ctx.bad(name, "record 1", f"invalid JSON ({msg})")
        return
    if buf.text[end:].strip():
        ctx.bad(name, "record 2", "extra data after the JSON value (is this JSON Lines?)")
    items: list[Any] | None = None
    if isinstance(obj, dict):
        for key in CONTAINER_KEYS:
            if isinstance(obj.get(key), list):
                items = obj[key]
                break
    if items is None:
        items = [obj]
    for record, item in enumerate(items, start=1):
        paper = _convert(
            item, name, ctx, SourceRef(file=name, record=record), f"record {record}", snapshot
        )
        if paper is not None:
            yield paper
