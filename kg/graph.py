"""The graph of a build: canonical extractions → :class:`NodeRecord` / :class:`EdgeRecord` rows.

Two ways to use it:

* **Streaming** (any input size): :func:`paper_bundle` turns one resolved extraction into the
  rows that belong to that paper (its Paper node, its Result nodes, its outgoing edges and the
  Result edges); :func:`entity_nodes` gives the entity nodes from the registry;
  :class:`GraphStats` accumulates counts and top entities bundle by bundle;
  :func:`write_sorted_jsonl` writes sorted JSONL with an external merge sort.
* **In memory** (normal inputs): :func:`build_graph` makes a networkx ``MultiDiGraph`` for
  GraphML (Gephi) and node-link JSON export.

Node properties are exactly those named in :data:`kg.schema.NODES` (``None`` values dropped,
dates as ISO strings); edges carry :data:`kg.schema.PROVENANCE_PROPS`. One relationship per
(paper, type, entity): when an extraction states the same fact twice, the most confident
statement (then the earliest) supplies the evidence.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import atomic_open, tmp_path_for
from kg.kb import KBEntity
from kg.models import EdgeRecord, Entity, Extraction, NodeRecord, Paper, Result
from kg.resolve import EntityRegistry
from kg.schema import (
    ENTITY_LABELS,
    NODES,
    RELATIONSHIPS,
    label_of_id,
    node_iri,
)

log = logging.getLogger(__name__)

TOP_LABELS: tuple[str, ...] = ("Dataset", "Method", "Model", "Metric", "Task")


# --------------------------------------------------------------------------------- ids & rows
def result_node_id(
    paper_id: str,
    model_id: str | None,
    dataset_id: str | None,
    metric_id: str | None,
    value: float,
    role: str = "score",
) -> str:
    """``result:`` + 16 hex of sha1(``paper_id|model|dataset|metric|repr(float(value))``), with
    ``|<role>`` appended for a result that is not a score (a delta of the same value as a score
    is another node)."""
    parts = [paper_id, model_id or "", dataset_id or "", metric_id or "", repr(float(value))]
    if role != "score":
        parts.append(role)
    return "result:" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None}


def paper_node(paper: Paper) -> NodeRecord:
    props = {
        "title": paper.title,
        "abstract": paper.abstract,
        "arxiv_id": paper.arxiv_id,
        "doi": paper.doi,
        "url": paper.url,
        "published": paper.published.isoformat() if paper.published else None,
        "authors": list(paper.authors),
        "categories": list(paper.categories),
    }
    return NodeRecord(label="Paper", id=paper.id, props=_clean(props))


def entity_node(entity: Entity, kb_entity: KBEntity | None = None) -> NodeRecord:
    """An entity's node; with its knowledge-base entry, ``same_as`` IRIs and ``kb_source``."""
    props: dict[str, Any] = {"name": entity.name, "aliases": sorted(entity.aliases)}
    if entity.type == "Metric":
        props["higher_is_better"] = entity.higher_is_better
    if kb_entity is not None:
        if kb_entity.same_as:
            props["same_as"] = sorted(kb_entity.same_as)
        props["kb_source"] = kb_entity.kb_source or None
    return NodeRecord(label=entity.type, id=entity.id, props=_clean(props))


def _kb_only_node(ke: KBEntity) -> NodeRecord:
    """A KB entity that is in the graph only as a broader target."""
    entity = Entity(
        id=ke.id,
        type=ke.type,  # type: ignore[arg-type]
        name=ke.name,
        aliases=[],
        higher_is_better=ke.higher_is_better if ke.type == "Metric" else None,
    )
    return entity_node(entity, ke)


def entity_nodes(registry: EntityRegistry, *, referenced_only: bool = True) -> list[NodeRecord]:
    """Entity nodes (sorted by label, id). By default only entities some fact refers to,
    plus the knowledge-base entities that are only broader targets (:func:`entity_edges`)."""
    ents = registry.referenced_entities() if referenced_only else registry.entities()
    nodes = [entity_node(e, registry.kb_entity(e)) for e in ents]
    if referenced_only:
        have = {e.id for e in ents}
        nodes += [_kb_only_node(ke) for eid, ke in registry.rollup()[1].items() if eid not in have]
    return sorted(nodes, key=lambda n: (n.label, n.id))


