"""Doc/Span extensions that carry the pipeline's results (registered once, on import).

All stored values are plain JSON-like data (or live in ``doc.spans``), so docs survive
``nlp.pipe(n_process=N)`` serialisation.

Doc:
- ``doc._.kg_mentions`` → list[Span]: final mentions (``span.label_`` ∈ Method/Model/Dataset/
  Metric/Task). ``kg_overlap`` leaves them as plain token rows (``doc.user_data
  ["kg_mention_rows"]``); the first access makes the Spans and keeps them in
  ``doc.spans["kg_mentions"]``.
- ``doc._.kg_candidates`` → list[Span]: candidates before overlap resolution (only while the
  pipeline runs; kept in the transient token table, see ``tokens.py``).
- ``doc._.kg_abbreviations`` → list of ``[long_start, long_end, short_start, short_end]`` (tokens).
- ``doc._.kg_entities`` → {entity_id: {"name", "type", "aliases", "higher_is_better"}}.
- ``doc._.kg_relations`` / ``doc._.kg_results`` → lists of dicts (see relations / results).
- ``doc._.kg_contributions`` → ``[start, end]`` token spans of the paper's own contributions.
- ``doc._.kg_rows`` → {"sentences": [[start_char, end_char]…], "mentions": [[start_char,
  end_char, type, entity_id, rule, sentence]…]}: what the Extraction is built from.

Span (getters over the span's ``kb_id_`` / ``id_`` and the doc data):
- ``span._.entity_id``, ``span._.canonical``, ``span._.kg_source``, ``span._.kg_confidence``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

MENTIONS_KEY = "kg_mentions"
MENTION_ROWS_KEY = "kg_mention_rows"

# confidence of a mention by the rule that produced it
SOURCE_CONFIDENCE: dict[str, float] = {
    "gazetteer": 0.95,
    "gazetteer_ci": 0.9,
    "abbreviation": 0.85,
    "kb": 0.85,
    "abbrev_merge": 0.9,
    "title_name": 0.8,
    "propose": 0.8,
    "head_noun": 0.75,
    "context_name": 0.7,
    "eval_on": 0.7,
    "task_head": 0.6,
    "metric_head": 0.65,
    "name_shape": 0.5,
}


def _mentions(doc: Doc) -> list[Span]:
    if MENTIONS_KEY not in doc.spans:
        rows = doc.user_data.get(MENTION_ROWS_KEY)
        if rows is None:
            return []
        doc.spans[MENTIONS_KEY] = [
            Span(doc, s, e, label=lab, kb_id=eid, span_id=rule) for s, e, lab, eid, rule in rows
        ]
    return list(doc.spans[MENTIONS_KEY])


def _candidates(doc: Doc) -> list[Span]:
    """Candidates while the pipeline runs (they are dropped with the token table at the end)."""
    tt = doc.user_data.get("kg_token_table")
    if tt is None:
        return []
    return [Span(doc, s, e, label=lab, kb_id=kb, span_id=rule) for s, e, lab, kb, rule in tt.cands]


def _entity_id(span: Span) -> str:
    return span.kb_id_


def _canonical(span: Span) -> str:
    entities: dict[str, Any] = span.doc._.kg_entities or {}
    info = entities.get(span.kb_id_)
    return str(info["name"]) if info else span.text


def _source(span: Span) -> str:
    return span.id_ or "unknown"


def _confidence(span: Span) -> float:
    return SOURCE_CONFIDENCE.get(span.id_, 0.5)


def register_extensions() -> None:
    if not Doc.has_extension("kg_mentions"):
        Doc.set_extension("kg_mentions", getter=_mentions)
        Doc.set_extension("kg_candidates", getter=_candidates)
        Doc.set_extension("kg_abbreviations", default=None)
        Doc.set_extension("kg_entities", default=None)
        Doc.set_extension("kg_relations", default=None)
        Doc.set_extension("kg_results", default=None)
        Doc.set_extension("kg_contributions", default=None)
        Doc.set_extension("kg_rows", default=None)
    if not Span.has_extension("entity_id"):
        Span.set_extension("entity_id", getter=_entity_id)
        Span.set_extension("canonical", getter=_canonical)
        Span.set_extension("kg_source", getter=_source)
        Span.set_extension("kg_confidence", getter=_confidence)


register_extensions()
