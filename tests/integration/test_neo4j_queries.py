"""Every library query runs against the real Neo4j on a small known graph."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import TYPE_CHECKING

import pytest

from kg.cli import main
from kg.graph import entity_nodes, paper_bundle
from kg.models import Entity, Evidence, Extraction, Paper, PaperRelation, Result
from kg.neo4j.loader import load
from kg.neo4j.queries import load_library, run_cypher, run_named
from kg.resolve import resolve_extractions

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
GSM = Entity(
    id="dataset:gsm8k", type="Dataset", name="GSM8K", aliases=["GSM8k", "grade school math"]
)
MATH = Entity(id="dataset:math", type="Dataset", name="MATH")
ACC = Entity(id="metric:accuracy", type="Metric", name="accuracy", higher_is_better=True)
ERR = Entity(id="metric:error-rate", type="Metric", name="error rate", higher_is_better=False)
COT = Entity(
    id="method:chain-of-thought-prompting",
    type="Method",
    name="chain-of-thought prompting",
    aliases=["CoT"],
)
ORCA = Entity(id="model:orca-math", type="Model", name="Orca-Math")
GPT4 = Entity(id="model:gpt-4", type="Model", name="GPT-4")
MISTRAL = Entity(id="model:mistral-7b", type="Model", name="Mistral-7B", aliases=["Mistral 7B"])
LLAMA = Entity(id="model:llama-2-70b", type="Model", name="Llama-2-70B")
TASK = Entity(id="task:math-word-problems", type="Task", name="math word problems")


def paper(
    pid: str,
    title: str,
    rels: list[tuple[str, Entity]],
    results: list[tuple] = (),  # type: ignore[type-arg]
    deltas: list[tuple] = (),  # type: ignore[type-arg]
) -> Extraction:
    text = f"{title}\n\nAbstract of {title}."
    ev = Evidence(sentence=f"Abstract of {title}.", start=len(title) + 2, end=len(text))
    ents = {e.id: e for _, e in rels}
    res: list[Result] = []
    gains: list[Result] = []
    for role, rows, out in (("score", results, res), ("delta", deltas, gains)):
        for model, ds, metric, value, *conf in rows:
            for e in (model, ds, metric):
                ents[e.id] = e
            out.append(
                Result(
                    id="result:tmp",
                    model_id=model.id,
                    dataset_id=ds.id,
                    metric_id=metric.id,
                    value=value,
                    confidence=conf[0] if conf else 0.9,
                    evidence=ev,
                    role=role,
                )
            )
    return Extraction(
        paper=Paper(
            id=pid,
            title=title,
            abstract=f"Abstract of {title}.",
            published=dt.date(2024, int(pid.rsplit(":", 1)[1]), 15),  # trends need a month
        ),
        relations=[
            PaperRelation(type=t, entity_id=e.id, entity_type=e.type, confidence=0.9, evidence=ev)
            for t, e in rels
        ],
        results=res,
        deltas=gains,
        entities=list(ents.values()),
        extractor_version="test",
        extracted_at=AT,
    )


EXTRACTIONS = [
    paper(
        "arxiv:1",
        "Orca-Math: small models for grade school math",
        [
            ("EVALUATED_ON", GSM),
            ("PROPOSES", ORCA),
            ("USES", COT),
            ("MEASURED_BY", ACC),
            ("ADDRESSES", TASK),
            ("COMPARES_WITH", LLAMA),
            ("BASED_ON", MISTRAL),
        ],
        [(ORCA, GSM, ACC, 86.8), (GPT4, GSM, ACC, 92.0), (LLAMA, GSM, ACC, 99.0, 0.4)],
        [(ORCA, GSM, ACC, 6.4)],  # "86.8% on GSM8K, 6.4 points above …": IMPROVES_BY
    ),
    paper(
        "arxiv:2",
        "Chain of thought on MATH and GSM8K",
        [("EVALUATED_ON", GSM), ("EVALUATED_ON", MATH), ("USES", COT), ("USES", GPT4)],
        [(GPT4, MATH, ERR, 12.5), (COT, MATH, ERR, 20.0)],
    ),
    paper("arxiv:3", "A vision paper", [("USES", GPT4)]),
]


@pytest.fixture
def small_graph(empty_neo4j: neo4j.Driver) -> neo4j.Driver:
    reg = resolve_extractions(EXTRACTIONS)
    load(
        empty_neo4j, entity_nodes(reg), (paper_bundle(e, reg) for e in EXTRACTIONS), progress=False
    )
    return empty_neo4j


def titles(rows: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [r["title"] for r in rows]


def test_papers_evaluated_on_by_name_or_alias(small_graph: neo4j.Driver) -> None:
    for value in ("GSM8K", "gsm8k", "Grade School Math"):
        rows = run_named(small_graph, "papers-evaluated-on", {"dataset": value}).rows
        assert titles(rows) == [
            "Chain of thought on MATH and GSM8K",
            "Orca-Math: small models for grade school math",
        ]
    assert run_named(small_graph, "papers-evaluated-on", {"dataset": "ImageNet"}).rows == []


def test_injection_attempt_is_just_a_value(small_graph: neo4j.Driver) -> None:
    evil = "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //"
    assert run_named(small_graph, "papers-evaluated-on", {"dataset": evil}).rows == []
    assert run_cypher(small_graph, "MATCH (n) RETURN count(n) AS n").rows[0]["n"] > 0


def test_leaderboard_respects_direction(small_graph: neo4j.Driver) -> None:
    rows = run_named(small_graph, "leaderboard", {"dataset": "gsm8k", "metric": "Accuracy"}).rows
    assert [(r["model"], r["value"]) for r in rows] == [("GPT-4", 92.0), ("Orca-Math", 86.8)]
    rows = run_named(small_graph, "leaderboard", {"dataset": "MATH", "metric": "error rate"}).rows
    assert [(r["model"], r["value"]) for r in rows] == [
        ("GPT-4", 12.5),
        ("chain-of-thought prompting", 20.0),
    ]


def test_leaderboard_shows_only_trusted_scores(small_graph: neo4j.Driver) -> None:
    rows = run_named(small_graph, "leaderboard", {"dataset": "GSM8K", "metric": "accuracy"}).rows
    assert "Llama-2-70B" not in {r["model"] for r in rows}  # confidence 0.4 < the bar
    rows = run_named(
        small_graph,
        "leaderboard",
        {"dataset": "GSM8K", "metric": "accuracy", "min_confidence": "0.3"},
    ).rows
    assert rows[0]["model"] == "Llama-2-70B"


def test_baselines_beaten_and_built_on(small_graph: neo4j.Driver) -> None:
    rows = run_named(small_graph, "baselines-beaten", {"paper": "orca-math"}).rows
    assert [(r["baseline"], r["kind"]) for r in rows] == [("Llama-2-70B", "Model")]
    for name in ("Mistral-7B", "mistral 7b"):
        rows = run_named(small_graph, "built-on", {"model": name}).rows
        assert [(r["base"], r["proposes"]) for r in rows] == [("Mistral-7B", ["Orca-Math"])]


def test_improvements_pair_a_delta_with_the_score_it_improves(small_graph: neo4j.Driver) -> None:
    rows = run_named(small_graph, "improvements", {"dataset": "grade school math"}).rows
    assert [(r["model"], r["improvement"], r["score"], r["metric"]) for r in rows] == [
        ("Orca-Math", 6.4, 86.8, "accuracy")
    ]
    # a delta is never a leaderboard entry
    board = run_named(small_graph, "leaderboard", {"dataset": "GSM8K", "metric": "accuracy"}).rows
    assert 6.4 not in [r["value"] for r in board]
    edges = run_cypher(small_graph, "MATCH ()-[r:IMPROVES_BY]->() RETURN count(r) AS n").rows
    assert edges[0]["n"] == 1


def test_every_library_query_runs(small_graph: neo4j.Driver) -> None:
    params = {
        "improvements": {"dataset": "GSM8K"},
        "baselines-beaten": {"paper": "orca"},
        "built-on": {"model": "Mistral-7B"},
        "papers-evaluated-on": {"dataset": "gsm8k"},
        "datasets-and-metrics-of-paper": {"paper": "orca"},
        "methods-used-on-dataset": {"dataset": "GSM8K"},
        "leaderboard": {"dataset": "GSM8K", "metric": "accuracy"},
        "search": {"q": "orca*"},
        "co-occurring": {"entity": "cot"},
        "entity": {"name": "gsm8k"},
        "papers-addressing": {"task": "math word problems"},
    }
    for name in load_library():
        result = run_named(small_graph, name, params.get(name, {}))
        assert result.rows, f"{name} returned nothing"
    top = run_named(small_graph, "top-datasets", {}).rows
    assert top[0] == {"dataset": "GSM8K", "papers": 2}
    methods = run_named(small_graph, "top-methods", {"limit": "2"}).rows
    assert [r["name"] for r in methods] == ["GPT-4", "chain-of-thought prompting"]
    models = run_named(small_graph, "top-models", {}).rows
    assert models[0] == {"model": "GPT-4", "papers": 3}
    proposing = run_named(small_graph, "papers-proposing-models", {}).rows
    assert proposing[0]["models"] == ["Orca-Math"]
    used = {
        r["name"]
        for r in run_named(small_graph, "methods-used-on-dataset", {"dataset": "gsm8k"}).rows
    }
    # (a model with a result on the dataset counts, even one below the leaderboard's bar)
    assert used == {"GPT-4", "Orca-Math", "chain-of-thought prompting", "Llama-2-70B"}
    search = run_named(small_graph, "search", {"q": "orca*"}).rows
    assert {r["kind"] for r in search} == {"Model", "Paper"}
    co = run_named(small_graph, "co-occurring", {"entity": "CoT"}).rows
    assert co[0] == {"name": "GSM8K", "kind": "Dataset", "shared_papers": 2}


def test_cli_output_formats(
    small_graph: neo4j.Driver, neo4j_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = [
        "--neo4j-uri",
        neo4j_settings.neo4j_uri,
        "--neo4j-password",
        neo4j_settings.neo4j_password,
    ]
    assert main(["query", "top-datasets", *conn]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["dataset", "papers"] and "(2 rows)" in table
    assert main(["query", "top-datasets", "--csv", *conn]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {"dataset": "GSM8K", "papers": "2"}
    cy = (
        "MATCH (d:Dataset) WHERE d.name = $name "
        "RETURN d.name AS name, d.aliases AS aliases, $k AS k"
    )
    assert (
        main(["query", "--cypher", cy, "--param", "name=GSM8K", "--param", "k=3", "--json", *conn])
        == 0
    )
    assert json.loads(capsys.readouterr().out) == [
        {"name": "GSM8K", "aliases": ["GSM8k", "grade school math"], "k": 3}
    ]
    assert main(["query", "--cypher", "MATCH (n RETURN n", *conn]) == 7
    assert "rejected the query" in capsys.readouterr().err
    assert main(["query", "papers-evaluated-on", *conn]) == 7
    assert "needs --param dataset" in capsys.readouterr().err


def test_ad_hoc_cypher_runs_in_auto_commit_transactions(small_graph: neo4j.Driver) -> None:
    # Like cypher-shell and the Browser: batched writes with CALL … IN TRANSACTIONS work.
    run_cypher(
        small_graph,
        "MATCH (p:Paper) CALL (p) { SET p.touched = $flag } IN TRANSACTIONS OF 1 ROWS",
        {"flag": True},
    )
    res = run_cypher(small_graph, "MATCH (p:Paper) WHERE p.touched RETURN count(p) AS n")
    assert res.rows[0]["n"] > 0


def test_papers_addressing_follows_broader(empty_neo4j: neo4j.Driver) -> None:
    """BROADER (kg/kb/rollup.py) is loaded, and a general task finds its specific forms."""
    from kg.graph import entity_edges

    radar = Entity(
        id="task:radar-hand-gesture-recognition",
        type="Task",
        name="radar hand gesture recognition",
    )
    general = Entity(id="task:gesture-recognition", type="Task", name="gesture recognition")
    exs = [
        paper("arxiv:10", "Radar gestures", [("ADDRESSES", radar)]),
        paper("arxiv:11", "Gestures", [("ADDRESSES", general)]),
    ]
    reg = resolve_extractions(exs)
    edges = entity_edges(reg)
    pairs = [(e.source, e.target) for e in edges]
    # the head-noun roll-up goes on: gesture recognition → recognition
    assert pairs == [(general.id, "task:recognition"), (radar.id, general.id)]
    for _ in range(2):  # idempotent: MERGE
        load(
            empty_neo4j,
            entity_nodes(reg),
            (paper_bundle(e, reg) for e in exs),
            entity_edges=edges,
            progress=False,
        )
    records, _, _ = empty_neo4j.execute_query("MATCH ()-[r:BROADER]->() RETURN count(r) AS n")
    assert records[0]["n"] == 2
    rows = run_named(empty_neo4j, "papers-addressing", {"task": "Gesture Recognition"}).rows
    assert {r["paper"] for r in rows} == {"arxiv:10", "arxiv:11"}
    rows = run_named(empty_neo4j, "papers-addressing", {"task": radar.name}).rows
    assert {r["paper"] for r in rows} == {"arxiv:10"}
    rows = run_named(empty_neo4j, "papers-addressing", {"task": "recognition"}).rows
    assert {r["paper"] for r in rows} == {"arxiv:10", "arxiv:11"}
