"""Hypothesis fuzzing: whatever the bytes, readers raise nothing but KGError subclasses."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.sources import ReadStats, normalize_text, read_papers
from kg.sources.base import ReadContext, text_lines
from kg.sources.jsonl import read_json, read_jsonl
from kg.sources.page import read_page

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PAGE_PIECES = st.sampled_from(
    [
        "new", "Subscribe", "Mar 28", "Get trending papers in your email inbox!",
        "A Title: With Colon", "We propose X. It works.", "{\\sc MwpBench}", "$\\alpha$", "$",
        "compres-", "sion", "~", "\\", "{", "}", "\\textbf{", "é", "\u00a0", "--", "Title?",
    ]
)  # fmt: skip
PAGE_TEXT = st.lists(
    st.one_of(PAGE_PIECES, st.text(max_size=40)), max_size=30
).flatmap(
    lambda parts: st.lists(st.sampled_from(["\n", "\n\n", "\r\n", " ", "\r\n\r\n"]),
                           min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True))
    )
)  # fmt: skip

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["id", "title", "abstract", "doi", "authors", "published", "versions",
                         "authors_parsed", "categories", "source", "url", "x"]),
        children, max_size=6,
    ),
    max_leaves=12,
)  # fmt: skip


def _ctx() -> ReadContext:
    return ReadContext(stats=ReadStats())


def _lines(data: bytes) -> list[str]:
    return list(text_lines(io.BytesIO(data), "fuzz"))


@FUZZ
@given(PAGE_TEXT)
def test_page_reader_never_crashes(text: str) -> None:
    ctx = _ctx()
    papers = list(read_page(_lines(text.encode("utf-8")), "fuzz.txt", ctx))
    for p in papers:
        assert p.title and p.abstract and p.id.startswith("title:")
    assert ctx.stats.read == len(papers)


@FUZZ
@given(st.binary(max_size=300))
def test_page_reader_on_random_bytes(data: bytes) -> None:
    list(read_page(_lines(data), "fuzz.txt", _ctx()))


@FUZZ
@given(st.lists(JSON_VALUES, max_size=5), st.binary(max_size=40))
def test_jsonl_reader_never_crashes(values: list[object], junk: bytes) -> None:
    data = "\n".join(json.dumps(v) for v in values).encode() + b"\n" + junk
    ctx = _ctx()
    papers = list(read_jsonl(_lines(data), "fuzz.jsonl", ctx))
    assert ctx.stats.read == len(papers)
    text = json.dumps(values).encode()
    list(read_json(_lines(text[: len(text) // 2]), "fuzz.json", _ctx()))
    list(read_json(_lines(text), "fuzz.json", _ctx()))


@FUZZ
@given(
    st.binary(max_size=200), st.sampled_from(["x.jsonl", "x.json", "x.txt", "x.csv", "x.xml", "x"])
)
def test_read_papers_raises_only_kg_errors(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        with contextlib.suppress(KGError):
            list(read_papers([path]))


@FUZZ
@given(st.text(max_size=200))
def test_normalize_text_total(text: str) -> None:
    out = normalize_text(text)
    assert out == out.strip() and "  " not in out and "\n" not in out
