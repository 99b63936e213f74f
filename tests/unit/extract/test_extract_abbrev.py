"""Abbreviation detection (long form ↔ short form) and normalisation keys."""

from __future__ import annotations

import pytest

from kg.extract import _default_nlp
from kg.extract.normalize import norm_key, surface_variants


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        ("We use Grade School Math (GSM8K) problems.", "Grade School Math", "GSM8K"),
        ("Large Language Models (LLMs) are used.", "Large Language Models", "LLMs"),
        (
            "via Difficulty-Aware Rejection Tuning (DART) we",
            "Difficulty-Aware Rejection Tuning",
            "DART",
        ),
        ("the word error rate (WER) drops", "word error rate", "WER"),
    ],
)
def test_pairs(text: str, long: str, short: str) -> None:
    doc = _default_nlp()(text)
    pairs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d in doc._.kg_abbreviations]
    assert pairs == [(long, short)]


def test_no_pair_for_plain_parentheses() -> None:
    doc = _default_nlp()("We report results (see Table 2) and numbers (1.5).")
    assert doc._.kg_abbreviations == []


def test_norm_key_and_variants() -> None:
    assert norm_key("GSM-8K") == norm_key("gsm 8k") == norm_key("GSM8k") == "gsm8k"
    assert {"GSM-8K", "GSM 8K", "GSM8K"} <= surface_variants("GSM8K")
