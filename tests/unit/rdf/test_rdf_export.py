"""kg.rdf.export: streaming, deterministic, SHACL-valid dumps in three formats, with VoID."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import ExportError, InputError
from kg.models import EdgeRecord, NodeRecord
from kg.rdf.export import (
    assertion_iri,
    export_build_dir,
    export_records,
    format_from_path,
)
from kg.rdf.namespace import KG
from kg.rdf.sample import write_build_dir
from kg.rdf.sparql import load_graph
from kg.rdf.validate import validate_dump, validate_graph
from kg.schema import PREFIXES, RESULT_RELATIONSHIPS, node_iri

Sample = tuple[list[NodeRecord], list[EdgeRecord]]
PROV = PREFIXES["prov"]
OA = PREFIXES["oa"]
MLS = PREFIXES["mls"]
XSD = PREFIXES["xsd"]


@pytest.mark.parametrize("name", ["kg.ttl", "kg.ttl.gz", "kg.nt", "kg.nt.gz", "kg.jsonld"])
def test_every_format_parses_to_the_same_graph_and_conforms(
    tmp_path: Path, sample: Sample, name: str
) -> None:
    fmt = format_from_path(Path(name))
    assert fmt is not None
    stats = export_records(*sample, tmp_path / name, fmt)
    graph = load_graph([stats.path])
    assert len(graph) == stats.triples
    reference = load_graph([export_records(*sample, tmp_path / "ref.nt", "nt").path])
    assert isomorphic(graph, reference)
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_counts_match_the_records(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    stats = export_records(nodes, edges, tmp_path / "kg.ttl")
    graph = load_graph([stats.path])
    for label in ("Paper", "Dataset", "Method", "Model", "Metric", "Task", "Result"):
        expected = sum(1 for n in nodes if n.label == label)
        got = len(set(graph.subjects(RDF.type, URIRef(getattr(KG, label)))))
        assert got == expected == stats.nodes_by_label[label], label
    asserted = [e for e in edges if e.type not in RESULT_RELATIONSHIPS]
    assert len(set(graph.subjects(RDF.type, KG.Assertion))) == len(asserted) == stats.assertions
    assert stats.edges == len(edges) and stats.skipped == 0


def test_output_is_deterministic_and_sorted(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    a = export_records(nodes, edges, tmp_path / "a.ttl.gz")
    b = export_records(list(reversed(nodes)), list(reversed(edges)), tmp_path / "b.ttl.gz")
    assert a.path.read_bytes() == b.path.read_bytes()  # gzip mtime=0, input order irrelevant
    assert a.sha256 == b.sha256 == hashlib.sha256(a.path.read_bytes()).hexdigest()
    text = gzip.decompress(a.path.read_bytes()).decode()
    subjects = re.findall(r"^<([^>]+)>$", text, flags=re.M)
    assert subjects == sorted(subjects) and len(subjects) == len(set(subjects)) == a.subjects
    assert text.startswith("@prefix kg:")


def test_spilling_to_disk_gives_identical_output(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    memory = export_records(nodes, edges, tmp_path / "m.ttl")
    spilled = export_records(nodes, edges, tmp_path / "s.ttl", buffer_size=17)
    assert spilled.spilled_runs > 3
    assert memory.path.read_bytes() == spilled.path.read_bytes()


def test_paper_and_result_terms(tmp_path: Path, sample: Sample) -> None:
    graph = load_graph([export_records(*sample, tmp_path / "kg.ttl").path])
    paper = URIRef(node_iri("Paper", "arxiv:2402.14830"))
    assert (paper, RDF.type, URIRef(PREFIXES["fabio"] + "ResearchPaper")) in graph
    issued = graph.value(paper, URIRef(PREFIXES["dcterms"] + "issued"))
    assert isinstance(issued, Literal) and issued.datatype == URIRef(XSD + "date")
    results = list(graph.subjects(RDF.type, KG.Result))
    assert results
    for result in results:
        value = graph.value(result, URIRef(MLS + "hasValue"))
        assert isinstance(value, Literal) and value.datatype == URIRef(XSD + "decimal")
        assert isinstance(value.toPython(), Decimal)
        assert (result, RDF.type, URIRef(MLS + "ModelEvaluation")) in graph
        assert graph.value(result, URIRef(MLS + "specifiedBy")) is not None


def test_assertions_carry_provenance_and_evidence(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    graph = load_graph([export_records(nodes, edges, tmp_path / "kg.ttl").path])
    edge = next(e for e in edges if e.type == "EVALUATED_ON")
    a = URIRef(assertion_iri(edge.type, edge.source, edge.target))
    paper = URIRef(node_iri("Paper", edge.source))
    assert (a, RDF.subject, paper) in graph
    assert (a, RDF.predicate, KG.evaluatedOn) in graph
    assert (a, RDF.object, URIRef(node_iri("Dataset", edge.target))) in graph
    assert (a, URIRef(PROV + "wasDerivedFrom"), paper) in graph
    activity = graph.value(a, URIRef(PROV + "wasGeneratedBy"))
    assert (activity, RDF.type, KG.ExtractionActivity) in graph
    agent = graph.value(activity, URIRef(PROV + "wasAssociatedWith"))
    assert (agent, RDF.type, URIRef(PROV + "SoftwareAgent")) in graph
    assert graph.value(activity, KG.extractorVersion) == Literal(edge.props["extractor_version"])
    when = graph.value(a, URIRef(PROV + "generatedAtTime"))
    assert when is not None and when.datatype == URIRef(XSD + "dateTime")
    assert graph.value(a, KG.confidence).toPython() == Decimal("0.9")
    selector = graph.value(a, KG.evidence)
    assert (selector, RDF.type, URIRef(OA + "TextQuoteSelector")) in graph
    assert str(graph.value(selector, URIRef(OA + "exact"))) == edge.props["evidence"]
    assert graph.value(selector, URIRef(OA + "start")).toPython() == edge.props["start"]
    assert graph.value(selector, URIRef(OA + "end")).toPython() == edge.props["end"]


def test_strings_are_escaped_and_round_trip(tmp_path: Path) -> None:
    tricky = 'Quotes " and \\ back\tslash\nnew line, unicode: αβγ – 🙂, control \x01'
    nodes = [
        NodeRecord(label="Paper", id="doi:10.1/x y", props={"title": tricky}),
        NodeRecord(label="Dataset", id="dataset:weird", props={"name": "x", "aliases": [tricky]}),
    ]
    for name, fmt in (("t.ttl", "ttl"), ("t.nt", "nt"), ("t.jsonld", "jsonld")):
        graph = load_graph([export_records(nodes, [], tmp_path / name, fmt).path])
        paper = URIRef(node_iri("Paper", "doi:10.1/x y"))
        assert str(graph.value(paper, URIRef(PREFIXES["dcterms"] + "title"))) == tricky
    spilled = export_records(nodes, [], tmp_path / "s.ttl", buffer_size=1)
    assert spilled.path.read_bytes() == (tmp_path / "t.ttl").read_bytes()


def test_records_that_do_not_fit_the_schema_are_skipped(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    bad_nodes = [*nodes, NodeRecord(label="Author", id="author:x", props={})]
    bad_nodes.append(NodeRecord(label="Result", id="result:bad", props={"value": "n/a"}))
    bad_edges = [*edges, EdgeRecord(type="CITES", source="arxiv:1", target="arxiv:2")]
    bad_edges.append(EdgeRecord(type="USES", source="arxiv:1", target="dataset:gsm8k"))
    stats = export_records(bad_nodes, bad_edges, tmp_path / "kg.ttl", drop=())
    assert stats.skipped == 4
    assert validate_dump(stats.path).conforms


def test_void_description(tmp_path: Path, sample: Sample) -> None:
    stats = export_records(*sample, tmp_path / "kg-2026-11-28.ttl.gz")
    assert stats.void_path == tmp_path / "kg-2026-11-28.ttl.gz.void.ttl"
    void = Graph().parse(stats.void_path, format="turtle")
    vd = PREFIXES["void"]
    dataset = next(iter(void.subjects(RDF.type, URIRef(vd + "Dataset"))))
    assert void.value(dataset, URIRef(vd + "triples")).toPython() == stats.triples
    assert void.value(dataset, URIRef(vd + "entities")).toPython() == stats.nodes
    dump = void.value(dataset, URIRef(vd + "dataDump"))
    assert str(dump) == (tmp_path / "kg-2026-11-28.ttl.gz").resolve().as_uri()
    license_ = void.value(dataset, URIRef(PREFIXES["dcterms"] + "license"))
    assert str(license_) == "http://creativecommons.org/publicdomain/zero/1.0/"
    assert void.value(dataset, URIRef(PREFIXES["dcterms"] + "issued")) is not None
    values = {str(o) for o in void.objects(None, URIRef("http://spdx.org/rdf/terms#checksumValue"))}
    assert values == {stats.sha256}
    partitions = {
        str(void.value(p, URIRef(vd + "class"))): void.value(p, URIRef(vd + "entities")).toPython()
        for p in void.objects(dataset, URIRef(vd + "classPartition"))
    }
    assert partitions[str(KG.Paper)] == 3
    sidecar = (tmp_path / "kg-2026-11-28.ttl.gz.sha256").read_text().split()
    assert sidecar == [stats.sha256, "kg-2026-11-28.ttl.gz"]


def test_export_build_dir_to_a_directory(tmp_path: Path, build_dir: Path) -> None:
    dumps = build_dir / "dumps"
    dumps.mkdir()
    stats = export_build_dir(build_dir, dumps)
    assert re.fullmatch(r"kg-\d{4}-\d{2}-\d{2}\.ttl\.gz", stats.path.name)
    assert stats.path.parent == dumps and stats.triples > 300
    assert validate_dump(stats.path).conforms


def test_export_build_dir_bad_lines_are_skipped(tmp_path: Path, build_dir: Path) -> None:
    with (build_dir / "nodes.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    stats = export_build_dir(build_dir, tmp_path / "x.nt", "nt")
    assert stats.nodes == 19


def test_errors(tmp_path: Path, sample: Sample) -> None:
    with pytest.raises(InputError):
        export_build_dir(tmp_path / "missing", tmp_path / "x.ttl")
    with pytest.raises(ExportError):
        export_records(*sample, tmp_path / "x.rdf", "rdfxml")


def test_jsonld_is_plain_json_with_a_context(tmp_path: Path, sample: Sample) -> None:
    stats = export_records(*sample, tmp_path / "kg.jsonld", "jsonld")
    doc = json.loads(stats.path.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == PREFIXES["kg"]
    assert len(doc["@graph"]) == stats.subjects


def test_incomplete_results_are_left_out(tmp_path: Path, sample: Sample) -> None:
    nodes, edges = sample
    no_dataset = [e for e in edges if e.type != "ON_DATASET" or e is not edges_on(edges)[0]]
    dropped = edges_on(edges)[0].source
    stats = export_records(nodes, no_dataset, tmp_path / "kg.ttl")
    assert stats.dropped == 1 and stats.nodes_by_label["Result"] == 2
    graph = load_graph([stats.path])
    assert not list(graph.triples((URIRef(node_iri("Result", dropped)), None, None)))
    assert not list(graph.triples((None, None, URIRef(node_iri("Result", dropped)))))
    assert validate_graph(graph).conforms
    # Streaming from a build directory gives the same dump.
    build = write_build_dir(tmp_path / "b", nodes, no_dataset)
    again = export_build_dir(build, tmp_path / "again.ttl")
    assert again.dropped == 1
    assert again.path.read_bytes() == stats.path.read_bytes()


def edges_on(edges: list[EdgeRecord]) -> list[EdgeRecord]:
    return [e for e in edges if e.type == "ON_DATASET"]


def test_batched_merge_equals_sorting_everything(tmp_path: Path) -> None:
    import random

    from kg.rdf.export import _merge_sorted

    rng = random.Random(17)
    alphabet = ["a", "ab", "b", "ba", "bb", "c", "é", "z\t1", "z\t1\t"]
    lines = [rng.choice(alphabet) + str(rng.randrange(50)) + "\n" for _ in range(5000)]
    chunks = [sorted(lines[i : i + rng.randrange(1, 900)]) for i in range(0, 4000, 700)]
    files = []
    for k, chunk in enumerate(chunks):
        path = tmp_path / f"run{k}"
        path.write_text("".join(chunk), encoding="utf-8")
        files.append(path)
    files.append(tmp_path / "empty")
    files[-1].write_text("", encoding="utf-8")
    first = sorted(lines[4000:])
    handles = [open(f, encoding="utf-8", newline="\n") for f in files]  # noqa: SIM115
    try:
        batches = list(_merge_sorted(first, handles))
    finally:
        for h in handles:
            h.close()
    merged = [line for batch in batches for line in batch]
    assert merged == sorted(first + [line for chunk in chunks for line in chunk])
    assert len(batches) > 1  # the batches really were cut


def test_a_write_error_in_the_writer_thread_is_raised() -> None:
    from kg.rdf import export

    class Full:
        def write(self, data: bytes) -> int:
            raise OSError(28, "No space left on device")

        def flush(self) -> None: ...

    writer = export._ChunkedWriter(Full())  # type: ignore[arg-type]
    writer.write("x" * (export._ChunkedWriter.CHUNK + 1))  # handed to the thread
    with pytest.raises(OSError, match="No space"):
        writer.close()
    assert not writer.thread.is_alive()
