"""kg.api without a server: paper(), read(), extract() and build() return models, stats() rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.api import build, extract, paper, read, stats
from kg.config import example_input
from kg.models import Extraction, Paper
from kg.stats import GraphStatistics

ORCA = paper(
    "Orca-Math: Unlocking the potential of SLMs in Grade School Math",
    "We fine-tune Mistral-7B on 200K synthetic problems and reach 86.8% accuracy on GSM8K.",
)


def test_paper_gets_the_readers_title_id() -> None:
    from kg.sources.ids import make_paper_id

    assert ORCA.id == make_paper_id(arxiv_id=None, doi=None, title=ORCA.title)
    assert paper("T", "A", id="arxiv:2402.14830").id == "arxiv:2402.14830"


def test_extract_papers_and_paths() -> None:
    (ex,) = extract(ORCA)
    assert isinstance(ex, Extraction) and ex.paper == ORCA
    found = {(m.text, m.type) for m in ex.mentions}
    assert {("GSM8K", "Dataset"), ("Mistral-7B", "Model")} <= found
    papers = read(example_input())
    assert len(papers) == 72 and all(isinstance(p, Paper) for p in papers)
    assert len(extract(papers[:3])) == 3
    with pytest.raises(TypeError):
        extract([ORCA, example_input()])


def test_build_without_loading_then_stats(tmp_path: Path) -> None:
    result = build([ORCA], out=tmp_path / "out")
    assert not result.loaded and result.summary["papers"] == 1
    graph = stats(tmp_path / "out")
    assert isinstance(graph, GraphStatistics)
    assert graph.nodes["Paper"] == 1 and graph.top["Dataset"][0].name == "GSM8K"
