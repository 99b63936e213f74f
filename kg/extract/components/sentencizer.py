"""``kg_sentencizer``: spaCy's rule-based ``sentencizer`` without a Python object per token.

Same boundaries as ``spacy.pipeline.Sentencizer`` (same ``punct_chars`` default and
``overwrite`` semantics). spaCy's rule: a token that is neither punctuation nor one of
``punct_chars`` (a "breaker") starts a sentence when a ``punct_chars`` token came after the
previous breaker. spaCy runs it as a loop that creates a ``Token`` per token (that loop costs
more than most rule components); here each token's class comes from a per-text cache, the
classes form one string (one character per token) and a regex finds the sentence starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.components.batching import Component, named
from kg.extract.components.paragraphs import is_paragraph_break
from kg.extract.components.tokens import token_strings

_START = np.uint64(1)
_NOT_START = np.uint64(2**64 - 1)  # -1 as spaCy's uint64 attribute value
# per token: "p" = one of punct_chars, "o" = other punctuation, "b" = breaker, "n" = a
# whitespace token holding a blank line (a breaker too; with ``paragraphs`` the next token
# starts a sentence, as kg_paragraphs does)
_STARTS = re.compile(r"p[^bn]*([bn])")
_PARAGRAPH = re.compile(r"n")


class _TextClasses(dict[str, str]):
    """Token text → "p" (one of punct_chars), "o" (other punctuation) or "b" (breaker): a pure
    function of the text, filled from the doc's Vocab on a miss."""

    def __init__(self, punct_chars: set[str], paragraphs: bool = False) -> None:
        super().__init__()
        self.punct_chars = punct_chars
        self.paragraphs = paragraphs
        self.vocab: Vocab | None = None

    def __missing__(self, text: str) -> str:
        assert self.vocab is not None
        if len(self) > 1 << 20:
            self.clear()
        cls = "p" if text in self.punct_chars else "o" if self.vocab[text].is_punct else "b"
        if cls == "b" and self.paragraphs and is_paragraph_break(text):
            cls = "n"
        self[text] = cls
        return cls


class FastSentencizer(Component):
    def __init__(
        self,
        punct_chars: Iterable[str] | None = None,
        overwrite: bool = False,
        paragraphs: bool = False,
    ) -> None:
        chars = set(punct_chars) if punct_chars else set(Sentencizer.default_punct_chars)
        self.punct_chars = chars
        self.overwrite = overwrite
        self.paragraphs = paragraphs
        self._classes = _TextClasses(chars, paragraphs)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        self._classes.vocab = doc.vocab
        # the token texts are read once per doc and shared with the token table (tokens.py)
        classes = "".join(map(self._classes.__getitem__, token_strings(doc).texts))
        values = np.full(n, _NOT_START, dtype=np.uint64)
        values[0] = _START
        starts = [m.start(1) for m in _STARTS.finditer(classes)]
        if starts:
            values[starts] = _START
        if not self.overwrite and doc.has_annotation("SENT_START"):
            old = doc.to_array(SENT_START)
            values = np.where(old != 0, old, values)
        if self.paragraphs:
            after = [m.start() + 1 for m in _PARAGRAPH.finditer(classes, 0, n - 1)]
            if after:
                values[after] = _START
        doc.from_array([SENT_START], values)
        return doc


@Language.factory(
    "kg_sentencizer",
    default_config={"punct_chars": None, "overwrite": False, "paragraphs": False},
    assigns=["token.is_sent_start"],
)
def make_sentencizer(
    nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool, paragraphs: bool
) -> FastSentencizer:
    return named(FastSentencizer(punct_chars, overwrite, paragraphs), name)