def entity_edges(registry: EntityRegistry) -> list[EdgeRecord]:
    """``BROADER`` edges between entities (:mod:`kg.kb.rollup`), sorted."""
    return [EdgeRecord(type="BROADER", source=a, target=b) for a, b in registry.rollup()[0]]


def node_label(node_id: str) -> str:
    return label_of_id(node_id)


@dataclass
class PaperBundle:
    """Every row that belongs to one paper: replaced as a unit when the paper is re-loaded."""

    paper_id: str
    nodes: list[NodeRecord] = field(default_factory=list)  # the Paper node + its Result nodes
    edges: list[EdgeRecord] = field(default_factory=list)  # Paper→*, Result→*

    @property
    def rows(self) -> int:
        return len(self.nodes) + len(self.edges)


def _provenance(
    sentence: str | None,
    start: int | None,
    end: int | None,
    confidence: float | None,
    extraction: Extraction,
) -> dict[str, Any]:
    return _clean(
        {
            "evidence": sentence,
            "start": start,
            "end": end,
            "confidence": confidence,
            "extractor_version": extraction.extractor_version,
            "extracted_at": extraction.extracted_at.isoformat(),
        }
    )


def _edge_ok(rel_type: str, source_label: str, target_label: str) -> bool:
    spec = RELATIONSHIPS[rel_type]
    return source_label in spec.domain and target_label in spec.range


def paper_bundle(extraction: Extraction, registry: EntityRegistry | None = None) -> PaperBundle:
    """The rows of one extraction (remapped through ``registry`` first when given)."""
    ex = registry.remap(extraction) if registry is not None else extraction
    pid = ex.paper.id
    bundle = PaperBundle(paper_id=pid, nodes=[paper_node(ex.paper)])
    metric_hib: dict[str, bool | None] = {}
    if registry is not None:
        for e in ex.entities:
            if e.type == "Metric":
                metric_hib[e.id] = e.higher_is_better

    best: dict[tuple[str, str], tuple[tuple[float, int], EdgeRecord]] = {}
    for rel in ex.relations:
        target_label = label_of_id(rel.entity_id)
        if target_label not in ENTITY_LABELS or not _edge_ok(rel.type, "Paper", target_label):
            log.debug("dropping %s %s→%s (outside the schema)", rel.type, pid, rel.entity_id)
            continue
        edge = EdgeRecord(
            type=rel.type,
            source=pid,
            target=rel.entity_id,
            props=_provenance(
                rel.evidence.sentence, rel.evidence.start, rel.evidence.end, rel.confidence, ex
            ),
        )
        rank = (-rel.confidence, rel.evidence.start)
        key = (rel.type, rel.entity_id)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, edge)
    bundle.edges.extend(e for _, e in sorted(best.values(), key=lambda t: (t[1].type, t[1].target)))

    prov_of: dict[str, dict[str, Any]] = {}
    scores = _result_rows(pid, ex.results)
    deltas = _result_rows(pid, ex.deltas)
    for rid, res in (*sorted(scores.items()), *sorted(deltas.items())):
        hib = res.higher_is_better
        if hib is None and res.metric_id:
            hib = metric_hib.get(res.metric_id)
        bundle.nodes.append(
            NodeRecord(
                label="Result",
                id=rid,
                props=_clean(
                    {
                        "value": float(res.value),
                        "unit": res.unit,
                        "higher_is_better": hib,
                        "evidence": res.evidence.sentence,
                        "confidence": res.confidence,
                        "role": res.role,
                    }
                ),
            )
        )
        prov = _provenance(
            res.evidence.sentence, res.evidence.start, res.evidence.end, res.confidence, ex
        )
        prov_of[rid] = prov
        bundle.edges.append(EdgeRecord(type="REPORTS", source=pid, target=rid, props=prov))
        for rel_type, target in (
            ("OF_MODEL", res.model_id),
            ("ON_DATASET", res.dataset_id),
            ("WITH_METRIC", res.metric_id),
        ):
            if target and _edge_ok(rel_type, "Result", label_of_id(target)):
                bundle.edges.append(
                    EdgeRecord(type=rel_type, source=rid, target=target, props=dict(prov))
                )
    # a score and the improvement the paper reports for the same system, dataset and metric
    # ("reaches 58.8% on MATH, an 11.2% improvement"): IMPROVES_BY, when the score is unique
    by_key: dict[tuple[str | None, ...], list[str]] = {}
    for rid, res in sorted(scores.items()):
        by_key.setdefault((res.model_id, res.dataset_id, res.metric_id), []).append(rid)
    for rid, res in sorted(deltas.items()):
        matched = by_key.get((res.model_id, res.dataset_id, res.metric_id), [])
        if len(matched) == 1:
            bundle.edges.append(
                EdgeRecord(
                    type="IMPROVES_BY", source=matched[0], target=rid, props=dict(prov_of[rid])
                )
            )
    return bundle


