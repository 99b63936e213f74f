"""ontology/shapes.ttl catches what it must (pySHACL)."""

from __future__ import annotations

from pathlib import Path

from kg.models import EdgeRecord, NodeRecord
from kg.rdf.export import export_records
from kg.rdf.validate import validate_dump

Sample = tuple[list[NodeRecord], list[EdgeRecord]]


def _conforms(tmp_path: Path, nodes: list[NodeRecord], edges: list[EdgeRecord]) -> bool:
    # drop=() keeps incomplete results, so the shapes themselves are tested.
    stats = export_records(nodes, edges, tmp_path / "x.ttl", void=False, drop=())
    return validate_dump(stats.path).conforms


def test_sample_conforms(tmp_path: Path, sample: Sample) -> None:
    assert _conforms(tmp_path, *sample)


def test_result_needs_exactly_one_dataset(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    assert not _conforms(tmp_path, nodes, [e for e in edges if e.type != "ON_DATASET"])
    extra = next(e for e in edges if e.type == "ON_DATASET")
    two = extra.model_copy(update={"target": "dataset:svamp"})
    assert not _conforms(tmp_path, nodes, [*edges, two])


def test_result_needs_a_metric(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    assert not _conforms(tmp_path, nodes, [e for e in edges if e.type != "WITH_METRIC"])


def test_paper_needs_a_title_and_entities_a_label(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    untitled = [
        n.model_copy(update={"props": {"abstract": "x"}}) if n.label == "Paper" else n
        for n in nodes
    ]
    assert not _conforms(tmp_path, untitled, edges)
    unlabelled = [n.model_copy(update={"props": {}}) if n.label == "Task" else n for n in nodes]
    assert not _conforms(tmp_path, unlabelled, edges)


def test_confidence_must_be_between_0_and_1(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    bad = [
        e.model_copy(update={"props": {**e.props, "confidence": 1.5}}) if e.type == "USES" else e
        for e in edges
    ]
    assert not _conforms(tmp_path, nodes, bad)


def test_relation_target_must_have_the_right_class(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    # EVALUATED_ON a dataset that has no node: the target has no kg:Dataset type.
    dangling = EdgeRecord(type="EVALUATED_ON", source="arxiv:2402.14830", target="dataset:nope")
    assert not _conforms(tmp_path, nodes, [*edges, dangling])
