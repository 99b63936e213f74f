"""``kg.extract.memo``: a pure function cached in a dict, emptied when full."""

from __future__ import annotations

from kg.extract.memo import memo


def test_memo_calls_the_function_once_per_key_and_empties_when_full() -> None:
    calls: list[str] = []

    @memo(maxsize=3)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert [shout(w) for w in ["a", "b", "a", "b"]] == ["A", "B", "A", "B"]
    assert calls == ["a", "b"]
    assert list(map(shout, ["c", "a"])) == ["C", "A"]
    assert calls == ["a", "b", "c"]
    shout("d")  # a fourth key: the cache starts over
    shout("a")
    assert calls == ["a", "b", "c", "d", "a"]
