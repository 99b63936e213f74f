"""`kg sparql` and `kg export` from the command line (kg.cli.main)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.config import project_root
from kg.models import EdgeRecord, NodeRecord
from kg.rdf.export import export_records
from kg.rdf.sparql import (
    declared_parameters,
    load_graph,
    named_queries,
    resolve_query,
    run_query,
)

Sample = tuple[list[NodeRecord], list[EdgeRecord]]
ORCA = "https://w3id.org/mlkg/resource/paper/arxiv-2402.14830"
MWP = "https://w3id.org/mlkg/resource/paper/arxiv-2401.00001"


@pytest.fixture
def dump(tmp_path: Path, sample: Sample) -> Path:
    return export_records(*sample, tmp_path / "kg.ttl.gz").path


@pytest.mark.parametrize("name", ["GSM8K", "gsm8k", "Gsm-8k", "GSM-8K"])
def test_papers_evaluated_on_matches_name_or_alias_case_insensitively(
    dump: Path, name: str
) -> None:
    result = run_query(load_graph([dump]), resolve_query("papers-evaluated-on"), {"dataset": name})
    papers = {str(row[result.columns.index("paper")]) for row in result.rows}
    assert papers == {ORCA, MWP}


def test_named_queries_all_run(dump: Path) -> None:
    graph = load_graph([dump])
    params = {
        "dataset": "math",
        "metric": "ACC",
        "paper": "arxiv:2401.00001",
        "arxiv": "2402.14830",
        "model": "Llama-3-8B",
        "task": "math word problem solving",
    }
    cypher = {p.stem for p in (project_root() / "cypher" / "queries").glob("*.cypher")}
    assert "papers-evaluated-on" in named_queries()
    # Every named SPARQL query but the RDF-only `evidence` mirrors a Cypher library query.
    assert set(named_queries()) - {"evidence"} <= cypher
    for name in named_queries():
        text = resolve_query(name)
        declared = declared_parameters(text)
        assert declared is not None, f"{name}.rq must declare its parameters"
        result = run_query(graph, text, {k: params[k] for k in declared})
        assert result.columns
        assert result.rows, name


def test_cli_table_json_csv(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["sparql", "papers-evaluated-on", "--data", str(dump), "--param", "dataset=gsm8k"]
    assert main(args) == 0
    table = capsys.readouterr().out
    assert "Orca-Math" in table and "(2 rows)" in table
    assert main([*args, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["head"]["vars"][:2] == ["paper", "title"]
    assert {b["paper"]["value"] for b in doc["results"]["bindings"]} == {ORCA, MWP}
    assert main([*args, "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][0] == "paper" and len(rows) == 3


def test_cli_query_text_and_file(
    dump: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"
    assert main(["sparql", text, "--data", str(dump), "--csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "3"]
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?d rdfs:label ?dataset }", encoding="utf-8")
    assert main(["sparql", str(rq), "-d", str(dump), "-p", "dataset=GSM8K", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["boolean"] is True


def test_cli_list_and_errors(
    dump: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sparql", "--list"]) == 0
    assert "papers-evaluated-on" in capsys.readouterr().out
    assert main(["sparql", "SELECT * WHERE { ?s ?p }", "--data", str(dump)]) == 7
    assert "kg: error: bad SPARQL" in capsys.readouterr().err
    assert main(["sparql", "no-such-query", "--data", str(dump)]) == 7
    missing = str(tmp_path / "x.ttl")
    assert main(["sparql", "papers-evaluated-on", "--data", missing, "-p", "dataset=x"]) == 3
    assert main(["sparql", "papers-evaluated-on", "--data", str(dump), "-p", "oops"]) == 7
    assert main(["sparql", "papers-evaluated-on", "--data", str(dump)]) == 7
    assert "missing query parameter dataset" in capsys.readouterr().err
    assert main(["sparql", "top-datasets", "--data", str(dump), "-p", "x=1"]) == 7
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    assert main(["sparql", "top-datasets", "--data", str(bad)]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_cli_export_from_build_dir_validates(
    build_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dump.ttl.gz"
    assert main(["export", "--from", str(build_dir), "-o", str(out), "--validate"]) == 0
    text = capsys.readouterr().out
    assert "3 papers" in text and "SHACL: conforms" in text
    assert out.is_file() and (tmp_path / "dump.ttl.gz.void.ttl").is_file()
    for fmt, name in (("nt", "d.nt"), ("jsonld", "d.jsonld.gz")):
        assert (
            main(["export", "--format", fmt, "--from", str(build_dir), "-o", str(tmp_path / name)])
            == 0
        )
    assert len(load_graph([tmp_path / "d.nt"])) == len(load_graph([tmp_path / "d.jsonld.gz"]))
    assert len(load_graph([tmp_path / "d.nt"])) == len(load_graph([out]))


def test_cli_export_default_output_and_format_from_suffix(
    build_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--from", str(build_dir)]) == 0
    dumps = list((build_dir / "dumps").glob("kg-*.ttl.gz"))
    assert len(dumps) == 1
    out = build_dir / "x.nt"
    assert main(["export", "--from", str(build_dir), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<")


def test_cli_export_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--from", str(tmp_path / "nope")]) == 3
    assert main(["export", "--from", str(tmp_path), "--format", "xml"]) == 7
    err = capsys.readouterr().err
    assert err.count("kg: error:") == 2 and "Traceback" not in err


def test_cli_export_neo4j_admin(
    build_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("kg.neo4j.bulk")
    out = tmp_path / "admin"
    assert (
        main(["export", "--format", "neo4j-admin", "--from", str(build_dir), "-o", str(out)]) == 0
    )
    assert "nodes=19" in capsys.readouterr().out
    assert (out / "nodes_Paper.csv").is_file()
