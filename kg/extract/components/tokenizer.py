"""Tokenizer for ML names: ``GPT-4``, ``Llama-3-8B``, ``pass@1``, ``F1-score``, ``7B``, ``GSM8K``.

spaCy's English defaults split ``GSM8K`` into ``GSM8`` + ``K`` (unit suffixes), ``Llama-3-8B``
at the digit–digit hyphen and ``F1-score`` at every hyphen. We keep hyphenated names whole
(the gazetteer and pattern rules are tokenised the same way), split off only a few productive
suffixes (``GPT-4-based`` → ``GPT-4`` ``-based``) and keep ``%`` separate from numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, LIST_ELLIPSES
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from kg.extract.components.lexattrs import speed_up
from kg.extract.memo import Memo

# "-based", "-like" … come off as one suffix token so the name before them is found.
_AFFIX_WORDS = (
    "based|like|style|level|free|aware|specific|only|driven|guided|augmented|tuned|"
    "scale|sized|size|powered|generated|enhanced|centric|agnostic|wise|shot|step|type"
)
_SUFFIX_HYPHEN_WORD = rf"(?<=[{ALPHA}0-9])-(?:{_AFFIX_WORDS})"


def _infixes() -> list[str]:
    # spaCy's English infixes minus "letter-letter hyphen" and "digit-digit hyphen" splits.
    return [
        *LIST_ELLIPSES,
        rf"(?<=[{ALPHA_LOWER}{CONCAT_QUOTES}])\.(?=[{ALPHA_UPPER}{CONCAT_QUOTES}])",
        rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])[:<>=](?=[{ALPHA}])",
        r"(?<=[0-9])[+*^](?=[0-9])",
        rf"(?<=[{ALPHA}0-9]{{4}})\+(?=[{ALPHA_UPPER}])",
        rf"(?<=[{ALPHA}0-9])/(?=[{ALPHA}][{ALPHA}])",
        r"(?<=[a-z]{3})[–—](?=[a-z])",
        r"--+",
    ]


def _suffixes(defaults: list[str]) -> list[str]:
    out: list[str] = []
    for pat in defaults:
        # drop the unit suffix rule (it splits GSM8K → GSM8 K, 7B stays whole anyway)
        if "km|km²" in pat:
            out.append(r"(?<=[0-9])%")
            continue
        out.append(pat)
    return [_SUFFIX_HYPHEN_WORD, r"(?<=[0-9a-z\-][A-Z])\.", r"(?<=[A-Z][+])\.", *out]


TEXT_KEY = "kg_text"


class _RegexMemo(Memo[str, Any]):
    """A compiled affix regex's ``search`` (or ``finditer``, as a tuple) with its results kept
    per string: spaCy caches a tokenised chunk, but not the affix searches of new chunks, and
    the same pieces recur ("model" in "model," and "(model"); the suffix search alone costs
    about a quarter of tokenising. A pure function of the string: the output is unchanged.
    ``pattern`` is what spaCy serialises (``Tokenizer.to_bytes`` reads
    ``search.__self__.pattern``); pickling keeps no entries."""

    def __init__(self, regex: re.Pattern[str], finditer: bool = False, maxsize: int = 1 << 16):
        fn: Callable[[str], Any] = (
            (lambda text: tuple(regex.finditer(text))) if finditer else regex.search
        )
        super().__init__(fn, maxsize)
        self.regex = regex
        self.pattern = regex.pattern
        self.finditer = finditer

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.regex, self.finditer, self.maxsize))


class MLTokenizer(Tokenizer):
    """spaCy's tokenizer that also remembers the input text in ``doc.user_data`` (rebuilding
    ``doc.text`` from tokens costs more than a whole rule component)."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        doc.user_data[TEXT_KEY] = text
        return doc


def make_ml_tokenizer(nlp: Language) -> Tokenizer:
    # new words make new lexemes: same attribute values, cheaper getters (lexattrs.py)
    speed_up(nlp.vocab)
    defaults = nlp.Defaults
    rules = dict(defaults.tokenizer_exceptions)
    prefixes = list(defaults.prefixes or [])
    suffixes = _suffixes(list(defaults.suffixes or []))
    return MLTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=_RegexMemo(compile_prefix_regex(prefixes)).__getitem__,
        suffix_search=_RegexMemo(compile_suffix_regex(suffixes)).__getitem__,
        infix_finditer=_RegexMemo(compile_infix_regex(_infixes()), finditer=True).__getitem__,
        token_match=defaults.token_match,
        url_match=None,
    )


@registry.tokenizers("kg.ml_tokenizer.v1")
def create_ml_tokenizer() -> Callable[[Language], Tokenizer]:
    return make_ml_tokenizer


# The pattern rules tokenise gazetteer names the way conll gold does (split at punctuation).
PUNCT_SPLIT = re.compile(r"[^\W_]+|[^\w\s]|_")
