"""Neo4j → RDF: the graph read back from a real Neo4j (paged Cypher in cypher/export_*.cypher)
exports to Turtle that rdflib parses into the same papers, entities and relations Neo4j holds,
conforms to the SHACL shapes, and answers "papers evaluated on GSM8K" like Cypher does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import RDF, URIRef

from kg.cli import main
from kg.config import cypher_dir
from kg.models import EdgeRecord, NodeRecord
from kg.rdf.export import export_records
from kg.rdf.from_neo4j import count_graph, read_edges, read_nodes
from kg.rdf.namespace import KG
from kg.rdf.sample import sample_records, synthetic_edges, synthetic_nodes
from kg.rdf.sparql import load_graph, resolve_query, run_query
from kg.rdf.validate import validate_graph
from kg.schema import ENTITY_LABELS, NODES, RELATIONSHIPS, expand, node_iri

if TYPE_CHECKING:
    import neo4j

pytestmark = pytest.mark.neo4j

# Fallback when the Cypher library's query is not there; the library query is preferred.
CYPHER_PAPERS_EVALUATED_ON = """
MATCH (p:Paper)-[:EVALUATED_ON]->(d:Dataset)
WHERE toLower(d.name) = toLower($dataset)
   OR any(a IN coalesce(d.aliases, []) WHERE toLower(a) = toLower($dataset))
RETURN DISTINCT p.id AS paper ORDER BY paper
"""


def _cypher_papers_evaluated_on() -> str:
    path = cypher_dir() / "queries" / "papers-evaluated-on.cypher"
    if not path.is_file():
        return CYPHER_PAPERS_EVALUATED_ON
    text = path.read_text(encoding="utf-8")
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))


def _load(driver: neo4j.Driver, nodes: list[NodeRecord], edges: list[EdgeRecord]) -> None:
    from kg.neo4j.loader import bundles_from_records, load

    entities, bundles = bundles_from_records(nodes, edges)
    load(driver, entities, bundles, progress=False, with_counts=False)


def _rdf_counts(graph: object) -> dict[str, int]:
    out = {}
    for label, spec in NODES.items():
        out[label] = len(set(graph.subjects(RDF.type, URIRef(expand(spec.rdf_class)))))  # type: ignore[attr-defined]
    for rel, spec in RELATIONSHIPS.items():
        out[rel] = len(list(graph.triples((None, URIRef(expand(spec.predicate)), None))))  # type: ignore[attr-defined]
    return out


def test_neo4j_to_turtle_round_trip(empty_neo4j: neo4j.Driver, tmp_path: Path) -> None:
    nodes, edges = sample_records()
    _load(empty_neo4j, nodes, edges)
    in_neo4j = count_graph(empty_neo4j)
    assert in_neo4j["Paper"] == 3 and in_neo4j["EVALUATED_ON"] == 4

    # Small pages exercise the paging of both export queries.
    back_nodes = list(read_nodes(empty_neo4j, page_size=4))
    back_edges = list(read_edges(empty_neo4j, page_size=2))
    assert sorted(n.id for n in back_nodes) == sorted(n.id for n in nodes)
    assert {(e.type, e.source, e.target) for e in back_edges} == {
        (e.type, e.source, e.target) for e in edges
    }
    stats = export_records(back_nodes, back_edges, tmp_path / "neo4j.ttl.gz")
    graph = load_graph([stats.path])
    assert len(graph) == stats.triples

    rdf = _rdf_counts(graph)
    for key, count in in_neo4j.items():
        assert rdf[key] == count, key
    papers = in_neo4j["Paper"]
    entities = sum(in_neo4j[label] for label in ENTITY_LABELS)
    relations = sum(in_neo4j[rel] for rel in RELATIONSHIPS)
    assert (rdf["Paper"], sum(rdf[label] for label in ENTITY_LABELS)) == (papers, entities)
    assert sum(rdf[rel] for rel in RELATIONSHIPS) == relations
    report = validate_graph(graph)
    assert report.conforms, report.text

    # The same dump as a build directory export would give (Neo4j is lossless for RDF).
    direct = export_records(nodes, edges, tmp_path / "direct.ttl.gz")
    assert direct.sha256 == stats.sha256

    # SPARQL over the dump == Cypher over Neo4j.
    for dataset in ("GSM8K", "gsm8k", "GSM-8K", "math"):
        records, _, _ = empty_neo4j.execute_query(_cypher_papers_evaluated_on(), dataset=dataset)
        cypher = {node_iri("Paper", r["paper"]) for r in records}
        result = run_query(graph, resolve_query("papers-evaluated-on"), {"dataset": dataset})
        sparql = {str(row[0]) for row in result.rows}
        assert sparql == cypher and cypher, dataset


def test_kg_export_from_neo4j_cli(
    empty_neo4j: neo4j.Driver,
    neo4j_settings: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    papers = 120
    nodes = list(synthetic_nodes(papers, 12))
    edges = list(synthetic_edges(papers, 12))
    # One result without a dataset: Neo4j keeps it, the RDF export leaves it out (SHACL).
    nodes.append(NodeRecord(label="Result", id="result:ffffffffffffffff", props={"value": 1.0}))
    edges.append(
        EdgeRecord(type="REPORTS", source="arxiv:2401.000000", target="result:ffffffffffffffff")
    )
    _load(empty_neo4j, nodes, edges)
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)  # type: ignore[attr-defined]
    out = tmp_path / "kg.nt.gz"
    assert main(["export", "--from", "neo4j", "-o", str(out), "--validate"]) == 0
    captured = capsys.readouterr()
    assert "SHACL: conforms" in captured.out
    assert "left out 1 results without a dataset or a metric" in captured.err
    graph = load_graph([out])
    assert len(set(graph.subjects(RDF.type, KG.Paper))) == papers
    assert len(set(graph.subjects(RDF.type, KG.Assertion))) == papers * 7
