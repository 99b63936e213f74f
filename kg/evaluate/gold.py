"""Our own gold format (JSONL, one paper per line), e.g. ``eval/gold/hf-trending-gold.jsonl``.

``{"id", "title", "text" (= title + "\\n\\n" + abstract), "spans": [{"start", "end", "type",
"text", "canonical"}], "relations": [{"type", "entity", "entity_type"}]}``. Offsets are
character offsets in ``text``; ``text[start:end]`` must equal the span's ``text``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.models import ENTITY_TYPES, PAPER_RELATION_TYPES, TITLE_SEPARATOR, Paper


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    type: str
    text: str
    canonical: str


@dataclass(frozen=True)
class GoldRelation:
    type: str
    entity: str
    entity_type: str


@dataclass
class GoldPaper:
    id: str
    title: str
    text: str
    spans: list[GoldSpan] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    line: int = 0

    def to_paper(self) -> Paper:
        """The :class:`Paper` the extractor reads: title before the first blank line."""
        title, sep, abstract = self.text.partition(TITLE_SEPARATOR)
        if not sep:
            title, abstract = self.text, ""
        return Paper(id=self.id, title=title, abstract=abstract)


def _need(obj: dict[str, Any], key: str, typ: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise InputError(f"{where}: missing field {key!r}")
    value = obj[key]
    if not isinstance(value, typ) or isinstance(value, bool):
        raise InputError(f"{where}: field {key!r} has the wrong type ({type(value).__name__})")
    return value


def parse_gold_record(obj: Any, where: str) -> GoldPaper:
    """Validate one decoded JSON record; ``where`` (``file:line``) prefixes every error."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object per line")
    pid = _need(obj, "id", str, where)
    text = _need(obj, "text", str, where)
    title = obj.get("title") or text.partition(TITLE_SEPARATOR)[0]
    if not isinstance(title, str):
        raise InputError(f"{where}: field 'title' has the wrong type")
    if not text.startswith(title):
        raise InputError(f"{where}: 'text' does not start with 'title'")
    spans: list[GoldSpan] = []
    for i, raw in enumerate(obj.get("spans") or []):
        w = f"{where}: spans[{i}]"
        if not isinstance(raw, dict):
            raise InputError(f"{w}: expected an object")
        start = _need(raw, "start", int, w)
        end = _need(raw, "end", int, w)
        typ = _need(raw, "type", str, w)
        stext = _need(raw, "text", str, w)
        canonical = raw.get("canonical") or stext
        if typ not in ENTITY_TYPES:
            raise InputError(
                f"{w}: unknown type {typ!r} (expected one of {', '.join(ENTITY_TYPES)})"
            )
        if not 0 <= start < end <= len(text):
            raise InputError(f"{w}: offsets {start}:{end} outside the text (length {len(text)})")
        if text[start:end] != stext:
            raise InputError(
                f"{w}: text[{start}:{end}] is {text[start:end]!r}, not the span text {stext!r}"
            )
        spans.append(GoldSpan(start, end, typ, stext, str(canonical)))
    relations: list[GoldRelation] = []
    for i, raw in enumerate(obj.get("relations") or []):
        w = f"{where}: relations[{i}]"
        if not isinstance(raw, dict):
            raise InputError(f"{w}: expected an object")
        rtype = _need(raw, "type", str, w)
        entity = _need(raw, "entity", str, w)
        etype = raw.get("entity_type", "")
        if rtype not in PAPER_RELATION_TYPES:
            raise InputError(
                f"{w}: unknown relation type {rtype!r} "
                f"(expected one of {', '.join(PAPER_RELATION_TYPES)})"
            )
        if etype and etype not in ENTITY_TYPES:
            raise InputError(f"{w}: unknown entity_type {etype!r}")
        relations.append(GoldRelation(rtype, entity, str(etype)))
    return GoldPaper(id=pid, title=title, text=text, spans=spans, relations=relations)


def gold_lines(path: Path | str) -> Iterator[tuple[int, str, Any]]:
    """(line number, ``file:line``, parsed JSON) of each non-blank line of a gold JSONL file;
    :class:`InputError` for an unreadable file, text that is not UTF-8, or invalid JSON."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file: {exc.strerror or exc}") from exc
    with handle:
        try:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{where}: invalid JSON ({exc.msg})") from exc
                yield lineno, where, obj
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from exc


def read_gold_jsonl(path: Path | str, *, limit: int | None = None) -> list[GoldPaper]:
    """Read and validate a gold JSONL file; :class:`InputError` names ``file:line``."""
    papers: list[GoldPaper] = []
    seen: dict[str, int] = {}
    for lineno, where, obj in gold_lines(path):
        paper = parse_gold_record(obj, where)
        if paper.id in seen:
            raise InputError(f"{where}: duplicate id {paper.id!r} (first on line {seen[paper.id]})")
        seen[paper.id] = lineno
        paper.line = lineno
        papers.append(paper)
        if limit is not None and len(papers) >= limit:
            break
    if not papers:
        raise InputError(f"{path}: no gold records found")
    return papers
