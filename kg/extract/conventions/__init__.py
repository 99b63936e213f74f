"""Span conventions applied during overlap resolution: ours (the default) or a profile's.

Which words a mention's span keeps (a dataset's head noun, a campaign's "task", an
abbreviation's parenthesis) is a convention of the gold one scores against, not a fact about
the text. ``kg_overlap`` asks its conventions object at three points; the core resolver has no
profile flags. A profile picks another object by name (``components.kg_overlap.conventions``):

- ``ours``: our gold guidelines (eval/gold/GUIDELINES.md) — "the GSM8K benchmark" → ``GSM8K``,
  "Penn Treebank (PTB)" → two mentions;
- ``tdmsci``: the TDMSci corpus's (``kg/extract/conventions/tdmsci.py``).

They run inside overlap resolution, not after it, because they decide which candidate wins: a
merged "long form (SF)" must outrank its halves, and a kept head noun makes a span longer.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from kg.errors import ConfigError
from kg.extract.candidates import Candidate
from kg.extract.components.lexicon import DATASET_HEADS
from kg.extract.components.tokens import TokenTable


class SpanConventions:
    """Our guidelines: a dataset span drops its head noun unless the name holds it."""

    event_tasks = False  # "X task" names an evaluation event, not its data (TDMSci: True)

    def __init__(self, by_id: dict[str, Any]) -> None:
        self.by_id = by_id  # entity id → gazetteer entry

    def head(self, tt: TokenTable, c: Candidate) -> Candidate:
        """A candidate's span before linking: "the GSM8K benchmark" → "GSM8K"."""
        if c[2] != "Dataset":
            return c
        lowers = tt.lowers
        if c[1] - c[0] > 1 and lowers[c[1] - 1] in DATASET_HEADS:
            entry = self.by_id.get(c[3]) if c[3] else None
            if entry is not None and entry.canonical.lower().endswith(lowers[c[1] - 1]):
                return c  # the head is part of the name: "Penn Treebank", "Brown Corpus"
            return Candidate(c[0], c[1] - 1, c[2], c[3], c[4])
        return c

    def after_linking(self, tt: TokenTable, c: Candidate) -> Candidate:
        """A candidate's span after abbreviation linking (relinked spans get the head rule
        again)."""
        return self.head(tt, c)

    def merged_abbreviation(
        self, tt: TokenTable, lf_start: int, sf_end: int, label: str, eid: str
    ) -> Candidate | None:
        """One extra candidate for "long form (SF)" as a whole, or None (ours: two mentions)."""
        return None


_NAMED = {"ours": ("kg.extract.conventions", "SpanConventions")}
_NAMED["tdmsci"] = ("kg.extract.conventions.tdmsci", "TdmsciConventions")


def get_conventions(name: str, by_id: dict[str, Any]) -> SpanConventions:
    try:
        module, cls = _NAMED[name]
    except KeyError:
        raise ConfigError(
            f"unknown span conventions {name!r}", hint=f"one of: {', '.join(_NAMED)}"
        ) from None
    conventions: SpanConventions = getattr(import_module(module), cls)(by_id)
    return conventions
