"""Head nouns stripped from names (``kg.extract.normalize.strip_head_noun``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract_paper
from kg.extract.normalize import strip_head_noun
from kg.models import Paper


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("the GSM8K benchmark", "GSM8K"),
        ("image-level AUROC score", "image-level AUROC"),
        ("image-level AUROC scores", "image-level AUROC"),  # a plural head, as its singular
        ("accuracy metrics", "accuracy"),
        ("scores", "scores"),  # nothing would remain
    ],
)
def test_a_head_noun_is_stripped_singular_or_plural(name: str, base: str) -> None:
    assert strip_head_noun(name) == base


def test_a_measure_named_with_a_plural_head_is_the_measure(nlp: Language) -> None:
    """ "assessed with accuracy metrics": the measure is accuracy, not "accuracy metrics"."""
    paper = Paper(
        id="arxiv:0000.00001", title="A study", abstract="We assess OurNet with accuracy metrics."
    )
    ex = extract_paper(paper, nlp)
    assert {e.id for e in ex.entities if e.type == "Metric"} == {"metric:accuracy"}
