"""Batched, idempotent, incremental loading of graph rows into Neo4j.

Every statement comes from a ``.cypher`` file in ``cypher/`` (see :func:`statement`).
Labels and relationship types cannot be parameters in Cypher, so the two template files
(``load_nodes.cypher``, ``load_edges.cypher``) contain ``{{LABEL}}`` / ``{{TYPE}}`` /
``{{FROM}}`` / ``{{TO}}`` placeholders that are filled ONLY with names from the fixed
:mod:`kg.schema` table (validated against it); data always travels as ``$rows`` parameters.

Load protocol (see :func:`load`):

1. :func:`apply_schema` — constraints and indexes (``IF NOT EXISTS``), then wait for them.
2. Entity nodes, ``batch_size`` rows per managed write transaction (``MERGE`` on ``id``).
3. Papers, grouped so that each transaction holds whole papers and about ``batch_size`` rows:
   in ONE transaction, delete the batch's previously extracted facts
   (``delete_paper_facts.cypher``), then ``MERGE`` the Paper and Result nodes and all their
   relationships. A crash therefore never leaves a paper half-written, a rerun converges to
   the same graph, and re-extracting a paper replaces its facts without touching other papers.

While the server runs one transaction, a background thread reads and prepares the next batch
(:func:`_prefetch`), so parsing and building the parameter rows overlap with the server's work.
With ``pip install 'kg[fast]'`` (``neo4j-rust-ext``) the driver encodes the parameters in Rust.

Entity nodes are never deleted by a load: an entity whose last paper was re-extracted without
it stays (harmless, and cheap); ``kg build --prune-orphans`` (:func:`prune_orphans`) removes
such nodes.

Managed transactions (``session.execute_write``) retry transient errors (deadlocks, leader
switches, a briefly unavailable server) for ``retry_time`` seconds; when the server stays
away the load fails with :class:`~kg.errors.Neo4jUnavailableError` (exit code 5) naming how
many papers were committed, and rerunning the same command after a restart is safe.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kg.config import cypher_dir
from kg.errors import KGError, Neo4jUnavailableError, brief
from kg.graph import PaperBundle, edge_labels
from kg.models import EdgeRecord, NodeRecord
from kg.schema import ENTITY_LABELS, NODES, RELATIONSHIPS, label_of_id, node_iri

if TYPE_CHECKING:
    import neo4j

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_BATCH_SIZE = 10000
DEFAULT_RETRY_TIME = 30.0


# ------------------------------------------------------------------------------ statements
@cache
def statement(name: str) -> str:
    """The text of ``cypher/<name>.cypher`` without its ``//`` comment lines."""
    path = cypher_dir() / f"{name}.cypher"
    text = path.read_text(encoding="utf-8")
    return "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("//")
    ).strip()


def schema_statements(path: Path | None = None) -> list[str]:
    """The statements of ``cypher/schema.cypher`` (split on ``;``, comments dropped)."""
    path = path or cypher_dir() / "schema.cypher"
    text = "\n".join(
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("//")
    )
    return [s.strip() for s in text.split(";") if s.strip()]


@cache
def node_statement(label: str) -> str:
    """``load_nodes.cypher`` for one label of :data:`kg.schema.NODES`."""
    if label not in NODES:
        raise KGError(f"unknown node label {label!r} (not in kg.schema.NODES)")
    return statement("load_nodes").replace("{{LABEL}}", label)


@cache
def edge_statement(rel_type: str, source_label: str, target_label: str) -> str:
    """``load_edges.cypher`` for one relationship type and (source, target) label pair."""
    spec = RELATIONSHIPS.get(rel_type)
    if spec is None:
        raise KGError(f"unknown relationship type {rel_type!r} (not in kg.schema)")
    if source_label not in spec.domain or target_label not in spec.range:
        raise KGError(f"{rel_type} does not go from {source_label} to {target_label}")
    return (
        statement("load_edges")
        .replace("{{TYPE}}", rel_type)
        .replace("{{FROM}}", source_label)
        .replace("{{TO}}", target_label)
    )


