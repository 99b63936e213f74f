"""kg.schema: the one mapping table shared by the Neo4j loader and the RDF exporter."""

from __future__ import annotations

from kg.models import ENTITY_TYPES, PAPER_RELATION_TYPES
from kg.schema import (
    NODES,
    PREFIXES,
    RELATIONSHIPS,
    entity_id,
    expand,
    label_of_id,
    node_iri,
    slugify,
)


def test_slugify_is_deterministic_and_ascii() -> None:
    assert slugify("GSM8K") == "gsm8k"
    assert slugify("Llama-3-8B") == "llama-3-8b"
    assert slugify("pass@1") == "pass-1"
    assert slugify("Café  Net") == "cafe-net"
    assert slugify("αβ") == slugify("αβ")
    assert slugify("αβ").isascii()


def test_a_plus_that_ends_a_name_keeps_the_variant_apart() -> None:
    # "HumanEval+" and "HumanEval", "ScanNet++" and "ScanNet" are different datasets; their ids
    # were one, so the knowledge base merged them (also RefCOCO+, SWE-bench+, PointNet++)
    assert entity_id("Dataset", "HumanEval+") != entity_id("Dataset", "HumanEval")
    assert slugify("ScanNet++") == "scannet-plus-plus"
    assert slugify("RefCOCO+ val") == "refcoco-plus-val"
    assert slugify("CNN+LSTM") == slugify("CNN + LSTM") == "cnn-lstm"  # a combination


def test_entity_ids_and_labels_round_trip() -> None:
    for label in ENTITY_TYPES:
        node_id = entity_id(label, "Some Name")
        assert label_of_id(node_id) == label
    assert label_of_id("arxiv:2401.12345") == "Paper"
    assert label_of_id("title:0123456789abcdef") == "Paper"


def test_iris_are_stable_and_typed_by_label() -> None:
    assert node_iri("Dataset", "dataset:gsm8k").endswith("/resource/dataset/gsm8k")
    assert node_iri("Paper", "arxiv:2401.12345").endswith("/resource/paper/arxiv-2401.12345")
    assert node_iri("Paper", "doi:10.1/x y").endswith("/paper/doi-10.1%2Fx%20y")


def test_every_model_type_is_in_the_table() -> None:
    assert set(ENTITY_TYPES) <= set(NODES)
    assert set(PAPER_RELATION_TYPES) <= set(RELATIONSHIPS)
    for rel in RELATIONSHIPS.values():
        for label in (*rel.domain, *rel.range):
            assert label in NODES
        expand(rel.predicate)
    for node in NODES.values():
        for curie in (node.rdf_class, *node.superclasses, *(p.predicate for p in node.props)):
            assert curie.split(":", 1)[0] in PREFIXES
