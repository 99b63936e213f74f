"""``kg.extract.memo``: a pure function cached in a dict, emptied when full."""

from __future__ import annotations

import pickle

from spacy.language import Language

from kg.extract.memo import Memo, memo


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


def test_link_caches_are_memos_that_pickle_with_their_component(nlp: Language) -> None:
    # a pool worker started by "spawn" gets the pipeline pickled: each memo must come back
    # bound to the copy's own component and give the same links
    text = "We evaluate ResNet-50 on ImageNet and CIFAR-10 and report top-1 accuracy."
    before = [(m.text, m.label_, m._.entity_id) for m in nlp(text)._.kg_mentions]
    assert ("ResNet-50", "Model", "model:resnet-50") in before
    caches = {"kg_linker": ("_links", "_models"), "kg_overlap": ("_links",)}
    copy = pickle.loads(pickle.dumps(nlp))
    for name, attrs in caches.items():
        for attr in attrs:
            memo, other = getattr(nlp.get_pipe(name), attr), getattr(copy.get_pipe(name), attr)
            assert isinstance(memo, Memo) and memo, f"{name}.{attr}"
            assert other.fn.__self__ is copy.get_pipe(name)
            other.clear()
    assert [(m.text, m.label_, m._.entity_id) for m in copy(text)._.kg_mentions] == before
