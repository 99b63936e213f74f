"""`kg build` files without Neo4j: deterministic, sorted, later copies of a paper win."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import run_build
from kg.cli import main
from kg.neo4j.synthetic import synthetic_extractions


def build(out: Path, exs: list) -> dict:  # type: ignore[type-arg]
    return run_build(["synthetic"], out_dir=out, extractions=iter(exs), load=False).summary


def test_build_files_are_deterministic(tmp_path: Path) -> None:
    exs = list(synthetic_extractions(40))
    s1 = build(tmp_path / "a", exs)
    s2 = build(tmp_path / "b", list(reversed(exs)))
    for name in ("nodes.jsonl", "edges.jsonl"):
        assert (tmp_path / "a" / name).read_text() == (tmp_path / "b" / name).read_text()
    assert s1["graph"] == s2["graph"]
    for name in ("extractions.jsonl", "graph.graphml", "graph.json", "summary.json"):
        assert (tmp_path / "a" / name).is_file()
    nodes = [json.loads(x) for x in (tmp_path / "a" / "nodes.jsonl").read_text().splitlines()]
    assert [(n["label"], n["id"]) for n in nodes] == sorted((n["label"], n["id"]) for n in nodes)
    assert s1["graph"]["nodes"]["Paper"] == 40


def test_later_copy_of_a_paper_wins(tmp_path: Path) -> None:
    exs = list(synthetic_extractions(5))
    changed = exs[2].model_copy(update={"relations": exs[2].relations[:1], "results": []})
    summary = build(tmp_path, [*exs, changed])
    assert summary["papers"] == 5 and summary["duplicate_papers"] == 1
    edges = [json.loads(x) for x in (tmp_path / "edges.jsonl").read_text().splitlines()]
    from_paper = [e for e in edges if e["source"] == exs[2].paper.id]
    assert len(from_paper) == 1


def test_load_only_rejects_a_non_build_dir(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:  # type: ignore[type-arg]
    code = main(["build", "--load-only", str(tmp_path)])
    assert code == 3
    assert "not a kg build directory" in capsys.readouterr().err


def test_query_cli_without_server(capsys: pytest.CaptureFixture) -> None:  # type: ignore[type-arg]
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    assert "papers-evaluated-on(dataset)" in out and "leaderboard(" in out
    assert main(["query", "top-datasets", "--param", "limit=many"]) == 7
    assert main(["query", "no-such-query"]) == 7
    assert main(["query"]) == 8
