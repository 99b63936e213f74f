"""neo4j-admin CSVs: typed headers, arrays, one file per label/type, README command."""

from __future__ import annotations

import csv
from pathlib import Path

from kg.graph import records_from_extractions
from kg.neo4j.bulk import edge_header, node_header, write_admin_import
from kg.neo4j.synthetic import synthetic_extractions
from kg.resolve import resolve_extractions


def test_headers() -> None:
    assert node_header("Dataset") == [
        "id:ID",
        ":LABEL",
        "uri",
        "name",
        "aliases:string[]",
        "same_as:string[]",
        "kb_source",
    ]
    h = node_header("Result")
    assert "value:double" in h and "higher_is_better:boolean" in h
    assert "authors:string[]" in node_header("Paper")
    assert edge_header()[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "start:long" in edge_header()


def test_files_counts_and_readme(tmp_path: Path) -> None:
    exs = list(synthetic_extractions(25))
    reg = resolve_extractions(exs)
    nodes, edges = records_from_extractions(exs, reg)
    counts = write_admin_import(nodes + nodes[:3], edges, tmp_path)  # duplicates written once
    assert counts["nodes"] == len(nodes)
    assert counts["relationships"] == len(edges)
    with open(tmp_path / "nodes_Dataset.csv", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == node_header("Dataset")
    assert len(rows) - 1 == counts["Dataset"]
    assert all(r[1] == "Dataset" and r[2].startswith("https://w3id.org/mlkg/") for r in rows[1:])
    assert any(";" in r[4] or r[4] for r in rows[1:])
    readme = (tmp_path / "README.md").read_text()
    assert "neo4j-admin \\\n  database \\\n  import \\\n  full" in readme
    assert "--nodes=nodes_Paper.csv" in readme and "--relationships=rels_USES.csv" in readme
    assert "org.neo4j.cli.AdminTool" in readme