def _result_rows(pid: str, rows: Iterable[Result]) -> dict[str, Result]:
    """The graph's Result nodes among ``rows`` by node id (the most confident of equal ids).

    A Result node is a leaderboard entry or an improvement: it needs its dataset and its metric
    (the SHACL shape and the RDF export require exactly one of each). Results missing either
    stay in extractions.jsonl but do not become graph nodes, so Neo4j and RDF hold the same
    graph."""
    out: dict[str, Result] = {}
    for res in rows:
        if not (
            res.dataset_id
            and res.metric_id
            and _edge_ok("ON_DATASET", "Result", label_of_id(res.dataset_id))
            and _edge_ok("WITH_METRIC", "Result", label_of_id(res.metric_id))
        ):
            continue
        rid = result_node_id(pid, res.model_id, res.dataset_id, res.metric_id, res.value, res.role)
        if rid not in out or res.confidence > out[rid].confidence:
            out[rid] = res
    return out


def edge_labels(edge: EdgeRecord) -> tuple[str, str]:
    """(source label, target label) of an edge, from the id prefixes."""
    return label_of_id(edge.source), label_of_id(edge.target)


def records_from_extractions(
    extractions: Iterable[Extraction], registry: EntityRegistry
) -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """All rows of a (normal-size) build, sorted; later extractions of a paper win."""
    bundles: dict[str, PaperBundle] = {}
    for ex in extractions:
        bundles[ex.paper.id] = paper_bundle(ex, registry)
    nodes = entity_nodes(registry)
    edges: list[EdgeRecord] = entity_edges(registry)
    for b in bundles.values():
        nodes.extend(b.nodes)
        edges.extend(b.edges)
    nodes.sort(key=lambda n: (n.label, n.id))
    edges.sort(key=lambda e: (e.type, e.source, e.target))
    return nodes, edges


# --------------------------------------------------------------------------------- stats
class GraphStats:
    """Counts and top entities (by number of distinct papers), accumulated bundle by bundle."""

    def __init__(self) -> None:
        self.nodes: Counter[str] = Counter()
        self.edges: Counter[str] = Counter()
        self.paper_degree: Counter[str] = Counter()
        self.names: dict[str, tuple[str, str]] = {}  # id → (label, name)

    def add_entity_nodes(self, nodes: Iterable[NodeRecord]) -> None:
        for n in nodes:
            self.nodes[n.label] += 1
            self.names[n.id] = (n.label, str(n.props.get("name", n.id)))

    def add_entity_edges(self, edges: Iterable[EdgeRecord]) -> None:
        """Edges between entities (BROADER): counted, but no paper's degree."""
        for e in edges:
            self.edges[e.type] += 1

    def add_bundle(self, bundle: PaperBundle) -> None:
        for n in bundle.nodes:
            self.nodes[n.label] += 1
        targets: set[str] = set()
        for e in bundle.edges:
            self.edges[e.type] += 1
            if e.type != "REPORTS" and not e.target.startswith("result:"):
                targets.add(e.target)
        for t in targets:
            self.paper_degree[t] += 1

    def top(self, label: str, k: int = 10) -> list[dict[str, Any]]:
        rows = [
            (count, eid)
            for eid, count in self.paper_degree.items()
            if self.names.get(eid, ("", ""))[0] == label
        ]
        rows.sort(key=lambda t: (-t[0], self.names[t[1]][1].lower(), t[1]))
        return [{"id": eid, "name": self.names[eid][1], "papers": c} for c, eid in rows[:k]]

    def to_dict(self, k: int = 10) -> dict[str, Any]:
        return {
            "nodes": dict(sorted(self.nodes.items())),
            "relationships": dict(sorted(self.edges.items())),
            "total_nodes": sum(self.nodes.values()),
            "total_relationships": sum(self.edges.values()),
            "top": {label: self.top(label, k) for label in TOP_LABELS},
        }


