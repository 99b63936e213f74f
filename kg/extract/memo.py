"""``@memo``: cache a pure one-argument function (a token text → a flag) in a plain dict.

``functools.lru_cache`` keeps its entries in recency order, which costs bookkeeping on every
hit; these functions are called once per token per document, and a hit here is one C-level
dict lookup (the decorated name is the dict's bound ``__getitem__``, cheap to pass to ``map``).
A full cache is emptied rather than evicted entry by entry: its keys are words and names, so
it refills within a few documents.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """``fn`` with its results kept per key; a full memo is emptied (see the module doc)."""

    def __init__(self, fn: Callable[[K], V], maxsize: int) -> None:
        super().__init__()
        self.fn = fn
        self.maxsize = maxsize

    def __missing__(self, key: K) -> V:
        if len(self) >= self.maxsize:
            self.clear()
        value = self[key] = self.fn(key)
        return value


def memo(maxsize: int = 1 << 16) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """Decorator: ``@memo()`` over ``def f(x: K) -> V`` (``f`` must be pure)."""

    def wrap(fn: Callable[[K], V]) -> Callable[[K], V]:
        return Memo(fn, maxsize).__getitem__

    return wrap
