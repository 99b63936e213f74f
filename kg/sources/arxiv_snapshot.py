"""arXiv metadata snapshot records (the public bulk JSONL, e.g. Kaggle's
``arxiv-metadata-oai-snapshot.json``): ``id``, ``title``, ``abstract``, ``categories``
(space-separated), ``update_date``, ``authors_parsed`` ([last, first, suffix]), ``versions``
([{version, created}]; published = the ``v1`` created date), ``doi``.
"""

from __future__ import annotations

from typing import Any

from kg.models import Paper, SourceRef
from kg.sources.base import BadRecord, build_paper

SNAPSHOT_KEYS = frozenset({"authors_parsed", "versions", "update_date", "journal-ref", "submitter"})


def looks_like_snapshot(record: dict[str, Any]) -> bool:
    return len(SNAPSHOT_KEYS.intersection(record)) >= 1 and "id" in record


def _first_version_date(versions: Any) -> Any:
    if not versions:
        return None
    if not isinstance(versions, list):
        raise BadRecord("'versions' must be a list")
    chosen = None
    for v in versions:
        if isinstance(v, dict) and v.get("version") == "v1":
            chosen = v
            break
    if chosen is None:
        chosen = versions[0] if isinstance(versions[0], dict) else None
    return chosen.get("created") if chosen else None


def snapshot_to_paper(record: dict[str, Any], source: SourceRef) -> Paper:
    arxiv_id = record.get("id")
    if not arxiv_id:
        raise BadRecord("snapshot record has no 'id'")
    authors = record.get("authors_parsed")
    if not authors:
        authors = record.get("authors")
    categories = record.get("categories")
    ax = str(arxiv_id).strip()
    return build_paper(
        title=record.get("title"),
        abstract=record.get("abstract"),
        source=source,
        ident=ax,
        arxiv_id=ax,
        doi=record.get("doi"),
        url=f"https://arxiv.org/abs/{ax}",
        published=_first_version_date(record.get("versions")),
        authors=authors,
        categories=categories,
    )
