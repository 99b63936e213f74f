"""``kg_paragraphs``: a blank line always starts a sentence (the title is sentence 0)."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.tokens import TEXT_KEY

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


class ParagraphBreaker(Component):
    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY)
        if isinstance(text, str):
            return self._from_text(doc, text)
        arr = doc.to_array([IS_SPACE, ORTH])
        rows = np.flatnonzero(arr[:, 0])
        if not len(rows):
            return doc
        strings = doc.vocab.strings
        n = len(doc)
        for i in rows.tolist():
            if i + 1 < n and _BLANK_LINE.search(strings[int(arr[i, 1])]):
                doc[i + 1].is_sent_start = True
        return doc

    @staticmethod
    def _from_text(doc: Doc, text: str) -> Doc:
        """The doc's own text (kept by our tokenizer): look only at the tokens under a blank
        line. A match is all whitespace starting and ending with a newline, so it lies inside
        one whitespace token, and every whitespace token holding a blank line holds a match."""
        n = len(doc)
        for m in _BLANK_LINE.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                i = tok.i
                if i + 1 < n and tok.is_space and _BLANK_LINE.search(tok.text):
                    doc[i + 1].is_sent_start = True
        return doc


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    return named(ParagraphBreaker(), name)
