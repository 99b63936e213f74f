"""`kg stats`: counts per label and relationship type, the top entities and the share of
entities linked to an external knowledge base, from a build directory or from Neo4j.

An entity counts as *linked* when it carries a non-empty ``same_as`` (external identifiers added
by the knowledge-base linker). Top entities are ranked by the number of distinct papers that
refer to them, as in ``summary.json``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from kg.errors import InputError
from kg.models import EdgeRecord, NodeRecord
from kg.schema import ENTITY_LABELS

if TYPE_CHECKING:
    import neo4j

DEFAULT_TOP = 5


class TopEntity(BaseModel):
    id: str
    name: str
    papers: int


class GraphStatistics(BaseModel):
    """What `kg stats` prints (``--json`` prints this model)."""

    source: str
    nodes: dict[str, int] = Field(default_factory=dict)
    relationships: dict[str, int] = Field(default_factory=dict)
    top: dict[str, list[TopEntity]] = Field(default_factory=dict)
    entities: int = 0
    linked_entities: int = 0

    @property
    def linked_share(self) -> float:
        return self.linked_entities / self.entities if self.entities else 0.0

    def to_json(self) -> str:
        data = self.model_dump()
        data["linked_share"] = round(self.linked_share, 4)
        return json.dumps(data, indent=2)


def _linked(props: dict[str, Any]) -> bool:
    same_as = props.get("same_as")
    return bool(same_as) and (not isinstance(same_as, list | tuple) or any(same_as))


def stats_of_records(
    nodes: Iterable[NodeRecord],
    edges: Iterable[EdgeRecord],
    *,
    source: str,
    top: int = DEFAULT_TOP,
) -> GraphStatistics:
    """Statistics of a stream of node and edge records (one pass over each)."""
    labels: Counter[str] = Counter()
    names: dict[str, tuple[str, str]] = {}  # entity id -> (label, name)
    papers: set[str] = set()
    entities = linked = 0
    for node in nodes:
        labels[node.label] += 1
        if node.label == "Paper":
            papers.add(node.id)
        elif node.label in ENTITY_LABELS:
            entities += 1
            linked += _linked(node.props)
            names[node.id] = (node.label, str(node.props.get("name") or node.id))
    types: Counter[str] = Counter()
    pairs: set[tuple[str, str]] = set()
    for edge in edges:
        types[edge.type] += 1
        if edge.source in papers and edge.target in names:
            pairs.add((edge.source, edge.target))
    degree: Counter[str] = Counter(target for _, target in pairs)
    ranked: dict[str, list[TopEntity]] = {label: [] for label in ENTITY_LABELS}
    for eid, count in sorted(degree.items(), key=lambda t: (-t[1], names[t[0]][1].lower(), t[0])):
        label, name = names[eid]
        if len(ranked[label]) < top:
            ranked[label].append(TopEntity(id=eid, name=name, papers=count))
    return GraphStatistics(
        source=source,
        nodes=dict(sorted(labels.items())),
        relationships=dict(sorted(types.items())),
        top={label: rows for label, rows in ranked.items() if rows},
        entities=entities,
        linked_entities=linked,
    )


def stats_of_build_dir(build_dir: Path, *, top: int = DEFAULT_TOP) -> GraphStatistics:
    """Statistics of ``nodes.jsonl`` / ``edges.jsonl`` in a `kg build` output directory."""
    from kg.rdf.export import iter_jsonl

    build_dir = Path(build_dir)
    for name in ("nodes.jsonl", "edges.jsonl"):
        if not (build_dir / name).is_file():
            raise InputError(
                f"{build_dir / name} not found: {build_dir} is not a kg build directory",
                hint="run `kg build INPUT… --out DIR` first, or use --from neo4j",
            )
    return stats_of_records(
        iter_jsonl(build_dir / "nodes.jsonl", NodeRecord),
        iter_jsonl(build_dir / "edges.jsonl", EdgeRecord),
        source=str(build_dir),
        top=top,
    )


def stats_of_neo4j(
    driver: neo4j.Driver, *, database: str | None = None, top: int = DEFAULT_TOP, source: str = ""
) -> GraphStatistics:
    """The same statistics, computed in Neo4j (``cypher/counts.cypher``, ``stats_*.cypher``)."""
    from kg.neo4j.loader import statement
    from kg.neo4j.queries import run_cypher

    counts = run_cypher(driver, statement("counts"), database=database)
    nodes = {r["name"]: r["count"] for r in counts.rows if r["kind"] == "node"}
    rels = {r["name"]: r["count"] for r in counts.rows if r["kind"] == "relationship"}
    ranked: dict[str, list[TopEntity]] = {}
    for label in ENTITY_LABELS:
        rows = run_cypher(
            driver,
            statement("stats_top_entities"),
            {"label": label, "limit": top},
            database=database,
        ).rows
        if rows:
            ranked[label] = [TopEntity(**row) for row in rows]
    linked = run_cypher(
        driver, statement("stats_linked"), {"labels": list(ENTITY_LABELS)}, database=database
    ).rows[0]
    return GraphStatistics(
        source=source or "neo4j",
        nodes=dict(sorted(nodes.items())),
        relationships=dict(sorted(rels.items())),
        top=ranked,
        entities=linked["entities"],
        linked_entities=linked["linked"],
    )


def format_stats(stats: GraphStatistics) -> str:
    """A plain-text report: counts, top entities per label, linked share."""
    lines = [f"graph: {stats.source}"]
    width = max([len(k) for k in (*stats.nodes, *stats.relationships)] or [8])
    lines.append(f"nodes ({sum(stats.nodes.values())}):")
    lines += [f"  {label:<{width}}  {n:>8}" for label, n in stats.nodes.items()]
    lines.append(f"relationships ({sum(stats.relationships.values())}):")
    lines += [f"  {rtype:<{width}}  {n:>8}" for rtype, n in stats.relationships.items()]
    for label, rows in stats.top.items():
        items = ", ".join(f"{r.name} ({r.papers})" for r in rows)
        lines.append(f"top {label.lower()}s (papers): {items}")
    lines.append(
        f"linked entities (same_as): {stats.linked_entities} of {stats.entities} "
        f"({stats.linked_share:.1%})"
    )
    return "\n".join(lines)
