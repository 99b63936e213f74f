"""``kg_paragraphs``: a blank line always starts a sentence (the title is sentence 0).

Runs first when a pretrained pipeline's parser gives the sentences (``--spacy-model``); the
default pipeline's sentencizer applies the same rule itself (``paragraphs = true``)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.tokens import token_strings

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def is_paragraph_break(text: str) -> bool:
    """A whitespace token holding a blank line: the next token starts a sentence."""
    return text.isspace() and _BLANK_LINE.search(text) is not None


def title_end(text: str) -> int | None:
    """Where the title ends: the first blank line of a "title, blank line, abstract" text
    (``None``: no blank line, so no title to tell apart)."""
    m = _BLANK_LINE.search(text)
    return None if m is None else m.start()


class ParagraphBreaker(Component):
    def __call__(self, doc: Doc) -> Doc:
        texts = token_strings(doc).texts
        for i in range(len(texts) - 1):
            if is_paragraph_break(texts[i]):
                doc[i + 1].is_sent_start = True
        return doc


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    return named(ParagraphBreaker(), name)
