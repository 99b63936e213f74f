"""arXiv API Atom feeds (``export.arxiv.org/api/query`` responses saved to disk).

Parsed with :mod:`defusedxml`: a DTD with entity declarations (the "billion laughs" and
external-entity attacks) makes the whole file fail with one :class:`~kg.errors.InputError`;
no entity is ever expanded and nothing outside the file is fetched. Entries are streamed one
by one and each is parsed on its own, so a large feed is not held in memory and a damaged
entry is reported (``entry N (line L)``) without costing the entries after it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import IO, Any

import defusedxml
import defusedxml.ElementTree as DET

from kg.errors import InputError
from kg.models import Paper, SourceRef
from kg.sources.base import ReadContext, build_paper, guarded

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"


def _text(entry: ET.Element, tag: str) -> str | None:
    el = entry.find(tag)
    return el.text if el is not None and el.text else None


def _entry_fields(entry: ET.Element) -> dict[str, Any]:
    links = entry.findall(f"{ATOM}link")
    url = None
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            url = link.get("href")
            break
    categories = [c.get("term") for c in entry.findall(f"{ATOM}category") if c.get("term")]
    primary = entry.find(f"{ARXIV}primary_category")
    if primary is not None and primary.get("term") in categories:
        categories.remove(primary.get("term"))
        categories.insert(0, primary.get("term"))
    authors = [
        a.findtext(f"{ATOM}name")
        for a in entry.findall(f"{ATOM}author")
        if a.findtext(f"{ATOM}name")
    ]
    return {
        "ident": _text(entry, f"{ATOM}id"),
        "title": _text(entry, f"{ATOM}title"),
        "abstract": _text(entry, f"{ATOM}summary"),
        "doi": _text(entry, f"{ARXIV}doi"),
        "url": url,
        "published": _text(entry, f"{ATOM}published"),
        "authors": authors,
        "categories": categories,
    }


_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?entry[\s>/]")
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?entry\s*>")
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*\?>")
_FIRST_TAG = re.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)(?:\s[^>]*)?>")
MAX_ENTRY_BYTES = 16 * 1024 * 1024
"""An entry larger than this is reported as bad (reading resumes at the next entry)."""
_BLOCK = 1 << 16


def _prolog(prolog: bytes, name: str) -> tuple[bytes, bytes, bytes]:
    """Check the part before the first entry; return (XML declaration, root start tag,
    root end tag) to wrap each entry in. Unsafe XML, a non-Atom root or a prolog that is
    not well-formed make the whole file an InputError."""
    decl_m = _XML_DECL.match(prolog)
    decl = decl_m.group(0).strip() if decl_m else b""
    root_m = _FIRST_TAG.search(prolog)
    if root_m is None:  # the document is a single <entry>
        start, end = b"", b""
        probe = prolog + b"<entry xmlns='http://www.w3.org/2005/Atom'/>"
    else:
        start, end = root_m.group(0), b"</" + root_m.group(1) + b">"
        probe = prolog[: root_m.end()] + end  # feed metadata after it is not needed
    try:
        root = DET.fromstring(probe)
    except defusedxml.DefusedXmlException as exc:
        raise InputError(
            f"{name}: refused unsafe XML ({type(exc).__name__}: DTD entities are not allowed)"
        ) from exc
    except ET.ParseError as exc:
        raise InputError(f"{name}: not well-formed XML ({exc})") from exc
    if root.tag not in (f"{ATOM}feed", f"{ATOM}entry"):
        raise InputError(
            f"{name}: not an Atom feed (root element {root.tag!r})",
            hint="use --format to choose the reader",
        )
    return decl, start, end


def read_atom(stream: IO[bytes], name: str, ctx: ReadContext) -> Iterator[Paper]:
    """Entries one by one: each is parsed on its own (wrapped in the feed's root tag, so
    its namespaces hold), so a damaged entry costs only itself — reading resumes at the
    next ``<entry``. Memory is bounded by one entry."""
    buf = b""
    eof = False
    line = 1  # line number of buf[0]

    def more() -> bool:
        nonlocal buf, eof
        block = stream.read(_BLOCK)
        if not block:
            eof = True
        buf += block
        return bool(block)

    while (m := _ENTRY_START.search(buf)) is None and not eof:
        if len(buf) > MAX_ENTRY_BYTES:
            break
        more()
    if m is None:
        decl, root_start, root_end = _prolog(buf, name)  # no entries (or raises)
        return
    decl, root_start, root_end = _prolog(buf[: m.start()], name)
    line += buf.count(b"\n", 0, m.start())
    buf = buf[m.start() :]
    record = 0
    while buf:
        end = _ENTRY_END.search(buf, 1)
        nxt = _ENTRY_START.search(buf, 1)
        if end is not None and (nxt is None or end.start() < nxt.start()):
            chunk, rest_at = buf[: end.end()], end.end()
        elif nxt is not None:
            chunk, rest_at = buf[: nxt.start()], nxt.start()  # an entry that never closes
        elif not eof and len(buf) <= MAX_ENTRY_BYTES:
            more()
            continue
        else:
            chunk, rest_at = buf, len(buf)
        record += 1
        paper = _entry(decl + root_start + chunk + root_end, name, ctx, record, line)
        if paper is not None:
            yield paper
        line += buf.count(b"\n", 0, rest_at)
        buf = buf[rest_at:]
        while (m := _ENTRY_START.search(buf)) is None and not eof:
            keep = buf[-64:]  # a start tag may straddle two blocks
            line += buf.count(b"\n", 0, len(buf) - len(keep))
            buf = keep
            more()
        if m is None:
            return
        line += buf.count(b"\n", 0, m.start())
        buf = buf[m.start() :]


def _entry(doc: bytes, name: str, ctx: ReadContext, record: int, line: int) -> Paper | None:
    where = f"entry {record} (line {line})"
    try:
        root = DET.fromstring(doc)
    except defusedxml.DefusedXmlException as exc:
        ctx.bad(name, where, f"refused unsafe XML ({type(exc).__name__})")
        return None
    except ET.ParseError as exc:
        ctx.bad(name, where, f"not well-formed XML ({exc})")
        return None
    entry = root if root.tag == f"{ATOM}entry" else root.find(f"{ATOM}entry")
    if entry is None:
        ctx.bad(name, where, "no Atom <entry> element")
        return None
    fields = _entry_fields(entry)
    if "/api/errors" in (fields["ident"] or ""):
        ctx.bad(name, where, f"arXiv API error: {fields['abstract']!r}")
        return None
    src = SourceRef(file=name, line=line, record=record)
    return guarded(ctx, name, where, lambda: build_paper(source=src, **fields))
