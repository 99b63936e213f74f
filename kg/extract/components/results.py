"""``kg_results``: n-ary results (model or method, dataset, metric, value, unit).

Reads numbers in sentences that also mention a dataset or a metric: "achieves 86.81% on
GSM8k", "81.50% on GSM8k pass@1", "61.1 by the F1-exact metric", "a 12.6% absolute
improvement in mAP". Counts, sizes and years are skipped ("34 billion parameters", "7B",
"2024"). The dataset and metric are the nearest mentions in the sentence (after the value
first); the model is the nearest Model/Method before the value, else the paper's own
contribution. Writes ``doc._.kg_results`` = [{"model_id", "dataset_id", "metric_id", "value",
"unit", "higher_is_better", "confidence", "sent", "start", "end"}].
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.relations import _M
from kg.extract.components.tokens import TokenTable, drop_table, table
from kg.extract.memo import memo

_NUMBER = re.compile(r"^[+]?\d+(?:\.\d+)?$")


@memo(maxsize=1 << 18)
def _is_number(w: str) -> bool:
    """Token text → a plain number ("86.81", "7")?"""
    return bool(w[0].isdigit() and _NUMBER.match(w))


_COUNT_NOUNS = frozenset(
    [
        "parameters",
        "parameter",
        "params",
        "examples",
        "example",
        "problems",
        "problem",
        "samples",
        "sample",
        "questions",
        "question",
        "tasks",
        "task",
        "datasets",
        "dataset",
        "models",
        "model",
        "languages",
        "language",
        "gpus",
        "gpu",
        "times",
        "x",
        "tokens",
        "token",
        "steps",
        "step",
        "billion",
        "million",
        "thousand",
        "trillion",
        "k",
        "b",
        "m",
        "hours",
        "hour",
        "days",
        "day",
        "epochs",
        "epoch",
        "layers",
        "layer",
        "users",
        "user",
        "papers",
        "paper",
        "images",
        "image",
        "instances",
        "instance",
        "categories",
        "classes",
        "class",
        "domains",
        "domain",
        "benchmarks",
        "benchmark",
        "attempts",
        "attempt",
        "runs",
        "run",
        "combinations",
        "shots",
        "shot",
        "seconds",
        "minutes",
        "years",
        "year",
        "words",
        "word",
        "sentences",
        "pairs",
        "documents",
        "languages",
        "nodes",
        "points?",
        "subjects",
        "types",
        "levels",
        "orders",
        "authors",
        "institutions",
        "issues",
        "patches",
        "participants",
        "annotators",
        "hours",
        "languages",
        "parameters",
        "gpus",
        "cores",
    ]
)
_POINT_UNITS = frozenset({"points", "point", "pp", "pts"})
_VALUE_CUES = frozenset(
    [
        "of",
        "to",
        "by",
        "achieves",
        "achieve",
        "achieved",
        "achieving",
        "reaches",
        "reach",
        "reached",
        "reaching",
        "scores",
        "score",
        "scored",
        "obtain",
        "obtains",
        "obtained",
        "attaining",
        "attains",
        "at",
        "surpassing",
        "surpasses",
        "outperforming",
        "improvement",
        "improvements",
        "gain",
        "gains",
        "increase",
        "improves",
        "improved",
        "boosts",
        "boost",
        "accuracy",
        "yielding",
        "yields",
    ]
)


# a sentence about the paper's own work ("we", "our", "this paper") vs one reporting others'
# numbers as motivation ("a recent study reports 80% on GSM8K", "prior work achieves …")
_OWN_CUES = frozenset(["we", "our", "ours", "us", "proposed", "here", "herein"])
_OTHER_CUES = frozenset(
    """recent recently previous previously prior existing study studies reported reports
    report literature et earlier current currently typically often others hypothesized
    hypothesised""".split()  # noqa: SIM905
)


def _own_sentence(lowers: list[str], start: int, end: int) -> bool:
    """May an unattributed number in this sentence be credited to the paper's contribution?

    Yes unless the sentence talks about other work (motivation, related work) and has no
    first-person cue.
    """
    words = lowers[start:end]
    if not _OWN_CUES.isdisjoint(words):
        return True
    for k, w in enumerate(words):
        if w == "this" and k + 1 < len(words) and words[k + 1] in ("paper", "work", "study"):
            return True
    return _OTHER_CUES.isdisjoint(words)


def finish(doc: Doc, tt: TokenTable, results: list[dict[str, Any]]) -> None:
    """Leave the results and plain rows for the Extraction (``doc._.kg_results``,
    ``doc._.kg_rows``) and drop the token table."""
    idx = tt.idx
    sentences = [[idx[b], tt.end_char(e)] for b, e in tt.sent_bounds]
    mentions = [
        [idx[s], tt.end_char(e), label, eid, rule, tt.sent_of[s]]
        for s, e, label, eid, rule in tt.mentions
    ]
    underscore = doc._  # one Underscore object for both values
    underscore.kg_results = results
    underscore.kg_rows = {"sentences": sentences, "mentions": mentions}
    drop_table(doc)


class ResultExtractor(Component):
    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        mentions = [_M(*c) for c in tt.mentions]
        results: list[dict[str, Any]] = []
        if not mentions:
            finish(doc, tt, results)
            return doc
        sent_of = tt.sent_of
        texts = tt.texts
        lowers = tt.lowers
        by_sent: dict[int, list[_M]] = {}
        for m in mentions:
            by_sent.setdefault(sent_of[m.start], []).append(m)
        entities = tt.entities
        in_mention: set[int] = set()
        for m in mentions:
            in_mention.update(range(m.start, m.end))
        contribution = self._contribution(tt, mentions)
        n = len(texts)
        seen: set[tuple[Any, ...]] = set()
        own_sent: dict[int, bool] = {}
        numbers = list(compress(range(n), map(_is_number, texts)))
        for i in numbers:
            word = texts[i]
            if i in in_mention:
                continue
            si = sent_of[i]
            ms = by_sent.get(si)
            if not ms or not any(m.label_ in ("Dataset", "Metric") for m in ms):
                continue
            nxt = lowers[i + 1] if i + 1 < n else ""
            prv = lowers[i - 1] if i > 0 else ""
            is_pct = nxt in ("%", "percent")
            unit = "%" if is_pct else ("points" if nxt in _POINT_UNITS else None)
            value = float(word)
            if not is_pct and unit is None:
                if nxt in _COUNT_NOUNS or nxt.rstrip("s") in _COUNT_NOUNS:
                    continue
                if "." not in word and (1900 <= value <= 2100 or prv not in _VALUE_CUES):
                    continue
                if prv in ("top", "pass@", "@", "-") or nxt in ("-", "/"):
                    continue
            metric = self._nearest(ms, i, "Metric")
            dataset = self._nearest(ms, i, "Dataset")
            if metric is None and dataset is None:
                continue
            model = self._before(ms, i, ("Model", "Method"))
            if model is None and contribution is not None:
                if si not in own_sent:
                    b, e = tt.sent_bounds[si]
                    own_sent[si] = _own_sentence(lowers, b, e) or any(
                        m.kb_id_ == contribution for m in ms
                    )
                if not own_sent[si]:
                    continue  # someone else's number: not the paper's result
                model = contribution
            metric_id = metric.kb_id_ if metric is not None else None
            hib = entities.get(metric_id, {}).get("higher_is_better") if metric_id else None
            sig = (model, dataset.kb_id_ if dataset else None, metric_id, value)
            if sig in seen:
                continue
            seen.add(sig)
            results.append(
                {
                    "model_id": model,
                    "dataset_id": dataset.kb_id_ if dataset is not None else None,
                    "metric_id": metric_id,
                    "value": value,
                    "unit": unit,
                    "higher_is_better": hib,
                    "confidence": 0.75 if (metric is not None and dataset is not None) else 0.55,
                    "sent": si,
                    "start": tt.idx[i],
                    "end": tt.end_char(i + 2 if is_pct else i + 1),
                }
            )
        finish(doc, tt, results)
        return doc

    @staticmethod
    def _nearest(ms: list[_M], i: int, label: str) -> _M | None:
        best: tuple[int, _M] | None = None
        for m in ms:
            if m.label_ != label:
                continue
            # prefer mentions after the value ("86.81% on GSM8k"), then before it
            dist = (m.start - i) if m.start > i else (i - m.end + 1) * 2 + 4
            if best is None or dist < best[0]:
                best = (dist, m)
        return best[1] if best else None

    @staticmethod
    def _before(ms: list[_M], i: int, labels: tuple[str, ...]) -> str | None:
        cands = [m for m in ms if m.label_ in labels and m.end <= i]
        return cands[-1].kb_id_ if cands else None

    @staticmethod
    def _contribution(tt: TokenTable, mentions: list[_M]) -> str | None:
        toks: set[int] = set()
        for s, e in tt.contributions:
            toks.update(range(s, e))
        for m in mentions:
            if m.label_ in ("Model", "Method") and toks.intersection(range(m.start, m.end)):
                return m.kb_id_
        return None


@Language.factory("kg_results")
def make_results(nlp: Language, name: str) -> ResultExtractor:
    register_extensions()
    return named(ResultExtractor(), name)
