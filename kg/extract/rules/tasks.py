"""Tasks: lower-case noun phrases ending in a task head ("relation extraction", "Chinese word
segmentation", "syntactic and semantic parsing")."""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.components.lexicon import LANGUAGES, NP_STOP, TASK_HEADS
from kg.extract.lexicon import entries
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.common import (
    TASK_STOP,
    base_verb,
    is_acronym,
    is_modifier_word,
    is_task_modifier,
)

COORD = frozenset(["and", "or", "/", "&"])
_PROPERTIES = frozenset(entries("property_phrases"))
# "Competition-Level Code Generation", "Large-Scale Image Classification": a qualifier
_TITLE_QUALIFIERS = frozenset(["Level", "Scale", "Based", "Driven", "Free", "Aware"])
_DIM = re.compile(r"^\d[dD]$")
_ADJ_SUFFIXES = ("ic", "ical", "ial", "ual", "nal", "ral", "ive", "ous", "ary")


def _glue_step(texts: list[str], lowers: list[str], i: int, j: int) -> int:
    """Tokens to step left over hyphen glue at ``j - 1`` ("cross - lingual", "Chinese - to -
    English", "instance -level"), or 0."""
    prev, low = texts[j - 1], lowers[j - 1]
    if (
        (prev == "-" or (prev == "/" and texts[j] in LANGUAGES))
        and j > 1
        and texts[j - 2][:1].isalnum()
        and j < i
    ):
        return 1
    if low == "to" and j > 1 and texts[j - 2] == "-":
        return 1
    if (
        low[:1] == "-"
        and low[1:].isalpha()
        and j > 1
        and texts[j - 2].isalpha()
        and lowers[j - 2] not in NP_STOP
    ):
        return 2  # "instance" "-level" (the tokenizer splits off "-level", "-based")
    return 0


def _title_word(prev: str, low: str) -> bool:
    """A Title Case modifier of a Title Case head ("Dependency Parsing")."""
    return (
        all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in prev.split("-"))
        and prev.rsplit("-", 1)[-1] not in _TITLE_QUALIFIERS
        and low not in NP_STOP
        and not low.endswith("ing")
    )


def _sentence_initial(texts: list[str], sent_start: list[bool], j: int, low: str) -> bool:
    """Sentence-initial "Frame identification results", "Table 2: Term detection"."""
    prev = texts[j - 1]
    return (
        prev.isalpha()
        and prev.istitle()
        and (sent_start[j - 1] or (j > 1 and texts[j - 2] == ":"))
        and low not in NP_STOP
        and low not in TASK_STOP
        and not low.endswith(("ing", "ly"))
    )


def _modifier_step(
    texts: list[str], lowers: list[str], sent_start: list[bool], i: int, j: int, title: bool
) -> bool:
    """Whether the phrase ending at head ``i`` extends over word ``j - 1``."""
    prev, low = texts[j - 1], lowers[j - 1]
    if low in TASK_STOP:
        return False
    if is_task_modifier(prev) and not (prev.endswith("ing") and low != "parsing"):
        return True
    if j == i and is_acronym(prev):
        return True
    if (
        j < i
        and sent_start[j - 1]
        and prev[1:].islower()
        and is_task_modifier(low)
        and not low.endswith("ing")
    ):
        return True  # only capitalised as the sentence's first word: "Spontaneous speech …"
    if title and _title_word(prev, low):
        return True
    return j == i and not title and _sentence_initial(texts, sent_start, j, low)


def _coordinated(
    texts: list[str], lowers: list[str], i: int, j: int, title: bool, noun_coordination: bool
) -> bool:
    """ "syntactic and semantic parsing", "object and scene recognition"; with
    noun_coordination (our guidelines) also "6D pose and size estimation"."""
    first = texts[j - 2] if j > 1 else ""
    if not (
        j < i
        and j > 1
        and lowers[j - 1] in COORD
        and (is_modifier_word(first) or (title and first.istitle() and first.isalpha()))
        and lowers[j - 2] not in TASK_STOP
    ):
        return False
    if texts[j] in LANGUAGES:
        return first in LANGUAGES
    return (noun_coordination and not lowers[j - 2].endswith(("ion", "ing", "ment"))) or (
        lowers[j - 2].endswith(_ADJ_SUFFIXES) and lowers[j].endswith(_ADJ_SUFFIXES)
    )


