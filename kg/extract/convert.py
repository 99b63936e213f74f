"""Turn a processed Doc (plain data on its extensions) into an :class:`Extraction`.

The whole Extraction is built as plain data and validated once (pydantic's core does it
faster than constructing each child model in Python).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from spacy.tokens import Doc

from kg.extract.candidates import confidence
from kg.extract.lexicon import words
from kg.models import Extraction, Paper


def result_id(
    paper_id: str, model: str | None, dataset: str | None, metric: str | None, value: float
) -> str:
    """``"result:" + sha1(paper_id|model|dataset|metric|value)[:16]`` (missing parts are "")."""
    raw = f"{paper_id}|{model or ''}|{dataset or ''}|{metric or ''}|{value!r}"
    return "result:" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _evidence_table(sents: list[list[int]], text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for start, end in sents or [[0, len(text)]]:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        out.append({"sentence": body, "start": start + lead, "end": start + lead + len(body)})
    return out


def doc_to_extraction(
    doc: Doc, paper: Paper, extracted_at: dt.datetime, extractor_version: str
) -> Extraction:
    text = paper.text  # the doc was made from it
    rows: dict[str, Any] = doc._.kg_rows or {"sentences": [], "mentions": []}
    evidence = _evidence_table(rows["sentences"], text)
    last = len(evidence) - 1
    mentions = [
        {
            "text": text[s:e],
            "type": label,
            "start": s,
            "end": e,
            "sentence": si,
            "entity_id": eid,
            "confidence": confidence(rule),
            "source": rule or "unknown",
        }
        for s, e, label, eid, rule, si in rows["mentions"]
    ]
    relations = [
        {
            "type": r["type"],
            "entity_id": r["entity_id"],
            "entity_type": r["entity_type"],
            "confidence": r["confidence"],
            "evidence": evidence[min(r["sent"], last)],
            "source": r["source"],
        }
        for r in doc._.kg_relations or []
    ]
    results: list[dict[str, Any]] = []
    deltas: list[dict[str, Any]] = []  # improvements and differences: never Results
    seen: set[str] = set()
    for r in doc._.kg_results or []:
        role = r.get("role", "score")
        rid = result_id(paper.id, r["model_id"], r["dataset_id"], r["metric_id"], r["value"])
        if role != "score":
            rid = f"{rid}-{role}"
        if rid in seen:
            continue
        seen.add(rid)
        (results if role == "score" else deltas).append(
            {
                "id": rid,
                "model_id": r["model_id"],
                "dataset_id": r["dataset_id"],
                "metric_id": r["metric_id"],
                "value": r["value"],
                "unit": r["unit"],
                "higher_is_better": r["higher_is_better"],
                "confidence": r["confidence"],
                "evidence": evidence[min(r["sent"], last)],
                "role": role,
            }
        )
    ents: dict[str, Any] = doc._.kg_entities or {}
    entities = [
        {
            "id": eid,
            "type": info["type"],
            "name": info["name"],
            "aliases": sorted(set(info["aliases"])),
            "higher_is_better": _direction(info) if info["type"] == "Metric" else None,
        }
        for eid, info in sorted(ents.items())
    ]
    direction = {e["id"]: e["higher_is_better"] for e in entities if e["type"] == "Metric"}
    for r in (*results, *deltas):
        if r["higher_is_better"] is None:
            r["higher_is_better"] = direction.get(r["metric_id"])
    return Extraction.model_validate(
        {
            "paper": paper,
            "mentions": mentions,
            "relations": relations,
            "results": results,
            "deltas": deltas,
            "entities": entities,
            "extractor_version": extractor_version,
            "extracted_at": extracted_at,
        }
    )


_LOWER_IS_BETTER = words("lower_is_better_heads")


def _direction(info: dict[str, Any]) -> bool | None:
    """A metric's ``higher_is_better``: its own (gazetteer, knowledge base), else lower for a
    name that ends in an error, a loss or a distance ("reprojection error"), else unknown."""
    if info["higher_is_better"] is not None:
        return bool(info["higher_is_better"])
    words_ = str(info["name"]).lower().split()
    return False if words_ and words_[-1] in _LOWER_IS_BETTER else None