@cache
def entity_edge_statement(rel_type: str, source_label: str, target_label: str) -> str:
    """``load_entity_edges.cypher`` for one entity → entity relationship type and labels."""
    edge_statement(rel_type, source_label, target_label)  # validates against kg.schema
    return (
        statement("load_entity_edges")
        .replace("{{TYPE}}", rel_type)
        .replace("{{FROM}}", source_label)
        .replace("{{TO}}", target_label)
    )


# ------------------------------------------------------------------------------ rows
def node_row(node: NodeRecord) -> dict[str, Any]:
    props = dict(node.props)
    aliases = props.pop("aliases", None) if node.label in ENTITY_LABELS else None
    return {
        "id": node.id,
        "uri": node_iri(node.label, node.id),
        "props": props,
        "aliases": aliases,
    }


def edge_row(edge: EdgeRecord) -> dict[str, Any]:
    return {"source": edge.source, "target": edge.target, "props": dict(edge.props)}


@dataclass
class LoadStats:
    """What a load wrote (rows sent, not database deltas) and how long it took."""

    entity_nodes: int = 0
    papers: int = 0
    nodes: int = 0
    relationships: int = 0
    transactions: int = 0
    seconds: float = 0.0
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return self.nodes + self.relationships

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_nodes": self.entity_nodes,
            "papers": self.papers,
            "nodes": self.nodes,
            "relationships": self.relationships,
            "rows": self.rows,
            "transactions": self.transactions,
            "seconds": round(self.seconds, 3),
            "rows_per_second": round(self.rows_per_second, 1),
            "counts": self.counts,
        }


# ------------------------------------------------------------------------------ errors
def _unavailable(exc: BaseException, uri: str, done: str) -> Neo4jUnavailableError:
    reason = brief(exc, 200) or type(exc).__name__
    return Neo4jUnavailableError(
        f"lost the connection to Neo4j at {uri} during the load ({done}): {reason}",
        hint="start the server again and rerun the same command; the load is idempotent "
        "and converges to the same graph",
    )


def _is_connection_error(exc: BaseException) -> bool:
    from neo4j.exceptions import (
        DatabaseUnavailable,
        DriverError,
        IncompleteCommit,
        ServiceUnavailable,
        SessionExpired,
    )

    if isinstance(
        exc,
        ServiceUnavailable
        | SessionExpired
        | IncompleteCommit
        | DatabaseUnavailable
        | OSError
        | ConnectionError,
    ):
        return True
    # Defunct connections and shutting-down servers surface as generic errors.
    text = str(exc).lower()
    markers = ("defunct", "connection", "shutting down", "unavailable", "not available")
    return isinstance(exc, DriverError) and any(m in text for m in markers)


def _driver_uri(driver: neo4j.Driver) -> str:
    try:
        addr = driver.get_server_info().address  # type: ignore[attr-defined]
        return f"bolt://{addr[0]}:{addr[1]}"
    except Exception:  # pragma: no cover - best effort for the message only
        return "the configured URI"


