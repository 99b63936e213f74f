"""Each extraction package imports on its own, in a fresh interpreter, whatever comes first."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "statement",
    [
        "from kg.extract.rules import run_rules",  # the documented way to run one rule
        "import kg.extract.rules.names",
        "import kg.extract.components",
        "import kg.extract.rules.runner",
        "import kg.extract.conventions",
        "import kg.extract.conventions.tdmsci",
    ],
)
def test_a_package_imports_first_without_a_cycle(statement: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", statement], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
