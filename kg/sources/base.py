"""Shared reader plumbing: statistics, bad-record handling, byte decoding, record → Paper."""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from pydantic import ValidationError

from kg.errors import RecordError
from kg.models import Paper, SourceRef
from kg.sources.ids import (
    arxiv_id_from_doi,
    make_paper_id,
    normalize_doi,
    parse_arxiv_id,
)
from kg.sources.text import clean_controls, has_bad_chars, normalize_text

log = logging.getLogger("kg.sources")

MAX_MESSAGES = 100
"""How many skip messages :class:`ReadStats` keeps (the counters keep counting)."""
DEFAULT_MAX_CHARS = 100_000
"""``kg extract``/``kg build``: a record whose title + abstract is longer than this is skipped
(``--max-chars``); spaCy itself refuses texts over 1,000,000 characters."""


@dataclass
class ReadStats:
    """What a :func:`kg.sources.read_papers` run saw. Pass one in to read it afterwards.

    ``read`` counts good records (duplicates included), ``skipped`` bad records,
    ``duplicates`` records merged into (or dropped in favour of) an earlier copy of the same
    paper, ``papers`` the papers yielded (``read - duplicates``), ``messages`` the first
    :data:`MAX_MESSAGES` skip messages. ``files_skipped`` counts input files that could not
    be read at all (binary, unsafe XML, unreadable) and were skipped while the other inputs
    were read; ``file_errors`` holds their one-line errors. ``conflicts`` counts duplicate
    warnings (same id with a different title, or same title with different ids).
    """

    files: int = 0
    read: int = 0
    skipped: int = 0
    duplicates: int = 0
    papers: int = 0
    files_skipped: int = 0
    conflicts: int = 0
    messages: list[str] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    def add_message(self, message: str) -> None:
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append(message)


@dataclass
class ReadContext:
    """Per-run settings every reader sees."""

    stats: ReadStats
    strict: bool = False
    field_map: dict[str, str] | None = None
    max_chars: int | None = None

    def bad(self, file: str, location: str, message: str) -> None:
        """A bad record: raise in strict mode, else warn (naming file + location) and count."""
        err = RecordError(message, file=file, location=location)
        if self.strict:
            raise err
        self.stats.skipped += 1
        self.stats.add_message(err.one_line())
        if self.stats.skipped <= MAX_MESSAGES:
            log.warning("skipped %s", err.one_line())
        elif self.stats.skipped == MAX_MESSAGES + 1:
            log.warning("more than %d bad records: further ones are only counted", MAX_MESSAGES)


# ---------------------------------------------------------------------------- decoding
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def looks_binary(head: bytes) -> bool:
    """Many NUL bytes or control characters in the first block (and not UTF-16).

    A stray NUL or two (a damaged record) do not make a text file binary: that record is
    reported bad and the others are read.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if not head:
        return False
    if head.count(b"\x00") > max(2, len(head) // 1000):
        return True
    return len(_BINARY_CONTROL.findall(head)) > max(8, len(head) // 100)


def decode_line(raw: bytes) -> str:
    """UTF-8, else Windows-1252, else Latin-1: a line never fails to decode."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def text_lines(stream: IO[bytes], name: str) -> Iterator[str]:
    """Decoded lines (line endings kept) of a binary stream; a UTF-8 BOM is dropped.

    UTF-16 files (with a BOM) are decoded as a whole stream; anything else line by line,
    so one Latin-1 line in a UTF-8 file costs nothing but that line's accents.
    """
    first = True
    reported = False
    for raw in stream:
        if first:
            first = False
            if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield from _utf16_lines(raw, stream)
                return
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            if not reported:
                reported = True
                log.info("%s: not UTF-8, decoding non-UTF-8 lines as Windows-1252/Latin-1", name)
            yield decode_line(raw)


