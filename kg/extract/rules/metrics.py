"""Metrics: "by the X metric", variants named after a metric ("vBLEU"), and a known metric's
span with its modifiers ("labeled attachment F1", "micro-averaged accuracy", "NDCG@10")."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.candidates import Candidate
from kg.extract.components.lexicon import (
    METRIC_HEADS,
    METRIC_MODIFIERS,
    NP_STOP,
    STOP_ACRONYMS,
    TASK_HEADS,
)
from kg.extract.components.tokens import TokenTable, version_end
from kg.extract.lexicon import entries, words
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.common import TASK_STOP, is_acronym, is_name, is_task_modifier

# nouns before a metric that name what is measured: "solving accuracy", "test loss"
METRIC_NOUNS = TASK_HEADS | frozenset(
    ["solving", "answering", "answer", "test", "usage", "training", "validation", "prediction"]
)
SCORE_WORDS = frozenset(["score", "measure", "metric"])
_RANK_METRICS = frozenset(["ndcg", "hits", "mrr", "map"])
_RATE_WORDS = frozenset(["rate", "rates"])
_SCORE_SUFFIX = frozenset(["score", "scores"])
# a known metric's short name with a short prefix marking a variant
_METRIC_VARIANT = re.compile(
    r"^(?:[a-z]{1,5}|[A-Z])(?:" + "|".join(map(re.escape, entries("metric_variant_bases"))) + r")$"
)

# (token table, metric start, index of the word before the phrase) → stop extending left
LeftStop = Callable[[TokenTable, int, int], bool]


@rule(
    "metric_head",
    source="metric_head",
    group="metrics",
    kind="head",
    triggers=METRIC_HEADS,
)
def metric_head(ctx: RuleContext, i: int) -> bool:
    """ "by the X metric", "X score" → X is a Metric ("X metrics" names a family or a shared
    task, not one measure; a Title Case sentence is a title, not a cue)."""
    tt = ctx.tt
    if i == 0 or tt.lowers[i] == "metrics":
        return False
    if tt.lowers[i] == "scores" and i + 1 < len(tt.texts) and tt.texts[i + 1][:1].isdigit():
        return False  # "ScholarCopilot scores 16.2/25": the verb, after a system's name
    prev = tt.texts[i - 1]
    if ctx.titled(i):
        return True  # "A Discriminative Metric for Generation Tasks": a title
    if is_name(prev) or (
        prev[:1].isupper() and not tt.sent_start[i - 1] and tt.lowers[i - 1] not in NP_STOP
    ):
        ctx.add(i - 1, i, "Metric", "metric_head")
        first = tt.texts[i - 3] if i >= 3 else ""
        if tt.lowers[i - 2 : i - 1] == ["and"] and (is_acronym(first) or "@" in first[1:]):
            # "PLCC and SROCC scores", "R1@IoU0.3 and R1@IoU0.5 scores"
            ctx.add(i - 3, i - 2, "Metric", "metric_head")
    return True


@rule("metric_variant", source="metric_head", group="metrics")
def metric_variant(ctx: RuleContext) -> None:
    """Variants named after a metric: "vBLEU", "deltaBLEU", "rAcc", "LF1", "mAP"."""
    texts = ctx.tt.texts
    for i in ctx.names:
        if _METRIC_VARIANT.match(texts[i]) and texts[i] not in STOP_ACRONYMS:
            ctx.add(i, i + 1, "Metric", "metric_head")


def _left_step(tt: TokenTable, start: int, j: int, nouns: frozenset[str]) -> int:
    """Tokens a metric phrase starting at ``j`` extends left over (0: none)."""
    texts, prev = tt.texts, tt.lowers[j - 1]
    if prev == "-" and j > 1 and texts[j - 2].isalnum():
        return 1
    if prev in METRIC_MODIFIERS or (prev.isdigit() and j > 1 and tt.lowers[j - 2] == "-"):
        return 1
    if nouns and start - j == 1 and prev in nouns and tt.lowers[j] in nouns:
        return 1  # "face recognition accuracy": a measured compound
    if j != start:
        return 0
    # "word-level BLEU", "sentence - level accuracy", "compatibility-based accuracy"
    if prev in ("-level", "-based") and j > 1 and texts[j - 2].isalpha():
        return 2
    if prev in ("level", "based") and j > 2 and texts[j - 2] == "-" and texts[j - 3].isalpha():
        return 3
    if nouns and is_acronym(texts[j - 1]):
        return 1  # "WSD accuracy", "POS accuracy"
    return 1 if prev in nouns else 0  # "solving accuracy", "test loss"


def metric_left(tt: TokenTable, start: int, nouns: frozenset[str], stop: LeftStop | None) -> int:
    """Left edge of a known metric's phrase: modifiers, "word-level", measured nouns."""
    j = start
    while j > 0 and start - j < 4:
        if stop is not None and stop(tt, start, j - 1):
            break
        step = _left_step(tt, start, j, nouns)
        if not step:
            break
        j -= step
    while j < start and tt.texts[j] == "-":
        j += 1
    return j


