"""Word lists of the extraction rules, as data: ``kg/extract/lexicon/<name>.txt``.

One entry per line; ``#`` starts a comment (whole line or trailing); blank lines are ignored;
entries are kept as written (callers lower-case where their rule compares lower-cased text).
Each list is read once per process through ``importlib.resources``, so it works from a wheel.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["entries", "words"]


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of list ``name`` in file order (duplicates kept, for the lint test)."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    out: list[str] = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """List ``name`` as a frozenset, for membership tests."""
    return frozenset(entries(name))


def names() -> list[str]:
    """Every list shipped in the package."""
    return sorted(
        p.name[:-4] for p in resources.files(__package__).iterdir() if p.name.endswith(".txt")
    )
