"""JSON Lines and JSON readers (one record per line / a JSON array / ``{"papers": [...]}``).

Both stream: JSONL line by line; a JSON array object by object with
:meth:`json.JSONDecoder.raw_decode` over a sliding buffer, so a 1-million-element array is
never held in memory. A malformed array element is skipped and reading resumes at the next
element (:func:`_resync`). A top-level JSON object that is not an array is read whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from kg.models import Paper, SourceRef
from kg.sources.base import ReadContext, guarded, has_surrogates, log
from kg.sources.records import record_to_paper

MAX_RECORD_CHARS = 64 * 1024 * 1024
"""A single JSON-array element larger than this is reported as bad."""
CONTAINER_KEYS = ("papers", "records", "data", "items", "entries", "results")
_decoder = json.JSONDecoder()


def _convert(
    obj: Any, name: str, ctx: ReadContext, source: SourceRef, location: str, snapshot: bool | None
) -> Paper | None:
    if has_surrogates(obj):  # a "\ud800" escape: it would break every output
        log.warning("%s:%s: lone UTF-16 surrogate replaced by U+FFFD", name, location)
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
        self.keep = False  # True: never drop consumed text (positions stay valid)

    def fill(self, at_least: int = 1 << 16) -> bool:
        """Append at least ``at_least`` more characters (or up to EOF); False at EOF."""
        if self.eof:
            return False
        if self.pos > (1 << 20) and not self.keep:  # drop consumed text so the buffer stays small
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


def _needs_more(buf: _Buffer, exc: json.JSONDecodeError) -> bool:
    """Did decoding fail only because the buffer ends (not because the JSON is bad)?"""
    if buf.eof:
        return False
    if exc.msg.startswith("Unterminated string"):
        return True
    return len(buf.text) - exc.pos < 64


def _decode_at(buf: _Buffer) -> tuple[Any, int]:
    """Decode the JSON value at ``buf.pos`` (filling the buffer as needed).

    Returns (value, end offset relative to ``buf.pos``); raises JSONDecodeError (with ``pos``
    relative to ``buf.pos``) for malformed JSON, RecursionError for deep nesting.
    """
    chunk = 1 << 16
    while True:
        try:
            obj, end = _decoder.raw_decode(buf.text, buf.pos)
            return obj, end - buf.pos
        except json.JSONDecodeError as exc:
            if not _needs_more(buf, exc) or len(buf.text) - buf.pos > MAX_RECORD_CHARS:
                raise json.JSONDecodeError(exc.msg, exc.doc, exc.pos - buf.pos) from None
            buf.fill(chunk)
            chunk *= 2


def _column(text: str, pos: int) -> int | None:
    """Column of ``text[pos]`` when only white space precedes it on its line, else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    return pos - line_start if not text[line_start:pos].strip(" \t") else None


def _resync(buf: _Buffer, column: int | None, keys: frozenset[str] = frozenset()) -> bool:
    """Move ``buf.pos`` to the start of the next array element after a malformed one.

    A candidate is a ``{`` that starts a complete JSON object followed by ``,`` or ``]``.
    When the array has one element per line (or is pretty-printed), the candidate must also
    start its line at the same column as the previous elements, so objects nested inside a
    record are never mistaken for records; otherwise (one long line) it must follow a ``,``
    and share a key with the last good element (``keys``). Returns False when none is found.
    """
    modes = (column, None) if column is not None else (None,)
    origin = buf.pos
    buf.keep = True
    try:
        return _find_element(buf, modes, origin, keys)
    finally:
        buf.keep = False


def _find_element(
    buf: _Buffer, modes: tuple[int | None, ...], origin: int, keys: frozenset[str]
) -> bool:
    for col in modes:
        buf.pos = origin
        while True:
            at = buf.text.find("{", buf.pos + 1)
            if at < 0:
                if len(buf.text) - origin > MAX_RECORD_CHARS or not buf.fill(1 << 16):
                    break
                continue
            buf.pos = at
            if col is not None:
                if _column(buf.text, at) != col:
                    continue
            else:
                before = buf.text[:at].rstrip()
                if not before.endswith((",", "[")):
                    continue
            try:
                obj, end = _decode_at(buf)
            except (json.JSONDecodeError, RecursionError):
                continue
            after = buf.text[buf.pos + end : buf.pos + end + 64].lstrip()
            ends = after[:1] in (",", "]") or (buf.eof and not after)
            if not isinstance(obj, dict) or not ends:
                continue
            if col is None and keys and not keys.intersection(obj):
                continue
            return True
    return False


def read_json(
    lines: Iterable[str], name: str, ctx: ReadContext, *, snapshot: bool | None = None
) -> Iterator[Paper]:
    """A JSON array element by element, or a whole JSON object.

    A malformed element is reported (element index and line) and skipped: reading resumes
    at the next top-level ``{`` of the array (see :func:`_resync`), so one bad element
    never costs the good ones after it.
    """
    buf = _Buffer(lines)
    first = buf.skip_ws()
    if first == "":
        return
    if first != "[":
        yield from _read_json_object(buf, name, ctx, snapshot)
        return
    buf.pos += 1
    record = 0
    column: int | None = None
    columns_seen = 0
    keys: frozenset[str] = frozenset()
    while True:
        ch = buf.skip_ws()
        if ch == ",":
            buf.pos += 1
            continue
        if ch == "]":
            buf.pos += 1
            rest = buf.skip_ws()
            if rest == "":
                return
            record += 1
            ctx.bad(name, f"record {record} (line {buf.line()})", "data after the end of the array")
            if not _resync(buf, column, keys):
                return
            continue
        if ch == "":
            ctx.bad(name, f"record {record + 1}", "truncated JSON array (no closing ']')")
            return
        record += 1
        line = buf.line()
        where = f"record {record} (line {line})"
        col = _column(buf.text, buf.pos)
        try:
            obj, end = _decode_at(buf)
        except json.JSONDecodeError as exc:
            at = buf.pos + exc.pos
            err_line = line + buf.text.count("\n", buf.pos, at)
            if buf.eof and (
                at >= len(buf.text.rstrip()) or exc.msg.startswith("Unterminated string")
            ):
                ctx.bad(name, where, f"truncated JSON ({exc.msg})")
                return
            ctx.bad(name, where, f"malformed JSON: {exc.msg} (line {err_line})")
            if not _resync(buf, column, keys):
                ctx.bad(name, f"record {record + 1}", "no further array element found")
                return
            continue
        except RecursionError:
            ctx.bad(name, where, "JSON nested too deeply")
            if not _resync(buf, column, keys):
                return
            continue
        buf.pos += end
        paper = _convert(
            obj,
            name,
            ctx,
            SourceRef(file=name, line=line, record=record),
            where,
            snapshot,
        )
        if paper is not None:
            # only good records teach the layout (a bogus object found while resynchronising
            # is never a model for the next resynchronisation)
            if isinstance(obj, dict):
                keys = frozenset(obj)
            if col is not None:
                columns_seen += 1
                column = col if columns_seen == 1 or col == column else None
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
