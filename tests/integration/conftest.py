"""Integration-test fixtures (the Neo4j ones live in the root ``tests/conftest.py``).

- ``example_file``: ``examples/hf-trending-papers.txt`` (:func:`kg.config.example_input`);
  the test is skipped when it is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import example_input


@pytest.fixture
def example_file() -> Path:
    path = example_input()
    if not path.is_file():
        pytest.skip(f"example input {path} not found")
    return path
