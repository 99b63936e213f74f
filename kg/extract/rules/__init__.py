"""The pattern rules: small named functions in a registry, run by ``kg_patterns``.

A rule is registered with :func:`rule` under its own id and names the candidate rule id it
emits (``source``; its rank and confidence live in :data:`kg.extract.candidates.RULES`). The
``kg_patterns`` component runs the rules its config lists, in that order. Three kinds:

- ``scan``: ``fn(ctx)`` runs once per doc and adds candidates with ``ctx.add``.
- ``head``: ``fn(ctx, i) -> bool`` runs at a token whose lower-case text is one of its
  ``triggers``; at each position the first listed head rule that returns True claims it (the
  later ones do not run there).
- ``post``: ``fn(ctx)`` rewrites ``ctx.new``, the candidates the rules before it added.

Groups: ``names``, ``contributions``, ``datasets``, ``tasks``, ``metrics``, ``methods`` and the
``tdmsci`` overlay (span conventions of the TDMSci corpus, listed only by ``--profile tdmsci``).
Each rule is testable alone: ``run_rules(doc, ["task_head"])``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any, Literal

from spacy.tokens import Doc

from kg.extract.candidates import RULES, Candidate
from kg.extract.components.tokens import TokenTable, table

UNK = "UNK"
Kind = Literal["scan", "head", "post"]
GROUPS = ("names", "contributions", "datasets", "tasks", "metrics", "methods", "tdmsci")


@dataclass(frozen=True)
class PatternRule:
    id: str
    fn: Callable[..., Any]
    source: str  # the Candidate.rule it emits: an id of candidates.RULES
    group: str
    kind: Kind
    # lower-case words: where a head rule runs, what a scan rule looks at
    triggers: frozenset[str] = frozenset()


REGISTRY: dict[str, PatternRule] = {}


def rule(
    rule_id: str,
    *,
    source: str,
    group: str,
    kind: Kind = "scan",
    triggers: Iterable[str] = (),
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a pattern rule (see the module doc)."""
    if source not in RULES:
        raise ValueError(f"rule {rule_id!r}: unknown source {source!r} (candidates.RULES)")
    if group not in GROUPS:
        raise ValueError(f"rule {rule_id!r}: unknown group {group!r}")

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        if rule_id in REGISTRY:
            raise ValueError(f"pattern rule {rule_id!r} registered twice")
        REGISTRY[rule_id] = PatternRule(rule_id, fn, source, group, kind, frozenset(triggers))
        return fn

    return register


def load_rules() -> None:
    """Import the rule modules (they register themselves)."""
    for group in GROUPS:
        import_module(f"kg.extract.rules.{group}")


def get_rules(ids: Sequence[str]) -> list[PatternRule]:
    load_rules()
    unknown = [r for r in ids if r not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown pattern rule(s) {unknown} (known: {sorted(REGISTRY)})")
    return [REGISTRY[r] for r in ids]


@dataclass
class RuleContext:
    """What a rule sees of one doc: the shared token table plus the pattern run's state."""

    tt: TokenTable
    hits: list[int]  # positions whose lower-case text is a trigger of a listed rule
    names: list[int]  # positions whose text has a name's shape
    prior: list[Candidate]  # candidates of the components before kg_patterns (read-only)
    in_title: bool = False  # the text has a title (text before the first blank line)
    new: list[Candidate] = field(default_factory=list)
    contributions: list[list[int]] = field(default_factory=list)
    _title_case: list[bool] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.tt.texts)

    def add(self, start: int, end: int, label: str, source: str, entity_id: str = "") -> None:
        texts = self.tt.texts
        while start < end and texts[start] in ("-", "/"):
            start += 1
        if 0 <= start < end <= len(texts):
            self.new.append(Candidate(start, end, label, entity_id, source))

    def titled(self, i: int) -> bool:
        """Whether token ``i`` is in a Title Case sentence (a title or heading: a capital
        letter is no name cue there). Computed on first use: most docs never ask."""
        if not self._title_case:
            from kg.extract.rules.common import title_case_sentences

            self._title_case.extend(title_case_sentences(self.tt))
        return self._title_case[self.tt.sent_of[i]]


def run_rules(doc: Doc, rule_ids: Sequence[str]) -> list[Candidate]:
    """The candidates the listed rules add to ``doc`` (nothing is stored): for tests."""
    from kg.extract.rules.runner import RuleRunner

    return RuleRunner(rule_ids).candidates(table(doc))
