"""The Cypher library (trend-*, sota-over-time, dataset-cooccurrence) and its SPARQL mirror give
the same numbers on the same build: one loaded into the real Neo4j, one as a dump in the store.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from kg.cli import main
from kg.neo4j.queries import run_cypher, run_named
from kg.rdf import store as rdfstore
from kg.rdf.sparql import resolve_query
from kg.serve.site import cooccurrence_rows, leaderboards_from_rows, trend_rows

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings


def _load(build: Path, settings: Settings) -> None:
    args = [
        "build",
        "--load-only",
        str(build),
        "--neo4j-uri",
        settings.neo4j_uri,
        "--neo4j-user",
        settings.neo4j_user,
        "--neo4j-password",
        settings.neo4j_password,
    ]
    assert main(args) == 0


def _sparql(build: Path, name: str) -> list[dict[str, Any]]:
    dump = next((build / "dumps").glob("kg-*.ttl.gz"))
    rdf = rdfstore.RdfStore.open_dumps([dump])
    return rdfstore.rows_as_dicts(rdfstore.run(rdf, resolve_query(name)))


def _boards(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (
            b.dataset,
            b.metric,
            b.higher_is_better,
            [
                (e.system, round(e.value, 6), e.unit, e.month, e.paper, e.evidence)
                for e in b.entries
            ],
        )
        for b in leaderboards_from_rows(rows)
    ]


@pytest.mark.parametrize("build_name", ["dated_build", "example_build"])
def test_cypher_and_sparql_give_the_same_numbers(
    build_name: str,
    request: pytest.FixtureRequest,
    empty_neo4j: neo4j.Driver,
    neo4j_settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build: Path = request.getfixturevalue(build_name)
    _load(build, neo4j_settings)
    capsys.readouterr()
    for name in ("trend-datasets", "trend-methods", "trend-tasks"):
        cypher = trend_rows(run_named(empty_neo4j, name).rows)
        sparql = trend_rows(_sparql(build, name))
        assert cypher == sparql, name
        if build_name == "dated_build":
            assert len({t.month for t in cypher}) >= 3, name
    cypher_pairs = cooccurrence_rows(run_named(empty_neo4j, "dataset-cooccurrence").rows)
    assert cypher_pairs == cooccurrence_rows(_sparql(build, "dataset-cooccurrence"))
    assert cypher_pairs
    cypher_boards = _boards(run_named(empty_neo4j, "sota-over-time").rows)
    assert cypher_boards == _boards(_sparql(build, "sota-over-time"))
    assert cypher_boards


def test_cypher_leaderboard_drops_untrusted_results(
    example_build: Path, empty_neo4j: neo4j.Driver, neo4j_settings: Settings
) -> None:
    _load(example_build, neo4j_settings)
    before = run_named(empty_neo4j, "sota-over-time", {"dataset": "GSM8K"}).rows
    assert [r["system"] for r in before] == ["Orca-Math"]
    run_cypher(
        empty_neo4j,
        "MATCH (:Dataset {name: 'GSM8K'})<-[:ON_DATASET]-(r:Result) SET r.role = 'delta'",
    )
    assert run_named(empty_neo4j, "sota-over-time", {"dataset": "GSM8K"}).rows == []
    run_cypher(
        empty_neo4j,
        "MATCH (:Dataset {name: 'GSM8K'})<-[:ON_DATASET]-(r:Result) "
        "SET r.role = 'score', r.confidence = 0.1",
    )
    assert run_named(empty_neo4j, "sota-over-time", {"dataset": "gsm8k"}).rows == []
    low = run_named(empty_neo4j, "sota-over-time", {"dataset": "gsm8k", "min_confidence": "0.05"})
    assert [r["system"] for r in low.rows] == ["Orca-Math"]


@pytest.mark.parametrize("dataset", ["GSM8K", "gsm8k", "MATH"])
def test_methods_used_on_dataset_agrees_with_cypher(
    dataset: str,
    example_build: Path,
    empty_neo4j: neo4j.Driver,
    neo4j_settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The SPARQL rewrite (ordered for pyoxigraph, which has no cost-based optimiser) gives the
    Cypher query's rows, and rdflib's answer to the same SPARQL."""
    from kg.rdf.sparql import load_graph, run_query

    _load(example_build, neo4j_settings)
    capsys.readouterr()
    params = {"dataset": dataset}
    cypher = run_named(empty_neo4j, "methods-used-on-dataset", {**params, "limit": "1000"}).rows
    want = sorted((r["name"], r["kind"], r["papers"], r["dataset"]) for r in cypher)
    dump = next((example_build / "dumps").glob("kg-*.ttl.gz"))
    text = resolve_query("methods-used-on-dataset")
    rows = rdfstore.rows_as_dicts(rdfstore.run(rdfstore.RdfStore.open_dumps([dump]), text, params))
    got = sorted((r["name"], r["kind"], r["papers"], r["datasetName"]) for r in rows)
    assert got == want
    if dataset == "GSM8K":
        assert want
    theirs = run_query(load_graph([dump]), text, params)
    assert sorted((str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in theirs.rows) == want
