"""Pipelines shared by the extraction tests (built once per session)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import _default_nlp
from kg.extract.pipeline import build_nlp, profile_overrides


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline, as `kg extract` uses it."""
    return _default_nlp()


@pytest.fixture(scope="session")
def tdmsci() -> Language:
    """The pipeline with TDMSci's span conventions (`kg eval --profile tdmsci`)."""
    return build_nlp(profile_overrides("tdmsci"))
