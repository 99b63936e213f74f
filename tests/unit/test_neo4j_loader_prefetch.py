"""kg.neo4j.loader._prefetch: batches prepared by a background thread, in order, errors kept."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from kg.neo4j.loader import _prefetch


def test_items_arrive_in_order_and_complete() -> None:
    assert list(_prefetch(iter(range(1000)), depth=3)) == list(range(1000))
    assert list(_prefetch(iter([]))) == []


def test_a_producer_error_is_raised_in_the_consumer() -> None:
    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("bad line 3")

    got = []
    with pytest.raises(ValueError, match="bad line 3"):
        for item in _prefetch(items()):
            got.append(item)
    assert got == [1, 2]


def test_leaving_early_stops_the_producer() -> None:
    produced = []

    def items() -> Iterator[int]:
        for i in range(10_000):
            produced.append(i)
            yield i

    before = threading.active_count()
    for item in _prefetch(items(), depth=2):
        if item == 5:
            break
    assert threading.active_count() == before
    assert len(produced) < 100  # it did not run ahead through the whole input