def _utf16_lines(first: bytes, stream: IO[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
    buf = decoder.decode(first)
    for raw in stream:
        buf += decoder.decode(raw)
        *lines, buf = buf.splitlines(keepends=True) or [""]
        yield from lines
    buf += decoder.decode(b"", final=True)
    yield from buf.splitlines(keepends=True)


# ---------------------------------------------------------------------------- record → Paper
class BadRecord(Exception):
    """Internal: a record cannot become a Paper (message says why)."""


def as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return " ".join(value)
    raise BadRecord(f"expected text, got {type(value).__name__}")


def split_list(value: Any, *, authors: bool = False) -> list[str]:
    """A list field from a list, a list of {"name": …} dicts, or a delimited string."""
    if value is None or value == "":
        return []
    items: list[Any]
    if isinstance(value, str):
        if ";" in value:
            items = value.split(";")
        elif authors:
            items = re.split(r",\s*|\s+and\s+", value)
        else:
            items = re.split(r"[,\s]+", value)
    elif isinstance(value, list):
        items = value
    else:
        raise BadRecord(f"expected a list, got {type(value).__name__}")
    out: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name") or " ".join(
                str(item[k]) for k in ("first", "last") if item.get(k)
            )
        if isinstance(item, list):  # [last, first, suffix]
            item = " ".join(str(p) for p in (item[1:2] + item[:1] + item[2:3]) if p)
        if not isinstance(item, str | int | float):
            raise BadRecord("list items must be text")
        text = normalize_text(str(item)) if authors else " ".join(str(item).split())
        if text and text not in out:
            out.append(text)
    return out


_DATE_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_YEAR_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = {m: i for i, m in enumerate(_MONTHS, 1)}


def parse_date(value: Any) -> dt.date | None:
    """ISO date/datetime, RFC 2822 (arXiv snapshot ``versions``), a year; else BadRecord."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int) and 1000 <= value <= 9999:
        return dt.date(value, 1, 1)
    if not isinstance(value, str):
        raise BadRecord(f"unreadable date {value!r}")
    try:
        if m := _DATE_PREFIX.match(value):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _YEAR_MONTH.match(value):
            return dt.date(int(m.group(1)), int(m.group(2)), 1)
        if m := _YEAR.match(value):
            return dt.date(int(m.group(1)), 1, 1)
        if (m := _RFC2822.match(value)) and m.group(2).lower() in _MONTH:
            return dt.date(int(m.group(3)), _MONTH[m.group(2).lower()], int(m.group(1)))
        return email.utils.parsedate_to_datetime(value).date()
    except (ValueError, TypeError, IndexError, OverflowError) as exc:
        raise BadRecord(f"unreadable date {value!r}") from exc


def build_paper(
    *,
    title: Any,
    abstract: Any,
    source: SourceRef,
    ident: Any = None,
    arxiv_id: Any = None,
    doi: Any = None,
    url: Any = None,
    published: Any = None,
    authors: Any = None,
    categories: Any = None,
) -> Paper:
    """Normalise raw field values into a :class:`Paper` with a stable id (raises BadRecord)."""
    title_text = normalize_text(as_str(title) or "")
    abstract_text = normalize_text(as_str(abstract) or "")
    if not title_text:
        raise BadRecord("record has no title")
    if not abstract_text:
        raise BadRecord("record has no abstract")
    doi_norm = normalize_doi(as_str(doi))
    ident_s = as_str(ident)
    url_s = as_str(url)
    ax = (
        parse_arxiv_id(as_str(arxiv_id))
        or parse_arxiv_id(ident_s)
        or arxiv_id_from_doi(doi_norm)
        or (parse_arxiv_id(url_s) if url_s and "arxiv.org" in url_s else None)
    )
    if doi_norm is None and ident_s and ident_s.lower().startswith(("doi:", "10.", "https://doi")):
        doi_norm = normalize_doi(ident_s)
    try:
        return Paper(
            id=make_paper_id(arxiv_id=ax, doi=doi_norm, title=title_text),
            title=title_text,
            abstract=abstract_text,
            arxiv_id=ax,
            doi=doi_norm,
            url=(url_s.strip() or None) if url_s else None,
            published=parse_date(published),
            authors=split_list(authors, authors=True),
            categories=split_list(categories),
            source=source,
        )
    except ValidationError as exc:  # pragma: no cover - fields are pre-validated above
        raise BadRecord(exc.errors()[0].get("msg", "invalid record")) from exc


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean_controls(value)
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    if isinstance(value, SourceRef):
        return value.model_copy(update={"file": clean_controls(value.file)})
    return value


def _dirty(value: Any) -> bool:
    if isinstance(value, str):
        return has_bad_chars(value)
    if isinstance(value, list):
        return any(isinstance(v, str) and has_bad_chars(v) for v in value)
    if isinstance(value, SourceRef):
        return has_bad_chars(value.file)
    return False


def clean_paper(paper: Paper) -> Paper:
    """Apply the control-character rule (:func:`kg.sources.text.clean_controls`) to every
    text field (titles and abstracts already got it from :func:`normalize_text`)."""
    dirty = [name for name in Paper.model_fields if _dirty(getattr(paper, name))]
    if not dirty:
        return paper
    return paper.model_copy(update={n: _clean_value(getattr(paper, n)) for n in dirty})


def has_surrogates(value: Any) -> bool:
    """Does a decoded JSON value hold a lone UTF-16 surrogate (from a ``\\ud800`` escape)?"""
    if isinstance(value, str):
        return has_bad_chars(value) and any("\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, dict):
        return any(has_surrogates(k) or has_surrogates(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_surrogates(v) for v in value)
    return False


def guarded(
    ctx: ReadContext,
    file: str,
    location: str,
    fn: Callable[[], Paper],
) -> Paper | None:
    """Run ``fn``; a BadRecord becomes a skip (or RecordError in strict mode).

    The paper's text fields get the control-character rule, and a paper whose title +
    abstract is longer than ``ctx.max_chars`` is a bad record.
    """
    try:
        paper = fn()
    except BadRecord as exc:
        ctx.bad(file, location, str(exc))
        return None
    paper = clean_paper(paper)
    size = len(paper.title) + len(paper.abstract)
    if ctx.max_chars and size > ctx.max_chars:
        ctx.bad(
            file,
            location,
            f"record too long ({size:,} characters of title + abstract > --max-chars "
            f"{ctx.max_chars:,})",
        )
        return None
    ctx.stats.read += 1
    return paper
