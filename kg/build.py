"""`kg build`: ingest → extract → resolve → files → Neo4j, streaming.

Memory stays bounded by the entity registry (plus one id per paper to let a later copy of a
paper win), whatever the number of papers:

1. **Pass 1** reads papers (:func:`kg.sources.read_papers`), extracts them
   (:func:`kg.extract.extract_papers`), appends each :class:`~kg.models.Extraction` to
   ``DIR/extractions.jsonl`` and registers its entities in an
   :class:`~kg.resolve.EntityRegistry`. Then the registry resolves aliases.
2. **Pass 2** re-reads ``extractions.jsonl`` one line at a time, remaps entity ids, turns each
   paper into a :class:`~kg.graph.PaperBundle`, accumulates :class:`~kg.graph.GraphStats` and
   writes ``nodes.jsonl`` / ``edges.jsonl`` (sorted with an external merge sort).
   ``graph.graphml`` and ``graph.json`` (networkx) are written for inputs up to
   ``graph_limit`` papers. ``summary.json`` holds counts and top entities; the RDF dump goes
   to ``DIR/dumps/`` (:func:`kg.rdf.export.export_build_dir`).
3. **Load** (pass 3, optional): the same stream of bundles goes to
   :func:`kg.neo4j.loader.load`.

Unreachable server: by default ``kg build`` writes its files, prints a warning with the
command that loads them later (``kg build --load-only DIR``) and succeeds (exit 0). When the
user explicitly asked for a server (``--neo4j-uri`` or ``--load-only``) it fails with exit
code 5. A server that dies DURING a load always fails the command (exit 5); rerunning
converges to the same graph.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.config import Settings, get_settings
from kg.errors import InputError, KGError, Neo4jUnavailableError
from kg.graph import (
    GraphStats,
    PaperBundle,
    build_graph,
    edge_sort_key,
    entity_edges,
    entity_nodes,
    node_sort_key,
    paper_bundle,
    read_edges,
    read_nodes,
    write_graphml,
    write_node_link_json,
    write_sorted_jsonl,
)
from kg.models import Extraction, Paper
from kg.resolve import EntityRegistry
from kg.schema import ENTITY_RELATIONSHIPS

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("kg-out")
DEFAULT_GRAPH_LIMIT = 100_000  # papers; above it graph.graphml / graph.json are skipped
EXTRACTIONS = "extractions.jsonl"
NODES_FILE = "nodes.jsonl"
EDGES_FILE = "edges.jsonl"
SUMMARY = "summary.json"

Echo = Callable[[str], None]


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


class LoadInterruptedError(Neo4jUnavailableError):
    """Neo4j was reachable but went away during the load (always exit code 5)."""


@dataclass
class BuildResult:
    out_dir: Path
    summary: dict[str, Any]
    loaded: bool = False
    notes: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- pass 1
def _bar(total: int | None, unit: str, progress: bool | None) -> Any:
    show = sys.stderr.isatty() if progress is None else progress
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=f" {unit}", file=sys.stderr, leave=False)


def write_extractions(
    extractions: Iterator[Extraction] | Sequence[Extraction],
    path: Path,
    registry: EntityRegistry,
    *,
    progress: bool | None = None,
) -> tuple[int, dict[str, int]]:
    """Stream extractions to ``path`` (JSONL) while registering their entities.

    Returns (number of lines, {paper id: index of its last line}).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    last: dict[str, int] = {}
    n = 0
    bar = _bar(None, "papers", progress)
    with open(tmp, "w", encoding="utf-8") as fh:
        for ex in extractions:
            fh.write(ex.model_dump_json() + "\n")
            registry.add_extraction(ex)
            last[ex.paper.id] = n
            n += 1
            if bar is not None:
                bar.update(1)
    if bar is not None:
        bar.close()
    tmp.replace(path)
    return n, last


def read_extractions(path: Path) -> Iterator[Extraction]:
    """Extractions from a JSONL file (one per line)."""
    if not path.is_file():
        raise InputError(f"{path} not found", hint="run `kg build INPUT… --out DIR` first")
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield Extraction.model_validate_json(line)
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                raise InputError(f"{path}:{lineno}: not an extraction record ({first})") from exc


