"""Fixtures for the RDF tests: a small sample graph and a build directory holding it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.models import EdgeRecord, NodeRecord
from kg.rdf.sample import sample_records, write_build_dir


@pytest.fixture
def sample() -> tuple[list[NodeRecord], list[EdgeRecord]]:
    return sample_records()


@pytest.fixture
def build_dir(tmp_path: Path, sample: tuple[list[NodeRecord], list[EdgeRecord]]) -> Path:
    return write_build_dir(tmp_path / "kg-out", *sample)