def _coordination_start(
    texts: list[str], lowers: list[str], sent_start: list[bool], i: int, j: int
) -> int:
    """ "6D object pose and size estimation": modifiers before a coordinated noun."""
    while j > 0 and i - j < 8 and not sent_start[j]:
        prev = texts[j - 1]
        if _DIM.match(prev):
            return j - 1  # "6D …" starts the name
        if is_modifier_word(prev) and lowers[j - 1] not in TASK_STOP:
            j -= 1
        else:
            break
    return j


def task_start(
    texts: list[str],
    lowers: list[str],
    sent_start: list[bool],
    i: int,
    noun_coordination: bool = False,
) -> int:
    """Left edge of a task phrase ending in the task head ``texts[i]``.

    Lower-case (or language) modifiers, hyphen compounds ("cross - lingual",
    "Chinese - to - English"), an acronym right before the head ("MWE extraction"),
    title-case modifiers when the head is title-case ("Dependency Parsing"), and a
    coordinated modifier ("syntactic and semantic parsing").
    """
    title = texts[i][:1].isupper() and texts[i][1:].islower()
    j = i
    while j > 0 and i - j < 7:
        step = _glue_step(texts, lowers, i, j)
        if step:
            j -= step
        elif _modifier_step(texts, lowers, sent_start, i, j, title):
            j -= 1
        else:
            break
    if j < i and texts[j] == "-" and j + 1 < i and texts[j + 1].isalpha():
        # the left edge fell inside a hyphen compound whose first word is a stop word
        # ("large - scale analysis", "high - level content analysis"): drop the compound
        j += 2
    while j < i and lowers[j] in ("-", "to", "/"):
        j += 1
    if _coordinated(texts, lowers, i, j, title, noun_coordination):
        j -= 2
        if noun_coordination:
            j = _coordination_start(texts, lowers, sent_start, i, j)
    return j


@rule("task_head", source="task_head", group="tasks", kind="head", triggers=TASK_HEADS)
def task_head(ctx: RuleContext, i: int) -> bool:
    """A phrase ending in a task head → Task ("relation extraction")."""
    tt = ctx.tt
    j = task_start(tt.texts, tt.lowers, tt.sent_start, i, True)
    if j < i:
        j = after_metric(ctx, j, i)
    based = [k for k in range(j, i) if tt.lowers[k] in ("-based", "based")]
    if based:
        j = based[-1] + 1  # "diffusion-based video generation": how, not which task
    if j < i and " ".join(tt.lowers[i - 1 : i + 1]) not in _PROPERTIES:
        ctx.add(j, i + 1, "Task", "task_head")  # not "high temporal resolution": a property
    return True


# what a verb's base form follows: "fails to capture reasoning", "can degrade", "we examine",
# "methods that capture"
_BEFORE_BASE_VERB = frozenset(
    {"to", "can", "could", "may", "might", "must", "should", "will", "would", "cannot", "not",
     "we", "they", "that", "who"}
)
_PHRASE_LABELS = frozenset({"Task", "Method", "Metric"})


@rule("infinitive_verb", source="task_head", group="tasks", kind="post")
def infinitive_verb(ctx: RuleContext) -> None:
    """A lower-case name the rules built that opens with a verb after "to", a modal or a
    plural subject is the verb and its object ("fails to capture reasoning", "to preserve
    visual quality", "can degrade retrieval", "we examine methods"): the name starts after
    the verb, and is none when only its head is left."""
    tt = ctx.tt
    lowers, texts = tt.lowers, tt.texts
    out: list[Candidate] = []
    for c in ctx.new:
        k = c.start
        if (
            c.label in _PHRASE_LABELS
            and k > 0
            and lowers[k - 1] in _BEFORE_BASE_VERB
            and texts[k].islower()
            and base_verb(lowers[k])
        ):
            if c.end - k <= 2:
                continue  # "to capture reasoning": a verb and a bare head, no name
            c = c._replace(start=k + 1)
        out.append(c)
    ctx.new[:] = out


def after_metric(ctx: RuleContext, j: int, i: int) -> int:
    """A known lower-case metric is no task modifier: "high precision rare word extraction"
    starts after "precision" (the metric is its own mention). An acronym stays a modifier:
    "MAP estimation" is maximum a posteriori estimation, not mean average precision."""
    texts = ctx.tt.texts
    for c in ctx.prior:
        if c.label == "Metric" and j < c.end <= i and texts[c.start].islower():
            j = c.end
    while j < i and (ctx.tt.lowers[j] in COORD or not texts[j][:1].isalnum()):
        j += 1  # "accuracies and response generation": the coordination went with the metric
    return j
