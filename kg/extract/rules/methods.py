"""Methods: technique phrases of lower-case words ("multi-task fine-tuning") and techniques
named after the task they perform ("a constraint classification scheme")."""

from __future__ import annotations

from kg.extract.components.lexicon import (
    METHOD_HEADS,
    METHOD_PHRASE_HEADS,
    NP_STOP,
    model_class,
)
from kg.extract.lexicon import words
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.common import (
    TASK_STOP,
    compound_start,
    is_modifier_word,
    is_task_modifier,
)

# "deep learning", "machine learning": fields, not methods (annotation guidelines)
GENERIC_FIELDS = words("generic_fields")


@rule(
    "method_head",
    source="method_head",
    group="methods",
    kind="head",
    triggers=METHOD_PHRASE_HEADS,
)
def method_head(ctx: RuleContext, i: int) -> bool:
    """ "multi-task fine-tuning", "semantic compression" → Method."""
    if i == 0:
        return False
    lowers = ctx.tt.lowers
    prev = lowers[i - 1]
    if (
        is_modifier_word(prev.split("-")[0])
        and prev not in GENERIC_FIELDS
        and prev not in TASK_STOP
        and not (prev.endswith(("s", "ing", "ed")) and "-" not in prev)
    ):
        ctx.add(compound_start(ctx.tt.texts, lowers, i - 1), i + 1, "Method", "method_head")
    return True


@rule("task_method", source="task_head", group="methods", kind="post")
def task_method(ctx: RuleContext) -> None:
    """A task phrase before a method head names a technique ("a constraint classification
    scheme", "mathematical modeling techniques"); one phrase, one type: then every
    "constraint classification" in the doc is a Method — unless the doc also writes the
    phrase alone, as a task ("… methods for hyperspectral image classification" and
    "outperforming hyperspectral image classification methods": methods for the task)."""
    tt = ctx.tt
    lowers, n = tt.lowers, ctx.n
    headed: dict[int, str] = {}
    bare: set[str] = set()
    for k, c in enumerate(ctx.new):
        if c.rule != "task_head" or c.label != "Task":
            continue
        after = lowers[c.end] if c.end < n else ""
        text = tt.span_text(c.start, c.end).lower()
        if after in METHOD_HEADS or after == "scheme":
            headed[k] = text
        else:
            bare.add(text)
    as_method = set(headed.values()) - bare
    for k, text in headed.items():
        if text in as_method:
            ctx.new[k] = ctx.new[k]._replace(label="Method")
    if as_method:
        ctx.new[:] = [
            c._replace(label="Method")
            if c.rule == "task_head" and tt.span_text(c.start, c.end).lower() in as_method
            else c
            for c in ctx.new
        ]


@rule("known_method_tail", source="task_head", group="methods", kind="post")
def known_method_tail(ctx: RuleContext) -> None:
    """A task phrase that ends in a known technique of two words or more is a variant of
    that technique, a Method: "contrastive flow matching", "graph flow matching" (the
    gazetteer's "flow matching"), not a task the paper addresses."""
    ends = {
        c[1]: c[0] for c in ctx.prior if c[2] == "Method" and c[1] - c[0] >= 2 and c[3]
    }
    if not ends:
        return
    ctx.new[:] = [
        c._replace(label="Method")
        if c.label == "Task" and c.start < ends.get(c.end, c.start)
        else c
        for c in ctx.new
    ]


# head nouns of technique names whose head stays in the span ("beam search")
METHOD_NOUNS = words("method_nouns")
# first words that make a field or a generic class, not a technique
_MODEL_NOUNS = frozenset(["model", "models"])
_GENERIC_MODIFIERS = words("generic_modifiers")
# bare activities (guidelines: "training", "fine-tuning" alone are no method): not the first
# word of a technique's name either ("a training technique", "fine-tuning methods")
_BARE_ACTIVITIES = frozenset(["training", "fine-tuning", "finetuning", "reasoning", "prompting"])
_NOT_FIRST = GENERIC_FIELDS | _BARE_ACTIVITIES | {"learning", "proposed", "baseline"}


def _technique_modifier(tok: str) -> bool:
    """A lower-case word or hyphen compound ("log-linear", "rule-based") in a technique name."""
    if "-" in tok:
        # not a compound of an amount or a stop word: "one-stage", "full-stack", "large-scale"
        first = tok.split("-", 1)[0].lower()
        return (
            is_task_modifier(tok)
            and not tok.endswith("-")
            and first not in NP_STOP
            and first not in TASK_STOP
        )
    return is_modifier_word(tok)


# adjective endings that name a kind of model ("probabilistic", "log-linear", "generative")
_KIND_SUFFIXES = ("ic", "ive", "ian", "ar")


def _kind_word(tok: str) -> bool:
    """A modifier that classifies a model by its technique: an adjective or a compound."""
    return "-" in tok or tok.endswith(_KIND_SUFFIXES)


@rule(
    "method_phrase",
    source="method_phrase",
    group="methods",
    kind="head",
    triggers=METHOD_NOUNS,
)
def method_phrase(ctx: RuleContext, i: int) -> bool:
    """Lower-case modifiers + a technique head noun → Method, head included: "conditional
    random fields", "support vector machine", "beam search", "graph neural network",
    "contrastive learning" (not "deep learning", "machine learning": fields)."""
    tt = ctx.tt
    texts, lowers = tt.texts, tt.lowers
    j = i
    while j > 0 and i - j < 4 and not tt.sent_start[j]:
        prev, low = texts[j - 1], lowers[j - 1]
        if low in TASK_STOP or not prev.islower():
            break
        if not _technique_modifier(prev) or low.endswith("ed"):
            break
        if low.endswith("ing") and (j < i or lowers[i] in _MODEL_NOUNS):
            break  # a gerund names the technique only right before its head: "parsing
            # algorithm", "reinforcement learning method"; not "leveraging foundation models"
        if low in _GENERIC_MODIFIERS or low.endswith("est"):
            break  # "base models", "the largest models": a class, no technique's name
        j -= 1
    while j < i and lowers[j] in _NOT_FIRST:
        j += 1  # "deep learning", "neural networks": fields; but "graph neural network"
    # "reward model", "policy models" name a role; "maximum entropy model", "log-linear
    # model", "probabilistic model" a technique
    if model_class(tt.span_text(j, i + 1)):
        return True  # "vision-language models": a class of models, as "language models"
    if j < i - (0 if lowers[i] not in _MODEL_NOUNS or _kind_word(texts[j]) else 1):
        ctx.add(j, i + 1, "Method", "method_phrase")
    return True


# nouns after a task that make the phrase a system performing it: "an MT system"
_SYSTEM_HEADS = frozenset(["system", "systems"])


@rule("task_system", source="method_phrase", group="methods")
def task_system(ctx: RuleContext) -> None:
    """A task right before "system(s)" names the system that performs it, a Method with its
    head: "an MT system", "speech recognition systems" (the task is its modifier there)."""
    lowers, n = ctx.tt.lowers, ctx.n
    for c in (*ctx.prior, *ctx.new):
        if c.label == "Task" and c.end < n and lowers[c.end] in _SYSTEM_HEADS:
            ctx.add(c.start, c.end + 1, "Method", "method_phrase")
