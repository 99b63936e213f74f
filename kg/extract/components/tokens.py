"""A per-doc table of token strings and sentence bounds, built once and shared by components.

Creating spaCy ``Token`` objects in Python loops dominates the cost of rule components, so
components read plain lists from here instead. The cache contract:

- set once: the first component that needs it (``kg_abbreviations`` in the default pipeline;
  the sentencizer already fills the token strings) builds it with :func:`table`;
- read-only: ``text``, ``texts``, ``lowers``, ``idx`` and the sentence fields never change
  after that; the pipeline's working state (``cands``, ``mentions``, ``abbreviations``, …)
  is written only by the component that owns it and mirrored on ``doc._`` extensions;
- it lives in ``doc.user_data`` while the pipeline runs; ``kg_results`` (the last component)
  drops it so docs stay serialisable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc

from kg.extract.candidates import Candidate
from kg.extract.memo import memo

# a number token: a sign, digits (with thousands separators), decimals, a percent sign
NUMBER = re.compile(r"^([+\-−]?)((?:\d{1,3}(?:,\d{3})+)|\d+)(\.\d+)?(%?)$")
CACHE_KEY = "kg_token_table"
TEXT_KEY = "kg_text"  # set by the kg tokenizer (components/tokenizer.py)


def bracket_close(words: list[str], k: int, reach: int) -> int | None:
    """The ")" closing the "(" at ``k`` within ``reach`` tokens after it, else None (also when
    ``k`` holds no "(")."""
    if k >= len(words) or words[k] != "(":
        return None
    return next((j for j in range(k + 1, min(len(words), k + reach)) if words[j] == ")"), None)


def bracket_open(words: list[str], close: int, lo: int, reach: int) -> int | None:
    """The "(" opening the ")" at ``close`` within ``reach`` tokens before it (not before
    ``lo``), else None (also when ``close`` holds no ")")."""
    if close >= len(words) or words[close] != ")":
        return None
    first = max(lo, close - reach)
    return next((j for j in range(close - 1, first - 1, -1) if words[j] == "("), None)


@dataclass
class TokenTable:
    text: str
    texts: list[str]
    lowers: list[str]
    idx: list[int]
    sent_start: list[bool]
    sent_of: list[int]
    sent_bounds: list[tuple[int, int]]
    cands: list[Candidate] = field(default_factory=list)
    mentions: list[Candidate] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    # what kg_abbreviations / kg_patterns also put on doc._ (read here: each ``doc._`` access
    # builds an Underscore object)
    abbreviations: list[list[int]] = field(default_factory=list)
    contributions: list[list[int]] = field(default_factory=list)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    # data derived from the read-only fields, computed once by whoever needs it (``positions``)
    derived: dict[str, Any] = field(default_factory=dict)

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.texts[end - 1])]

    def end_char(self, end: int) -> int:
        return self.idx[end - 1] + len(self.texts[end - 1])

    def contribution_tokens(self) -> set[int]:
        """The tokens of the contribution spans ("we propose X", the title's "X: …")."""
        return {k for s, e in self.contributions for k in range(s, e)}

    def sent_span(self, i: int) -> tuple[int, int]:
        return self.sent_bounds[self.sent_of[i]]

    def token_at_char(self, char: int) -> int:
        """Index of the token that starts at or before ``char``."""
        return max(0, bisect_right(self.idx, char) - 1)


def positions(tt: TokenTable, test: Callable[[str], bool], key: str) -> list[int]:
    """Indices of the tokens whose text passes ``test`` (a pure function of the text, best
    memoised), found once per doc under ``key``: ``map`` and ``compress`` stay in C, so a
    component that looks at a few kinds of token ("can start a number") skips the rest
    without a Python step per token."""
    found: list[int] | None = tt.derived.get(key)
    if found is None:
        found = tt.derived[key] = list(compress(range(len(tt.texts)), map(test, tt.texts)))
    return found


@memo()  # pure; most words recur
def _url_start(text: str) -> bool:
    return text.startswith(("http://", "https://", "www.")) or text in ("http", "https")


def url_tokens(tt: TokenTable) -> frozenset[int]:
    """The tokens of web addresses ("https://github.com/user/MAP" is split at its slashes)
    but the last part of the path: a token that starts one and the tokens glued to it, up to
    the last "/". The hosts, users and folders of a path name nothing the paper is about;
    its last part is often the released system ("huggingface.co/nvidia/AceReason-7B")."""
    found: frozenset[int] | None = tt.derived.get("url_tokens")
    if found is None and "http" not in tt.text and "www." not in tt.text:
        found = tt.derived["url_tokens"] = frozenset()  # most docs: no scan of their tokens
    if found is None:
        out: set[int] = set()
        texts, idx = tt.texts, tt.idx
        for k in positions(tt, _url_start, "url_starts"):
            run = [k]
            while k + 1 < len(texts) and idx[k + 1] == idx[k] + len(texts[k]):
                k += 1
                run.append(k)
            last = max((j for j in run if texts[j] == "/"), default=run[0])
            out.update(j for j in run if j <= last)
        found = tt.derived["url_tokens"] = frozenset(out)
    return found


def indices(words: list[str], word: str, start: int = 0, stop: int | None = None) -> Iterator[int]:
    """The positions of ``word`` in ``words[start:stop]``, in order (``list.index`` searches in
    C: cheaper than a test per token for a word most docs hold a few times or never)."""
    k = start - 1
    end = len(words) if stop is None else stop
    while True:
        try:
            k = words.index(word, k + 1, end)
        except ValueError:
            return
        yield k


def next_position(found: list[int], k: int, hi: int) -> int:
    """The first of ``found`` (sorted) in ``[k, hi)``, else ``hi``."""
    j = bisect_left(found, k)
    return found[j] if j < len(found) and found[j] < hi else hi


def _glued(tt: TokenTable, k: int) -> bool:
    """Token ``k`` follows token ``k - 1`` with no space."""
    return tt.idx[k] == tt.idx[k - 1] + len(tt.texts[k - 1])


def past_short_form(lowers: list[str], sf_e: int) -> int:
    """The token after a short form ending at ``sf_e``, past its closing bracket: "dataset" in
    "(FARS) dataset"."""
    return sf_e + (sf_e < len(lowers) and lowers[sf_e] == ")")


def word_after_pair(tt: TokenTable, lf_e: int, sf_s: int, sf_e: int) -> str | None:
    """The lower-case word right after "long form (SF)" (a pair ``lf_e``, ``sf_s``, ``sf_e`` of
    ``tt.abbreviations``): "module" in "a Dual-Modal Feature Fusion (DMFF) module"; ``None``
    when the short form is not bracketed right after its long form or nothing follows."""
    lowers = tt.lowers
    k = past_short_form(lowers, sf_e)
    if sf_s != lf_e + 1 or k == sf_e or k >= len(lowers):
        return None
    return lowers[k]


def version_end(tt: TokenTable, end: int, *, decimal: bool = True) -> int:
    """Extend a name ending at token ``end`` over a version written in separate tokens (as in
    pre-tokenised input): "ACE - 2005", "ROUGE - L", "CoNLL ' 09", "FrameNet 1 . 5"
    (``decimal=False``: not for metrics, whose numbers are values)."""
    texts = tt.texts
    n = len(texts)
    if end + 1 < n and texts[end] in ("-", "'") and _glued(tt, end) and _glued(tt, end + 1):
        nxt = texts[end + 1]
        if nxt.isdigit() or (len(nxt) <= 2 and nxt.isalnum() and nxt.isupper()):
            end += 2
    elif (
        decimal
        and end + 2 < n
        and texts[end].isdigit()
        and texts[end + 1] == "."
        and texts[end + 2].isdigit()
    ):
        if _glued(tt, end + 1) and _glued(tt, end + 2):
            end += 3
    elif (
        decimal
        and end + 1 < n
        and end > 0
        and texts[end - 1].isdigit()
        and texts[end] == "."
        and texts[end + 1].isdigit()
        and _glued(tt, end)
        and _glued(tt, end + 1)
    ):
        end += 2  # "PDTB 2" + ". 0"
    return end


class _OrthTexts(dict[int, str]):
    """ORTH hash → token text, filled from the doc's StringStore on a miss.

    The text of a hash is the same in every Vocab, so one process-wide cache serves all
    pipelines; ``map(cache.__getitem__, orths)`` stays in C for every known token (cheaper
    than decoding each token's text from the StringStore)."""

    strings: StringStore | None = None

    def __missing__(self, orth: int) -> str:
        assert self.strings is not None
        if len(self) > 1 << 20:
            self.clear()
        text: str = self.strings[orth]
        self[orth] = text
        return text


_TEXTS = _OrthTexts()


# Token text → its lower-case form, one shared string per word (a set lookup on a string whose
# hash is already cached is cheaper than on a new string from ``str.lower``)
_lower = memo(maxsize=1 << 20)(str.lower)
STRINGS_KEY = "kg_token_strings"


class TokenStrings(NamedTuple):
    texts: list[str]
    lowers: list[str]
    idx: list[int]


def token_strings(doc: Doc) -> TokenStrings:
    """The tokens' texts, lower-case texts and character offsets, read from the Doc once and
    kept in ``doc.user_data`` (the sentencizer reads them first, the token table reuses them)."""
    cached = doc.user_data.get(STRINGS_KEY)
    if isinstance(cached, TokenStrings) and len(cached.texts) == len(doc):
        return cached
    if len(doc) == 0:
        strings = TokenStrings([], [], [])
    else:
        arr = doc.to_array([ORTH, IDX])
        _TEXTS.strings = doc.vocab.strings
        texts = list(map(_TEXTS.__getitem__, arr[:, 0].tolist()))
        strings = TokenStrings(texts, list(map(_lower, texts)), arr[:, 1].tolist())
    doc.user_data[STRINGS_KEY] = strings
    return strings


def build_table(doc: Doc) -> TokenTable:
    n = len(doc)
    if n == 0:
        return TokenTable("", [], [], [], [], [], [])
    texts, lowers, idx = token_strings(doc)
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        spaces = doc.to_array(SPACY).tolist()
        text = "".join([t + " " if sp else t for t, sp in zip(texts, spaces, strict=True)])
    # uint64: SENT_START's -1 wraps, so compare with == 1
    starts = doc.to_array(SENT_START) == 1
    starts[0] = True
    begin = np.flatnonzero(starts).tolist()
    bounds = list(zip(begin, [*begin[1:], n], strict=True))
    sent_of: list[int] = []
    sent_start = [False] * n
    for k, (b, e) in enumerate(bounds):
        sent_of += [k] * (e - b)
        sent_start[b] = True
    return TokenTable(text, texts, lowers, idx, sent_start, sent_of, bounds)


def table(doc: Doc) -> TokenTable:
    tt = doc.user_data.get(CACHE_KEY)
    if isinstance(tt, TokenTable) and len(tt.texts) == len(doc):
        return tt
    tt = build_table(doc)
    doc.user_data[CACHE_KEY] = tt
    return tt


def drop_table(doc: Doc) -> None:
    doc.user_data.pop(CACHE_KEY, None)
    doc.user_data.pop(STRINGS_KEY, None)
    doc.user_data.pop(TEXT_KEY, None)
