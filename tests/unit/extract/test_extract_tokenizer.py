"""Tokenizer exceptions for ML names."""

from __future__ import annotations

import pytest

from kg.extract import _default_nlp


@pytest.mark.parametrize(
    "name", ["GPT-4", "Llama-3-8B", "pass@1", "F1-score", "7B", "GSM8K", "GSM-8K", "GPT-3.5"]
)
def test_ml_names_stay_one_token(name: str) -> None:
    doc = _default_nlp().make_doc(f"We use {name}, then {name}. ({name})")
    assert [t.text for t in doc].count(name) == 3


def test_productive_suffixes_and_percent_split() -> None:
    words = [t.text for t in _default_nlp().make_doc("GPT-4-based models reach 86.81%.")]
    assert words == ["GPT-4", "-based", "models", "reach", "86.81", "%", "."]


def test_title_is_its_own_sentence() -> None:
    doc = _default_nlp()("A Title Without Period\n\nFirst sentence. Second one.")
    assert [s.text.strip() for s in doc.sents] == [
        "A Title Without Period",
        "First sentence.",
        "Second one.",
    ]
