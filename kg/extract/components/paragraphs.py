"""``kg_paragraphs``: a blank line always starts a sentence (the title is sentence 0).

Runs first when a pretrained pipeline's parser gives the sentences (``--spacy-model``); the
default pipeline's sentencizer applies the same rule itself (``paragraphs = true``)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.tokens import TokenTable, token_strings

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def is_paragraph_break(text: str) -> bool:
    """A whitespace token holding a blank line: the next token starts a sentence."""
    return text.isspace() and _BLANK_LINE.search(text) is not None


def title_sentences(tt: TokenTable) -> int:
    """How many sentences the title of a "title, blank line, abstract" text holds (one or
    more: "Think or Not? Selective Reasoning via …"); 0 with no blank line, so no title to
    tell apart. Found once per doc."""
    found: int | None = tt.derived.get("title_sentences")
    if found is None:
        m = _BLANK_LINE.search(tt.text)
        found = 0 if m is None else tt.sent_of[tt.token_at_char(m.start())] + 1
        tt.derived["title_sentences"] = found
    return found


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
