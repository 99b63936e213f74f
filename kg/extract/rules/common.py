"""Token tests shared by the rule groups (pure functions of token strings)."""

from __future__ import annotations

import re

from kg.extract.components.lexicon import (
    COMMON_COMPOUNDS,
    LANGUAGES,
    NAME_SHAPE,
    NP_STOP,
    STOP_ACRONYMS,
    STOP_NAMES,
    TASK_HEADS,
    of_model_family,
    versioned_model_family,
)
from kg.extract.components.tokens import TokenTable
from kg.extract.lexicon import words
from kg.extract.memo import memo

# words that end a task phrase on the left: verbs, evaluative adjectives, "state-of-the-art"
TASK_STOP = words("task_stop")
# data-split words (test, training, held-out …): the one definition of the concept
SPLIT_WORDS = words("split_words")
YEAR = re.compile(r"^(?:19|20)\d\d$")
NAME_GLUE = frozenset(["-", "&", "'", "/", "+"])
_HYPHEN_AFFIXES = words("hyphen_affix_words")  # "-based", "-aware": a compound adjective


@memo()
def is_name(text: str) -> bool:
    # a pure function of the string (frozen lexicons, compiled regex): cached, tokens repeat
    if len(text) < 2 or text.islower() or text in STOP_ACRONYMS or text in STOP_NAMES:
        return False
    last = text.rsplit("-", 1)[1] if "-" in text else ""
    if last.istitle() and last.lower() in _HYPHEN_AFFIXES:
        return False  # "Context-Aware", "SAM-Based", "Training-Free" (titles): an adjective
    low = text.lower()
    if last and low in COMMON_COMPOUNDS and low not in TASK_HEADS and all(
        p[1:].islower() for p in text.split("-")
    ):
        return False  # "Multi-Agent", "Real-Time" (titles): common words, no name (but the
        # task "Super-Resolution" is named by one)
    if of_model_family(text):
        return True  # "Whisper-large-v2", "YOLOv8n-seg"
    if not NAME_SHAPE.match(text):
        return False
    # "NER-labeled", "GPT-4-based": a name with a lower-case word attached
    return not (len(last) >= 4 and last.isalpha() and last.islower())


@memo()
def starts_name(text: str) -> bool:
    """A token the name rules start from: a name's shape (:func:`is_name`), or a model
    family's name with its version glued on ("YOLOv11", "YOLOv8n"), which is a model's name
    for the mention rules only (the contribution and dataset rules keep :func:`is_name`)."""
    return is_name(text) or versioned_model_family(text)


# verb endings: "customize", "prioritizes", "simplify" modify no noun (but "size", "stepsize")
_VERB_ENDINGS = ("ize", "izes", "ify", "ifies")
# quantifiers, in lower case, count what a phrase names: "multiple reasoning benchmarks",
# "distinct approaches" (in Title Case a name's first word: "Multiple Object Tracking")
_QUANTIFIERS = frozenset(["multiple", "distinct"])
# verbs in the third person singular ("employs", "strengthens"): "strengthens feature
# representations" is a verb and its object, no name (eval/tools/finite_verbs.py)
FINITE_VERBS = words("finite_verbs")
# "-ing" forms used as verbs with an object ("thereby reducing system latency": no "reducing
# system"; eval/tools/verb_gerunds.py)
VERB_GERUNDS = words("verb_gerunds")


def base_verb(low: str) -> bool:
    """A verb's base form, by its third person singular in ``FINITE_VERBS`` ("capture" of
    "captures", "mitigate", "degrade", "carry" of "carries")."""
    return (
        low + "s" in FINITE_VERBS
        or low + "es" in FINITE_VERBS
        or (low.endswith("y") and low[:-1] + "ies" in FINITE_VERBS)
    )


def is_modifier_word(tok_text: str) -> bool:
    low = tok_text.lower()
    return (
        tok_text.isalpha()
        and low not in NP_STOP
        and low not in _QUANTIFIERS
        and low not in FINITE_VERBS
        and low not in VERB_GERUNDS
        and not low.endswith("ly")
        and (tok_text.islower() or tok_text in LANGUAGES)
        and not (low.endswith(_VERB_ENDINGS) and not low.endswith("size"))
    )


def is_task_modifier(tok: str) -> bool:
    """A word that can modify a task head, including hyphenated compounds written as one
    token ("cross-lingual", "multi-label", "Japanese-to-English")."""
    if is_modifier_word(tok):
        return True
    if "-" not in tok or tok.lower() in TASK_STOP:
        return False
    parts = tok.split("-")
    return all(p.isalpha() and (p.islower() or p in LANGUAGES) for p in parts)


def is_acronym(tok: str) -> bool:
    return 2 <= len(tok) <= 5 and tok.isalpha() and tok.isupper() and tok not in STOP_ACRONYMS


def compound_start(texts: list[str], lowers: list[str], j: int) -> int:
    """Extend a phrase starting at ``j`` over hyphenated compound modifiers before it:
    "multi-task continual pre-training", "ensemble-based conservative optimization"."""
    for _ in range(2):
        prev = texts[j - 1] if j > 0 else ""
        if "-" in prev[1:-1] and is_task_modifier(prev) and lowers[j - 1] not in TASK_STOP:
            j -= 1
        elif (
            prev[:1] == "-"
            and prev[1:].isalpha()
            and prev[1:].islower()
            and j > 1
            and texts[j - 2].isalpha()
            and texts[j - 2].islower()
            and lowers[j - 2] not in NP_STOP
        ):
            j -= 2
        else:
            break
    return j


@memo(maxsize=1 << 18)
def _word_case(tx: str) -> int:
    """Token text → 0 (not a word of 4+ letters), 1 (lower-case first letter), 2 (capitalised)."""
    return (2 if tx[0].isupper() else 1) if len(tx) > 3 and tx.isalpha() else 0


def title_case_sentences(tt: TokenTable) -> list[bool]:
    """Per sentence index: whether most of its longer words are capitalised (a title)."""
    codes = list(map(_word_case, tt.texts))
    out: list[bool] = []
    for b, e in tt.sent_bounds:
        seg = codes[b:e]
        upper = seg.count(2)
        words_ = upper + seg.count(1)
        out.append(words_ >= 3 and upper >= 0.7 * words_)
    return out
