"""Counting and matching: precision / recall / F1 for spans (exact and overlap) and relations.

*Exact* match: same start, end and type. *Overlap* match: a predicted span counts as correct
when it overlaps a gold span of the same type, and a gold span counts as found when some
predicted span of its type overlaps it (precision and recall are computed separately, so one
long prediction covering two gold spans counts once in precision and twice in recall).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int, str]  # (start, end, label), end exclusive


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched_gold: int = 0  # gold items that were found (recall numerator)
    matched_pred: int = 0  # predicted items that are correct (precision numerator)

    @property
    def precision(self) -> float:
        return self.matched_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched_gold += other.matched_gold
        self.matched_pred += other.matched_pred

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "tp": self.matched_gold,
            "fp": self.pred - self.matched_pred,
            "fn": self.gold - self.matched_gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 13


def bootstrap_interval(
    docs: Sequence[Counts],
    *,
    samples: int = BOOTSTRAP_SAMPLES,
    seed: int = BOOTSTRAP_SEED,
    level: float = 0.95,
) -> dict[str, tuple[float, float]]:
    """Percentile bootstrap interval of precision and recall over documents.

    ``docs`` holds one :class:`Counts` per document (paper); each of ``samples`` resamples
    draws as many documents with replacement (seeded: the same input gives the same interval)
    and sums their counts. Documents, not single items, are resampled because the numbers of
    one abstract stand or fall together. ``{"precision": (lo, hi), "recall": (lo, hi)}``;
    ``(0.0, 0.0)`` for no documents.
    """
    if not docs:
        return {"precision": (0.0, 0.0), "recall": (0.0, 0.0)}
    rng = random.Random(seed)
    rows = [(c.gold, c.pred, c.matched_gold, c.matched_pred) for c in docs]
    precisions: list[float] = []
    recalls: list[float] = []
    for _ in range(samples):
        gold = pred = found = right = 0
        for g, p, f, r in rng.choices(rows, k=len(rows)):
            gold, pred, found, right = gold + g, pred + p, found + f, right + r
        precisions.append(right / pred if pred else 0.0)
        recalls.append(found / gold if gold else 0.0)
    tail = (1.0 - level) / 2

    def bounds(values: list[float]) -> tuple[float, float]:
        values.sort()
        lo = values[int(tail * (len(values) - 1))]
        hi = values[round((1.0 - tail) * (len(values) - 1))]
        return round(lo, 4), round(hi, 4)

    return {"precision": bounds(precisions), "recall": bounds(recalls)}


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class SpanScorer:
    """Accumulates span counts per label over many documents.

    Only spans whose label is in ``labels`` are scored; other predicted spans are ignored
    (they still show up in :attr:`confusions` when they have a gold span's exact boundaries).
    """

    labels: Sequence[str]
    exact: dict[str, Counts] = field(default_factory=dict)
    overlap: dict[str, Counts] = field(default_factory=dict)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        for label in self.labels:
            self.exact.setdefault(label, Counts())
            self.overlap.setdefault(label, Counts())

    def add(self, gold: Iterable[Span], pred: Iterable[Span]) -> tuple[list[Span], list[Span]]:
        """Score one document; returns (missed gold spans, wrong predicted spans), exact match."""
        all_pred = set(pred)
        gold_set = {s for s in set(gold) if s[2] in self.exact}
        pred_set = {s for s in all_pred if s[2] in self.exact}
        by_bounds = {(s[0], s[1]): s[2] for s in all_pred}
        for label in self.labels:
            g = [s for s in gold_set if s[2] == label]
            p = [s for s in pred_set if s[2] == label]
            ex = self.exact[label]
            hits = len(set(g) & set(p))
            ex.add(Counts(len(g), len(p), hits, hits))
            ov = self.overlap[label]
            ov.add(
                Counts(
                    len(g),
                    len(p),
                    sum(1 for gs in g if any(_overlaps(gs, ps) for ps in p)),
                    sum(1 for ps in p if any(_overlaps(gs, ps) for gs in g)),
                )
            )
        missed = sorted(gold_set - pred_set)
        for s in missed:
            other = by_bounds.get((s[0], s[1]))
            if other is not None and other != s[2]:
                self.confusions[(s[2], other)] += 1
        return missed, sorted(pred_set - gold_set)

    def micro(self, kind: str = "exact") -> Counts:
        total = Counts()
        for c in (self.exact if kind == "exact" else self.overlap).values():
            total.add(c)
        return total

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for kind, table in (("exact", self.exact), ("overlap", self.overlap)):
            out[kind] = {label: table[label].to_dict() for label in self.labels}
            out[kind]["micro"] = self.micro(kind).to_dict()
        out["confusions"] = [
            {"gold": g, "pred": p, "count": n} for (g, p), n in self.confusions.most_common()
        ]
        return out


def match_keys(
    gold_keys: Sequence[str], pred_keys: Sequence[tuple[str, frozenset[str]]]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching of gold keys against predicted items.

    ``pred_keys[j]`` is ``(primary key, all keys)``: the slug of the predicted entity id and
    the set of slugs it answers to (its name and aliases too). Matches on the primary key are
    made first, then on any key. Returns (pairs (gold index, pred index), unmatched gold
    indices, unmatched pred indices).
    """
    pairs: list[tuple[int, int]] = []
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for primary_only in (True, False):
        for gi, key in enumerate(gold_keys):
            if gi in used_gold:
                continue
            for pj, (primary, keys) in enumerate(pred_keys):
                if pj in used_pred:
                    continue
                if key == primary or (not primary_only and key in keys):
                    pairs.append((gi, pj))
                    used_pred.add(pj)
                    used_gold.add(gi)
                    break
    return (
        sorted(pairs),
        [i for i in range(len(gold_keys)) if i not in used_gold],
        [j for j in range(len(pred_keys)) if j not in used_pred],
    )
