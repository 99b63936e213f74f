"""`kg build` on the example abstracts, end to end against the real Neo4j (issue 5, done-when).

* MATCH (p:Paper)-[:EVALUATED_ON]->(:Dataset {name: 'GSM8K'}) returns exactly the papers in
  eval/gold/gsm8k-papers.txt, and `kg query papers-evaluated-on --param dataset=gsm8k` the same.
* A second identical `kg build` changes no counts.
* Orca-Math COMPARES_WITH the four models it beats and is BASED_ON Mistral-7B (issue 13), and
  every `kg query --list` example returns rows.
"""

from __future__ import annotations

import gzip
import json
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.cli import main
from kg.config import project_root
from kg.neo4j.loader import counts
from kg.neo4j.queries import load_library

if TYPE_CHECKING:
    import neo4j

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

HF_GSM8K = "https://huggingface.co/datasets/openai/gsm8k"
GSM8K_CYPHER = "MATCH (p:Paper)-[:EVALUATED_ON]->(:Dataset {name: 'GSM8K'}) RETURN p.title AS t"


def gold_titles() -> set[str]:
    path = project_root() / "eval" / "gold" / "gsm8k-papers.txt"
    if not path.is_file():
        pytest.skip("eval/gold/gsm8k-papers.txt not written yet")
    return {line.strip() for line in path.read_text().splitlines() if line.strip()}


def test_example_build_gsm8k_and_idempotent_rebuild(
    empty_neo4j: neo4j.Driver,
    neo4j_cli_args: list[str],
    tmp_path: Path,
    example_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "kg-out"
    args = ["build", str(example_file), "--out", str(out), *neo4j_cli_args]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "top datasets:" in printed and "neo4j: loaded" in printed
    for name in (
        "extractions.jsonl",
        "nodes.jsonl",
        "edges.jsonl",
        "graph.graphml",
        "graph.json",
        "summary.json",
    ):
        assert (out / name).is_file(), name
    summary = json.loads((out / "summary.json").read_text())
    assert summary["neo4j"]["counts"] == counts(empty_neo4j)
    # The files and the database agree.
    n_nodes = sum(1 for _ in (out / "nodes.jsonl").open())
    n_edges = sum(1 for _ in (out / "edges.jsonl").open())
    db = counts(empty_neo4j)
    assert sum(db["nodes"].values()) == n_nodes
    assert sum(db["relationships"].values()) == n_edges

    records, _, _ = empty_neo4j.execute_query(GSM8K_CYPHER)
    found = {r["t"] for r in records}
    gold = gold_titles()
    assert found == gold, f"missing {sorted(gold - found)}; extra {sorted(found - gold)}"

    query_args = ["query", "papers-evaluated-on", "--param", "dataset=gsm8k", "--json"]
    assert main([*query_args, *neo4j_cli_args]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["title"] for r in rows} == gold

    check_orca_math_relations(empty_neo4j)
    check_library_examples(neo4j_cli_args, capsys)
    # Knowledge-base links: GSM8K's node carries its Hugging Face id, and so does the dump.
    records, _, _ = empty_neo4j.execute_query(
        "MATCH (d:Dataset {name: 'GSM8K'}) RETURN d.same_as AS same_as, d.kb_source AS src"
    )
    assert HF_GSM8K in records[0]["same_as"] and records[0]["src"]
    dump = next((out / "dumps").glob("*.ttl.gz"))
    ttl = gzip.decompress(dump.read_bytes()).decode("utf-8")
    subject = "<https://w3id.org/mlkg/resource/dataset/gsm8k>\n"
    gsm8k_block = ttl.split(subject, 1)[1].split(" .\n", 1)[0]
    same_as = gsm8k_block.split("schema:sameAs ", 1)[1].split(" ;", 1)[0]
    assert f"<{HF_GSM8K}>" in same_as.split(", ")
    # Roll-up: BROADER edges were loaded and papers-addressing follows them.
    broader = [e for e in map(json.loads, (out / "edges.jsonl").open()) if e["type"] == "BROADER"]
    assert broader and db["relationships"].get("BROADER") == len(broader)
    task_edges = [e for e in broader if e["target"].startswith("task:")]
    assert task_edges
    general = task_edges[0]["target"]
    records, _, _ = empty_neo4j.execute_query(
        "MATCH (t:Task {id: $id}) RETURN t.name AS name", id=general
    )
    query_args = ["query", "papers-addressing", "--param", f"task={records[0]['name']}", "--json"]
    assert main([*query_args, *neo4j_cli_args]) == 0
    rows = json.loads(capsys.readouterr().out)
    narrow = {e["source"] for e in task_edges if e["target"] == general}
    records, _, _ = empty_neo4j.execute_query(
        "MATCH (p:Paper)-[:ADDRESSES]->(t:Task) WHERE t.id IN $ids RETURN p.id AS id",
        ids=sorted(narrow),
    )
    assert {r["id"] for r in records} <= {r["paper"] for r in rows}

    before = counts(empty_neo4j)
    assert main(args) == 0
    capsys.readouterr()
    assert counts(empty_neo4j) == before

    # --load-only of the same directory is idempotent too.
    assert main(["build", "--load-only", str(out), *neo4j_cli_args]) == 0
    assert counts(empty_neo4j) == before


ORCA_CYPHER = (
    "MATCH (p:Paper)-[r:COMPARES_WITH|BASED_ON]->(x) WHERE p.title STARTS WITH 'Orca-Math' "
    "RETURN type(r) AS rel, x.name AS name, coalesce(x.aliases, []) AS aliases"
)


def check_orca_math_relations(driver: neo4j.Driver) -> None:
    records, _, _ = driver.execute_query(ORCA_CYPHER)
    got: dict[str, set[str]] = {}
    for r in records:
        names = {n.lower().replace(" ", "-") for n in [r["name"], *r["aliases"]]}
        got.setdefault(r["rel"], set()).update(names)
    for baseline in ("llama-2-70b", "wizardmath-70b", "gemini-pro", "chatgpt-3.5"):
        assert baseline in got.get("COMPARES_WITH", set()), (baseline, got)
    assert "mistral-7b" in got.get("BASED_ON", set()), got


def check_library_examples(cli_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Every example of `kg query --list` returns rows on the example graph (but the `trend-*`
    ones, which need dated papers: test_neo4j_example_graph runs them on a dated build)."""
    for spec in load_library().values():
        if spec.name.startswith("trend-"):
            continue
        for example in spec.examples:
            argv = shlex.split(example)[1:]  # drop "kg"
            assert main([*argv, "--json", *cli_args]) == 0, example
            rows = json.loads(capsys.readouterr().out)
            assert rows, f"no rows for: {example}"


def test_unreachable_server_still_writes_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.neo4j.synthetic import synthetic_extractions

    out = tmp_path / "out"
    (out).mkdir()
    with open(out / "extractions.jsonl", "w") as fh:
        for ex in synthetic_extractions(5):
            fh.write(ex.model_dump_json() + "\n")
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")  # nothing listens on port 9
    from kg.build import run_build

    messages: list[str] = []
    result = run_build(
        ["x"], out_dir=tmp_path / "b", extractions=synthetic_extractions(5), echo=messages.append
    )
    assert not result.loaded
    assert (tmp_path / "b" / "nodes.jsonl").is_file()
    assert "kg build --load-only" in messages[0]
    # Explicitly asking for the load makes it an error (exit 5, one line).
    code = main(["build", "--load-only", str(out)])
    err = capsys.readouterr().err
    assert code == 5 and err.count("\n") == 1 and "not reachable" in err
