"""``kg_paragraphs``: a blank line always starts a sentence (the title is sentence 0)."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


class ParagraphBreaker:
    def __call__(self, doc: Doc) -> Doc:
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


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    return ParagraphBreaker()
