"""On the example graph (examples/hf-trending-papers.txt built and loaded into the real Neo4j):

* every example of the query library (`kg query --list`) runs and returns rows (the `trend-*`
  queries count papers per month, and the example page carries no dates: their examples are run
  after a dated build of 160 real arXiv abstracts is loaded too);
* `kg stats --from neo4j` reports the same counts and top entities as `kg stats BUILD_DIR`.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.build import run_build
from kg.cli import main
from kg.neo4j.queries import load_library

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

EXAMPLES = [
    pytest.param(example, id=spec.name)
    for spec in load_library().values()
    for example in spec.examples
]


@pytest.fixture
def example_graph(
    empty_neo4j: neo4j.Driver, neo4j_settings: Settings, tmp_path: Path, example_file: Path
) -> Path:
    out = tmp_path / "kg-out"
    result = run_build([example_file], out_dir=out, settings=neo4j_settings, progress=False)
    assert result.loaded
    return out


def test_every_library_query_has_an_example() -> None:
    for spec in load_library().values():
        assert spec.examples, f"{spec.name} has no example"


def needs_dates(example: str) -> bool:
    """The trend queries group papers by month; the example page has no dates."""
    return shlex.split(example)[2].startswith("trend-")


@pytest.mark.usefixtures("example_graph")
def test_every_library_example_returns_rows(
    neo4j_cli_args: list[str], capsys: pytest.CaptureFixture[str], dated_build: Path
) -> None:
    def run(example: str, where: str) -> None:
        words = shlex.split(str(example))
        assert words[:2] == ["kg", "query"], example
        capsys.readouterr()
        assert main([*words[1:], "--json", *neo4j_cli_args]) == 0, example
        rows = json.loads(capsys.readouterr().out)
        assert rows, f"no rows on {where}: {example}"

    dated = [str(p.values[0]) for p in EXAMPLES if needs_dates(str(p.values[0]))]
    for param in EXAMPLES:
        if str(param.values[0]) not in dated:
            run(str(param.values[0]), "the example graph")
    assert dated, "the trend queries have examples"
    load = ["build", "--load-only", str(dated_build), *neo4j_cli_args]
    assert main(load) == 0
    for example in dated:
        run(example, "the example graph plus the dated arXiv build")


def test_stats_from_neo4j_match_the_build_dir(
    example_graph: Path, neo4j_cli_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["stats", str(example_graph), "--json", "--top", "3"]) == 0
    files = json.loads(capsys.readouterr().out)
    assert main(["stats", "--from", "neo4j", "--json", "--top", "3", *neo4j_cli_args]) == 0
    graph = json.loads(capsys.readouterr().out)
    assert files["nodes"]["Paper"] > 0 and files["relationships"]
    for key in ("nodes", "relationships", "entities", "linked_entities", "top"):
        assert graph[key] == files[key], key
    assert 0.0 <= graph["linked_share"] <= 1.0
