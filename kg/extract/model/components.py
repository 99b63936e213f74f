"""The ``accurate`` pipeline's two components: ``kg_span_model`` and ``kg_merge``.

``kg_span_model`` runs the span model we train ourselves (``kg/extract/model/pipeline``, see
``train.py``) on the doc and keeps its entity spans as plain rows
(``doc.user_data["kg_model_rows"]`` = ``[(start, end, type, confidence)…]``).

``kg_merge`` runs after ``kg_overlap`` and merges those spans into the rule mentions. Policy:

1. **Rules win on known names.** A rule mention from the gazetteer (``KNOWN_NAME_RULES``) is
   always kept, and a model span that overlaps one is dropped (so "GPT-4" stays a Model and
   "GSM8K" a Dataset whatever the model says).
2. **The model adds descriptive spans.** A model span that overlaps no rule mention is added
   (if its confidence reaches ``min_confidence`` and its type is in ``labels``).
3. **Other overlaps are resolved by confidence.** A rule mention's confidence is its rule's
   (``kg.extract.candidates.RULES``); a model span's is the precision of the model on its type on
   the held-out part of the training data (``pipeline/kg_model.json``). The model span replaces
   the rule mentions it overlaps only if its confidence is higher than each of theirs; ties go
   to the rules.

Model mentions get ``entity_id(type, norm_key(text))`` (as unseen rule names do) and the source
``span_model`` (``Mention.source``), so they are visible and filterable downstream.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.attrs import TAG
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.extract.candidates import Candidate, confidence, set_confidence
from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import MENTION_ROWS_KEY, MENTIONS_KEY
from kg.extract.components.tokens import table
from kg.extract.model import MODEL_DIR, model_meta
from kg.extract.normalize import norm_key
from kg.schema import entity_id

MODEL_ROWS_KEY = "kg_model_rows"
MODEL_SOURCE = "span_model"
KNOWN_NAME_RULES = frozenset({"gazetteer", "gazetteer_ci", "abbrev_merge"})
_TYPES = ("Method", "Model", "Dataset", "Metric", "Task")

ModelRow = tuple[int, int, str, float]


def type_confidence() -> dict[str, float]:
    """The model's confidence per type: its held-out precision recorded by ``train.py``."""
    per_type = model_meta().get("held_out", {}).get("per_type", {})
    return {label: float(s.get("p", 0.0)) for label, s in per_type.items()}


# ---------------------------------------------------------------- rule mentions as features
# The "features" training variant (train_features.cfg) gives the model the rule mentions as a
# token feature: the TAG attribute (unused in our blank pipeline) holds "known_<type>" for
# gazetteer names and "rule_<type>" for other rule mentions, and the tok2vec embeds TAG next to
# NORM/PREFIX/SUFFIX/SHAPE. In training, ``kg_rule_features`` (an annotating component) runs the
# fast pipeline on each sentence; at run time ``kg_span_model`` sets the same tags from the
# mentions ``kg_overlap`` has just chosen.


def rule_tag(label: str, rule: str) -> str:
    return ("known_" if rule in KNOWN_NAME_RULES else "rule_") + label


def set_rule_tags(doc: Doc, rows: Iterable[Candidate]) -> None:
    strings = doc.vocab.strings
    arr = np.zeros((len(doc), 1), dtype="uint64")
    for start, end, label, _eid, rule in rows:
        arr[start:end, 0] = strings.add(rule_tag(label, rule))
    doc.from_array([TAG], arr)


class RuleFeatures:
    """Training-time ``kg_rule_features``: tags each token with the fast pipeline's mentions."""

    def __init__(self) -> None:
        from kg.extract.pipeline import build_nlp

        self.rules = build_nlp(pipeline="fast")

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        ruled = self.rules(Doc(self.rules.vocab, words=words, spaces=spaces))
        set_rule_tags(doc, ruled.user_data.get(MENTION_ROWS_KEY) or [])
        return doc


