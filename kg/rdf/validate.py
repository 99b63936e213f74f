"""SHACL validation of dumps against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.config import ontology_dir


@dataclass
class ValidationReport:
    conforms: bool
    text: str
    violations: int


def shapes_graph(path: Path | None = None) -> Graph:
    return Graph().parse(path or ontology_dir() / "shapes.ttl", format="turtle")


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate a data graph (no inference) against the kg shapes."""
    from pyshacl import validate

    conforms, report_graph, text = validate(
        data, shacl_graph=shapes if shapes is not None else shapes_graph(), inference="none"
    )
    sh = "http://www.w3.org/ns/shacl#"
    from rdflib import RDF, URIRef

    violations = len(set(report_graph.subjects(RDF.type, URIRef(sh + "ValidationResult"))))
    return ValidationReport(bool(conforms), str(text), violations)


def validate_dump(*paths: Path) -> ValidationReport:
    """Parse dumps (ttl/nt/jsonld, optionally .gz) and validate them together."""
    from kg.rdf.sparql import load_graph

    return validate_graph(load_graph(list(paths)))
