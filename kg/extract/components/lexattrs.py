"""Cheaper lexeme attribute getters with the same values as spaCy's.

spaCy computes about 25 attributes (``is_alpha``, ``shape``, ``like_num`` …) the first time a
``Vocab`` meets a string, by calling ``vocab.lex_attr_getters`` one by one. Real abstracts keep
bringing new strings (about 9 per abstract after the first few hundred), and those calls cost
about a tenth of the pipeline. Most getters are one-line Python wrappers of a ``str`` method, or
loops that can answer most strings from a cheap test first. :func:`speed_up` swaps the getters
it knows (by identity: spaCy's own functions) for functions that return exactly the same value on
every string (``tests/unit/extract/test_extract_lexattrs.py`` compares them on real tokens and
Unicode edge cases); any other getter, e.g. a language's own, is left as it is.
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Callable
from functools import partial
from typing import Any

from spacy import util
from spacy.lang import lex_attrs as base
from spacy.lang.en import lex_attrs as en

from kg.extract.memo import Memo


def _membership(values: tuple[str, ...]) -> Callable[[str], bool]:
    return frozenset(values).__contains__


# a character's Unicode category test, kept per character (a pure function of it)
_IS_P = Memo(lambda ch: unicodedata.category(ch).startswith("P"), 1 << 16).__getitem__
_IS_SC = Memo(lambda ch: unicodedata.category(ch) == "Sc", 1 << 16).__getitem__


def is_punct(text: str) -> bool:
    return all(map(_IS_P, text))


def is_currency(text: str) -> bool:
    return all(map(_IS_SC, text))


def like_email(text: str) -> bool:
    return "@" in text and base.like_email(text)  # the pattern needs an "@"


def like_url(text: str) -> bool:
    # without a "." only "http://…" / "https://…" can be a URL (spaCy's rule: text[0] on "")
    if text and "." not in text and not text.startswith(("http://", "https://")):
        return False
    return base.like_url(text)


_EN_NUMBER_WORDS = frozenset(en._num_words) | frozenset(en._ordinal_words)


def like_num_en(text: str) -> bool:
    # a letters-only string is a number only as a number word ("seven", "third"): no sign to
    # strip, no digit, no "/", no digit before an ordinal suffix
    if text.isalpha():
        return text.lower() in _EN_NUMBER_WORDS
    return en.like_num(text)


# spaCy's getter → ours (the same value for every string)
_FASTER: dict[Callable[..., Any], Callable[[str], Any]] = {
    base.lower: str.lower,
    base.prefix: operator.itemgetter(0),
    base.suffix: operator.itemgetter(slice(-3, None)),
    base.is_alpha: str.isalpha,
    base.is_digit: str.isdigit,
    base.is_lower: str.islower,
    base.is_space: str.isspace,
    base.is_title: str.istitle,
    base.is_upper: str.isupper,
    base.is_ascii: str.isascii,
    base.is_punct: is_punct,
    base.is_currency: is_currency,
    base.is_bracket: _membership(("(", ")", "[", "]", "{", "}", "<", ">")),
    base.is_quote: _membership(
        ('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``")  # noqa: E501
    ),
    base.is_left_punct: _membership(
        ("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``")
    ),
    base.is_right_punct: _membership((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''")),
    base.like_email: like_email,
    base.like_url: like_url,
    en.like_num: like_num_en,
}


def _norm(table: dict[str, Any]) -> Callable[[str], Any]:
    def norm(text: str) -> Any:
        return table[text] if text in table else text.lower()

    return norm


def _is_stop(stops: Any) -> Callable[[str], bool]:
    def is_stop(text: str) -> bool:
        return text.lower() in stops

    return is_stop


def _faster_partial(fn: partial[Any]) -> Callable[[str], Any] | None:
    """Ours for a getter spaCy builds with ``functools.partial``, else None:
    ``add_lookups(lower, table)`` (NORM: one plain dict, looked up first, else lower-case),
    ``get_lang`` (LANG: a constant; ``"en".format(text)`` is "en") and ``is_stop``."""
    args, kw = fn.args, fn.keywords
    if fn.func is util._get_attr_unless_lookup and len(args) == 2 and not kw:
        default, lookups = args
        tables = list(lookups) if isinstance(lookups, tuple) else []
        if default is base.lower and len(tables) == 1 and type(tables[0]) is dict:
            return _norm(tables[0])
    elif fn.func is base.get_lang and not args and list(kw) == ["lang"]:
        lang = kw["lang"]
        if type(lang) is str and "{" not in lang and "}" not in lang:
            return lang.format
    elif fn.func is base.is_stop and not args and list(kw) == ["stops"]:
        return _is_stop(kw["stops"])
    return None


def _faster(fn: Callable[..., Any]) -> Callable[..., Any]:
    if isinstance(fn, partial):
        return _faster_partial(fn) or fn
    return _FASTER.get(fn, fn)


def faster_getters(getters: dict[int, Callable[[str], Any]]) -> dict[int, Callable[[str], Any]]:
    """``getters`` with each spaCy getter we know replaced by its faster equivalent."""
    return {attr: _faster(fn) for attr, fn in getters.items()}


def speed_up(vocab: Any) -> None:
    """Swap ``vocab.lex_attr_getters`` for :func:`faster_getters` (lexemes made afterwards get
    the same attribute values, cheaper)."""
    if vocab.lex_attr_getters:
        vocab.lex_attr_getters = faster_getters(vocab.lex_attr_getters)
