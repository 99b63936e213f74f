"""Read the graph back out of Neo4j as NodeRecord / EdgeRecord rows (``kg export --from neo4j``).

Neo4j is the source of truth after incremental loads. Both queries live in ``cypher/`` and are
parameterised and paged by id (``export_nodes.cypher``, ``export_edges.cypher``), so memory is
bounded by the page size. Only properties named in :mod:`kg.schema` are kept (``uri`` is
recomputed by the sinks); Neo4j temporal values become ISO strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kg.config import cypher_dir
from kg.errors import Neo4jUnavailableError, QueryError
from kg.models import EdgeRecord, NodeRecord
from kg.schema import NODES, PROVENANCE_PROPS, RELATIONSHIPS

if TYPE_CHECKING:
    import neo4j

PAGE_SIZE = 5000


def _statement(name: str) -> str:
    text = (cypher_dir() / f"{name}.cypher").read_text(encoding="utf-8")
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//")).strip()


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    iso = getattr(value, "iso_format", None)  # neo4j.time.Date / DateTime
    if callable(iso):
        return iso()
    return value


_PROV_NAMES = tuple(p.name for p in PROVENANCE_PROPS)


def _run(driver: neo4j.Driver, query: str, database: str | None, **params: Any) -> list[Any]:
    from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

    try:
        records, _, _ = driver.execute_query(query, params, database_=database)
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise Neo4jUnavailableError(f"Neo4j went away during the export: {exc}") from exc
    except Neo4jError as exc:
        raise QueryError(f"export query failed: {exc.message or exc}") from exc
    return list(records)


def read_nodes(
    driver: neo4j.Driver, *, database: str | None = None, page_size: int = PAGE_SIZE
) -> Iterator[NodeRecord]:
    """Every node with a kg.schema label, in id order, one page at a time."""
    query = _statement("export_nodes")
    after = ""
    while True:
        rows = _run(driver, query, database, labels=list(NODES), after=after, limit=page_size)
        for row in rows:
            spec = NODES[row["label"]]
            raw = row["props"] or {}
            props = {p.name: _plain(raw[p.name]) for p in spec.props if raw.get(p.name) is not None}
            yield NodeRecord(label=spec.label, id=row["id"], props=props)
        if len(rows) < page_size:
            return
        after = rows[-1]["id"]


def read_edges(
    driver: neo4j.Driver, *, database: str | None = None, page_size: int = PAGE_SIZE
) -> Iterator[EdgeRecord]:
    """Every kg.schema relationship, grouped by source node in id order, one page at a time."""
    query = _statement("export_edges")
    sources = sorted({label for spec in RELATIONSHIPS.values() for label in spec.domain})
    after = ""
    while True:
        rows = _run(
            driver,
            query,
            database,
            sources=sources,
            types=list(RELATIONSHIPS),
            after=after,
            limit=page_size,
        )
        if not rows:
            return
        for row in rows:
            if row["type"] is None:
                continue
            raw = row["props"] or {}
            props = {k: _plain(raw[k]) for k in _PROV_NAMES if raw.get(k) is not None}
            yield EdgeRecord(
                type=row["type"], source=row["source"], target=row["target"], props=props
            )
        after = rows[0]["last_source"]
        if len({r["source"] for r in rows}) < page_size:
            return


def count_graph(driver: neo4j.Driver, *, database: str | None = None) -> dict[str, int]:
    """Node counts per kg label and relationship counts per kg type (for checks and tests)."""
    out: dict[str, int] = {}
    for param, names, query in (
        ("label", NODES, "MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS c"),
        ("type", RELATIONSHIPS, "MATCH ()-[r]->() WHERE type(r) = $type RETURN count(r) AS c"),
    ):
        for name in names:
            rows = _run(driver, query, database, **{param: name})
            out[name] = int(rows[0]["c"])
    return out


def incomplete_results(driver: neo4j.Driver, *, database: str | None = None) -> set[str]:
    """Ids of Result nodes without a dataset or a metric (left out of RDF dumps)."""
    rows = _run(driver, _statement("export_incomplete_results"), database)
    return {row["id"] for row in rows}
