"""VoID + DCAT description of one dump, written beside it as ``<dump>.void.ttl``.

The description uses IRIs relative to its own location (``<kg-2026-11-28.ttl.gz>``,
``<#dataset>``) so it stays true wherever the dumps are served from: a client that fetches
``http://host/dumps/kg-2026-11-28.ttl.gz.void.ttl`` resolves ``void:dataDump`` to the dump
next to it.

Licence: the whole dump is released under CC0 1.0. Paper metadata in it (titles, abstracts,
arXiv ids, dates, authors, categories) comes from arXiv's metadata, which arXiv makes available
under CC0 1.0; the extracted entities, relations, results and provenance are ours, also CC0.
Full texts are not included; papers keep their own licences.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kg import __version__
from kg.schema import NODES, ONTOLOGY_IRI, PREFIXES, RELATIONSHIPS, RESOURCE_NS, expand

if TYPE_CHECKING:
    from kg.rdf.export import ExportStats

CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
SPDX = "http://spdx.org/rdf/terms#"
KG_DATASET_IRI = RESOURCE_NS + "kg"
RIGHTS = (
    "Released under CC0 1.0. Paper metadata (titles, abstracts, arXiv identifiers, dates, "
    "authors, categories) is taken from arXiv metadata, which arXiv makes available under "
    "CC0 1.0; the extracted entities, relations, results and provenance are also CC0 1.0. "
    "Full texts are not included and keep their own licences."
)

_VOID_PREFIXES = ("rdf", "rdfs", "xsd", "dcterms", "void", "dcat", "kg", "mls", "prov", "foaf")


def void_path_for(dump: Path) -> Path:
    return dump.with_name(dump.name + ".void.ttl")


def _q(text: str) -> str:
    from kg.rdf.export import quote_string

    return quote_string(text)


def render_void(stats: ExportStats, issued: dt.date | None = None) -> str:
    from kg.rdf.export import MEDIA_TYPES

    day = issued or dt.datetime.now(dt.UTC).date()
    name = quote(stats.path.name, safe="-._~")
    gz = stats.path.name.endswith(".gz")
    lines = [f"@prefix {p}: <{PREFIXES[p]}> ." for p in _VOID_PREFIXES]
    lines += [f"@prefix spdx: <{SPDX}> .", ""]
    lines += [
        "<#dataset>",
        "    a void:Dataset, dcat:Dataset ;",
        '    dcterms:title "kg: a knowledge graph of machine-learning papers"@en ;',
        "    dcterms:description "
        + _q(
            "Papers, the methods, models, datasets, metrics and tasks they propose, use, are "
            "evaluated on or address, and the results they report, each fact with its evidence "
            "and provenance, extracted from paper abstracts by kg " + __version__ + "."
        )
        + "@en ;",
        f"    dcterms:isVersionOf <{stats.base_iri}kg> ;",
        f'    dcterms:issued "{day.isoformat()}"^^xsd:date ;',
        f"    dcterms:license <{CC0}> ;",
        f"    dcterms:rights {_q(RIGHTS)}@en ;",
        f"    void:vocabulary <{ONTOLOGY_IRI}>, <{PREFIXES['fabio']}>, <{PREFIXES['mls']}>, "
        f"<{PREFIXES['prov']}>, <{PREFIXES['oa']}> ;",
        f'    void:uriSpace "{stats.base_iri}" ;',
        f"    void:feature <http://www.w3.org/ns/formats/{_FORMAT_FEATURE[stats.format]}> ;",
        f"    void:triples {stats.triples} ;",
        f"    void:entities {stats.nodes} ;",
        f"    void:distinctSubjects {stats.subjects} ;",
        f"    void:dataDump <{name}> ;",
        f"    dcat:distribution <{name}> ;",
    ]
    partitions = [
        f"<#class-{label}> void:class {NODES[label].rdf_class} ; void:entities {n} ."
        for label, n in sorted(stats.nodes_by_label.items())
        if label in NODES
    ]
    if stats.assertions:
        partitions.append(
            f"<#class-Assertion> void:class kg:Assertion ; void:entities {stats.assertions} ."
        )
    props = [
        f"<#property-{rel}> void:property <{expand(RELATIONSHIPS[rel].predicate)}> ; "
        f"void:triples {n} ."
        for rel, n in sorted(stats.edges_by_type.items())
        if rel in RELATIONSHIPS
    ]
    for predicate, blocks in (("classPartition", partitions), ("propertyPartition", props)):
        if blocks:
            refs = ", ".join(block.split(" ", 1)[0] for block in blocks)
            lines.append(f"    void:{predicate} {refs} ;")
    lines[-1] = lines[-1][:-2] + " ."
    lines.append("")
    lines += partitions + props
    media = MEDIA_TYPES[stats.format]
    lines += [
        "",
        f"<{name}>",
        "    a dcat:Distribution ;",
        f"    dcterms:title {_q(stats.path.name)} ;",
        f"    dcat:downloadURL <{name}> ;",
        f"    dcat:mediaType <https://www.iana.org/assignments/media-types/{media}> ;",
    ]
    if gz:
        lines.append(
            "    dcat:compressFormat "
            "<https://www.iana.org/assignments/media-types/application/gzip> ;"
        )
    lines += [
        f"    dcat:byteSize {stats.bytes} ;",
        f'    dcterms:issued "{day.isoformat()}"^^xsd:date ;',
        f"    dcterms:license <{CC0}> ;",
        "    spdx:checksum <#sha256> .",
        "",
        "<#sha256>",
        "    a spdx:Checksum ;",
        "    spdx:algorithm spdx:checksumAlgorithm_sha256 ;",
        f'    spdx:checksumValue "{stats.sha256}"^^xsd:hexBinary .',
        "",
    ]
    return "\n".join(lines)


_FORMAT_FEATURE = {"ttl": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD"}


def write_void(stats: ExportStats, issued: dt.date | None = None) -> Path:
    """Write ``<dump>.void.ttl`` beside the dump; return its path."""
    path = void_path_for(stats.path)
    path.write_text(render_void(stats, issued), encoding="utf-8")
    return path


def read_void(path: Path) -> dict[str, Any]:
    """The facts `kg serve` shows for a dump: triples, issued, sha256, bytes (None if absent)."""
    from rdflib import Graph, Namespace, URIRef

    void = Namespace(PREFIXES["void"])
    dcterms = Namespace(PREFIXES["dcterms"])
    spdx = Namespace(SPDX)
    graph = Graph().parse(path, format="turtle", publicID=path.resolve().as_uri())
    base = path.resolve().as_uri()
    dataset = URIRef(base + "#dataset")
    checksum = URIRef(base + "#sha256")
    triples = graph.value(dataset, void.triples)
    issued = graph.value(dataset, dcterms.issued)
    sha = graph.value(checksum, spdx.checksumValue)
    space = graph.value(dataset, void.uriSpace)
    return {
        "uri_space": str(space) if space is not None else None,
        "triples": int(triples) if triples is not None else None,
        "issued": str(issued) if issued is not None else None,
        "sha256": str(sha) if sha is not None else None,
    }