def stats_of(nodes: Iterable[NodeRecord], edges: Iterable[EdgeRecord]) -> dict[str, Any]:
    """Stats of complete node/edge lists (groups edges by paper via REPORTS)."""
    stats = GraphStats()
    node_list = list(nodes)
    stats.add_entity_nodes(n for n in node_list if n.label in ENTITY_LABELS)
    bundles: dict[str, PaperBundle] = {}
    result_paper: dict[str, str] = {}
    edge_list = list(edges)
    for n in node_list:
        if n.label == "Paper":
            bundles[n.id] = PaperBundle(paper_id=n.id, nodes=[n])
    for e in edge_list:
        if e.type == "REPORTS":
            result_paper[e.target] = e.source
    for n in node_list:
        if n.label == "Result" and n.id in result_paper and result_paper[n.id] in bundles:
            bundles[result_paper[n.id]].nodes.append(n)
    for e in edge_list:
        owner = e.source if e.source in bundles else result_paper.get(e.source)
        if owner in bundles:
            bundles[owner].edges.append(e)
    for b in bundles.values():
        stats.add_bundle(b)
    return stats.to_dict()


# --------------------------------------------------------------------------------- networkx
def build_graph(nodes: Iterable[NodeRecord], edges: Iterable[EdgeRecord]) -> nx.MultiDiGraph:
    """A networkx multigraph: node attrs = label, uri, props; edge key = relationship type."""
    graph: nx.MultiDiGraph = nx.MultiDiGraph()
    for n in nodes:
        graph.add_node(n.id, label=n.label, uri=node_iri(n.label, n.id), **n.props)
    for e in edges:
        graph.add_edge(e.source, e.target, key=e.type, type=e.type, **e.props)
    return graph


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """GraphML for Gephi from an in-memory graph (small graphs; builds use
    :func:`write_graphml_stream`). Same format: lists joined with ``"; "``, ``None`` dropped."""
    nodes = [
        NodeRecord(
            label=d["label"], id=n, props={k: v for k, v in d.items() if k not in ("label", "uri")}
        )
        for n, d in graph.nodes(data=True)
    ]
    edges = [
        EdgeRecord(type=k, source=s, target=t, props={kk: v for kk, v in d.items() if kk != "type"})
        for s, t, k, d in graph.edges(keys=True, data=True)
    ]
    write_graphml_stream(lambda: iter(nodes), lambda: iter(edges), path)


def write_node_link_json(graph: nx.MultiDiGraph, path: Path) -> None:
    data = nx.node_link_data(graph, edges="edges")
    with atomic_open(path, "w") as fh:
        json.dump(data, fh, ensure_ascii=False, sort_keys=True)
        fh.write("\n")


