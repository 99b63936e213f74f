"""ontology/kg.ttl: parses, documents every term, aligns as kg.schema says, and the code uses
no kg: term the ontology lacks (and the ontology defines no term nothing uses)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection

from kg.config import ontology_dir, project_root
from kg.rdf import gen_namespace
from kg.rdf.namespace import KG
from kg.schema import KG_NS, NODES, PROVENANCE_PROPS, RELATIONSHIPS, expand

SKOS_CLOSE = URIRef("http://www.w3.org/2004/02/skos/core#closeMatch")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def _defined(onto: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {
        str(s)[len(KG_NS) :]
        for k in kinds
        for s in onto.subjects(RDF.type, k)
        if str(s).startswith(KG_NS)
    }


def _schema_curies() -> set[str]:
    curies: set[str] = set()
    for node in NODES.values():
        curies |= {node.rdf_class, *node.superclasses, *(p.predicate for p in node.props)}
        curies |= {p.datatype for p in node.props}
    for rel in RELATIONSHIPS.values():
        curies |= {rel.predicate, *rel.close_match}
        if rel.inverse_of_external:
            curies.add(rel.inverse_of_external)
    curies |= {p.predicate for p in PROVENANCE_PROPS} | {p.datatype for p in PROVENANCE_PROPS}
    return curies


_CURIE = re.compile(r"(?<![\w/#.-])kg:([A-Za-z_][A-Za-z0-9_]*)")
_ATTR = re.compile(r"\bKG\.([A-Za-z_][A-Za-z0-9_]*)")


def _code_terms() -> set[str]:
    """kg: CURIEs and KG.<term> uses in kg/**/*.py and ontology/{shapes.ttl,queries/*.rq}."""
    root = project_root()
    files = [p for p in (root / "kg").rglob("*.py") if p.name != "namespace.py"]
    files += [ontology_dir() / "shapes.ttl", *sorted((ontology_dir() / "queries").glob("*.rq"))]
    terms: set[str] = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        terms |= set(_CURIE.findall(text))
        if path.suffix == ".py":
            terms |= set(_ATTR.findall(text))
    return terms


def test_ontology_parses_and_is_versioned(onto: Graph) -> None:
    ontology = URIRef(KG_NS[:-1])
    assert (ontology, RDF.type, OWL.Ontology) in onto
    assert onto.value(ontology, OWL.versionInfo) is not None
    assert onto.value(ontology, RDFS.label) is not None


def test_every_term_has_label_and_comment(onto: Graph) -> None:
    for name in _defined(onto):
        term = URIRef(KG_NS + name)
        assert onto.value(term, RDFS.label), name
        assert onto.value(term, RDFS.comment), name


def test_schema_terms_are_defined_and_defined_terms_are_used(onto: Graph) -> None:
    defined = _defined(onto)
    used = {c.split(":", 1)[1] for c in _schema_curies() if c.startswith("kg:")}
    used |= _code_terms()
    assert used - defined == set(), "kg: terms used but not defined in ontology/kg.ttl"
    assert defined - used == set(), "kg: terms defined in ontology/kg.ttl but never used"


def test_no_undefined_term_in_any_kg_prefixed_use(onto: Graph) -> None:
    defined = _defined(onto)
    assert _code_terms() <= defined


def test_defined_namespace_is_generated_and_strict() -> None:
    assert (Path(gen_namespace.__file__).parent / "namespace.py").read_text(
        encoding="utf-8"
    ) == gen_namespace.render(), "run: python -m kg.rdf.gen_namespace"
    assert str(KG.Paper) == KG_NS + "Paper"
    with pytest.raises(AttributeError):
        _ = KG.NoSuchTerm


def _union(onto: Graph, node: object) -> set[str]:
    if isinstance(node, URIRef):
        return {str(node)}
    members = onto.value(node, OWL.unionOf)  # type: ignore[arg-type]
    return {str(m) for m in Collection(onto, members)}


def test_classes_align_as_the_mapping_table_says(onto: Graph) -> None:
    for node in NODES.values():
        cls = URIRef(expand(node.rdf_class))
        assert (cls, RDF.type, OWL.Class) in onto
        supers = {str(o) for o in onto.objects(cls, RDFS.subClassOf)}
        assert {expand(c) for c in node.superclasses} <= supers, node.label
    # The alignments, spelled out.
    expected = {
        "Paper": {"fabio:ResearchPaper", "schema:ScholarlyArticle"},
        "Method": {"mls:Algorithm"},
        "Model": {"mls:Model"},
        "Dataset": {"mls:Dataset", "schema:Dataset"},
        "Metric": {"mls:EvaluationMeasure"},
        "Task": {"mls:Task"},
        "Result": {"mls:ModelEvaluation"},
    }
    for label, supers in expected.items():
        got = {str(o) for o in onto.objects(URIRef(KG_NS + label), RDFS.subClassOf)}
        assert {expand(c) for c in supers} <= got


def test_relationship_properties_match_domains_ranges_and_lpwc_links(onto: Graph) -> None:
    for rel in RELATIONSHIPS.values():
        if not rel.predicate.startswith("kg:"):
            continue  # WITH_METRIC is mls:specifiedBy (external)
        prop = URIRef(expand(rel.predicate))
        assert (prop, RDF.type, OWL.ObjectProperty) in onto, rel.type
        domain = _union(onto, onto.value(prop, RDFS.domain))
        rng = _union(onto, onto.value(prop, RDFS.range))
        assert domain == {expand(NODES[d].rdf_class) for d in rel.domain}, rel.type
        assert rng == {expand(NODES[r].rdf_class) for r in rel.range}, rel.type
        for close in rel.close_match:
            assert (prop, SKOS_CLOSE, URIRef(expand(close))) in onto, rel.type
        if rel.inverse_of_external:
            assert (prop, OWL.inverseOf, URIRef(expand(rel.inverse_of_external))) in onto


def test_datatype_properties_have_the_schema_range(onto: Graph) -> None:
    specs = [p for n in NODES.values() for p in n.props] + list(PROVENANCE_PROPS)
    for spec in specs:
        if not spec.predicate.startswith("kg:"):
            continue
        prop = URIRef(expand(spec.predicate))
        assert (prop, RDF.type, OWL.DatatypeProperty) in onto, spec.name
        assert str(onto.value(prop, RDFS.range)) == expand(spec.datatype), spec.name


def test_shapes_cover_every_class() -> None:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    sh_target = URIRef("http://www.w3.org/ns/shacl#targetClass")
    targets = {str(o) for o in shapes.objects(None, sh_target)}
    for node in NODES.values():
        assert expand(node.rdf_class) in targets, node.label
    assert str(KG.Assertion) in targets and str(KG.ExtractionActivity) in targets
