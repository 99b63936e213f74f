"""Normalisation keys and surface-form variants shared by the extraction components."""

from __future__ import annotations

import re
import unicodedata

from kg.extract.lexicon import words
from kg.extract.memo import memo

_KEY_DROP = re.compile(r"[\s\-_‐‑‒–—./'’·]+")
_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
_HEAD_NOUNS = re.compile(
    r"\s+(?:dataset|datasets|data\s+set|data\s+sets|benchmark|benchmarks|corpus|corpora|"
    r"treebank|suite|test\s+set|collection|metric|metrics|score|scores|model|models)$",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"^(?:the|a|an|our|their|its|this|these)\s+", re.IGNORECASE)

# Lower-cased words that, written with capitals, name something (MATH, ARC, mAP, DROP): their
# aliases only match with the exact case.
COMMON_WORDS = words("common_words")


@memo()  # pure; the same names recur in every component and document
def norm_key(text: str) -> str:
    """Case-, hyphen- and space-insensitive key: ``GSM-8K`` / ``gsm 8k`` / ``GSM8k`` → ``gsm8k``."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # no letter or digit is dropped: most words skip the substitution (about 5,000 instructions)
    return text if text.isalnum() else _KEY_DROP.sub("", text)


@memo()  # pure; called for every candidate and mention, and the same names recur
def strip_head_noun(name: str) -> str:
    """``the GSM8K benchmark`` → ``GSM8K`` (keeps the name if nothing would remain)."""
    stripped = _DETERMINER.sub("", name.strip())
    base = _HEAD_NOUNS.sub("", stripped)
    return base if base.strip() else stripped


def is_case_sensitive_alias(alias: str) -> bool:
    """Short all-caps names and capitalised common words match only with their exact case."""
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return False
    if alias.casefold() in COMMON_WORDS and any(c.isupper() for c in alias):
        return True
    return all(c.isupper() for c in letters) and len(alias.replace(" ", "")) <= 4


def surface_variants(alias: str) -> set[str]:
    """Spelling variants of a name: hyphen/space/none between parts and letter–digit joints."""
    out = {alias}
    parts = re.split(r"[\s\-]+", alias)
    if len(parts) > 1:
        out.add(" ".join(parts))
        out.add("-".join(parts))
        if all(len(p) <= 6 for p in parts):
            out.add("".join(parts))
    joined = "".join(parts)
    cuts = [m.start() for m in _LETTER_DIGIT.finditer(joined)]
    if cuts and len(parts) <= 2 and len(cuts) <= 4:
        out.add(joined)
        for c in cuts:
            out.add(joined[:c] + "-" + joined[c:])
            out.add(joined[:c] + " " + joined[c:])
    return {v for v in out if v}
