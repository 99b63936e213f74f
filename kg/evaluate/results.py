"""Scoring reported results against the results gold (``eval/gold/results-*.jsonl``).

A gold record may carry ``"results": [{"value", "unit", "role", "metric", "dataset",
"system"}]`` (see ``eval/gold/GUIDELINES.md``, section 7). A predicted Result
(``Extraction.results``, role ``score``) is right when its value, metric, dataset and system
all match one gold ``score``:

* value: equal as written (``86.81`` with unit ``%``; a fraction ``0.868`` is not ``86.8``);
* metric / dataset: the gold name and the predicted entity name the same canonical entity: the
  gold name slugifies to the entity's id, name or an alias, or has the same knowledge-base key
  (:func:`kg.kb.kb_key`: case, hyphens and spaces, version and year forms) as one of them, or
  the knowledge base resolves both to the same entity ("WER" and "word error rate"); both
  missing also matches. A dataset at a resolution ("ImageNet 256x256", its own entity, as on
  Papers with Code) also matches its base name: the guidelines keep the resolution a setting
  and the dataset "ImageNet";
* system: gold ``ours`` is the paper's own contribution (a predicted model that the paper
  PROPOSES, or none); gold ``human`` is people's own score, credited to the human-performance
  entity (:data:`kg.schema.HUMAN_PERFORMANCE_ID`); a named baseline must match the predicted
  model like a metric does.

Deltas (``Extraction.deltas``) are scored on their value against the gold ``delta`` numbers.
``leaks`` counts predicted Results whose value is only a gold ``setting``/``delta``/``other``
number of the paper: a number that should never have become a Result.

``errors`` says why the leaderboard's Results (``score_trusted``) are wrong and why gold scores
have none, as counts only (safe on a locked part): a wrong Result's value is no gold score
(``value: delta`` … the role the gold gives that number, ``value: not in gold``), or it is one
and the named fields differ from the closest gold score of that value (``metric``,
``dataset``, ``system``, joined by ``+``; none: a second Result of a matched score); a missed
gold score has no Result of its value at all, a right one only under the confidence bar (or
one that matched another gold score of that value), or Results of its value with other fields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.evaluate.gold import gold_lines
from kg.evaluate.metrics import BOOTSTRAP_SAMPLES, Counts, bootstrap_interval
from kg.extract.normalize import strip_head_noun
from kg.kb import KnowledgeBase, kb_key, load_kb
from kg.models import RESULT_ROLES, Extraction, Result
from kg.schema import HUMAN_PERFORMANCE_ID, LEADERBOARD_MIN_CONFIDENCE, slugify

OURS = "ours"
HUMAN = "human"
# types whose head noun is no part of the name: "the X dataset" is X, "the X score" is X
_HEADED = frozenset({"Dataset", "Metric"})
SCORED_ROLES = ("score", "delta")
_RESOLUTION_SUFFIX = re.compile(r"\s+\d{2,4}\s*[x×]\s*\d{2,4}$")
#: the confidence bars of the operating-point table (``by_confidence``), the leaderboard's among
#: them: what a user gives up in recall for precision by raising the bar, and the reverse
CONFIDENCE_BARS: tuple[float, ...] = tuple(sorted({0.5, 0.6, 0.8, 0.9, LEADERBOARD_MIN_CONFIDENCE}))
#: the roles whose precision and recall get a bootstrap interval
_INTERVAL_ROLES = ("score", "score_trusted")
_ERROR_TITLES = (
    ("wrong", "why trusted Results are wrong"),
    ("missed", "why gold scores have no trusted Result"),
)


@dataclass(frozen=True)
class GoldResult:
    value: float
    unit: str | None
    role: str
    metric: str | None
    dataset: str | None
    system: str | None


def _gold_result(raw: Any, where: str) -> GoldResult:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: expected an object")
    value = raw.get("value")
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise InputError(f"{where}: field 'value' must be a number")
    role = raw.get("role")
    if role not in RESULT_ROLES:
        raise InputError(f"{where}: role must be one of {', '.join(RESULT_ROLES)}")
    parts = [raw.get(k) for k in ("unit", "metric", "dataset", "system")]
    if any(p is not None and not isinstance(p, str) for p in parts):
        raise InputError(f"{where}: unit, metric, dataset and system are strings or null")
    unit, metric, dataset, system = parts
    return GoldResult(float(value), unit, str(role), metric, dataset, system)


def gold_results(record: dict[str, Any], where: str) -> list[GoldResult] | None:
    """The ``results`` of one decoded gold record (``None`` when the record has none)."""
    raw = record.get("results")
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise InputError(f"{where}: field 'results' must be a list")
    return [_gold_result(r, f"{where}: results[{i}]") for i, r in enumerate(raw)]


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


class _Keys:
    """Keys by which a predicted entity may match a gold name: slugs of its id, name and
    aliases, their knowledge-base keys, and the id of the knowledge-base entity it is."""

    def __init__(self, ext: Extraction, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb
        self.keys: dict[str, frozenset[str]] = {}
        self.types: dict[str, str] = {}
        for e in ext.entities:
            names = [e.name, *e.aliases]
            keys = {e.id.split(":", 1)[-1], *(slugify(n) for n in names)}
            keys.update("kb:" + kb_key(n) for n in names)
            if e.type in _HEADED:  # "the Zenseact Open Dataset" is "Zenseact Open"
                keys.update("kb:" + kb_key(strip_head_noun(n)) for n in names)
            if e.type == "Dataset":  # "ImageNet 256x256" is ImageNet at a resolution
                bases = {_RESOLUTION_SUFFIX.sub("", n) for n in names} - set(names)
                keys.update("kb:" + kb_key(b) for b in bases)
            known = kb.find(e.id, e.type, names) if kb is not None else None
            if known is not None:
                keys.add("id:" + known.id)
            self.keys[e.id] = frozenset(keys)
            self.types[e.id] = e.type
        self.ours = {r.entity_id for r in ext.relations if r.type == "PROPOSES"}

    def _gold_keys(self, gold: str, type_: str | None) -> set[str]:
        keys = {slugify(gold), "kb:" + kb_key(gold)}
        if type_ in _HEADED:
            keys.add("kb:" + kb_key(strip_head_noun(gold)))
        if self.kb is not None and type_ is not None:
            known = self.kb.lookup(gold, type_)
            if known is not None:
                keys.add("id:" + known.id)
        return keys

    def names(self, entity_id: str | None, gold: str | None) -> bool:
        if gold is None or entity_id is None:
            return gold is None and entity_id is None
        keys = self.keys.get(entity_id) or frozenset({entity_id.split(":", 1)[-1]})
        return not keys.isdisjoint(self._gold_keys(gold, self.types.get(entity_id)))

    def system(self, model_id: str | None, gold: str | None) -> bool:
        if gold == OURS:
            return model_id is None or model_id in self.ours
        if gold == HUMAN or model_id == HUMAN_PERFORMANCE_ID:
            return gold == HUMAN and model_id == HUMAN_PERFORMANCE_ID
        return model_id is not None and model_id not in self.ours and self.names(model_id, gold)


def _match(keys: _Keys, pred: Result, gold: GoldResult, *, full: bool) -> bool:
    if not _same_value(pred.value, gold.value):
        return False
    if not full:
        return True
    return all(ok for _, ok in _field_checks(keys, pred, gold))


def _field_checks(keys: _Keys, pred: Result, gold: GoldResult) -> Iterator[tuple[str, bool]]:
    """(field, does the Result match the gold score in it), metric first; lazily, so a caller
    that needs all to match stops at the first that does not."""
    yield "metric", keys.names(pred.metric_id, gold.metric)
    yield "dataset", keys.names(pred.dataset_id, gold.dataset)
    yield "system", keys.system(pred.model_id, gold.system)


def _pair(
    keys: _Keys, preds: Sequence[Result], golds: Sequence[GoldResult], *, full: bool
) -> tuple[set[int], set[int]]:
    """Greedy one-to-one matching → (matched gold indices, matched predicted indices)."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if gi not in used_g and _match(keys, p, g, full=full):
                used_g.add(gi)
                used_p.add(pi)
                break
    return used_g, used_p


