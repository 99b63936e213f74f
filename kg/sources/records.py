"""Turn one mapping (a JSON object or a CSV row) into a :class:`~kg.models.Paper`.

Three shapes are recognised per record:

* our own ``kg ingest`` output (a Paper: ``id`` in our scheme plus title/abstract and only
  Paper fields) — validated and passed through unchanged, so output reads back identically;
* an arXiv metadata snapshot record (``authors_parsed``/``versions``/``update_date``);
* anything else, through the field map (``--field title=paper_title``), whose defaults are
  the Paper field names, with a few common aliases (``summary`` for ``abstract`` …).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from kg.models import Paper, SourceRef
from kg.sources.arxiv_snapshot import looks_like_snapshot, snapshot_to_paper
from kg.sources.base import BadRecord, build_paper
from kg.sources.ids import is_scheme_id

PAPER_FIELDS = frozenset(Paper.model_fields)
MAPPABLE = (
    "id",
    "title",
    "abstract",
    "arxiv_id",
    "doi",
    "url",
    "published",
    "authors",
    "categories",
)
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "paper_id"),
    "title": ("title", "paper_title", "Title"),
    "abstract": ("abstract", "summary", "paperAbstract", "Abstract"),
    "arxiv_id": ("arxiv_id", "arxivId", "arxiv"),
    "doi": ("doi", "DOI"),
    "url": ("url", "link", "URL"),
    "published": ("published", "date", "publication_date", "published_date", "year"),
    "authors": ("authors", "author", "Authors"),
    "categories": ("categories", "category", "tags"),
}


def check_field_map(field_map: dict[str, str] | None) -> None:
    """Raise ValueError for a field map naming a field that Paper does not have."""
    for key in field_map or {}:
        if key not in MAPPABLE:
            raise ValueError(f"unknown field {key!r} in field map (known: {', '.join(MAPPABLE)})")


def _get(record: dict[str, Any], name: str, field_map: dict[str, str] | None) -> Any:
    if field_map and name in field_map:
        key = field_map[name]
        if key in record:
            return record[key]
        # dotted paths for nested JSON: --field title=meta.title
        cur: Any = record
        for part in key.split("."):
            if not isinstance(cur, dict) or part not in cur:
                return None
            cur = cur[part]
        return cur
    for key in ALIASES[name]:
        if key in record and record[key] not in (None, ""):
            return record[key]
    return None


def is_own_paper(record: dict[str, Any]) -> bool:
    return (
        is_scheme_id(record.get("id"))
        and "title" in record
        and "abstract" in record
        and PAPER_FIELDS.issuperset(record)
    )


def record_to_paper(
    record: Any,
    source: SourceRef,
    field_map: dict[str, str] | None = None,
    *,
    snapshot: bool | None = None,
) -> Paper:
    """One record → Paper (raises BadRecord). ``snapshot`` forces/forbids the arXiv shape."""
    if not isinstance(record, dict):
        raise BadRecord(f"expected a JSON object, got {type(record).__name__}")
    if snapshot is None and not field_map and is_own_paper(record):
        try:
            paper = Paper.model_validate(record)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ()))
            raise BadRecord(f"invalid paper field {where}: {err.get('msg')}") from exc
        if not paper.title.strip() or not paper.abstract.strip():
            raise BadRecord("record has no title" if not paper.title.strip() else "no abstract")
        if paper.source is None:
            paper = paper.model_copy(update={"source": source})
        return paper
    if snapshot or (snapshot is None and not field_map and looks_like_snapshot(record)):
        return snapshot_to_paper(record, source)
    values = {name: _get(record, name, field_map) for name in MAPPABLE}
    return build_paper(
        title=values["title"],
        abstract=values["abstract"],
        source=source,
        ident=values["id"],
        arxiv_id=values["arxiv_id"],
        doi=values["doi"],
        url=values["url"],
        published=values["published"],
        authors=values["authors"],
        categories=values["categories"],
    )


def parse_field_map(options: list[str] | None) -> dict[str, str]:
    """``["title=paper_title", "abstract=summary"]`` → dict (the CLI's ``--field k=v``).

    Raises ValueError naming the bad option.
    """
    out: dict[str, str] = {}
    for opt in options or []:
        key, sep, value = opt.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise ValueError(f"--field expects FIELD=KEY, got {opt!r}")
        out[key] = value
    check_field_map(out)
    return out
