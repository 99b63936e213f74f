"""kg.graph: rows per schema, de-duplication, result ids, stats, files."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.graph import (
    build_graph,
    entity_nodes,
    paper_bundle,
    records_from_extractions,
    result_node_id,
    stats_of,
    write_graphml,
    write_node_link_json,
    write_sorted_jsonl,
)
from kg.models import Evidence, PaperRelation
from kg.neo4j.synthetic import synthetic_extractions
from kg.resolve import resolve_extractions
from kg.schema import NODES, PROVENANCE_PROPS, RELATIONSHIPS, label_of_id


def test_rows_follow_the_schema_table() -> None:
    exs = list(synthetic_extractions(30))
    reg = resolve_extractions(exs)
    nodes, edges = records_from_extractions(exs, reg)
    prov = {p.name for p in PROVENANCE_PROPS}
    for n in nodes:
        assert n.label in NODES
        assert set(n.props) <= {p.name for p in NODES[n.label].props}
        for p in NODES[n.label].props:
            if p.required:
                assert p.name in n.props
    for e in edges:
        spec = RELATIONSHIPS[e.type]
        assert label_of_id(e.source) in spec.domain
        assert label_of_id(e.target) in spec.range
        assert set(e.props) <= prov
        assert {"extractor_version", "extracted_at", "confidence"} <= set(e.props)
    ids = {n.id for n in nodes}
    assert all(e.source in ids and e.target in ids for e in edges)
    assert nodes == sorted(nodes, key=lambda n: (n.label, n.id))
    assert edges == sorted(edges, key=lambda e: (e.type, e.source, e.target))


def test_duplicate_relations_collapse_to_most_confident() -> None:
    ex = next(synthetic_extractions(1))
    rel = ex.relations[0]
    weaker = rel.model_copy(
        update={"confidence": 0.1, "evidence": Evidence(sentence="x", start=0, end=1)}
    )
    stronger = rel.model_copy(update={"confidence": 1.0})
    ex = ex.model_copy(update={"relations": [weaker, *ex.relations, stronger]})
    b = paper_bundle(ex)
    same = [e for e in b.edges if e.type == rel.type and e.target == rel.entity_id]
    assert len(same) == 1 and same[0].props["confidence"] == 1.0


def test_edges_outside_the_schema_are_dropped() -> None:
    ex = next(synthetic_extractions(1))
    bad = PaperRelation(
        type="EVALUATED_ON",
        entity_id="model:gpt-4",
        entity_type="Model",
        confidence=0.9,
        evidence=Evidence(sentence="s", start=0, end=1),
    )
    ex = ex.model_copy(update={"relations": [*ex.relations, bad]})
    assert all(e.target != "model:gpt-4" for e in paper_bundle(ex).edges)


def test_result_node_id_format_and_stability() -> None:
    rid = result_node_id("arxiv:1", "model:a", "dataset:b", "metric:c", 80)
    assert rid == result_node_id("arxiv:1", "model:a", "dataset:b", "metric:c", 80.0)
    assert rid.startswith("result:") and len(rid) == len("result:") + 16
    assert rid != result_node_id("arxiv:1", "model:a", "dataset:b", "metric:c", 80.1)
    # a delta of the same value is another node; a score's id does not change
    assert rid != result_node_id("arxiv:1", "model:a", "dataset:b", "metric:c", 80, "delta")
    assert rid == result_node_id("arxiv:1", "model:a", "dataset:b", "metric:c", 80, "score")


def test_stats_and_top_entities() -> None:
    exs = list(synthetic_extractions(40))
    reg = resolve_extractions(exs)
    nodes, edges = records_from_extractions(exs, reg)
    stats = stats_of(nodes, edges)
    assert stats["nodes"]["Paper"] == 40
    assert stats["total_relationships"] == len(edges)
    top = stats["top"]["Dataset"]
    assert top and top == sorted(top, key=lambda t: (-t["papers"], t["name"].lower(), t["id"]))


def test_graphml_and_node_link_json(tmp_path: Path) -> None:
    exs = list(synthetic_extractions(10))
    reg = resolve_extractions(exs)
    nodes, edges = records_from_extractions(exs, reg)
    g = build_graph(nodes, edges)
    write_graphml(g, tmp_path / "g.graphml")
    write_node_link_json(g, tmp_path / "g.json")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == len(nodes)
    assert back.number_of_edges() == len(edges)
    some_paper = next(n for n in nodes if n.label == "Paper")
    assert "; " in back.nodes[some_paper.id]["authors"]  # lists joined for Gephi
    data = json.loads((tmp_path / "g.json").read_text())
    assert len(data["nodes"]) == len(nodes) and len(data["edges"]) == len(edges)


def test_external_sort_dedupes_keeping_last(tmp_path: Path) -> None:
    items = [(f"k{i % 7:02d}", json.dumps({"i": i})) for i in range(50)]
    out = tmp_path / "s.jsonl"
    n = write_sorted_jsonl(iter(items), out, chunk_size=6)
    lines = out.read_text().splitlines()
    assert n == 7 == len(lines)
    values = [json.loads(x)["i"] for x in lines]
    assert values == [max(i for i in range(50) if i % 7 == k) for k in range(7)]
    assert not list(tmp_path.glob("*.part"))


def test_results_without_dataset_or_metric_do_not_become_nodes() -> None:
    ex = next(synthetic_extractions(1))
    assert ex.results, "the synthetic extraction should carry a result"
    complete = ex.results[0]
    no_dataset = complete.model_copy(update={"dataset_id": None, "value": complete.value + 1})
    no_metric = complete.model_copy(update={"metric_id": None, "value": complete.value + 2})
    ex = ex.model_copy(update={"results": [complete, no_dataset, no_metric]})
    bundle = paper_bundle(ex)
    results = [n for n in bundle.nodes if n.label == "Result"]
    assert [n.props["value"] for n in results] == [float(complete.value)]
    for node in results:
        kinds = {e.type for e in bundle.edges if e.source == node.id}
        assert {"ON_DATASET", "WITH_METRIC"} <= kinds


def test_a_delta_is_a_result_node_the_unique_matching_score_improves_by() -> None:
    ex = next(synthetic_extractions(1))
    score = ex.results[0]
    delta = score.model_copy(update={"value": 2.5, "role": "delta"})
    other = delta.model_copy(update={"dataset_id": None, "value": 3.0})  # no dataset: no node
    bundle = paper_bundle(ex.model_copy(update={"results": [score], "deltas": [delta, other]}))
    nodes = {n.props["role"]: n for n in bundle.nodes if n.label == "Result"}
    assert set(nodes) == {"score", "delta"} and nodes["delta"].props["value"] == 2.5
    improves = [(e.source, e.target) for e in bundle.edges if e.type == "IMPROVES_BY"]
    assert improves == [(nodes["score"].id, nodes["delta"].id)]
    reported = {(e.type, e.source) for e in bundle.edges if e.target == nodes["delta"].id}
    assert ("REPORTS", ex.paper.id) in reported
    # two scores of the same system, dataset and metric: which one improved is not known
    twin = score.model_copy(update={"value": score.value + 1})
    bundle = paper_bundle(ex.model_copy(update={"results": [score, twin], "deltas": [delta]}))
    assert not [e for e in bundle.edges if e.type == "IMPROVES_BY"]


def test_entities_only_a_delta_refers_to_get_nodes() -> None:
    ex = next(synthetic_extractions(1))
    delta = ex.results[0].model_copy(
        update={"metric_id": "metric:zorb-gain", "value": 2.5, "role": "delta"}
    )
    ex = ex.model_copy(update={"deltas": [delta]})
    registry = resolve_extractions([ex])
    bundle = paper_bundle(ex, registry)
    ids = {n.id for n in entity_nodes(registry)} | {n.id for n in bundle.nodes}
    assert all(e.target in ids for e in bundle.edges)
    assert "metric:zorb-gain" in ids