def metric_right(tt: TokenTable, end: int) -> tuple[int, bool]:
    """Right edge of a known metric's phrase ending at ``end``, and whether it is a named
    variant of the metric ("TESLA - CELAB": its own entity, not the base metric)."""
    texts, lowers = tt.texts, tt.lowers
    n = len(texts)
    end = version_end(tt, end, decimal=False)
    if (
        end + 1 < n
        and lowers[end] == "at"
        and texts[end + 1].isdigit()
        and texts[end - 1][:1].isalpha()
        and lowers[end - 1] not in SCORE_WORDS
    ):
        end += 2  # "precision at 30", "accuracy at 5" (not "F1 score at 90")
    elif (
        end < n
        and lowers[end - 1] in _RANK_METRICS
        and texts[end].isdigit()
        and int(texts[end]) <= 1000
        and (end + 1 >= n or texts[end + 1] not in (".", "%"))
    ):
        end += 1  # a rank cut-off that lost its "@": "NDCG 4", "Hits 10"
    nxt = texts[end + 1] if end + 1 < n else ""
    if texts[end : end + 1] == ["-"] and nxt[:2].isupper() and nxt.isalnum():
        return end + 2, True  # a variant of a known metric: "TESLA - CELAB", "ROUGE - SU4"
    return end, False


def extend_metrics(
    ctx: RuleContext,
    nouns: frozenset[str],
    stop: LeftStop | None = None,
    suffix: Callable[[TokenTable, int], int] | None = None,
) -> None:
    """Add the extended span of every known metric found before kg_patterns (gazetteer)."""
    tt = ctx.tt
    for c in ctx.prior:
        if c.label != "Metric":
            continue
        j = metric_left(tt, c.start, nouns, stop)
        end, variant = metric_right(tt, c.end)
        if suffix is not None:
            end = suffix(tt, end)
        if j < c.start or end > c.end:
            ctx.new.append(
                Candidate(j, end, "Metric", "" if variant else c.entity_id, "metric_head")
            )


@rule("metric_span", source="metric_head", group="metrics")
def metric_span(ctx: RuleContext) -> None:
    """A known metric with its modifiers and what it measures: "micro-averaged accuracy",
    "labeled attachment F1", "solving accuracy", "precision at 30", "ROUGE - SU4"."""
    extend_metrics(ctx, METRIC_NOUNS, suffix=_rate_suffix)


def _rate_suffix(tt: TokenTable, end: int) -> int:
    """ "accuracy rate", "precision rates": "rate" after a known metric is part of its name;
    so is "score" ("BLEU score", "F1 scores": the score is the measure, not a generic head)."""
    lowers = tt.lowers
    if end < len(lowers) and lowers[end] in _RATE_WORDS and lowers[end - 1] not in _RATE_WORDS:
        return end + 1
    if end < len(lowers) and lowers[end] in _SCORE_SUFFIX and lowers[end - 1] not in SCORE_WORDS:
        return end + 1
    return end


# words before "rate(s)" that make a measure ("success rate"; not "learning rate")
RATE_MEASURES = words("rate_measures") | TASK_HEADS


