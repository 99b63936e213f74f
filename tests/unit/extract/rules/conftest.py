"""One rule alone on a small doc built from words (no pipeline run)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.candidates import Candidate
from kg.extract.components.tokens import table
from kg.extract.rules import run_rules

Found = list[tuple[str, str, str]]


def make_doc(words: Sequence[str], sent_starts: Sequence[int] = (0,)) -> Doc:
    doc = Doc(Vocab(), words=list(words))
    for i, tok in enumerate(doc):
        tok.is_sent_start = i in sent_starts
    return doc


def found(
    words: Sequence[str],
    rule_ids: Sequence[str],
    *,
    prior: Sequence[tuple[int, int, str, str, str]] = (),
    abbreviations: Sequence[list[int]] = (),
    sent_starts: Sequence[int] = (0,),
) -> Found:
    """(text, label, rule) of every candidate the listed rules add, in order."""
    doc = make_doc(words, sent_starts)
    tt = table(doc)
    tt.cands = [Candidate(*c) for c in prior]
    tt.abbreviations = [list(a) for a in abbreviations]
    return [(tt.span_text(c.start, c.end), c.label, c.rule) for c in run_rules(doc, rule_ids)]


@pytest.fixture
def rule_found() -> Callable[..., Found]:
    return found


def contributions(
    words: Sequence[str], rule_ids: Sequence[str], *, prior: Sequence[tuple] = ()
) -> list[str]:
    """The text of every contribution (``doc._.kg_contributions``) the listed rules find."""
    from kg.extract.rules.runner import RuleRunner

    tt = table(make_doc(words))
    tt.cands = [Candidate(*c) for c in prior]
    ctx = RuleRunner(rule_ids).run(tt)
    return [tt.span_text(s, e) for s, e in ctx.contributions]


@pytest.fixture
def rule_contributions() -> Callable[..., list[str]]:
    return contributions
