"""``kg_relations``: paper-level relations from the final mentions.

- ``PROPOSES``: the paper's own contributions (title "X: …", "we propose X", a dataset the
  paper introduces).
- ``EVALUATED_ON``: datasets, unless only trained on; datasets a collection "includes"
  ("MwpBench … (including GSM8K and MATH)") are evaluated on as well.
- ``USES`` (methods/models not proposed), ``MEASURED_BY`` (metrics), ``ADDRESSES`` (tasks).

One relation per (type, entity): the best-scoring evidence sentence wins. Writes
``doc._.kg_relations`` = [{"type", "entity_id", "entity_type", "confidence", "sent",
"source"}] (``sent`` = 0-based sentence index).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.lexicon import CREATION_VERBS, EVAL_VERBS, TRAIN_CUES
from kg.extract.components.tokens import table

_INCLUDE = frozenset({"including", "includes", "include", "such", "e.g.", "comprising"})


_DETERMINERS = frozenset({"the", "a", "an", "our", "this", "newly", "previously", "recently"})


def _created(lowers: list[str], lo: int, hi: int) -> bool:
    """A creation verb governs the name: "we introduce X", not "the proposed X"."""
    for j in range(hi - 1, lo - 1, -1):
        w = lowers[j]
        if w in (",", ";", ":", "(", ")", "."):
            return False
        if w in CREATION_VERBS:
            return j == 0 or lowers[j - 1] not in _DETERMINERS
    return False


class _M(NamedTuple):
    start: int
    end: int
    label_: str
    kb_id_: str
    id_: str


class RelationExtractor(Component):
    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        mentions = [_M(*c) for c in tt.mentions]
        rels: dict[tuple[str, str], dict[str, Any]] = {}
        if not mentions:
            doc._.kg_relations = []
            return doc
        sent_of = tt.sent_of
        bounds = tt.sent_bounds
        lowers = tt.lowers
        contrib_tokens: set[int] = set()
        for s, e in tt.contributions:
            contrib_tokens.update(range(s, e))
        proposed: set[str] = set()
        for m in mentions:
            if contrib_tokens.intersection(range(m.start, m.end)):
                proposed.add(m.kb_id_)

        def put(rtype: str, m: Any, conf: float, source: str) -> None:
            key = (rtype, m.kb_id_)
            old = rels.get(key)
            if old is None or conf > old["confidence"]:
                rels[key] = {
                    "type": rtype,
                    "entity_id": m.kb_id_,
                    "entity_type": m.label_,
                    "confidence": conf,
                    "sent": sent_of[m.start],
                    "source": source,
                }

        included: set[int] = set()
        for m in mentions:
            if m.label_ != "Dataset":
                continue
            s_end = bounds[sent_of[m.start]][1]
            window = lowers[m.end : min(s_end, m.end + 12)]
            if not _INCLUDE.isdisjoint(window):
                for other in mentions:
                    if other.label_ == "Dataset" and m.end < other.start < s_end:
                        included.add(other.start)

        # per sentence: its words and whether it has an evaluation verb / an "evaluat…" word
        sent_cues: dict[int, tuple[list[str], bool]] = {}
        evaluat: dict[int, bool] = {}
        for m in mentions:
            si = sent_of[m.start]
            s_start, s_end = bounds[si]
            before = lowers[max(s_start, m.start - 6) : m.start]
            cues = sent_cues.get(si)
            if cues is None:
                words = lowers[s_start:s_end]
                cues = sent_cues[si] = (words, not EVAL_VERBS.isdisjoint(words))
            sent_words, eval_cue = cues
            if m.kb_id_ in proposed:
                put("PROPOSES", m, 0.85, "contribution")
            if m.label_ == "Dataset":
                evaluated = evaluat.get(si)
                if evaluated is None:
                    evaluated = evaluat[si] = any(w.startswith("evaluat") for w in sent_words)
                created = (
                    _created(lowers, max(s_start, m.start - 4), m.start)
                    and "we" in sent_words
                    and not evaluated
                )
                if created and m.kb_id_ not in proposed and m.start not in included:
                    put("PROPOSES", m, 0.7, "created_dataset")
                    continue
                trained_only = not TRAIN_CUES.isdisjoint(before) and EVAL_VERBS.isdisjoint(before)
                if m.start in included:
                    put("EVALUATED_ON", m, 0.8, "collection_includes")
                elif trained_only:
                    continue
                elif m.kb_id_ in proposed:
                    # a benchmark the paper introduces is evaluated on; training data is not
                    bench = "bench" in tt.span_text(m.start, m.end).lower() or (
                        m.end < len(lowers) and lowers[m.end] in ("benchmark", "benchmarks")
                    )
                    evaluated = any(w.startswith(("evaluat", "benchmark")) for w in sent_words)
                    if bench or evaluated:
                        put("EVALUATED_ON", m, 0.6, "proposed_dataset")
                else:
                    put("EVALUATED_ON", m, 0.85 if eval_cue else 0.6, "dataset_mention")
            elif m.label_ in ("Method", "Model"):
                if m.kb_id_ not in proposed:
                    put("USES", m, 0.6, "mention")
            elif m.label_ == "Metric":
                put("MEASURED_BY", m, 0.75 if eval_cue else 0.6, "metric_mention")
            elif m.label_ == "Task":
                put("ADDRESSES", m, 0.75 if sent_of[m.start] <= 1 else 0.6, "task_mention")
        doc._.kg_relations = sorted(rels.values(), key=lambda r: (r["type"], r["entity_id"]))
        return doc


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    register_extensions()
    return named(RelationExtractor(), name)
