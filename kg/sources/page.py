"""Reader for the text of a "trending papers" web page (e.g. ``examples/hf-trending-papers.txt``).

The page, copied as text, is a few header lines ("new", "Get trending papers in your email
inbox!", "Subscribe", "byAK and the research community", a date like "Mar 28") and then
title paragraph / abstract paragraph pairs separated by blank lines. Several days' pages
pasted one after the other just repeat the header, which is skipped wherever it appears.

Decisions (documented, tested):

* A paragraph is a *title* when it is short (≤ 300 characters, ≤ 40 words) and does not read
  like prose (no sentence end followed by another sentence, no final full stop); anything
  else is abstract text.
* Lines of one paragraph are joined (wrapped lines, hyphenation across line breaks).
* An abstract paragraph that follows another abstract paragraph continues it (multi-paragraph
  abstracts); the paper is emitted when the next title (or the end) arrives.
* A title line directly followed (no blank line) by abstract lines is split into title and
  abstract when it clearly looks so (see ``_glued_title``); once a page shows this layout,
  it is assumed for the rest of the file.
* A title followed by another title has no abstract: it is skipped with a warning naming its
  line (``--strict``: an error). Abstract text with no title before it is skipped likewise.
* ``Paper.source.line`` is the line number of the title's first line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.models import Paper, SourceRef
from kg.sources.base import ReadContext, build_paper, guarded
from kg.sources.text import normalize_text

_JUNK_EXACT = frozenset(
    s.casefold()
    for s in (
        "new",
        "Get trending papers in your email inbox!",
        "Subscribe",
        "byAK and the research community",
        "Trending Papers",
        "Daily Papers",
        "Papers",
        "Submit",
        "Upvote",
        "Load more",
        "Previous",
        "Next",
        "View all",
        "Search",
    )
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # "Mar", "March"
_JUNK_RE = re.compile(
    r"^(?:"
    rf"{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"  # Mar 28 / March 28, 2024
    rf"|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?"  # 28 Mar 2024
    r"|\d{4}-\d{2}-\d{2}"  # 2024-03-28
    r"|[\d,.]+[kK]?"  # bare counters (upvotes, stars)
    r"|(?:Submitted|Published)\s+(?:by|on)\b.*"
    r"|·.*"
    r")$"
)
TITLE_MAX_CHARS = 300
TITLE_MAX_WORDS = 40
_PROSE = re.compile(r"[a-z0-9)\]]{2}[.!]\s+[A-Z(]")


def is_junk_line(line: str) -> bool:
    text = " ".join(line.split())
    return not text or text.casefold() in _JUNK_EXACT or _JUNK_RE.match(text) is not None


def is_title_like(text: str) -> bool:
    """Short and not prose (see module docstring)."""
    t = " ".join(text.split())
    if len(t) > TITLE_MAX_CHARS or len(t.split()) > TITLE_MAX_WORDS:
        return False
    if t.endswith((".", "!")) and not t.endswith(("et al.", "...", "…")):
        return False
    return _PROSE.search(t) is None


_CONNECTOR_END = re.compile(
    r"(?:[,;:(\-–—/&]|\b(?:the|a|an|of|and|or|to|in|for|with|on|by|from|as|at|via|using))$"
)


def _glued_title(block: list[str]) -> bool:
    """A title line directly followed by its abstract lines (no blank line between).

    Conservative: the first line is title-like and does not end mid-phrase, the next line
    starts a sentence, and the rest reads as prose. Only tried when no title is waiting and
    either no paper is open or the page has already shown this layout.
    """
    if len(block) < 2:
        return False
    first, second = block[0].strip(), block[1].lstrip()
    if not first or not second or not (second[0].isupper() or second[0].isdigit()):
        return False
    if not is_title_like(first) or _CONNECTOR_END.search(first):
        return False
    return not is_title_like("\n".join(block[1:]))


def paragraphs(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """(line number of the first line, lines) per blank-line separated block, junk removed."""
    start = 0
    block: list[str] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if block:
                yield start, block
                block = []
            continue
        if is_junk_line(line):
            if block:  # header lines glued to a paragraph split it
                yield start, block
                block = []
            continue
        if not block:
            start = number
        block.append(line)
    if block:
        yield start, block


def read_page(lines: Iterable[str], name: str, ctx: ReadContext) -> Iterator[Paper]:
    pending: tuple[int, str] | None = None  # a title waiting for its abstract
    current: tuple[int, str, list[str]] | None = None  # title line, title, abstract parts

    def emit(item: tuple[int, str, list[str]]) -> Paper | None:
        line, title, parts = item
        return guarded(
            ctx,
            name,
            f"line {line}",
            lambda: build_paper(
                title=title, abstract="\n\n".join(parts), source=SourceRef(file=name, line=line)
            ),
        )

    def orphan_title(item: tuple[int, str]) -> None:
        preview = normalize_text(item[1])[:80]
        ctx.bad(name, f"line {item[0]}", f"title without abstract: {preview!r}")

    glued = False  # this page glues titles to abstracts (no blank line between them)
    for start, block in paragraphs(lines):
        text = "\n".join(block)
        if pending is None and (current is None or glued) and _glued_title(block):
            glued = True
            if current is not None:
                paper = emit(current)
                if paper is not None:
                    yield paper
            current = (start, block[0], ["\n".join(block[1:])])
            continue
        if is_title_like(text):
            if current is not None:
                paper = emit(current)
                current = None
                if paper is not None:
                    yield paper
            if pending is not None:
                orphan_title(pending)
            pending = (start, text)
        elif pending is not None:
            current = (pending[0], pending[1], [text])
            pending = None
        elif current is not None:
            current[2].append(text)
        else:
            preview = normalize_text(text)[:60]
            ctx.bad(name, f"line {start}", f"text without a title before it: {preview!r}…")
    if current is not None:
        paper = emit(current)
        if paper is not None:
            yield paper
    if pending is not None:
        orphan_title(pending)
