"""``kg_paragraphs``: a blank line always starts a sentence (the title is sentence 0).

Runs first when a pretrained pipeline's parser gives the sentences (``--spacy-model``); the
default pipeline's sentencizer applies the same rule itself (``paragraphs = true``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy as np
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.tokens import TEXT_KEY, token_strings

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
        if "\n" not in text:
            return doc
        n = len(doc)
        texts, _lowers, idx = token_strings(doc)
        for m in _BLANK_LINE.finditer(text):
            # the tokens under the match: from the one holding its first newline
            for i in range(bisect_right(idx, m.start()) - 1, bisect_left(idx, m.end())):
                if i + 1 < n and texts[i].isspace() and _BLANK_LINE.search(texts[i]):
                    doc[i + 1].is_sent_start = True
        return doc


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    return named(ParagraphBreaker(), name)
