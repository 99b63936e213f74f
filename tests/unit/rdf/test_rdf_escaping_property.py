"""Property test: any string survives export → parse unchanged, in every format."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import URIRef

from kg.models import NodeRecord
from kg.rdf.export import export_records
from kg.rdf.sparql import load_graph
from kg.schema import PREFIXES, node_iri

# Characters RDF literals can hold (XML-1.0-ish: no surrogates, no NUL).
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, alias=TEXT)
def test_literals_round_trip(title: str, alias: str) -> None:
    nodes = [
        NodeRecord(label="Paper", id="arxiv:2401.00001", props={"title": title}),
        NodeRecord(label="Task", id="task:t", props={"name": "t", "aliases": [alias]}),
    ]
    paper = URIRef(node_iri("Paper", "arxiv:2401.00001"))
    task = URIRef(node_iri("Task", "task:t"))
    with tempfile.TemporaryDirectory() as tmp:
        for name, fmt in (("x.ttl", "ttl"), ("x.nt", "nt"), ("x.jsonld", "jsonld")):
            graph = load_graph([export_records(nodes, [], Path(tmp) / name, fmt, void=False).path])
            got = graph.value(paper, URIRef(PREFIXES["dcterms"] + "title"))
            assert str(got) == title, fmt
            alt = graph.value(task, URIRef(PREFIXES["skos"] + "altLabel"))
            assert str(alt) == alias, fmt
