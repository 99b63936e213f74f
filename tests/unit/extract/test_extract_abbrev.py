"""Abbreviation detection (long form ↔ short form) and normalisation keys."""

from __future__ import annotations

import pytest

from kg.extract import _default_nlp, extract_paper
from kg.extract.normalize import norm_key, surface_variants
from kg.models import Paper


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


def test_best_long_form_ascii_path_equals_the_character_loop() -> None:
    import gzip
    import json
    import random
    import re
    from pathlib import Path

    from kg.extract.components.abbreviations import _best_long_form, _best_long_form_chars

    sample = Path(__file__).resolve().parents[3] / "eval/data/arxiv/abstracts-2025-sample.jsonl.gz"
    with gzip.open(sample, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["abstract"] for line in list(fh)[:400]]
    pairs = [("A", ""), ("", "abc"), ("-", "x y"), ("Ab", "a b"), ("AB", "xa b"), ("a", "xa")]
    for t in texts:  # every "long form (SHORT)" and random cuts of the same text
        pairs += [(m[1], t[max(0, m.start() - 120) : m.start()])
                  for m in re.finditer(r"\(([^()\s]{1,15})\)", t)]  # fmt: skip
    rng = random.Random(0)
    for _ in range(5000):
        t = rng.choice(texts)
        a = rng.randrange(len(t))
        pairs.append((t[a : a + rng.randint(1, 8)], t[max(0, a - rng.randint(0, 150)) : a]))
    found = [_best_long_form(s, lf) for s, lf in pairs]
    assert sum(f is not None for f in found) > 100
    assert found == [_best_long_form_chars(s, lf) for s, lf in pairs]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("We propose Zorbic Context Protocols (ZCPs). ZCP-powered agents are fast.", "ZCP"),
        ("We propose the Zorbic Mixer Network (ZMN). Deep ZMNs are fast.", "ZMNs"),
    ],
)
def test_an_acronym_in_the_other_number_is_the_same_system(text: str, other: str) -> None:
    # "Agent Context Protocols (ACPs)" … "ACP-powered": one entity, not a second "ACP"
    ex = extract_paper(Paper(id="x:1", title="Zorbic protocols", abstract=text), _default_nlp())
    (ent,) = [e for e in ex.entities if e.type in ("Method", "Model")]
    assert other in ent.aliases


def test_a_task_acronym_in_the_plural_names_things_not_the_task() -> None:
    # "whole slide image (WSI) analysis" … "WSIs exhibit a hierarchy": the images
    text = "We study zorbic slide image (ZSI) analysis. ZSIs exhibit a natural hierarchy."
    ex = extract_paper(Paper(id="x:1", title="Zorbic slides", abstract=text), _default_nlp())
    assert all("ZSIs" not in (e.name, *e.aliases) for e in ex.entities)


def test_a_plural_pair_of_models_names_a_family() -> None:
    # "Diffusion Language Models (DLMs)": a family of models (Method), no released model;
    # a singular short form keeps the model ("Open Zorb Speech Models (OZSM)")
    text = "Zorbic Language Models (ZLMs) are fast. Open Zorb Speech Models (OZSM) are open."
    ex = extract_paper(Paper(id="x:1", title="Zorbic models", abstract=text), _default_nlp())
    types = {e.name: e.type for e in ex.entities}
    assert types.get("ZLMs") == "Method" and types.get("OZSM") == "Model"
