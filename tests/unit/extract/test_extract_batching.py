"""Components run per batch in ``nlp.pipe`` (``components/batching.py``): same docs as one at a
time, and spaCy's error-handler protocol."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component


def _rows(doc: Doc) -> Any:
    return (
        [(m.start, m.end, m.label_, m.kb_id_) for m in doc._.kg_mentions],
        doc._.kg_relations,
        doc._.kg_results,
    )


TEXTS = [
    "Phi-GSM: a small model.\n\nWe evaluate Llama-3-8B on GSM8K and MATH and report accuracy.",
    "We propose Orca-Math, trained with rejection tuning; it achieves 86.81% on GSM8k pass@1.",
    "",
    "Grade School Math (GSM8K) is hard. BLEU and ROUGE-L are reported on WMT14.",
] * 5


def test_every_component_has_a_batched_pipe(nlp: Language) -> None:
    for name, proc in nlp.pipeline:
        assert isinstance(proc, Component), name
        assert proc.name == name


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_pipe_in_batches_equals_one_doc_at_a_time(nlp: Language, batch_size: int) -> None:
    piped = [_rows(d) for d in nlp.pipe(TEXTS, batch_size=batch_size)]
    single = [_rows(nlp(t)) for t in TEXTS]
    assert piped == single
    assert any(p[0] for p in piped)


class _Boom(Component):
    def __call__(self, doc: Doc) -> Doc:
        if "boom" in doc.text:
            raise ValueError("boom")
        return doc


def test_error_handler_sees_the_failing_doc_and_the_rest_go_on() -> None:
    comp = _Boom()
    comp.name = "boom_pipe"
    nlp = Language()
    docs = [nlp.make_doc(t) for t in ["a", "boom here", "b", "c"]]
    with pytest.raises(ValueError, match="boom"):
        list(comp.pipe(docs, batch_size=2))
    seen: list[tuple[str, list[str]]] = []

    def handler(name: str, proc: Any, failed: list[Doc], e: Exception) -> None:
        seen.append((name, [d.text for d in failed]))

    comp.set_error_handler(handler)  # what nlp.set_error_handler does for each component
    assert [d.text for d in comp.pipe(docs, batch_size=2)] == ["a", "b", "c"]
    assert seen == [("boom_pipe", ["boom here"])]


def test_mentions_are_spans_made_on_first_access_and_renewed_on_a_rerun(nlp: Language) -> None:
    doc = nlp("We evaluate GPT-4 on GSM8K.")
    assert "kg_mentions" not in doc.spans  # plain rows until asked for
    first = [(m.text, m.label_, m.kb_id_) for m in doc._.kg_mentions]
    assert first == [("GPT-4", "Model", "model:gpt-4"), ("GSM8K", "Dataset", "dataset:gsm8k")]
    assert [s.text for s in doc.spans["kg_mentions"]] == ["GPT-4", "GSM8K"]
    again = nlp.get_pipe("kg_overlap")(doc)  # a rerun must not serve the old Spans
    again.user_data["kg_mention_rows"] = [(2, 3, "Model", "model:gpt-4", "gazetteer")]
    assert [m.text for m in again._.kg_mentions] == ["GPT-4"]
