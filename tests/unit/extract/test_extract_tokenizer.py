"""Tokenizer exceptions for ML names."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import Sentencizer

from kg.extract import _default_nlp
from kg.extract.components.sentencizer import FastSentencizer


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


@pytest.mark.parametrize(
    "text",
    [
        "",
        ".",
        'First sentence. Second one! Third?? (Fourth.) "Fifth." sixth',
        "A Title\n\nBody text... more text. e.g. this one.",
        "Ends without punctuation",
        "Wait ... what !? 。 Next",
        "GPT-4 reaches 86.81%. Llama-3-8B does not.",
    ],
)
@pytest.mark.parametrize("overwrite", [False, True])
def test_fast_sentencizer_matches_spacys(text: str, overwrite: bool) -> None:
    for make_doc in (_default_nlp().make_doc, spacy.blank("en").make_doc):
        ours, theirs = make_doc(text), make_doc(text)
        for doc in (ours, theirs):
            if len(doc) > 2:
                doc[2].is_sent_start = False  # preset boundaries stay unless overwrite
        FastSentencizer(overwrite=overwrite)(ours)
        Sentencizer(overwrite=overwrite)(theirs)
        assert ours.to_array("SENT_START").tolist() == theirs.to_array("SENT_START").tolist()


@pytest.mark.parametrize(
    "text",
    [
        "A Title\n\nBody text. More text.",
        "Title \n \n Abstract starts here",
        "Title\n \n\nAbstract x. y\n\n\n\nz",
        "A. \n\nB c\n\n",
        "\n\nA b. C",
        "No blank line\nat all. Here.",
    ],
)
@pytest.mark.parametrize("overwrite", [False, True])
def test_sentencizer_paragraphs_equal_sentencizer_then_kg_paragraphs(
    text: str, overwrite: bool
) -> None:
    from kg.extract.components.paragraphs import ParagraphBreaker

    make_doc = _default_nlp().make_doc
    ours, theirs = make_doc(text), make_doc(text)
    for doc in (ours, theirs):
        if len(doc) > 2:
            doc[2].is_sent_start = False
    FastSentencizer(overwrite=overwrite, paragraphs=True)(ours)
    ParagraphBreaker()(FastSentencizer(overwrite=overwrite)(theirs))
    assert ours.to_array("SENT_START").tolist() == theirs.to_array("SENT_START").tolist()
    starts = [t.i for t in ours if t.is_sent_start]
    assert len(starts) > 1 or "\n\n" not in text.strip()
