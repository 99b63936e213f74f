"""Counts and the paper bootstrap interval of precision and recall."""

from __future__ import annotations

from kg.evaluate.metrics import Counts, bootstrap_interval


def test_the_bootstrap_interval_holds_the_estimate_and_is_reproducible() -> None:
    docs = [Counts(2, 2, 2, 2), Counts(3, 1, 1, 1), Counts(1, 2, 0, 0), Counts(4, 4, 3, 3)] * 5
    total = Counts()
    for c in docs:
        total.add(c)
    got = bootstrap_interval(docs)
    assert got == bootstrap_interval(docs)  # seeded
    (p_lo, p_hi), (r_lo, r_hi) = got["precision"], got["recall"]
    assert p_lo < total.precision < p_hi and r_lo < total.recall < r_hi
    assert got != bootstrap_interval(docs, seed=14)


def test_more_papers_pin_the_numbers_down_closer() -> None:
    mix = [Counts(2, 2, 2, 2), Counts(3, 1, 1, 1), Counts(1, 2, 0, 0), Counts(4, 4, 3, 3)]
    few, many = bootstrap_interval(mix * 3), bootstrap_interval(mix * 60)
    for k in ("precision", "recall"):
        assert many[k][1] - many[k][0] < (few[k][1] - few[k][0]) / 3


def test_one_kind_of_paper_and_no_papers() -> None:
    assert bootstrap_interval([Counts(2, 2, 2, 2)] * 4) == {
        "precision": (1.0, 1.0),
        "recall": (1.0, 1.0),
    }
    assert bootstrap_interval([]) == {"precision": (0.0, 0.0), "recall": (0.0, 0.0)}
