"""Run a list of registered pattern rules over a doc's token table (see ``kg.extract.rules``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress
from typing import Any

from kg.extract.candidates import Candidate
from kg.extract.components.tokens import TokenTable
from kg.extract.rules import PatternRule, RuleContext, get_rules
from kg.extract.rules.common import starts_name

HeadFn = Callable[[RuleContext, int], bool]
# a web address: its path pieces ("github.com/zorb/ZorbNet") are no mentions
_URL_MARKS = ("://", "www.", ".com/", ".org/", ".io/", ".net/", ".ai/")


def _in_url(tt: TokenTable, i: int) -> bool:
    """Is token ``i`` part of a web address (the run of tokens glued to it)?"""
    texts, idx = tt.texts, tt.idx
    a = b = i
    while a > 0 and idx[a - 1] + len(texts[a - 1]) == idx[a]:
        a -= 1
    while b + 1 < len(texts) and idx[b] + len(texts[b]) == idx[b + 1]:
        b += 1
    chunk = tt.text[idx[a] : idx[b] + len(texts[b])]
    return any(mark in chunk for mark in _URL_MARKS)


def _outside_urls(tt: TokenTable, names: list[int]) -> list[int]:
    if not names or ("/" not in tt.text and "www." not in tt.text):  # every other mark has "/"
        return names
    return [i for i in names if not _in_url(tt, i)]


class RuleRunner:
    """The listed rules as steps: each scan and post rule is one step; consecutive head rules
    form one step that visits the trigger positions once (first rule that claims a position
    wins)."""

    def __init__(self, rule_ids: Sequence[str]) -> None:
        self.rules: list[PatternRule] = get_rules(rule_ids)
        self.steps: list[tuple[str, Any]] = []
        triggers: set[str] = set()
        for r in self.rules:
            triggers |= r.triggers
            if r.kind != "head":
                self.steps.append((r.kind, r.fn))
                continue
            if not self.steps or self.steps[-1][0] != "heads":
                self.steps.append(("heads", {}))
            by_word: dict[str, tuple[HeadFn, ...]] = self.steps[-1][1]
            for word in r.triggers:
                by_word[word] = (*by_word.get(word, ()), r.fn)
        self.triggers = frozenset(triggers)

    def run(self, tt: TokenTable) -> RuleContext:
        n = len(tt.texts)
        # one pass to find the few positions any rule cares about
        # (C-level filters: starts_name is False for lower-case tokens)
        ctx = RuleContext(
            tt,
            hits=list(compress(range(n), map(self.triggers.__contains__, tt.lowers))),
            names=_outside_urls(tt, list(compress(range(n), map(starts_name, tt.texts)))),
            prior=tt.cands,
            in_title="\n\n" in tt.text,
        )
        for kind, step in self.steps:
            if kind == "heads":
                _visit_heads(ctx, step)
            else:
                step(ctx)
        return ctx

    def candidates(self, tt: TokenTable) -> list[Candidate]:
        return self.run(tt).new


def _visit_heads(ctx: RuleContext, by_word: dict[str, tuple[HeadFn, ...]]) -> None:
    lowers = ctx.tt.lowers
    for i in ctx.hits:
        for fn in by_word.get(lowers[i], ()):
            if fn(ctx, i):
                break