class SpanModel(Component):
    def __init__(self, nlp: Language, model: str | None = None) -> None:
        path = Path(model) if model else MODEL_DIR
        if not (path / "config.cfg").is_file():
            raise ConfigError(
                f"the span model is missing ({path})",
                hint="rebuild it with `python -m kg.extract.model.train`, or use --pipeline fast",
            )
        # share the pipeline's vocab so the model's labels are in the doc's string store; the
        # features variant's training-time rule runner is replaced by our own mentions
        self.model = spacy.load(path, vocab=nlp.vocab, exclude=["kg_rule_features"])
        self.features = "kg_rule_features" in self.model.config["nlp"]["pipeline"]
        self.procs = [proc for _, proc in self.model.pipeline]
        self.confidence = type_confidence() if model is None else {}
        # Mention.confidence of model mentions: the model's held-out precision over all types
        overall = model_meta().get("held_out", {}).get("ents_p") if model is None else None
        if overall:
            set_confidence(MODEL_SOURCE, float(overall))

    def _store(self, doc: Doc) -> Doc:
        conf = self.confidence
        doc.user_data[MODEL_ROWS_KEY] = [
            (e.start, e.end, e.label_, conf.get(e.label_, 0.5)) for e in doc.ents
        ]
        return doc

    def _features(self, doc: Doc) -> Doc:
        set_rule_tags(doc, table(doc).mentions)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        if self.features:
            doc = self._features(doc)
        for proc in self.procs:
            doc = proc(doc)
        return self._store(doc)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        docs: Iterable[Doc] = stream
        if self.features:
            docs = (self._features(d) for d in docs)
        for proc in self.procs:
            if hasattr(proc, "pipe"):
                docs = proc.pipe(docs, batch_size=batch_size)
            else:
                docs = (proc(d) for d in docs)
        for doc in docs:
            yield self._store(doc)


def merge_mentions(
    rules: list[Candidate],
    model: list[ModelRow],
    *,
    min_confidence: float = 0.0,
    labels: Iterable[str] | None = None,
) -> list[tuple[int, int, str, str]]:
    """The merge policy on token rows (see the module doc).

    ``rules``: the rule mentions ``(start, end, type, entity id, rule)``; ``model``: the model's
    spans ``(start, end, type, confidence)``. Returns the final ``(start, end, type, source)``
    rows sorted by position: a rule row's source is its rule, a model row's ``MODEL_SOURCE``.
    """
    rules = [Candidate(*r) for r in rules]
    allowed = set(labels) if labels is not None else set(_TYPES)
    dropped: set[int] = set()
    added: list[tuple[int, int, str, str]] = []
    for start, end, label, conf in model:
        if label not in allowed or conf < min_confidence:
            continue
        hits = [i for i, r in enumerate(rules) if r.start < end and start < r.end]
        if any(rules[i].rule in KNOWN_NAME_RULES for i in hits):
            continue  # 1. rules win on known names
        if any(confidence(rules[i].rule) >= conf for i in hits):
            continue  # 3. ties and stronger rules keep the rule mention
        dropped.update(hits)
        added.append((start, end, label, MODEL_SOURCE))
    rows = [(r.start, r.end, r.label, r.rule) for i, r in enumerate(rules) if i not in dropped]
    return sorted(rows + added)


class Merge(Component):
    def __init__(self, min_confidence: float = 0.0, labels: list[str] | None = None) -> None:
        self.min_confidence = min_confidence
        self.labels = list(labels) if labels is not None else None

    def __call__(self, doc: Doc) -> Doc:
        model_rows: list[ModelRow] = doc.user_data.pop(MODEL_ROWS_KEY, None) or []
        if not model_rows:
            return doc
        tt = table(doc)
        rules = [Candidate(*r) for r in tt.mentions]
        by_pos = {(r.start, r.end, r.label, r.rule): r for r in rules}
        entities: dict[str, dict[str, Any]] = dict(tt.entities)
        final: list[Candidate] = []
        for start, end, label, source in merge_mentions(
            rules, model_rows, min_confidence=self.min_confidence, labels=self.labels
        ):
            if source != MODEL_SOURCE:
                final.append(by_pos[(start, end, label, source)])
                continue
            text = tt.span_text(start, end)
            eid = entity_id(label, norm_key(text) or text)
            final.append(Candidate(start, end, label, eid, MODEL_SOURCE))
            info = entities.setdefault(
                eid, {"name": text, "type": label, "aliases": [], "higher_is_better": None}
            )
            if text != info["name"] and text not in info["aliases"]:
                info["aliases"].append(text)
        used = {c.entity_id for c in final}
        entities = {k: v for k, v in entities.items() if k in used}
        tt.mentions = final
        doc.user_data[MENTION_ROWS_KEY] = final
        if MENTIONS_KEY in doc.spans:
            del doc.spans[MENTIONS_KEY]
        doc._.kg_entities = tt.entities = entities
        return doc


@Language.factory("kg_span_model", default_config={"model": None})
def make_span_model(nlp: Language, name: str, model: str | None) -> SpanModel:
    return named(SpanModel(nlp, model), name)


@Language.factory("kg_rule_features")
def make_rule_features(nlp: Language, name: str) -> RuleFeatures:
    return RuleFeatures()


@Language.factory("kg_merge", default_config={"min_confidence": 0.0, "labels": None})
def make_merge(nlp: Language, name: str, min_confidence: float, labels: list[str] | None) -> Merge:
    return named(Merge(min_confidence, labels), name)
