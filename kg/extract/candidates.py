"""Candidates and the rule-id table: rank and confidence per rule, the only place they live.

Every component that proposes a mention (gazetteer, abbreviations, the pattern rules, the
context typer, overlap resolution) writes a :class:`Candidate` whose ``rule`` is one of the ids
of :data:`RULES`. Overlap resolution ranks equally long candidates by :func:`rank` (lower
wins); the Extraction reports :func:`confidence` as a mention's confidence.

The pattern rules (``kg/extract/rules/``) are registered functions; each names the rule id it
emits (several functions may emit one id, e.g. the dataset-head rules all emit ``head_noun``).
"""

from __future__ import annotations

from typing import NamedTuple


class Candidate(NamedTuple):
    """A mention candidate over tokens ``[start, end)`` (a tuple: cheap to make and compare)."""

    start: int
    end: int
    label: str  # a type (Method/Model/Dataset/Metric/Task) or "UNK" for the context typer
    entity_id: str  # "" until linked
    rule: str  # an id of RULES


class RuleInfo(NamedTuple):
    rank: int  # overlap resolution: among equally long candidates the lower rank wins
    confidence: float  # the confidence an Extraction reports for a mention of this rule
    what: str


# rule id → (rank, confidence). Rank 9 and confidence 0.5 are the defaults of an id that had no
# entry in the old, separate tables (method_head, shared_task's confidence): kept so output
# does not change with this move.
RULES: dict[str, RuleInfo] = {
    "gazetteer": RuleInfo(0, 0.95, "exact-case gazetteer alias"),
    "abbrev_merge": RuleInfo(0, 0.9, "TDMSci: 'long form ( SF )' as one span"),
    "gazetteer_ci": RuleInfo(1, 0.9, "case-insensitive gazetteer alias"),
    "model_release": RuleInfo(1, 0.85, "a gazetteer model with its release: 'Gemini 2.5 Pro'"),
    "metric_head": RuleInfo(1, 0.65, "a metric with its modifiers, 'by the X metric'"),
    "shared_task": RuleInfo(1, 0.5, "TDMSci: 'the CoNLL 2005 shared task'"),
    "abbreviation": RuleInfo(2, 0.85, "both halves of a long form / short form pair"),
    "head_noun": RuleInfo(2, 0.75, "'the X dataset', 'the X test set'"),
    "title_name": RuleInfo(3, 0.8, "the title's 'X: ...'"),
    "event_title": RuleInfo(2, 0.8, "the title's 'Team at SemEval-2025 Task 9: ...'"),
    "propose": RuleInfo(3, 0.8, "'we propose X', 'called X'"),
    "task_head": RuleInfo(4, 0.6, "a lower-case phrase ending in a task head"),
    "name_shape": RuleInfo(5, 0.5, "CamelCase / ALLCAPS / alphanumeric names"),
    "method_head": RuleInfo(9, 0.5, "a lower-case phrase ending in a technique head"),
    "metric_phrase": RuleInfo(4, 0.55, "modifiers + a measure head: 'translation quality'"),
    "measure_compound": RuleInfo(4, 0.55, "a fixed measure compound: 'computational complexity'"),
    "method_phrase": RuleInfo(4, 0.55, "modifiers + a technique head noun: 'beam search'"),
    "kb": RuleInfo(2, 0.85, "a knowledge-base name the linker adds where a dataset cue is"),
    # the trained span model (--pipeline accurate): its confidence is replaced by the shipped
    # model's held-out precision when the model loads (set_confidence)
    "span_model": RuleInfo(9, 0.5, "a span of the trained span model"),
}

DEFAULT_RANK = 9
DEFAULT_CONFIDENCE = 0.5


def rank(rule: str) -> int:
    info = RULES.get(rule)
    return DEFAULT_RANK if info is None else info.rank


def set_confidence(rule: str, value: float) -> None:
    """Set a rule's reported confidence from measured data (the span model's precision)."""
    RULES[rule] = RULES[rule]._replace(confidence=value)


def confidence(rule: str) -> float:
    info = RULES.get(rule)
    return DEFAULT_CONFIDENCE if info is None else info.confidence