def registry_from_file(path: Path) -> tuple[EntityRegistry, int, dict[str, int]]:
    registry = EntityRegistry()
    last: dict[str, int] = {}
    n = 0
    for ex in read_extractions(path):
        registry.add_extraction(ex)
        last[ex.paper.id] = n
        n += 1
    registry.resolve()
    return registry, n, last


def iter_bundles(
    path: Path, registry: EntityRegistry, last: dict[str, int]
) -> Iterator[PaperBundle]:
    """Bundles of the LAST extraction of each paper in ``path``, in file order."""
    for i, ex in enumerate(read_extractions(path)):
        if last.get(ex.paper.id) == i:
            yield paper_bundle(ex, registry)


# ----------------------------------------------------------------------------- pass 2
def write_graph_files(
    out_dir: Path,
    registry: EntityRegistry,
    last: dict[str, int],
    *,
    graph_limit: int = DEFAULT_GRAPH_LIMIT,
) -> tuple[GraphStats, list[str]]:
    """nodes.jsonl, edges.jsonl (sorted), graph.graphml, graph.json from extractions.jsonl."""
    notes: list[str] = []
    stats = GraphStats()
    ents = entity_nodes(registry)
    stats.add_entity_nodes(ents)
    raw_nodes = out_dir / (NODES_FILE + ".unsorted")
    raw_edges = out_dir / (EDGES_FILE + ".unsorted")
    try:
        with (
            open(raw_nodes, "w", encoding="utf-8") as nf,
            open(raw_edges, "w", encoding="utf-8") as ef,
        ):
            for n in ents:
                nf.write(n.model_dump_json() + "\n")
            for e in entity_edges(registry):
                ef.write(e.model_dump_json() + "\n")
            for b in iter_bundles(out_dir / EXTRACTIONS, registry, last):
                stats.add_bundle(b)
                for n in b.nodes:
                    nf.write(n.model_dump_json() + "\n")
                for e in b.edges:
                    ef.write(e.model_dump_json() + "\n")
        write_sorted_jsonl(
            ((node_sort_key(n), n.model_dump_json()) for n in read_nodes(raw_nodes)),
            out_dir / NODES_FILE,
        )
        write_sorted_jsonl(
            ((edge_sort_key(e), e.model_dump_json()) for e in read_edges(raw_edges)),
            out_dir / EDGES_FILE,
        )
    finally:
        raw_nodes.unlink(missing_ok=True)
        raw_edges.unlink(missing_ok=True)
    papers = stats.nodes.get("Paper", 0)
    if papers <= graph_limit:
        graph = build_graph(read_nodes(out_dir / NODES_FILE), read_edges(out_dir / EDGES_FILE))
        write_graphml(graph, out_dir / "graph.graphml")
        write_node_link_json(graph, out_dir / "graph.json")
    else:
        notes.append(
            f"{papers} papers > {graph_limit}: graph.graphml and graph.json skipped "
            "(nodes.jsonl / edges.jsonl hold the whole graph)"
        )
    return stats, notes


def write_rdf_dump(out_dir: Path) -> str:
    """Write DIR/dumps/ with the RDF exporter when it is installed; returns a note."""
    try:
        from kg.rdf.export import export_build_dir
    except ImportError:
        return "RDF dump skipped: kg.rdf.export is not available"
    dumps = out_dir / "dumps"
    dumps.mkdir(parents=True, exist_ok=True)
    try:
        stats = export_build_dir(out_dir, dumps)
    except KGError as exc:
        return f"RDF dump failed: {exc.one_line()}"
    path = getattr(stats, "path", None) or getattr(stats, "out", None) or dumps
    triples = getattr(stats, "triples", None)
    return f"RDF dump: {path}" + (f" ({triples} triples)" if triples is not None else "")


def _write_summary(out_dir: Path, summary: dict[str, Any]) -> None:
    tmp = out_dir / (SUMMARY + ".tmp")
    tmp.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(out_dir / SUMMARY)


def read_summary(out_dir: Path) -> dict[str, Any]:
    path = out_dir / SUMMARY
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {}