@rule("metric_rate", source="metric_head", group="metrics", kind="head", triggers=("rate", "rates"))
def metric_rate(ctx: RuleContext, i: int) -> bool:
    """ "recognition rate", "false positive rates", "success rate", "pass rate" → Metric
    (head kept: the rate is the measure; "learning rate" is a setting, not a measure)."""
    tt = ctx.tt
    lowers = tt.lowers
    if i == 0 or lowers[i - 1] not in RATE_MEASURES:
        return False
    j = i - 1
    while j > 0 and i - j < 3 and lowers[j - 1] in RATE_MEASURES and not tt.sent_start[j]:
        j -= 1  # "false positive rate" ("false" is a measure word via "positive"'s list)
    if j > 0 and lowers[j - 1] in ("false", "true") and not tt.sent_start[j]:
        j -= 1
    ctx.add(j, i + 1, "Metric", "metric_head")
    return True


# head nouns of descriptive measures, head kept: "translation quality", "computational
# complexity", "noise robustness", "evaluation measures", "similarity measure"
METRIC_PHRASE_HEADS = words("metric_phrase_heads")
# words that cannot start a measure's name: comparisons and vague amounts ("high quality")
_MEASURE_STOP = words("measure_stop")


def _measure_modifier(tok: str, low: str) -> bool:
    """A lower-case word (or hyphen compound) that names what a measure measures."""
    if low in NP_STOP or low in TASK_STOP or low in _MEASURE_STOP or low.endswith("ly"):
        return False
    if low.endswith(("ing", "ed")) and low not in TASK_HEADS:
        return False  # "improving quality", "increased complexity": a verb, not a modifier
    return is_task_modifier(tok) and tok.islower()


@rule(
    "metric_phrase",
    source="metric_phrase",
    group="metrics",
    kind="head",
    triggers=METRIC_PHRASE_HEADS,
)
def metric_phrase(ctx: RuleContext, i: int) -> bool:
    """Lower-case modifiers + a measure head → Metric, head included: "translation quality",
    "computational complexity", "noise robustness", "similarity measures"."""
    tt = ctx.tt
    texts, lowers = tt.texts, tt.lowers
    j = i
    while (
        j > 0
        and i - j < 3
        and not tt.sent_start[j]
        and _measure_modifier(texts[j - 1], lowers[j - 1])
    ):
        j -= 1
    if j == i:
        return False  # no modifier: "by the X metric" is metric_head's
    if lowers[i] == "metrics":
        return True  # "image quality metrics", "regression metrics": a kind of measure, none
    ctx.add(j, i + 1, "Metric", "metric_phrase")
    return True


# noun suffixes: a word that names what is measured ("positioning accuracy" is not among them:
# -ing words are verbs as often as nouns; task heads are in METRIC_NOUNS already)
_NOUN_SUFFIXES = ("ion", "ions", "ncy", "ment", "ity", "ness", "ure")


@rule("metric_compound", source="metric_head", group="metrics")
def metric_compound(ctx: RuleContext) -> None:
    """A known metric after a noun naming what it measures: "conversion accuracy",
    "dependency accuracy", "segmentation F1" (the noun is part of the measure's name)."""
    tt = ctx.tt
    texts, lowers = tt.texts, tt.lowers
    for c in ctx.prior:
        j = c.start
        if c.label != "Metric" or j == 0 or tt.sent_start[j]:
            continue
        prev, low = texts[j - 1], lowers[j - 1]
        if (
            prev.islower()
            and prev.isalpha()
            and low.endswith(_NOUN_SUFFIXES)
            and low not in NP_STOP
            and low not in TASK_STOP  # a verb: "ensure accuracy", "measure accuracy"
            and low not in _MEASURE_STOP
        ):
            ctx.add(j - 1, c.end, "Metric", "metric_head", c.entity_id)


# fixed compounds that name a descriptive measure ("computational complexity"), as word tuples
MEASURE_COMPOUNDS = frozenset(tuple(e.split()) for e in words("measure_compounds"))


@rule(
    "metric_measure_compound",
    source="measure_compound",
    group="metrics",
    kind="head",
    triggers=frozenset(c[-1] for c in MEASURE_COMPOUNDS),
)
def metric_measure_compound(ctx: RuleContext, i: int) -> bool:
    """A measure named by a fixed compound of the ``measure_compounds`` list → Metric
    ("computational complexity", "time complexity"; not "problem complexity")."""
    lowers = ctx.tt.lowers
    for compound in MEASURE_COMPOUNDS:
        j = i + 1 - len(compound)
        if j >= 0 and tuple(lowers[j : i + 1]) == compound:
            ctx.add(j, i + 1, "Metric", "measure_compound")
            return True
    return False
