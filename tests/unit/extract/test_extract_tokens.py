"""The shared per-doc token table helpers (kg/extract/components/tokens.py)."""

from __future__ import annotations

from kg.extract.components.tokens import indices


def test_indices_gives_every_position_of_a_word_in_order() -> None:
    words = ["two", "modules", ":", "A", ",", "B", ":", "C"]
    assert list(indices(words, ":")) == [2, 6]
    assert list(indices(words, "two")) == [0]
    assert list(indices(words, ";")) == []
    assert list(indices([], ":")) == []


def test_indices_searches_only_the_range_given() -> None:
    words = ["two", "modules", ":", "A", ",", "B", ":", "C"]
    assert list(indices(words, ":", 3)) == [6]
    assert list(indices(words, ":", 0, 6)) == [2]
    assert list(indices(words, ":", 3, 6)) == []
