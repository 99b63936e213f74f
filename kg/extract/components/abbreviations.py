"""``kg_abbreviations``: long form ↔ short form pairs, "Grade School Math (GSM8K)".

A Schwartz & Hearst (2003) style matcher: a parenthesised short form after a window of words;
the short form's characters must appear in order in the long form, its first character at a
word start. Digits and a trailing plural ``s`` in the short form may be skipped
(``GSM8K`` ↔ ``Grade School Math``, ``LLMs`` ↔ ``Large Language Models``).
Result: ``doc._.kg_abbreviations`` = ``[[long_start, long_end, short_start, short_end], …]``
(token indices).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.tokens import TokenTable, table

_SHORT_OK = re.compile(r"^[A-Za-z][\w\-\.+&/]{0,14}$")
_STOP_BEFORE = frozenset({",", ";", ":", "(", ")", "[", "]", ".", "!", "?", "\n", "\n\n"})


def _best_long_form(short: str, long: str) -> int | None:
    """Char index in ``long`` where the long form starts, or None.

    Schwartz & Hearst's backward match (:func:`_best_long_form_chars`); for ASCII text, whose
    lower-case form keeps every character's index, each character is found with ``rfind``
    instead of a Python step per character (same result)."""
    if not (short.isascii() and long.isascii()):
        return _best_long_form_chars(short, long)
    low = long.lower()
    s = len(short) - 1
    li = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        li = low.rfind(c, 0, li + 1)
        if s == 0:  # the first character starts a word
            while li > 0 and long[li - 1].isalnum():
                li = low.rfind(c, 0, li)
        if li < 0:
            return None
        li -= 1
        s -= 1
    return long.rfind(" ", 0, li + 1) + 1


def _best_long_form_chars(short: str, long: str) -> int | None:
    """:func:`_best_long_form`, one character at a time (any text)."""
    s = len(short) - 1
    li = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while (li >= 0 and long[li].lower() != c) or (s == 0 and li > 0 and long[li - 1].isalnum()):
            li -= 1
        if li < 0:
            return None
        li -= 1
        s -= 1
    return long.rfind(" ", 0, li + 1) + 1


def _short_variants(short: str) -> list[str]:
    out = [short]
    if short.endswith("s") and len(short) > 2 and short[-2].isupper():
        out.append(short[:-1])
    m = re.match(r"^([A-Za-z]{2,})[\d\-]", short)
    if m:
        out.append(m.group(1))
    letters = "".join(c for c in short if c.isalpha())
    if letters != short and len(letters) >= 2:
        out.append(letters)
    return out


class AbbreviationDetector(Component):
    def __init__(self, max_short_tokens: int = 3) -> None:
        self.max_short_tokens = max_short_tokens

    def __call__(self, doc: Doc) -> Doc:
        pairs: list[list[int]] = []
        tt = table(doc)
        tt.abbreviations = pairs
        if "(" not in tt.text:
            doc._.kg_abbreviations = pairs
            return doc
        texts = tt.texts
        n = len(texts)
        opens: list[int] = []
        k = -1
        try:
            while True:
                k = texts.index("(", k + 1)
                opens.append(k)
        except ValueError:
            pass
        for i in opens:
            close = None
            for j in range(i + 2, min(n, i + 2 + self.max_short_tokens)):
                if texts[j] == ")":
                    close = j
                    break
            if close is None or i == 0:
                continue
            short = "".join(texts[i + 1 : close])
            if not _SHORT_OK.match(short) or not any(c.isupper() for c in short):
                continue
            start = self._find_long(doc, tt, i, short)
            if start is not None:
                pairs.append([start, i, i + 1, close])
        doc._.kg_abbreviations = pairs
        return doc

    def _find_long(self, doc: Doc, tt: TokenTable, paren: int, short: str) -> int | None:
        n_chars = len([c for c in short if c.isalpha()])
        max_words = min(n_chars + 5, n_chars * 2)
        texts = tt.texts
        start = paren
        words = 0
        sent_begin = tt.sent_span(paren)[0]
        while start > sent_begin and words < max_words:
            prev = texts[start - 1]
            if prev in _STOP_BEFORE or prev.isspace():
                break
            start -= 1
            if prev != "-":
                words += 1
        if start >= paren:
            return None
        base = tt.idx[start]
        end_char = tt.idx[paren - 1] + len(texts[paren - 1])
        long = tt.text[base:end_char]
        for variant in _short_variants(short):
            at = _best_long_form(variant, long)
            if at is None:
                continue
            lf_start = tt.token_at_char(base + at)
            if lf_start < start:
                continue
            lf_text = tt.text[tt.idx[lf_start] : end_char]
            if paren - lf_start == 1 and len(lf_text) <= len(short):
                continue
            if lf_text.lower() == short.lower():
                continue
            return lf_start
        return None


@Language.factory(
    "kg_abbreviations",
    default_config={"max_short_tokens": 3},
    assigns=["doc._.kg_abbreviations"],
    requires=["token.is_sent_start"],
)
def make_abbreviations(nlp: Language, name: str, max_short_tokens: int) -> AbbreviationDetector:
    register_extensions()
    return named(AbbreviationDetector(max_short_tokens), name)