# ----------------------------------------------------------------------------- load
def load_build_dir(
    out_dir: Path,
    settings: Settings | None = None,
    *,
    batch_size: int | None = None,
    retry_time: float | None = None,
    progress: bool | None = None,
    prune_orphans: bool = False,
    registry: EntityRegistry | None = None,
    last: dict[str, int] | None = None,
) -> dict[str, Any]:
    """Load a build directory into Neo4j (streaming from extractions.jsonl).

    Falls back to nodes.jsonl + edges.jsonl (in memory) when there is no extractions.jsonl.
    Returns the ``neo4j`` section of summary.json (also written there).
    """
    from kg.neo4j.driver import connect
    from kg.neo4j.loader import DEFAULT_BATCH_SIZE, DEFAULT_RETRY_TIME, bundles_from_records
    from kg.neo4j.loader import load as load_rows
    from kg.neo4j.loader import prune_orphans as prune

    out_dir = Path(out_dir)
    settings = settings or get_settings()
    ex_path = out_dir / EXTRACTIONS
    if ex_path.is_file():
        if registry is None or last is None:
            registry, _, last = registry_from_file(ex_path)
        ents = entity_nodes(registry)
        ent_edges = entity_edges(registry)
        bundles: Any = iter_bundles(ex_path, registry, last)
        total = len(last)
    elif (out_dir / NODES_FILE).is_file() and (out_dir / EDGES_FILE).is_file():
        edge_list = list(read_edges(out_dir / EDGES_FILE))
        ent_edges = [e for e in edge_list if e.type in ENTITY_RELATIONSHIPS]
        ents, blist = bundles_from_records(
            read_nodes(out_dir / NODES_FILE),
            (e for e in edge_list if e.type not in ENTITY_RELATIONSHIPS),
        )
        bundles, total = blist, len(blist)
    else:
        raise InputError(
            f"{out_dir} is not a kg build directory (no {EXTRACTIONS} or {NODES_FILE})",
            hint="run `kg build INPUT… --out DIR` first",
        )
    driver = connect(settings)
    try:
        try:
            stats = load_rows(
                driver,
                ents,
                bundles,
                database=settings.neo4j_database,
                batch_size=batch_size or DEFAULT_BATCH_SIZE,
                retry_time=DEFAULT_RETRY_TIME if retry_time is None else retry_time,
                uri=settings.neo4j_uri,
                progress=progress,
                total_entities=len(ents),
                total_papers=total,
                entity_edges=ent_edges,
            )
        except Neo4jUnavailableError as exc:
            raise LoadInterruptedError(
                exc.message,
                hint=f"start Neo4j again and run `kg build --load-only {out_dir}`; the load "
                "is idempotent and converges to the same graph",
            ) from exc
        pruned = prune(driver, database=settings.neo4j_database) if prune_orphans else 0
    finally:
        driver.close()
    section = {
        "uri": settings.neo4j_uri,
        "database": settings.neo4j_database,
        "loaded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "pruned_orphans": pruned,
        **stats.to_dict(),
    }
    summary = read_summary(out_dir)
    if summary:
        summary["neo4j"] = section
        _write_summary(out_dir, summary)
    return section