# ------------------------------------------------------------------------------ loader
class Loader:
    """Writes rows to one Neo4j database. Use :func:`load` for the whole protocol."""

    def __init__(
        self,
        driver: neo4j.Driver,
        *,
        database: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        retry_time: float = DEFAULT_RETRY_TIME,
        uri: str | None = None,
        progress: bool | None = None,
        on_batch: Callable[[LoadStats], None] | None = None,
    ) -> None:
        if batch_size < 1:
            raise KGError(f"batch size must be at least 1, not {batch_size}")
        self.driver = driver
        self.database = database
        self.batch_size = batch_size
        self.retry_time = retry_time
        self.uri = uri or "the configured Neo4j"
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.on_batch = on_batch
        self.stats = LoadStats()

    def _session(self) -> neo4j.Session:
        kwargs: dict[str, Any] = {"max_transaction_retry_time": self.retry_time}
        if self.database:
            kwargs["database"] = self.database
        return self.driver.session(**kwargs)

    def _write(self, work: Callable[[neo4j.ManagedTransaction], None], done: str) -> None:
        from neo4j.exceptions import Neo4jError

        try:
            with self._session() as session:
                session.execute_write(work)
        except KGError:
            raise
        except Neo4jError as exc:
            if _is_connection_error(exc):
                raise _unavailable(exc, self.uri, done) from exc
            raise
        except Exception as exc:
            if _is_connection_error(exc):
                raise _unavailable(exc, self.uri, done) from exc
            raise
        self.stats.transactions += 1

    def _done(self) -> str:
        return f"{self.stats.papers} papers and {self.stats.entity_nodes} entities committed"

    # ---- schema
    def apply_schema(self, timeout: float = 120.0) -> None:
        """Create constraints and indexes (idempotent) and wait until they are online."""
        from neo4j.exceptions import Neo4jError

        try:
            with self._session() as session:
                for stmt in schema_statements():
                    session.run(stmt).consume()
                session.run("CALL db.awaitIndexes($t)", t=int(timeout)).consume()
        except Neo4jError as exc:
            if _is_connection_error(exc):
                raise _unavailable(exc, self.uri, "applying the schema") from exc
            raise
        except Exception as exc:
            if _is_connection_error(exc):
                raise _unavailable(exc, self.uri, "applying the schema") from exc
            raise

    # ---- entity nodes
    def load_nodes(self, nodes: Iterable[NodeRecord], total: int | None = None) -> int:
        """MERGE nodes (any labels, typically entities) in batches of ``batch_size`` rows."""
        written = 0
        bar = self._bar(total, "entities")

        def prepare(batch: list[NodeRecord]) -> tuple[list[NodeRecord], dict[str, list[Any]]]:
            by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for n in batch:
                by_label[n.label].append(node_row(n))
            return batch, by_label

        for batch, by_label in _prefetch(map(prepare, _chunks(nodes, self.batch_size))):

            def work(tx: neo4j.ManagedTransaction, groups: dict = by_label) -> None:  # type: ignore[type-arg]
                for label in sorted(groups):
                    tx.run(node_statement(label), rows=groups[label]).consume()

            self._write(work, self._done())
            written += len(batch)
            self.stats.entity_nodes += sum(1 for n in batch if n.label in ENTITY_LABELS)
            self.stats.nodes += len(batch)
            if bar is not None:
                bar.update(len(batch))
            if self.on_batch:
                self.on_batch(self.stats)
        if bar is not None:
            bar.close()
        return written

    # ---- entity → entity (BROADER)
    def load_entity_edges(self, edges: Iterable[EdgeRecord]) -> int:
        """MERGE entity → entity relationships (after their nodes), in batches."""
        written = 0
        for batch in _chunks(edges, self.batch_size):
            groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
            for e in batch:
                src, dst = label_of_id(e.source), label_of_id(e.target)
                groups[(e.type, src, dst)].append({"source": e.source, "target": e.target})

            def work(tx: neo4j.ManagedTransaction, groups: dict = groups) -> None:  # type: ignore[type-arg]
                for key in sorted(groups):
                    tx.run(entity_edge_statement(*key), rows=groups[key]).consume()

            self._write(work, self._done())
            written += len(batch)
            self.stats.relationships += len(batch)
        return written

    # ---- papers
    def load_bundles(self, bundles: Iterable[PaperBundle], total: int | None = None) -> int:
        """Replace-and-write papers, whole papers per transaction (~``batch_size`` rows)."""
        bar = self._bar(total, "papers")
        count = 0
        groups = _bundle_batches(bundles, self.batch_size)
        for group, prepared in _prefetch((g, _bundle_rows(g)) for g in groups):
            self._write_bundles(prepared)
            count += len(group)
            if bar is not None:
                bar.update(len(group))
            if self.on_batch:
                self.on_batch(self.stats)
        if bar is not None:
            bar.close()
        return count

    def _write_bundles(self, prepared: _BundleRows) -> None:
        ids, nodes, edges = prepared.ids, prepared.nodes, prepared.edges

        def work(tx: neo4j.ManagedTransaction) -> None:
            tx.run(statement("delete_paper_facts"), ids=ids).consume()
            for label in ("Paper", "Result"):
                if nodes.get(label):
                    tx.run(node_statement(label), rows=nodes[label]).consume()
            for other in sorted(set(nodes) - {"Paper", "Result"}):
                tx.run(node_statement(other), rows=nodes[other]).consume()
            for key in sorted(edges):
                tx.run(edge_statement(*key), rows=edges[key]).consume()

        self._write(work, self._done())
        self.stats.papers += len(ids)
        self.stats.nodes += prepared.n_nodes
        self.stats.relationships += prepared.n_edges

    def _bar(self, total: int | None, unit: str) -> Any:
        if not self.progress:
            return None
        from tqdm import tqdm

        return tqdm(total=total, unit=f" {unit}", desc="loading", file=sys.stderr, leave=False)

    # ---- maintenance
    def counts(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: n}, "relationships": {type: n}}`` of the whole database."""
        return counts(self.driver, database=self.database)


@dataclass
class _BundleRows:
    """The parameters of one paper transaction."""

    ids: list[str]
    nodes: dict[str, list[dict[str, Any]]]
    edges: dict[tuple[str, str, str], list[dict[str, Any]]]
    n_nodes: int
    n_edges: int


def _bundle_rows(group: list[PaperBundle]) -> _BundleRows:
    # Later bundles of the same paper win (as in the files).
    latest: dict[str, PaperBundle] = {}
    for b in group:
        latest[b.paper_id] = b
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    n_nodes = n_edges = 0
    for b in latest.values():
        for n in b.nodes:
            nodes[n.label].append(node_row(n))
            n_nodes += 1
        for e in b.edges:
            src, dst = edge_labels(e)
            edges[(e.type, src, dst)].append(edge_row(e))
            n_edges += 1
    return _BundleRows(list(latest), nodes, edges, n_nodes, n_edges)


_DONE = object()


def _prefetch(items: Iterable[T], depth: int = 2) -> Iterator[T]:
    """``items``, produced by a background thread up to ``depth`` ahead of the consumer.

    The next batch is read, parsed and turned into parameter rows while the server works on
    the current transaction (the driver releases the GIL while it waits on the socket). An
    exception in the producer is re-raised here; leaving the loop early stops the producer.
    """
    out: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def send(item: Any) -> bool:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not send(item):
                    return
            send(_DONE)
        except BaseException as exc:  # re-raised in the consumer's thread
            send(_Failed(exc))

    thread = threading.Thread(target=produce, name="kg-load-prefetch", daemon=True)
    thread.start()
    try:
        while (item := out.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.exc
            yield item
    finally:
        stop.set()
        with contextlib.suppress(queue.Empty):
            while True:
                out.get_nowait()
        thread.join(timeout=5)


@dataclass
class _Failed:
    exc: BaseException


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _bundle_batches(bundles: Iterable[PaperBundle], max_rows: int) -> Iterator[list[PaperBundle]]:
    """Groups of whole papers with at most ``max_rows`` rows (at least one paper each)."""
    group: list[PaperBundle] = []
    rows = 0
    for b in bundles:
        if group and rows + b.rows > max_rows:
            yield group
            group, rows = [], 0
        group.append(b)
        rows += b.rows
    if group:
        yield group


def counts(driver: neo4j.Driver, *, database: str | None = None) -> dict[str, dict[str, int]]:
    """Node counts per label and relationship counts per type (``cypher/counts.cypher``)."""
    records, _, _ = driver.execute_query(statement("counts"), database_=database)
    out: dict[str, dict[str, int]] = {"nodes": {}, "relationships": {}}
    for r in records:
        out["nodes" if r["kind"] == "node" else "relationships"][r["name"]] = int(r["count"])
    return out


def prune_orphans(driver: neo4j.Driver, *, database: str | None = None) -> int:
    """Delete entity nodes no paper or result refers to; returns how many were deleted."""
    records, _, _ = driver.execute_query(statement("delete_orphan_entities"), database_=database)
    return int(records[0]["deleted"]) if records else 0


def load(
    driver: neo4j.Driver,
    entity_nodes: Iterable[NodeRecord],
    bundles: Iterable[PaperBundle],
    *,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    retry_time: float = DEFAULT_RETRY_TIME,
    uri: str | None = None,
    progress: bool | None = None,
    total_entities: int | None = None,
    total_papers: int | None = None,
    on_batch: Callable[[LoadStats], None] | None = None,
    with_counts: bool = True,
    entity_edges: Iterable[EdgeRecord] = (),
) -> LoadStats:
    """The whole load protocol: schema → entity nodes → paper bundles (streaming).

    ``bundles`` may be a generator over millions of papers; only one batch is held at a time.
    Raises :class:`~kg.errors.Neo4jUnavailableError` if the server goes away.
    """
    loader = Loader(
        driver,
        database=database,
        batch_size=batch_size,
        retry_time=retry_time,
        uri=uri or _driver_uri(driver),
        progress=progress,
        on_batch=on_batch,
    )
    started = time.perf_counter()
    loader.apply_schema()
    loader.load_nodes(entity_nodes, total=total_entities)
    loader.load_bundles(bundles, total=total_papers)
    loader.load_entity_edges(entity_edges)
    loader.stats.seconds = time.perf_counter() - started
    if with_counts:
        try:
            loader.stats.counts = loader.counts()
        except Exception as exc:
            if _is_connection_error(exc):
                raise _unavailable(exc, loader.uri, loader._done()) from exc
            raise
    return loader.stats


def bundles_from_records(
    nodes: Iterable[NodeRecord], edges: Iterable[EdgeRecord]
) -> tuple[list[NodeRecord], list[PaperBundle]]:
    """Split complete node/edge lists into entity nodes and per-paper bundles (in memory).

    Edges whose source is neither a paper nor one of its results are ignored (logged).
    """
    entity: list[NodeRecord] = []
    bundles: dict[str, PaperBundle] = {}
    results: dict[str, NodeRecord] = {}
    for n in nodes:
        if n.label == "Paper":
            bundles.setdefault(n.id, PaperBundle(paper_id=n.id)).nodes.insert(0, n)
        elif n.label == "Result":
            results[n.id] = n
        else:
            entity.append(n)
    owner: dict[str, str] = {}
    edge_list = list(edges)
    for e in edge_list:
        if e.type == "REPORTS":
            owner[e.target] = e.source
    for rid, node in results.items():
        pid = owner.get(rid)
        if pid in bundles:
            bundles[pid].nodes.append(node)
    skipped = 0
    for e in edge_list:
        pid = e.source if e.source in bundles else owner.get(e.source)
        if pid in bundles:
            bundles[pid].edges.append(e)
        else:
            skipped += 1
    if skipped:
        log.warning("%d edges do not start at a paper or its results; not loaded", skipped)
    return entity, list(bundles.values())


__all__ = [
    "DEFAULT_BATCH_SIZE",
    "LoadStats",
    "Loader",
    "bundles_from_records",
    "counts",
    "edge_statement",
    "load",
    "node_statement",
    "prune_orphans",
    "schema_statements",
    "statement",
]
