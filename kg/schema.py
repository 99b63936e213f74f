"""THE mapping table: node labels, relationship types, their properties and ontology IRIs.

Both the Neo4j loader (labels, constraints, relationship types) and the RDF exporter
(classes, predicates, datatypes) read this module, so the two can never drift.
``ontology/kg.ttl`` defines every ``kg:`` term used here; a test checks that.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote

# One stable base for our vocabulary and one for our resources (instances).
ONTOLOGY_IRI = "https://w3id.org/mlkg/ontology"
KG_NS = ONTOLOGY_IRI + "#"
RESOURCE_NS = "https://w3id.org/mlkg/resource/"

PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "kgr": RESOURCE_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "fabio": "http://purl.org/spar/fabio/",
    "schema": "https://schema.org/",
    "mls": "http://www.w3.org/ns/mls#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "lpwc": "https://linkedpaperswithcode.com/property/",
    "lpwcc": "https://linkedpaperswithcode.com/class/",
    "sh": "http://www.w3.org/ns/shacl#",
}


def expand(curie: str) -> str:
    """``"kg:Paper"`` → full IRI."""
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local


@dataclass(frozen=True)
class PropSpec:
    """A node property: its Neo4j name, RDF predicate (CURIE) and XSD datatype."""

    name: str
    predicate: str
    datatype: str = "xsd:string"
    many: bool = False  # a list in Neo4j, repeated triples in RDF
    required: bool = False
    iri: bool = False  # values are IRIs: RDF objects are IRIs, not literals


@dataclass(frozen=True)
class NodeSpec:
    label: str
    rdf_class: str  # our class, CURIE
    id_prefix: str
    superclasses: tuple[str, ...] = ()
    props: tuple[PropSpec, ...] = ()
    description: str = ""

    def prop(self, name: str) -> PropSpec:
        for p in self.props:
            if p.name == name:
                return p
        raise KeyError(f"{self.label} has no property {name!r}")


@dataclass(frozen=True)
class RelSpec:
    type: str  # Neo4j relationship type
    predicate: str  # RDF property, CURIE
    domain: tuple[str, ...]
    range: tuple[str, ...]
    description: str = ""
    close_match: tuple[str, ...] = field(default=())
    inverse_of_external: str | None = None


_ENTITY_PROPS = (
    PropSpec("name", "rdfs:label", required=True),
    PropSpec("aliases", "skos:altLabel", many=True),
    # the knowledge base's external ids (kg/kb/): e.g. GSM8K → its Hugging Face dataset page
    PropSpec("same_as", "schema:sameAs", "xsd:anyURI", many=True, iri=True),
    PropSpec("kb_source", "kg:kbSource"),
)

NODES: dict[str, NodeSpec] = {
    "Paper": NodeSpec(
        "Paper",
        "kg:Paper",
        "paper",
        ("fabio:ResearchPaper", "schema:ScholarlyArticle"),
        (
            PropSpec("title", "dcterms:title", required=True),
            PropSpec("abstract", "dcterms:abstract"),
            PropSpec("arxiv_id", "fabio:hasArXivID"),
            PropSpec("doi", "kg:doi"),
            PropSpec("url", "schema:url", "xsd:anyURI"),
            PropSpec("published", "dcterms:issued", "xsd:date"),
            PropSpec("authors", "dcterms:creator", many=True),
            PropSpec("categories", "dcterms:subject", many=True),
        ),
        "A research paper (title and abstract).",
    ),
    "Method": NodeSpec(
        "Method",
        "kg:Method",
        "method",
        ("mls:Algorithm",),
        _ENTITY_PROPS,
        "A technique, algorithm or architecture family (LoRA, chain-of-thought prompting).",
    ),
    "Model": NodeSpec(
        "Model",
        "kg:Model",
        "model",
        ("mls:Model",),
        _ENTITY_PROPS,
        "A specific trained or released model (GPT-4, Llama-3-8B, BERT).",
    ),
    "Dataset": NodeSpec(
        "Dataset",
        "kg:Dataset",
        "dataset",
        ("mls:Dataset", "schema:Dataset"),
        _ENTITY_PROPS,
        "A dataset or benchmark (GSM8K, MATH, ImageNet).",
    ),
    "Metric": NodeSpec(
        "Metric",
        "kg:Metric",
        "metric",
        ("mls:EvaluationMeasure",),
        (*_ENTITY_PROPS, PropSpec("higher_is_better", "kg:higherIsBetter", "xsd:boolean")),
        "An evaluation measure (accuracy, F1, pass@1, BLEU).",
    ),
    "Task": NodeSpec(
        "Task",
        "kg:Task",
        "task",
        ("mls:Task",),
        _ENTITY_PROPS,
        "A problem addressed by papers (machine translation, math word problem solving).",
    ),
    "Result": NodeSpec(
        "Result",
        "kg:Result",
        "result",
        ("mls:ModelEvaluation",),
        (
            PropSpec("value", "mls:hasValue", "xsd:decimal", required=True),
            PropSpec("unit", "kg:unit"),
            PropSpec("higher_is_better", "kg:higherIsBetter", "xsd:boolean"),
            PropSpec("evidence", "kg:evidenceText"),
            PropSpec("confidence", "kg:confidence", "xsd:decimal"),
            PropSpec("role", "kg:resultRole"),
        ),
        "A reported result: a model or method scored on a dataset with a metric.",
    ),
}

ENTITY_LABELS: tuple[str, ...] = ("Method", "Model", "Dataset", "Metric", "Task")
ALL_ENTITY_LIKE = ENTITY_LABELS

RELATIONSHIPS: dict[str, RelSpec] = {
    "PROPOSES": RelSpec(
        "PROPOSES",
        "kg:proposes",
        ("Paper",),
        ENTITY_LABELS,
        "The paper introduces this method, model, dataset or metric.",
        inverse_of_external="lpwc:introducedBy",
    ),
    "USES": RelSpec(
        "USES",
        "kg:uses",
        ("Paper",),
        ("Method", "Model"),
        "The paper uses this method or model.",
        close_match=("lpwc:hasMethod",),
    ),
    "COMPARES_WITH": RelSpec(
        "COMPARES_WITH",
        "kg:comparesWith",
        ("Paper",),
        ("Method", "Model"),
        "The paper compares its contribution with this baseline method or model.",
    ),
    "BASED_ON": RelSpec(
        "BASED_ON",
        "kg:basedOn",
        ("Paper",),
        ("Method", "Model"),
        "The paper's contribution is built on or fine-tuned from this method or model.",
    ),
    "EVALUATED_ON": RelSpec(
        "EVALUATED_ON",
        "kg:evaluatedOn",
        ("Paper",),
        ("Dataset",),
        "The paper evaluates on this dataset or benchmark.",
        close_match=("lpwc:usesDataset",),
    ),
    "MEASURED_BY": RelSpec(
        "MEASURED_BY", "kg:measuredBy", ("Paper",), ("Metric",), "The paper reports this metric."
    ),
    "ADDRESSES": RelSpec(
        "ADDRESSES",
        "kg:addresses",
        ("Paper",),
        ("Task",),
        "The paper addresses this task.",
        close_match=("lpwc:hasTask",),
    ),
    "REPORTS": RelSpec(
        "REPORTS", "kg:reports", ("Paper",), ("Result",), "The paper reports this result."
    ),
    "ON_DATASET": RelSpec(
        "ON_DATASET",
        "kg:onDataset",
        ("Result",),
        ("Dataset",),
        "The dataset of a result.",
        close_match=("lpwc:hasDataset",),
    ),
    "OF_MODEL": RelSpec(
        "OF_MODEL",
        "kg:ofModel",
        ("Result",),
        ("Model", "Method"),
        "The model or method a result belongs to.",
        close_match=("lpwc:hasModel",),
    ),
    "WITH_METRIC": RelSpec(
        "WITH_METRIC",
        "mls:specifiedBy",
        ("Result",),
        ("Metric",),
        "The metric of a result.",
        close_match=("lpwc:hasMetric",),
    ),
    "IMPROVES_BY": RelSpec(
        "IMPROVES_BY",
        "kg:improvesBy",
        ("Result",),
        ("Result",),
        "The improvement (a result with role delta: same system, dataset and metric) the paper "
        "reports for this score.",
    ),
}

# Entity → entity roll-up (kg/kb/rollup.py): a specific task → its broader task, a dataset
# variant → its family. Not a paper's statement, so it carries no provenance.
RELATIONSHIPS["BROADER"] = RelSpec(
    "BROADER",
    "skos:broader",
    ENTITY_LABELS,
    ENTITY_LABELS,
    "A broader entity of the same kind: a task's general task, a dataset variant's family.",
)
ENTITY_RELATIONSHIPS: tuple[str, ...] = ("BROADER",)

PAPER_RELATIONSHIPS: tuple[str, ...] = (
    "PROPOSES",
    "USES",
    "EVALUATED_ON",
    "MEASURED_BY",
    "ADDRESSES",
    "COMPARES_WITH",
    "BASED_ON",
)
RESULT_RELATIONSHIPS: tuple[str, ...] = ("ON_DATASET", "OF_MODEL", "WITH_METRIC", "IMPROVES_BY")

# The leaderboard (``cypher/queries/leaderboard.cypher``, ``ontology/queries/leaderboard.rq``) and
# the RDF results, the SOTA-over-time queries and the served leaderboards show only scores
# (``role = 'score'``) the extractor is at least this sure of:
# a score whose metric, dataset and system the sentence binds by a cue ("X% accuracy on D")
# has confidence 0.8 or more; one bound by proximity only stays below.
LEADERBOARD_MIN_CONFIDENCE: float = 0.7

# Provenance carried on every extracted relationship (Neo4j properties / RDF assertion nodes).
PROVENANCE_PROPS: tuple[PropSpec, ...] = (
    PropSpec("evidence", "kg:evidenceText"),
    PropSpec("start", "oa:start", "xsd:nonNegativeInteger"),
    PropSpec("end", "oa:end", "xsd:nonNegativeInteger"),
    PropSpec("confidence", "kg:confidence", "xsd:decimal"),
    PropSpec("extractor_version", "kg:extractorVersion"),
    PropSpec("extracted_at", "prov:generatedAtTime", "xsd:dateTime"),
)


_SLUG_DROP = re.compile(r"[^a-z0-9]+")
# a "+" glued to the end of a word names a variant of its own ("HumanEval+", "UNet++",
# "chrF++"); not "A + B", a combination
_WORD_END_PLUS = re.compile(r"(?<=[a-z0-9+])\+(?![a-z0-9])")


def slugify(name: str) -> str:
    """Deterministic, machine-independent slug: NFKD, ASCII, lower-case, ``-`` separated.

    ``GSM8K`` → ``gsm8k``; ``Llama-3-8B`` → ``llama-3-8b``; ``pass@1`` → ``pass-1``;
    ``HumanEval+`` → ``humaneval-plus`` (not HumanEval's slug). Names with no ASCII letters
    or digits fall back to their code points.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = _WORD_END_PLUS.sub("-plus", text.lower())
    slug = _SLUG_DROP.sub("-", text).strip("-")
    if not slug:
        slug = "u" + "-".join(f"{ord(c):x}" for c in name.strip())
    return slug


def entity_id(entity_type: str, canonical_name: str) -> str:
    """``("Dataset", "GSM8K")`` → ``"dataset:gsm8k"``."""
    return f"{NODES[entity_type].id_prefix}:{slugify(canonical_name)}"


# People's own score on a benchmark ("humans achieve 96.5% accuracy") is a leaderboard row of its
# own, as Papers with Code lists "Human Performance": every such Result is credited to this one
# Method entity (gold results name it ``human``).
HUMAN_PERFORMANCE: str = "human performance"
HUMAN_PERFORMANCE_ID: str = entity_id("Method", HUMAN_PERFORMANCE)


def label_of_id(node_id: str) -> str:
    """The label a node id belongs to (``dataset:gsm8k`` → ``Dataset``, ``arxiv:…`` → Paper)."""
    prefix = node_id.split(":", 1)[0]
    for spec in NODES.values():
        if spec.id_prefix == prefix and spec.label != "Paper":
            return spec.label
    return "Paper"


def node_iri(label: str, node_id: str) -> str:
    """The IRI of a node, used as ``uri`` in Neo4j and as the subject in RDF.

    ``("Dataset", "dataset:gsm8k")`` → ``…/resource/dataset/gsm8k``;
    ``("Paper", "arxiv:2401.12345")`` → ``…/resource/paper/arxiv-2401.12345``.
    """
    spec = NODES[label]
    local = node_id
    if local.startswith(spec.id_prefix + ":"):
        local = local[len(spec.id_prefix) + 1 :]
    else:
        local = local.replace(":", "-", 1)
    return f"{RESOURCE_NS}{spec.id_prefix}/{quote(local, safe='-._~')}"
