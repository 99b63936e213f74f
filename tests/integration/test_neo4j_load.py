"""The Bolt loader against the real Neo4j: idempotent, incremental, replacing, streaming."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.graph import entity_nodes, paper_bundle
from kg.models import Evidence, Extraction, PaperRelation
from kg.neo4j.loader import LoadStats, counts, load
from kg.neo4j.synthetic import synthetic_extractions
from kg.resolve import resolve_extractions

if TYPE_CHECKING:
    import neo4j


def load_all(driver: neo4j.Driver, exs: list[Extraction], **kw: Any) -> LoadStats:
    reg = resolve_extractions(exs)
    return load(
        driver, entity_nodes(reg), (paper_bundle(e, reg) for e in exs), progress=False, **kw
    )


def snapshot(driver: neo4j.Driver) -> tuple[list[Any], list[Any]]:
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props "
        "ORDER BY a, t, b"
    )
    return [dict(r) for r in nodes], [dict(r) for r in rels]


def test_same_input_twice_is_identical(empty_neo4j: neo4j.Driver) -> None:
    exs = list(synthetic_extractions(200))
    first = load_all(empty_neo4j, exs, batch_size=700)
    snap1 = snapshot(empty_neo4j)
    second = load_all(empty_neo4j, exs, batch_size=300)  # batch size does not matter
    assert first.counts == second.counts
    assert snapshot(empty_neo4j) == snap1
    assert first.counts["nodes"]["Paper"] == 200
    node = snap1[0][0]
    assert node["props"]["uri"].startswith("https://w3id.org/mlkg/resource/")
    rel = next(r for r in snap1[1] if r["t"] == "EVALUATED_ON")
    assert {"evidence", "start", "end", "confidence", "extractor_version", "extracted_at"} <= set(
        rel["props"]
    )


def test_new_extracted_at_changes_no_counts(empty_neo4j: neo4j.Driver) -> None:
    import datetime as dt

    exs = list(synthetic_extractions(60))
    first = load_all(empty_neo4j, exs)
    later = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    again = load_all(empty_neo4j, [e.model_copy(update={"extracted_at": later}) for e in exs])
    assert again.counts == first.counts
    rows, _, _ = empty_neo4j.execute_query(
        "MATCH (:Paper)-[r]->() RETURN DISTINCT r.extracted_at AS at"
    )
    assert [r["at"] for r in rows] == [later.isoformat()]


def test_incremental_day_adds_to_the_graph(empty_neo4j: neo4j.Driver) -> None:
    day1 = list(synthetic_extractions(80))
    day2 = list(synthetic_extractions(70, start=80))
    load_all(empty_neo4j, day1)
    load_all(empty_neo4j, day2)
    incremental = counts(empty_neo4j)
    empty_neo4j.execute_query("MATCH (n) DETACH DELETE n")
    at_once = load_all(empty_neo4j, day1 + day2).counts
    assert incremental == at_once
    assert incremental["nodes"]["Paper"] == 150


def test_reextracted_paper_replaces_only_its_facts(empty_neo4j: neo4j.Driver) -> None:
    exs = list(synthetic_extractions(40))
    load_all(empty_neo4j, exs)
    before_nodes, before_rels = snapshot(empty_neo4j)
    target = exs[5]
    pid = target.paper.id
    new_ds = "dataset:syndataset-999"
    from kg.models import Entity

    ev = Evidence(sentence="New sentence.", start=0, end=13)
    changed = target.model_copy(
        update={
            "relations": [
                PaperRelation(
                    type="EVALUATED_ON",
                    entity_id=new_ds,
                    entity_type="Dataset",
                    confidence=0.7,
                    evidence=ev,
                )
            ],
            "results": [],
            "entities": [Entity(id=new_ds, type="Dataset", name="SynDataset-999")],
        }
    )
    load_all(empty_neo4j, [changed])
    rows, _, _ = empty_neo4j.execute_query(
        "MATCH (p:Paper {id: $id})-[r]->(x) RETURN type(r) AS t, x.id AS x", id=pid
    )
    assert [(r["t"], r["x"]) for r in rows] == [("EVALUATED_ON", new_ds)]
    after_nodes, after_rels = snapshot(empty_neo4j)
    old_results = {r["b"] for r in before_rels if r["a"] == pid and r["t"] == "REPORTS"}
    # Every other paper's facts are untouched.
    keep = [r for r in before_rels if r["a"] != pid and r["a"] not in old_results]
    assert [r for r in after_rels if r["a"] != pid and r["a"] not in old_results] == keep
    # The paper's old Result nodes are gone; entity nodes stay (documented).
    after_ids = {n["props"]["id"] for n in after_nodes}
    assert not (old_results & after_ids)
    assert {n["props"]["id"] for n in before_nodes if n["labels"] != ["Result"]} <= after_ids


def test_streaming_generator_is_consumed_lazily(empty_neo4j: neo4j.Driver) -> None:
    exs = list(synthetic_extractions(120))
    reg = resolve_extractions(exs)
    pulled: list[int] = []
    seen_at_batch: list[int] = []

    def bundles():  # type: ignore[no-untyped-def]
        for i, e in enumerate(exs):
            pulled.append(i)
            yield paper_bundle(e, reg)

    stats = load(
        empty_neo4j,
        entity_nodes(reg),
        bundles(),
        batch_size=200,
        progress=False,
        on_batch=lambda s: seen_at_batch.append(len(pulled)),
    )
    assert stats.papers == 120 and stats.transactions > 5
    # Only about one batch of papers was read ahead of each commit.
    paper_batches = seen_at_batch[-(stats.transactions - 1) :]
    assert paper_batches[0] < 40
