"""`kg stats` on a build directory: counts, top entities by distinct papers, linked share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.models import EdgeRecord, NodeRecord
from kg.stats import format_stats, stats_of_records


def _graph() -> tuple[list[NodeRecord], list[EdgeRecord]]:
    nodes = [
        NodeRecord(label="Paper", id="p1", props={"title": "A"}),
        NodeRecord(label="Paper", id="p2", props={"title": "B"}),
        NodeRecord(label="Dataset", id="d:gsm8k", props={"name": "GSM8K", "same_as": ["wd:Q1"]}),
        NodeRecord(label="Dataset", id="d:math", props={"name": "MATH", "same_as": []}),
        NodeRecord(label="Method", id="m:cot", props={"name": "CoT"}),
    ]
    edges = [
        EdgeRecord(type="EVALUATED_ON", source="p1", target="d:gsm8k"),
        EdgeRecord(type="USES", source="p1", target="d:gsm8k"),  # same paper: counted once
        EdgeRecord(type="EVALUATED_ON", source="p2", target="d:gsm8k"),
        EdgeRecord(type="EVALUATED_ON", source="p2", target="d:math"),
        EdgeRecord(type="USES", source="p2", target="m:cot"),
    ]
    return nodes, edges


def test_counts_top_and_linked_share() -> None:
    nodes, edges = _graph()
    stats = stats_of_records(nodes, edges, source="mem", top=1)
    assert stats.nodes == {"Dataset": 2, "Method": 1, "Paper": 2}
    assert stats.relationships == {"EVALUATED_ON": 3, "USES": 2}
    assert [(t.name, t.papers) for t in stats.top["Dataset"]] == [("GSM8K", 2)]
    assert [(t.name, t.papers) for t in stats.top["Method"]] == [("CoT", 1)]
    assert (stats.entities, stats.linked_entities) == (3, 1)
    assert stats.linked_share == pytest.approx(1 / 3)
    text = format_stats(stats)
    assert "linked entities (same_as): 1 of 3 (33.3%)" in text
    assert "top datasets (papers): GSM8K (2)" in text


def test_cli_on_a_build_dir_and_bad_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nodes, edges = _graph()
    (tmp_path / "nodes.jsonl").write_text("".join(n.model_dump_json() + "\n" for n in nodes))
    (tmp_path / "edges.jsonl").write_text("".join(e.model_dump_json() + "\n" for e in edges))
    assert main(["stats", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["nodes"]["Paper"] == 2 and data["linked_share"] == pytest.approx(0.3333)
    assert main(["stats", "--from", str(tmp_path)]) == 0
    assert "EVALUATED_ON" in capsys.readouterr().out
    assert main(["stats", str(tmp_path / "missing")]) == 3
    assert "kg: error:" in capsys.readouterr().err
