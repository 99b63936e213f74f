"""Structured corruption of valid files: every record the damage does not touch comes out
unchanged, for every reader (issue 18).

Each example writes a small valid file of N records, remembers the byte span of each record,
then applies one corruption: truncation, one byte flipped inside a record, one element
deleted, or one quote removed. The records whose span the corruption does not touch must be
read back with exactly their title and abstract. (The page format has no delimiters but its
layout, so there a damaged record may also disturb its two neighbours.)
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.sources import ReadStats
from kg.sources.base import ReadContext
from kg.sources.reader import _dispatch

EXAMPLES = int(os.environ.get("KG_CORRUPTION_EXAMPLES", "500"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHKLMNOPRSTUVWXYZ0123456789", min_size=1,
               max_size=8)  # fmt: skip


@st.composite
def records(draw: st.DrawFn) -> list[tuple[str, str]]:
    n = draw(st.integers(min_value=2, max_value=6))
    out = []
    for i in range(n):
        title = f"Paper {i} " + " ".join(draw(st.lists(WORD, min_size=1, max_size=5)))
        sentences = draw(st.lists(st.lists(WORD, min_size=2, max_size=8), min_size=2, max_size=3))
        abstract = " ".join(" ".join(s).capitalize() + "." for s in sentences)
        out.append((title, f"We study {i}. " + abstract))
    return out


@dataclass
class Layout:
    data: bytes
    spans: list[tuple[int, int]]  # byte span of each record (the damage zone)
    sep: bytes  # what to cut together with a deleted element


def _join(parts: list[bytes], head: bytes, sep: bytes, tail: bytes) -> Layout:
    data = bytearray(head)
    spans = []
    for i, part in enumerate(parts):
        if i:
            data += sep
        spans.append((len(data), len(data) + len(part)))
        data += part
    data += tail
    return Layout(bytes(data), spans, sep)


def jsonl(recs: list[tuple[str, str]]) -> Layout:
    parts = [json.dumps({"title": t, "abstract": a}).encode() for t, a in recs]
    return _join(parts, b"", b"\n", b"\n")


def snapshot(recs: list[tuple[str, str]]) -> Layout:
    parts = [
        json.dumps({"id": f"2401.{i:05d}", "title": t, "abstract": a, "update_date": "2024-01-02",
                    "authors_parsed": [["Doe", "Jane", ""]]}).encode()
        for i, (t, a) in enumerate(recs)
    ]  # fmt: skip
    return _join(parts, b"", b"\n", b"\n")


def json_lines_array(recs: list[tuple[str, str]]) -> Layout:
    parts = [
        json.dumps({"title": t, "abstract": a, "authors": [{"name": "A"}, {"name": "C"}]}).encode()
        for t, a in recs
    ]
    return _join(parts, b"[\n", b",\n", b"\n]\n")


def json_pretty(recs: list[tuple[str, str]]) -> Layout:
    parts = [
        json.dumps({"title": t, "abstract": a, "tags": ["x", "y"]}, indent=2)
        .replace("\n", "\n  ")
        .encode()
        for t, a in recs
    ]
    return _join(parts, b"[\n  ", b",\n  ", b"\n]\n")


def _csv(recs: list[tuple[str, str]], delimiter: str) -> Layout:
    def row(cells: list[str]) -> bytes:
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="").writerow(
            cells
        )
        return buf.getvalue().encode()

    head = row(["title", "abstract"]) + b"\n"
    return _join([row([t, a]) for t, a in recs], head, b"\n", b"\n")


def csv_file(recs: list[tuple[str, str]]) -> Layout:
    return _csv(recs, ",")


def tsv_file(recs: list[tuple[str, str]]) -> Layout:
    return _csv(recs, "\t")


def page(recs: list[tuple[str, str]]) -> Layout:
    parts = [f"{t}\n\n{a}".encode() for t, a in recs]
    return _join(parts, b"new\nGet trending papers in your email inbox!\n\n", b"\n\n", b"\n")


def atom(recs: list[tuple[str, str]]) -> Layout:
    parts = [
        (f"<entry><id>http://arxiv.org/abs/2401.{i:05d}v1</id><title>{escape(t)}</title>"
         f"<summary>{escape(a)}</summary></entry>").encode()
        for i, (t, a) in enumerate(recs)
    ]  # fmt: skip
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
    return _join(parts, head, b"\n", b"\n</feed>\n")


READERS: dict[str, tuple[str, Callable[[list[tuple[str, str]]], Layout]]] = {
    "jsonl": ("jsonl", jsonl),
    "arxiv": ("arxiv", snapshot),
    "json-lines": ("json", json_lines_array),
    "json-pretty": ("json", json_pretty),
    "csv": ("csv", csv_file),
    "tsv": ("tsv", tsv_file),
    "page": ("page", page),
    "atom": ("atom", atom),
}


@st.composite
def corruption(draw: st.DrawFn, layout: Layout) -> tuple[bytes, set[int]]:
    """(corrupted bytes, indexes of the records the corruption touches)."""
    data, spans = layout.data, layout.spans
    kind = draw(st.sampled_from(["truncate", "flip", "delete", "unquote"]))
    k = draw(st.integers(min_value=0, max_value=len(spans) - 1))
    start, end = spans[k]
    if kind == "truncate":
        cut = draw(st.integers(min_value=spans[0][0], max_value=len(data) - 1))
        touched = {i for i, (s, e) in enumerate(spans) if e > cut}
        return data[:cut], touched
    if kind == "flip":
        at = draw(st.integers(min_value=start, max_value=end - 1))
        mask = draw(st.integers(min_value=1, max_value=255))
        return data[:at] + bytes([data[at] ^ mask]) + data[at + 1 :], {k}
    if kind == "delete":
        if k + 1 < len(spans):  # the element and the separator after it
            return data[:start] + data[spans[k + 1][0] :], {k}
        return data[: spans[k - 1][1]] + data[end:], {k}
    quotes = [i for i in range(start, end) if data[i : i + 1] in (b'"', b"<", b">")]
    if not quotes:
        return data, set()
    at = draw(st.sampled_from(quotes))
    return data[:at] + data[at + 1 :], {k}


def _check(name: str, recs: list[tuple[str, str]], data: st.DataObject) -> None:
    fmt, make = READERS[name]
    layout = make(recs)
    corrupted, touched = data.draw(corruption(layout))
    if fmt == "page":  # layout is the only delimiter: neighbours may be disturbed too
        touched = {j for i in touched for j in (i - 1, i, i + 1)}
    ctx = ReadContext(stats=ReadStats())
    got = {
        (p.title, p.abstract)
        for p in _dispatch(fmt, io.BufferedReader(io.BytesIO(corrupted)), f"x.{fmt}", ctx)
    }
    for i, rec in enumerate(recs):
        if i not in touched:
            assert rec in got, (i, rec, sorted(touched), corrupted)


def _property(name: str) -> Callable[[], None]:
    @PROPERTY
    @given(records(), st.data())
    def test(recs: list[tuple[str, str]], data: st.DataObject) -> None:
        _check(name, recs, data)

    test.__name__ = f"test_untouched_records_survive_{name.replace('-', '_')}"
    return test


test_untouched_records_survive_jsonl = _property("jsonl")
test_untouched_records_survive_arxiv = _property("arxiv")
test_untouched_records_survive_json_lines = _property("json-lines")
test_untouched_records_survive_json_pretty = _property("json-pretty")
test_untouched_records_survive_csv = _property("csv")
test_untouched_records_survive_tsv = _property("tsv")
test_untouched_records_survive_page = _property("page")
test_untouched_records_survive_atom = _property("atom")
