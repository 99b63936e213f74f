"""arXiv API Atom feeds (``export.arxiv.org/api/query`` responses saved to disk).

Parsed with :mod:`defusedxml`: a DTD with entity declarations (the "billion laughs" and
external-entity attacks) makes the whole file fail with one :class:`~kg.errors.InputError`;
no entity is ever expanded and nothing outside the file is fetched. Entries are streamed
(``iterparse`` + ``clear``), so a large feed is not held in memory.
"""

from __future__ import annotations

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


def read_atom(stream: IO[bytes], name: str, ctx: ReadContext) -> Iterator[Paper]:
    record = 0
    try:
        root: ET.Element | None = None
        for event, elem in DET.iterparse(stream, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = elem
                    if elem.tag not in (f"{ATOM}feed", f"{ATOM}entry"):
                        raise InputError(
                            f"{name}: not an Atom feed (root element {elem.tag!r})",
                            hint="use --format to choose the reader",
                        )
                continue
            if elem.tag != f"{ATOM}entry":
                continue
            record += 1
            fields = _entry_fields(elem)
            if "/api/errors" in (fields["ident"] or ""):
                ctx.bad(name, f"entry {record}", f"arXiv API error: {fields['abstract']!r}")
                if root is not None and root is not elem:
                    root.clear()
                continue
            if root is not None and root is not elem:
                root.clear()  # constant memory: forget finished entries
            src = SourceRef(file=name, record=record)
            paper = guarded(
                ctx, name, f"entry {record}", lambda f=fields, s=src: build_paper(source=s, **f)
            )
            if paper is not None:
                yield paper
    except defusedxml.DefusedXmlException as exc:
        raise InputError(
            f"{name}: refused unsafe XML ({type(exc).__name__}: DTD entities are not allowed)"
        ) from exc
    except ET.ParseError as exc:
        if record == 0:
            raise InputError(f"{name}: not well-formed XML ({exc})") from exc
        # Entries before the damage were good: report the rest as one bad record.
        ctx.bad(name, f"entry {record + 1}", f"XML broken after this point ({exc})")
