"""The shared per-doc token table helpers (kg/extract/components/tokens.py)."""

from __future__ import annotations

from kg.extract.components.tokens import bracket_close, bracket_open, indices


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


def test_bracket_open_and_close_find_each_other_within_their_reach() -> None:
    words = ["Recall", "(", "UAR", ")", "(", "from", "68.1", "%", "to", "75.2", "%", ")"]
    assert bracket_open(words, 3, 0, 6) == 1
    assert bracket_close(words, 1, 6) == 3
    assert bracket_open(words, 11, 0, 8) == 4
    assert bracket_open(words, 11, 0, 6) is None  # "(" is 7 tokens back
    assert bracket_open(words, 3, 2, 6) is None  # not before lo
    assert bracket_open(words, 2, 0, 6) is None  # no ")" there