def _describe(r: Result | GoldResult) -> str:
    if isinstance(r, GoldResult):
        return f"{r.value:g}{r.unit or ''} {r.metric} on {r.dataset} by {r.system}"
    return f"{r.value:g}{r.unit or ''} {r.metric_id} on {r.dataset_id} by {r.model_id}"


@dataclass
class ResultsReport:
    """Per-role counts and leaks of non-score gold numbers into Results.

    ``score``: every Result on the full tuple; ``score_trusted``: the Results the leaderboard
    shows (confidence ≥ ``LEADERBOARD_MIN_CONFIDENCE``); ``score_value``: on the value alone
    (is the number a score at all?); ``delta``: ``Extraction.deltas`` on the value.
    ``by_confidence``: the full-tuple counts of the Results at or above each of
    :data:`CONFIDENCE_BARS`. ``per_paper``: each paper's counts of ``score`` and
    ``score_trusted``, for the paper bootstrap of :meth:`intervals`."""

    papers: int = 0
    roles: dict[str, Counts] = field(
        default_factory=lambda: {
            k: Counts() for k in ("score", "score_trusted", "score_value", "delta")
        }
    )
    leaks: dict[str, int] = field(default_factory=lambda: {"setting": 0, "delta": 0, "other": 0})
    by_confidence: dict[float, Counts] = field(
        default_factory=lambda: {bar: Counts() for bar in CONFIDENCE_BARS}
    )
    per_paper: dict[str, list[Counts]] = field(
        default_factory=lambda: {name: [] for name in _INTERVAL_ROLES}
    )
    errors: dict[str, Counter[str]] = field(
        default_factory=lambda: {"wrong": Counter(), "missed": Counter()}
    )
    examples: list[dict[str, Any]] = field(default_factory=list)
    gold: dict[str, list[GoldResult]] = field(default_factory=dict)
    kb: KnowledgeBase | None = field(default_factory=load_kb, repr=False)

    @classmethod
    def for_gold(cls, path: Path | str) -> ResultsReport | None:
        """A report for a gold file whose records carry ``results`` (else ``None``)."""
        gold = read_results_gold(path)
        return cls(gold=gold) if gold else None

    def add_extraction(self, paper_id: str, ext: Extraction) -> None:
        """Score one paper's extraction against its gold results (papers without: skipped)."""
        if paper_id in self.gold:
            self.add(paper_id, self.gold[paper_id], ext)

    def add(self, paper_id: str, gold: Sequence[GoldResult], ext: Extraction) -> None:
        self.papers += 1
        keys = _Keys(ext, self.kb)
        scores = list(dict.fromkeys(g for g in gold if g.role == "score"))
        trusted = [r for r in ext.results if r.confidence >= LEADERBOARD_MIN_CONFIDENCE]
        for name, preds, golds, full in (
            ("score", ext.results, scores, True),
            ("score_trusted", trusted, scores, True),
            ("score_value", ext.results, scores, False),
            ("delta", ext.deltas, [g for g in gold if g.role == "delta"], False),
        ):
            mg, mp = _pair(keys, preds, golds, full=full)
            counts = Counts(len(golds), len(preds), len(mg), len(mp))
            self.roles[name].add(counts)
            if name in self.per_paper:
                self.per_paper[name].append(counts)
            if name == "score":
                self._keep(paper_id, preds, golds, mg, mp)
            if name == "score_trusted":
                self._count_errors(keys, gold, scores, ext.results, preds, mg, mp)
        for bar, total in self.by_confidence.items():
            above = [r for r in ext.results if r.confidence >= bar]
            mg, mp = _pair(keys, above, scores, full=True)
            total.add(Counts(len(scores), len(above), len(mg), len(mp)))
        for p in ext.results:
            if any(_same_value(p.value, g.value) for g in scores):
                continue
            for g in gold:
                if g.role in self.leaks and _same_value(p.value, g.value):
                    self.leaks[g.role] += 1
                    break

    def _count_errors(
        self,
        keys: _Keys,
        gold: Sequence[GoldResult],
        scores: Sequence[GoldResult],
        results: Sequence[Result],
        trusted: Sequence[Result],
        mg: set[int],
        mp: set[int],
    ) -> None:
        """Why the trusted Results are wrong and why gold scores have none (see the module
        doc); ``scores``: the gold's distinct scores, ``mg``/``mp``: the trusted full-tuple
        matching of them."""
        free = [g for gi, g in enumerate(scores) if gi not in mg]
        for pi, p in enumerate(trusted):
            if pi in mp:
                continue
            same = [g for g in free if _same_value(p.value, g.value)]
            same = same or [g for g in scores if _same_value(p.value, g.value)]
            if not same:
                role = next((g.role for g in gold if _same_value(p.value, g.value)), None)
                self.errors["wrong"][f"value: {role or 'not in gold'}"] += 1
                continue
            fields = min((_wrong_fields(keys, p, g) for g in same), key=_field_count)
            self.errors["wrong"][fields or "a second Result of a matched score"] += 1
        for g in free:
            same = [p for p in results if _same_value(p.value, g.value)]
            right = [p for p in same if not _wrong_fields(keys, p, g)]
            if not same:
                why = "no Result of its value"
            elif any(p.confidence < LEADERBOARD_MIN_CONFIDENCE for p in right):
                why = "only under the confidence bar"
            elif right:  # its one right Result matched another gold score of the same value
                why = "its Result matched another gold score"
            else:
                why = min((_wrong_fields(keys, p, g) for p in same), key=_field_count)
            self.errors["missed"][why] += 1

    def _keep(
        self,
        paper_id: str,
        preds: Sequence[Result],
        golds: Sequence[GoldResult],
        mg: set[int],
        mp: set[int],
    ) -> None:
        for gi, g in enumerate(golds):
            if gi not in mg:
                self.examples.append({"id": paper_id, "kind": "fn", "text": _describe(g)})
        for pi, p in enumerate(preds):
            if pi not in mp:
                self.examples.append(
                    {
                        "id": paper_id,
                        "kind": "fp",
                        "text": _describe(p),
                        "sentence": p.evidence.sentence,
                    }
                )

    def intervals(self) -> dict[str, dict[str, tuple[float, float]]]:
        """95% paper-bootstrap intervals of precision and recall for ``score`` and
        ``score_trusted``: how far a part's few dozen abstracts pin the numbers down."""
        return {name: bootstrap_interval(rows) for name, rows in self.per_paper.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "papers": self.papers,
            "roles": {k: v.to_dict() for k, v in self.roles.items()},
            "leaks": dict(self.leaks),
            "intervals": {
                name: {k: list(v) for k, v in bounds.items()}
                for name, bounds in self.intervals().items()
            },
            "by_confidence": {f"{bar:g}": c.to_dict() for bar, c in self.by_confidence.items()},
            "errors": {k: dict(v.most_common()) for k, v in self.errors.items()},
        }

    def format(self) -> list[str]:
        lines = [
            "Results (score: value + metric + dataset + system; score_value / delta: value)",
            f"{'role':<14} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}",
        ]
        for name, c in self.roles.items():
            lines.append(
                f"{name:<14} {c.gold:>6} {c.pred:>6} {c.matched_gold:>6} "
                f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
            )
        leaks = ", ".join(f"{k} {v}" for k, v in self.leaks.items())
        lines.append(f"non-score gold numbers that became Results: {leaks}")
        lines.append(
            f"95% interval over papers (bootstrap, {BOOTSTRAP_SAMPLES} resamples of "
            f"{self.papers} papers):"
        )
        for name, bounds in self.intervals().items():
            (p_lo, p_hi), (r_lo, r_hi) = bounds["precision"], bounds["recall"]
            lines.append(f"  {name:<14} P {p_lo:.3f}-{p_hi:.3f}  R {r_lo:.3f}-{r_hi:.3f}")
        lines.append(
            "score at or above a confidence bar (the leaderboard's is "
            f"{LEADERBOARD_MIN_CONFIDENCE:g}):"
        )
        for bar, c in self.by_confidence.items():
            lines.append(
                f"  >= {bar:<9g} {c.gold:>6} {c.pred:>6} {c.matched_gold:>6} "
                f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
            )
        for kind, title in _ERROR_TITLES:
            found = self.errors[kind]
            if found:
                lines.append(f"{title}: " + ", ".join(f"{k} {v}" for k, v in found.most_common()))
        return lines


def _field_count(fields: str) -> int:
    return fields.count("+") + 1 if fields else 0


def _wrong_fields(keys: _Keys, pred: Result, gold: GoldResult) -> str:
    """The fields in which a Result differs from a gold score of its value ("metric",
    "dataset+system"; "" when none does)."""
    return "+".join(name for name, ok in _field_checks(keys, pred, gold) if not ok)


def score_results(
    pairs: Iterable[tuple[str, Sequence[GoldResult], Extraction]],
) -> ResultsReport:
    """Score (paper id, gold results, extraction) triples."""
    report = ResultsReport()
    for paper_id, gold, ext in pairs:
        report.add(paper_id, gold, ext)
    return report


def read_results_gold(path: Path | str) -> dict[str, list[GoldResult]]:
    """Paper id → gold results, for every record of a gold JSONL that has ``results``."""
    out: dict[str, list[GoldResult]] = {}
    for _lineno, where, record in gold_lines(path):
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object per line")
        found = gold_results(record, where)
        if found is not None:
            out[str(record.get("id"))] = found
    return out