# --------------------------------------------------------------------------------- streaming
# GraphML and node-link JSON written one row at a time from nodes.jsonl / edges.jsonl, so a
# build's memory does not depend on the size of the graph (networkx holds the whole graph).
GRAPHML_NS = (
    'xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"'
)
# Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, surrogates, U+FFFE/F):
# dropped from GraphML text so the file is always well-formed.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    return _XML_BAD.sub("", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_attr(value: str) -> str:
    return (
        _xml_text(value)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def _graphml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _graphml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _node_attrs(n: NodeRecord) -> dict[str, Any]:
    attrs: dict[str, Any] = {"label": n.label, "uri": node_iri(n.label, n.id)}
    attrs.update((k, _flat(v)) for k, v in n.props.items() if v is not None)
    return attrs


def _edge_attrs(e: EdgeRecord) -> dict[str, Any]:
    attrs: dict[str, Any] = {"type": e.type}
    attrs.update((k, _flat(v)) for k, v in e.props.items() if v is not None)
    return attrs


RowSource = Callable[[], Iterator[Any]]


def write_graphml_stream(nodes: RowSource, edges: RowSource, path: Path) -> tuple[int, int]:
    """GraphML (Gephi) written row by row, atomically; returns (nodes, edges).

    ``nodes`` / ``edges`` are callables returning fresh iterators: one pass collects the
    attribute keys GraphML declares up front, a second writes the rows. Node data: ``label``,
    ``uri`` and the properties; edge data: ``type`` and the provenance; edge id = type. Lists
    are joined with ``"; "``, ``None`` is dropped, characters XML 1.0 forbids are removed.
    """
    keys: dict[tuple[str, str], str] = {}
    for scope, rows, attrs_of in (("node", nodes, _node_attrs), ("edge", edges, _edge_attrs)):
        for row in rows():
            for k, v in attrs_of(row).items():
                t = _graphml_type(v)
                old = keys.setdefault((scope, k), t)
                if old != t:  # mixed types: numbers widen to double, anything else to string
                    keys[(scope, k)] = "double" if {old, t} <= {"long", "double"} else "string"
    n_nodes = n_edges = 0
    with atomic_open(path, "w") as fh:
        fh.write("<?xml version='1.0' encoding='utf-8'?>\n")
        fh.write(f"<graphml {GRAPHML_NS}>\n")
        for (scope, k), t in sorted(keys.items()):
            a = _xml_attr(k)
            fh.write(f'  <key id="{a}" for="{scope}" attr.name="{a}" attr.type="{t}" />\n')
        fh.write('  <graph edgedefault="directed">\n')
        for n in nodes():
            parts = [f'    <node id="{_xml_attr(n.id)}">']
            for k, v in _node_attrs(n).items():
                parts.append(f'<data key="{_xml_attr(k)}">{_xml_text(_graphml_value(v))}</data>')
            parts.append("</node>\n")
            fh.write("".join(parts))
            n_nodes += 1
        for e in edges():
            parts = [
                f'    <edge source="{_xml_attr(e.source)}" target="{_xml_attr(e.target)}" '
                f'id="{_xml_attr(e.type)}">'
            ]
            for k, v in _edge_attrs(e).items():
                parts.append(f'<data key="{_xml_attr(k)}">{_xml_text(_graphml_value(v))}</data>')
            parts.append("</edge>\n")
            fh.write("".join(parts))
            n_edges += 1
        fh.write("  </graph>\n</graphml>\n")
    return n_nodes, n_edges


def write_node_link_json_stream(nodes: RowSource, edges: RowSource, path: Path) -> tuple[int, int]:
    """networkx node-link JSON (``nx.node_link_graph(data, edges="edges")`` reads it back),
    written row by row, atomically; keys sorted as ``json.dump(sort_keys=True)`` would."""
    n_nodes = n_edges = 0

    def dumps(obj: dict[str, Any]) -> str:
        return json.dumps(obj, ensure_ascii=False, sort_keys=True)

    with atomic_open(path, "w") as fh:
        fh.write('{"directed": true, "edges": [')
        for e in edges():
            fh.write(
                (", " if n_edges else "")
                + dumps(
                    {
                        "source": e.source,
                        "target": e.target,
                        "key": e.type,
                        "type": e.type,
                        **e.props,
                    }
                )
            )
            n_edges += 1
        fh.write('], "graph": {}, "multigraph": true, "nodes": [')
        for n in nodes():
            fh.write(
                (", " if n_nodes else "")
                + dumps({"id": n.id, "label": n.label, "uri": node_iri(n.label, n.id), **n.props})
            )
            n_nodes += 1
        fh.write("]}\n")
    return n_nodes, n_edges


# --------------------------------------------------------------------------------- files
def node_sort_key(n: NodeRecord) -> str:
    return f"{n.label}\x00{n.id}"


def edge_sort_key(e: EdgeRecord) -> str:
    return f"{e.type}\x00{e.source}\x00{e.target}"


def write_sorted_jsonl(
    items: Iterable[tuple[str, str]],
    path: Path,
    *,
    chunk_size: int = 200_000,
    chunk_bytes: int = 64 << 20,
) -> int:
    """Write ``(sort key, json line)`` items sorted by key; for equal keys the LAST one wins.

    Uses an external merge sort (temporary chunk files next to ``path``) so memory stays
    bounded by ``chunk_size`` lines or ``chunk_bytes`` characters, whichever comes first
    (Paper rows carry their abstract). The output is replaced atomically. Returns the number
    of lines written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    chunks: list[Path] = []
    buf: list[tuple[str, int, str]] = []
    seq = 0
    size = 0

    def flush() -> None:
        nonlocal size
        size = 0
        buf.sort()
        name = tmp_path_for(path)  # .NAME.PID.RANDOM.tmp: cleaned after a kill
        chunks.append(name)
        with open(name, "w", encoding="utf-8") as fh:
            for key, s, line in buf:
                fh.write(json.dumps([key, s, line], ensure_ascii=False) + "\n")
        buf.clear()

    try:
        for key, line in items:
            buf.append((key, seq, line))
            seq += 1
            size += len(line)
            if len(buf) >= chunk_size or size >= chunk_bytes:
                flush()
        if chunks:
            flush()
            streams = [_read_chunk(p) for p in chunks]
            merged: Iterator[tuple[str, int, str]] = heapq.merge(*streams)
        else:
            buf.sort()
            merged = iter(buf)
        written = 0
        with atomic_open(path, "w", gz=False) as out:
            pending: tuple[str, int, str] | None = None
            for item in merged:
                if pending is not None and pending[0] != item[0]:
                    out.write(pending[2] + "\n")
                    written += 1
                pending = item
            if pending is not None:
                out.write(pending[2] + "\n")
                written += 1
        return written
    finally:
        for p in chunks:
            p.unlink(missing_ok=True)


def sorted_lines(
    lines: Iterable[str], directory: Path, *, chunk_size: int = 500_000
) -> Iterator[str]:
    """``lines`` (no newlines) in sorted order, with an external merge sort whose runs are
    temporary files in ``directory`` (removed when the iterator is exhausted or closed)."""
    runs: list[Path] = []
    buf: list[str] = []
    try:
        for line in lines:
            buf.append(line)
            if len(buf) >= chunk_size:
                buf.sort()
                run = tmp_path_for(directory / "sort")
                runs.append(run)
                run.write_text("".join(x + "\n" for x in buf), encoding="utf-8")
                buf.clear()
        buf.sort()
        if not runs:
            yield from buf
            return
        handles = [open(r, encoding="utf-8") for r in runs]  # noqa: SIM115
        try:
            streams = [(x.rstrip("\n") for x in fh) for fh in handles]
            yield from heapq.merge(iter(buf), *streams)
        finally:
            for fh in handles:
                fh.close()
    finally:
        for r in runs:
            r.unlink(missing_ok=True)


def _read_chunk(path: Path) -> Iterator[tuple[str, int, str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            key, seq, text = json.loads(line)
            yield key, seq, text


def read_nodes(path: Path) -> Iterator[NodeRecord]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield NodeRecord.model_validate_json(line)


def read_edges(path: Path) -> Iterator[EdgeRecord]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield EdgeRecord.model_validate_json(line)


__all__ = [
    "NODES",
    "GraphStats",
    "PaperBundle",
    "build_graph",
    "edge_labels",
    "entity_edges",
    "entity_node",
    "entity_nodes",
    "paper_bundle",
    "paper_node",
    "read_edges",
    "read_nodes",
    "records_from_extractions",
    "result_node_id",
    "sorted_lines",
    "stats_of",
    "write_graphml",
    "write_graphml_stream",
    "write_node_link_json",
    "write_node_link_json_stream",
    "write_sorted_jsonl",
]
