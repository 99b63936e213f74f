"""``kg.extract.own_process``: the heap is frozen (gc.freeze) only in a process kg owns.

Each case runs in a fresh interpreter, so the test process's own collector is left alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import gc, json, sys
    from kg.extract import extract_papers, own_process
    from kg.models import Paper

    if sys.argv[1] == "own":
        own_process()
    before = gc.get_freeze_count()
    paper = Paper(id="arxiv:2501.00001", title="T", abstract="We evaluate BERT on GSM8K.")
    exs = list(extract_papers([paper, paper.model_copy(update={"id": "arxiv:2501.00002"})]))
    after_first = gc.get_freeze_count()
    list(extract_papers([paper]))
    print(json.dumps({
        "before": before, "after": after_first, "again": gc.get_freeze_count(),
        "mentions": sorted(m.text for m in exs[0].mentions),
    }))
    """
)


def _run(mode: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.slow
def test_own_process_freezes_once_and_changes_no_output() -> None:
    owned, library = _run("own"), _run("library")
    assert owned["before"] == 0
    assert owned["after"] > 10_000  # the loaded pipeline (KB, word lists, vocab)
    assert owned["again"] == owned["after"]  # once per process, not per call
    assert library["before"] == library["after"] == library["again"] == 0
    assert owned["mentions"] == library["mentions"] == ["BERT", "GSM8K"]