# ----------------------------------------------------------------------------- build
def run_build(
    inputs: Sequence[str | Path],
    *,
    out_dir: Path = DEFAULT_OUT,
    fmt: str | None = None,
    strict: bool = False,
    n_process: int = 1,
    settings: Settings | None = None,
    load: bool = True,
    require_load: bool = False,
    batch_size: int | None = None,
    graph_limit: int = DEFAULT_GRAPH_LIMIT,
    prune_orphans: bool = False,
    progress: bool | None = None,
    extractions: Iterator[Extraction] | Sequence[Extraction] | None = None,
    echo: Echo = _stderr,
    catalog: Path | None = None,
) -> BuildResult:
    """Run a whole build; ``extractions`` (if given) replaces reading + extracting ``inputs``.

    ``catalog``: the user's entity catalog (:mod:`kg.kb.catalog`), read before any work."""
    from kg.kb import load_kb

    kb = load_kb(str(catalog) if catalog else None)  # a bad catalog line fails here
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    read_stats: Any = None
    if extractions is None:
        from kg.extract import extract_papers
        from kg.sources import ReadStats, read_papers

        read_stats = ReadStats()
        papers: Iterator[Paper] = read_papers(list(inputs), fmt, strict=strict, stats=read_stats)
        nlp = None
        if catalog:
            from kg.extract.pipeline import build_nlp

            nlp = build_nlp({"components.kg_linker.catalog": str(catalog)})
        extractions = extract_papers(papers, nlp=nlp, n_process=n_process)
    registry = EntityRegistry(kb)
    n_lines, last = write_extractions(
        extractions, out_dir / EXTRACTIONS, registry, progress=progress
    )
    registry.resolve()
    stats, notes = write_graph_files(out_dir, registry, last, graph_limit=graph_limit)
    versions: set[str] = set()
    summary: dict[str, Any] = {
        "inputs": [str(i) for i in inputs],
        "papers": len(last),
        "extractions": n_lines,
        "duplicate_papers": n_lines - len(last),
        "entities_resolved": len(registry.entities()),
        "graph": stats.to_dict(),
        "extract_seconds": round(time.perf_counter() - started, 3),
        "neo4j": None,
    }
    if read_stats is not None:
        summary["read"] = {
            k: getattr(read_stats, k)
            for k in ("files", "read", "skipped", "duplicates", "papers")
            if hasattr(read_stats, k)
        }
    try:
        from kg.extract import EXTRACTOR_VERSION

        versions.add(EXTRACTOR_VERSION)
    except ImportError:
        pass
    summary["extractor_version"] = sorted(versions)[0] if versions else None
    _write_summary(out_dir, summary)
    notes.append(write_rdf_dump(out_dir))
    result = BuildResult(out_dir=out_dir, summary=summary, notes=notes)
    if not load:
        notes.append(f"not loaded (--no-load); load later with `kg build --load-only {out_dir}`")
        return result
    settings = settings or get_settings()
    try:
        section = load_build_dir(
            out_dir,
            settings,
            batch_size=batch_size,
            progress=progress,
            prune_orphans=prune_orphans,
            registry=registry,
            last=last,
        )
    except Neo4jUnavailableError as exc:
        if require_load or isinstance(exc, LoadInterruptedError):
            raise
        echo(
            f"kg: warning: {exc.message}; the files are in {out_dir}; load them later with "
            f"`kg build --load-only {out_dir}` (after `kg neo4j start` or with NEO4J_URI set)"
        )
        notes.append("not loaded: Neo4j unreachable")
        return result
    summary["neo4j"] = section
    result.loaded = True
    return result


def format_summary(summary: dict[str, Any], *, top_k: int = 5) -> str:
    """Human-readable summary (counts, top datasets/methods/models)."""
    g = summary.get("graph", {})
    lines = [
        f"papers: {summary.get('papers', 0)}   nodes: {g.get('total_nodes', 0)}   "
        f"relationships: {g.get('total_relationships', 0)}"
    ]
    nodes = g.get("nodes", {})
    rels = g.get("relationships", {})
    if nodes:
        lines.append("  nodes: " + ", ".join(f"{k} {v}" for k, v in nodes.items()))
    if rels:
        lines.append("  relationships: " + ", ".join(f"{k} {v}" for k, v in rels.items()))
    for label in ("Dataset", "Method", "Model", "Metric", "Task"):
        top = g.get("top", {}).get(label, [])[:top_k]
        if top:
            items = ", ".join(f"{t['name']} ({t['papers']})" for t in top)
            lines.append(f"  top {label.lower()}s: {items}")
    neo = summary.get("neo4j")
    if neo:
        lines.append(
            f"  neo4j: loaded {neo.get('rows', 0)} rows in {neo.get('seconds', 0)} s "
            f"({neo.get('rows_per_second', 0)} rows/s) into {neo.get('uri')}"
        )
    if "read" in summary and summary["read"].get("skipped"):
        lines.append(f"  skipped bad records: {summary['read']['skipped']}")
    return "\n".join(lines)


def default_out() -> Path:
    return Path(os.environ.get("KG_OUT", str(DEFAULT_OUT)))
