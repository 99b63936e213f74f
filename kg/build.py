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
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.atomic import (
    atomic_open,
    atomic_write_text,
    clean_stale_tmp,
    sha256_file,
    tmp_dir_for,
    tmp_path_for,
)
from kg.config import Settings, get_settings
from kg.errors import ConfigError, InputError, KGError, Neo4jUnavailableError
from kg.graph import (
    GraphStats,
    PaperBundle,
    edge_sort_key,
    entity_edges,
    entity_nodes,
    node_sort_key,
    paper_bundle,
    read_edges,
    read_nodes,
    sorted_lines,
    write_graphml_stream,
    write_node_link_json_stream,
    write_sorted_jsonl,
)
from kg.models import Extraction, Paper
from kg.resolve import EntityRegistry
from kg.schema import ENTITY_RELATIONSHIPS
from kg.shards import shard_dir_for
from kg.sources.base import DEFAULT_MAX_CHARS

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("kg-out")
DEFAULT_GRAPH_LIMIT: int | None = None  # papers; above it graph.graphml / graph.json are skipped
EXTRACTIONS = "extractions.jsonl"
NODES_FILE = "nodes.jsonl"
EDGES_FILE = "edges.jsonl"
SUMMARY = "summary.json"
GRAPHML = "graph.graphml"
LEGACY_TMP = (
    "extractions.jsonl.tmp",
    "summary.json.tmp",
    "nodes.jsonl.tmp",
    "edges.jsonl.tmp",
    "nodes.jsonl.unsorted",
    "edges.jsonl.unsorted",
)
GRAPH_JSON = "graph.json"

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

    return tqdm(total=total, unit=f" {unit}", desc="extracting", file=sys.stderr, leave=False)


class LastCopies:
    """Which lines of ``extractions.jsonl`` hold the LAST extraction of their paper.

    Kept on disk, not in a dict of paper ids: ``add`` appends ``id<TAB>line`` to a temporary
    file; :meth:`close` sorts it externally and keeps the (sorted) numbers of the superseded
    lines, which :meth:`keep` walks alongside the extractions. Memory stays flat.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.lines = 0
        self.superseded = 0
        self._ids = tmp_path_for(directory / "ids")
        self._fh: Any = open(self._ids, "w", encoding="utf-8")  # noqa: SIM115
        self._gone: Path | None = None

    def add(self, paper_id: str) -> None:
        self._fh.write(f"{paper_id}\t{self.lines:012d}\n")
        self.lines += 1

    @property
    def papers(self) -> int:
        return self.lines - self.superseded

    def close(self) -> LastCopies:
        self._fh.close()

        def ids() -> Iterator[str]:
            with open(self._ids, encoding="utf-8") as fh:
                for line in fh:
                    yield line.rstrip("\n")

        def superseded() -> Iterator[str]:
            prev_id: str | None = None
            prev_line = ""
            for row in sorted_lines(ids(), self.directory):
                pid, _, num = row.rpartition("\t")
                if pid == prev_id:
                    yield prev_line  # an earlier copy of the same paper
                prev_id, prev_line = pid, num

        gone = tmp_path_for(self.directory / "superseded")
        with open(gone, "w", encoding="utf-8") as out:
            for num in sorted_lines(superseded(), self.directory):
                out.write(num + "\n")
                self.superseded += 1
        self._ids.unlink(missing_ok=True)
        self._gone = gone
        return self

    def keep(self) -> Iterator[bool]:
        """One flag per line of the file, True when that line is its paper's last copy."""
        assert self._gone is not None, "close() first"
        with open(self._gone, encoding="utf-8") as fh:
            nums = (int(x) for x in fh)
            nxt = next(nums, None)
            for i in range(self.lines):
                if nxt == i:
                    nxt = next(nums, None)
                    yield False
                else:
                    yield True

    def cleanup(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._ids.unlink(missing_ok=True)
        if self._gone is not None:
            self._gone.unlink(missing_ok=True)


def write_extractions(
    extractions: Iterator[Extraction] | Sequence[Extraction],
    path: Path,
    registry: EntityRegistry,
    *,
    progress: bool | None = None,
    index_dir: Path | None = None,
) -> LastCopies:
    """Stream extractions to ``path`` (JSONL, replaced atomically) while registering their
    entities. Returns the :class:`LastCopies` index of the file (kept in ``index_dir``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    index = LastCopies(index_dir or path.parent)
    bar = _bar(None, "papers", progress)

    def write() -> None:
        with atomic_open(path, "w", gz=False) as fh:
            for ex in extractions:
                fh.write(ex.model_dump_json() + "\n")
                _register(ex, registry, index, bar)

    return _indexed(write, index, bar)


def _register(ex: Extraction, registry: EntityRegistry, index: LastCopies, bar: Any) -> None:
    """One extraction written: its entities to the registry, its paper id to the index."""
    registry.add_extraction(ex)
    index.add(ex.paper.id)
    if bar is not None:
        bar.update(1)


def _indexed(write: Callable[[], None], index: LastCopies, bar: Any) -> LastCopies:
    """Run ``write`` (which fills ``index``) and close the index; on failure remove its files."""
    try:
        write()
    except BaseException:
        index.cleanup()
        raise
    finally:
        if bar is not None:
            bar.close()
    return index.close()


def extract_sharded(
    papers: Iterable[Paper],
    output: Path,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    spacy_model: str | None = None,
    pipeline: str | None = None,
    catalog: Path | None = None,
    identity: dict[str, Any] | None = None,
    shard_size: int | None = None,
    resume: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    echo: Echo | None = None,
) -> Any:
    """Extract ``papers`` into resumable shards beside ``output`` (see :mod:`kg.shards`);
    returns the manifest. ``engine="dask"`` sends the shards to a Dask cluster. ``pipeline``:
    ``"fast"`` or ``"accurate"`` (``kg.extract.pipeline.PIPELINES``; ``None`` → the default)."""
    from kg import shards
    from kg.extract import EXTRACTOR_VERSION

    ident: dict[str, Any] = {"extractor_version": EXTRACTOR_VERSION, "spacy_model": spacy_model}
    if pipeline is not None:
        ident["pipeline"] = pipeline
    overrides: dict[str, Any] | None = None
    if catalog is not None:  # its content decides the extractions: a changed catalog re-extracts
        ident["catalog"] = sha256_file(Path(catalog))
        overrides = {"components.kg_linker.catalog": str(catalog)}
    ident.update(identity or {})
    size = shard_size or shards.env_shard_size()
    shard_dir = shards.shard_dir_for(output)
    if engine == "dask":
        from kg.distributed import run_sharded_dask

        if catalog is not None:
            raise ConfigError("--catalog is not supported with --engine dask")

        return run_sharded_dask(
            papers,
            shard_dir,
            scheduler=scheduler,
            identity=ident,
            shard_size=size,
            batch_size=batch_size,
            spacy_model=spacy_model,
            pipeline=pipeline,
            resume=resume,
            n_workers=n_process,
            echo=echo,
        )
    from kg.extract import extract_json_lines
    from kg.extract.pipeline import build_nlp

    nlp = None
    if spacy_model or pipeline or overrides:
        nlp = build_nlp(overrides, spacy_model=spacy_model, pipeline=pipeline)

    def lines(todo: Iterable[Paper], stamp: Any) -> Iterator[str]:
        for line in extract_json_lines(
            todo, nlp=nlp, n_process=n_process, batch_size=batch_size, stamp=stamp
        ):
            yield line.json

    return shards.run_sharded(
        papers, shard_dir, lines, identity=ident, shard_size=size, resume=resume, echo=echo
    )


def finish_extractions(
    manifest: Any,
    shard_dir: Path,
    output: Path,
    registry: EntityRegistry,
    *,
    progress: bool | None = None,
    index_dir: Path | None = None,
) -> LastCopies:
    """Concatenate a sharded run into ``output`` (atomically), registering every entity."""
    from kg import shards

    index = LastCopies(index_dir or output.parent)
    bar = _bar(manifest.papers, "papers", progress)

    def on_line(line: str) -> None:
        _register(Extraction.model_validate_json(line), registry, index, bar)

    return _indexed(lambda: shards.finish(shard_dir, manifest, output, on_line), index, bar)


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


def registry_from_file(path: Path) -> tuple[EntityRegistry, LastCopies]:
    registry = EntityRegistry()
    index = LastCopies(path.parent)
    try:
        for ex in read_extractions(path):
            registry.add_extraction(ex)
            index.add(ex.paper.id)
    except BaseException:
        index.cleanup()
        raise
    registry.resolve()
    return registry, index.close()


def iter_bundles(path: Path, registry: EntityRegistry, index: LastCopies) -> Iterator[PaperBundle]:
    """Bundles of the LAST extraction of each paper in ``path``, in file order."""
    for ex, keep in zip(read_extractions(path), index.keep(), strict=False):
        if keep:
            yield paper_bundle(ex, registry)


# ----------------------------------------------------------------------------- pass 2
def write_graph_files(
    out_dir: Path,
    registry: EntityRegistry,
    index: LastCopies,
    *,
    graph_limit: int | None = DEFAULT_GRAPH_LIMIT,
    graph_files: bool = True,
    progress: bool | None = None,
) -> tuple[GraphStats, list[str]]:
    """nodes.jsonl, edges.jsonl (external sort), graph.graphml, graph.json (streaming writers)
    from extractions.jsonl; every file replaced atomically, memory flat."""
    from kg.progress import progress_bar, spinner

    notes: list[str] = []
    stats = GraphStats()
    ents = entity_nodes(registry)
    stats.add_entity_nodes(ents)
    raw_nodes = tmp_path_for(out_dir / NODES_FILE)
    raw_edges = tmp_path_for(out_dir / EDGES_FILE)
    try:
        with (
            open(raw_nodes, "w", encoding="utf-8") as nf,
            open(raw_edges, "w", encoding="utf-8") as ef,
        ):
            for n in ents:
                nf.write(n.model_dump_json() + "\n")
            ent_edges = entity_edges(registry)
            stats.add_entity_edges(ent_edges)
            for e in ent_edges:
                ef.write(e.model_dump_json() + "\n")
            with progress_bar(
                "writing files", total=index.papers, unit="papers", progress=progress
            ) as advance:
                for b in iter_bundles(out_dir / EXTRACTIONS, registry, index):
                    stats.add_bundle(b)
                    for n in b.nodes:
                        nf.write(n.model_dump_json() + "\n")
                    for e in b.edges:
                        ef.write(e.model_dump_json() + "\n")
                    advance(1)
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
    if not graph_files:
        notes.append("graph.graphml and graph.json skipped (--no-graph-files)")
    elif graph_limit is None or papers <= graph_limit:
        nodes_path, edges_path = out_dir / NODES_FILE, out_dir / EDGES_FILE
        with spinner("writing graph.graphml and graph.json", progress=progress):
            write_graphml_stream(
                lambda: read_nodes(nodes_path), lambda: read_edges(edges_path), out_dir / GRAPHML
            )
            write_node_link_json_stream(
                lambda: read_nodes(nodes_path),
                lambda: read_edges(edges_path),
                out_dir / GRAPH_JSON,
            )
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
    atomic_write_text(out_dir / SUMMARY, json.dumps(summary, indent=2, sort_keys=True) + "\n")


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
    index: LastCopies | None = None,
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
        if registry is None or index is None:
            registry, index = registry_from_file(ex_path)
        ents = entity_nodes(registry)
        ent_edges = entity_edges(registry)
        bundles: Any = iter_bundles(ex_path, registry, index)
        total = index.papers
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


def bulk_load_build_dir(
    out_dir: Path, settings: Settings | None = None, *, force: bool = False, echo: Echo = _stderr
) -> dict[str, Any]:
    """First load with ``neo4j-admin database import full`` (:func:`kg.neo4j.bulk.bulk_first_load`);
    records the ``neo4j`` section in summary.json."""
    from kg.neo4j.bulk import bulk_first_load

    section = bulk_first_load(Path(out_dir), settings or get_settings(), force=force, echo=echo)
    summary = read_summary(Path(out_dir))
    if summary:
        summary["neo4j"] = section
        _write_summary(Path(out_dir), summary)
    return section


# ----------------------------------------------------------------------------- build
def publish(work: Path, out_dir: Path) -> list[Path]:
    """Move every file of the staging folder ``work`` to the same place under ``out_dir``
    (``os.replace``: each file is swapped atomically, the previous version stays intact until
    then). Returns the published paths."""
    published: list[Path] = []
    for src in sorted(work.rglob("*")):
        if src.is_file():
            dst = out_dir / src.relative_to(work)
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
            published.append(dst)
    return published


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
    graph_limit: int | None = DEFAULT_GRAPH_LIMIT,
    graph_files: bool = True,
    prune_orphans: bool = False,
    progress: bool | None = None,
    extractions: Iterator[Extraction] | Sequence[Extraction] | None = None,
    pipeline: str | None = None,
    shard_size: int | None = None,
    resume: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    echo: Echo = _stderr,
    timings: dict[str, float] | None = None,
    bulk: bool = False,
    force: bool = False,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    catalog: Path | None = None,
) -> BuildResult:
    """Run a whole build; ``extractions`` (if given) replaces reading + extracting ``inputs``.

    Reading + extracting goes through resumable shards (:mod:`kg.shards`): a build killed
    mid-way and rerun with the same inputs continues from the last finished shard and writes
    byte-identical files. Every output replaces its previous version atomically.
    ``timings`` (if given) receives the seconds of each stage. ``pipeline``: ``"fast"`` or
    ``"accurate"`` (``kg.extract.pipeline.PIPELINES``; ``None`` → the default pipeline).
    ``catalog``: the user's entity catalog (:mod:`kg.kb.catalog`), read before any work.
    """
    from kg.kb import load_kb

    kb = load_kb(str(catalog) if catalog else None)  # a bad catalog line fails here
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    clean_stale_tmp(out_dir)
    clean_stale_tmp(out_dir / "dumps")
    for name in LEGACY_TMP:  # fixed temp names of earlier versions (a killed build's leftovers)
        (out_dir / name).unlink(missing_ok=True)
    # every output is written into a staging folder inside out_dir, then published (each file
    # os.replace'd) once the build has written them all: a build killed before that leaves
    # the previous build's files as they were
    work = tmp_dir_for(out_dir / "build")
    try:
        return _run_build(
            inputs,
            out_dir,
            work,
            fmt=fmt,
            strict=strict,
            n_process=n_process,
            settings=settings,
            load=load,
            require_load=require_load,
            batch_size=batch_size,
            graph_limit=graph_limit,
            graph_files=graph_files,
            prune_orphans=prune_orphans,
            progress=progress,
            extractions=extractions,
            pipeline=pipeline,
            shard_size=shard_size,
            resume=resume,
            engine=engine,
            scheduler=scheduler,
            echo=echo,
            timings=timings,
            bulk=bulk,
            force=force,
            max_chars=max_chars,
            catalog=catalog,
            kb=kb,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_build(
    inputs: Sequence[str | Path],
    out_dir: Path,
    work: Path,
    *,
    fmt: str | None,
    strict: bool,
    n_process: int,
    settings: Settings | None,
    load: bool,
    require_load: bool,
    batch_size: int | None,
    graph_limit: int | None,
    graph_files: bool,
    prune_orphans: bool,
    progress: bool | None,
    extractions: Iterator[Extraction] | Sequence[Extraction] | None,
    pipeline: str | None,
    shard_size: int | None,
    resume: bool,
    engine: str,
    scheduler: str | None,
    echo: Echo,
    timings: dict[str, float] | None,
    bulk: bool = False,
    force: bool = False,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    catalog: Path | None = None,
    kb: Any = None,
) -> BuildResult:
    started = time.perf_counter()
    tick = started
    times: dict[str, float] = timings if timings is not None else {}

    def lap(stage: str) -> None:
        nonlocal tick
        now = time.perf_counter()
        times[stage] = times.get(stage, 0.0) + now - tick
        tick = now

    read_stats: Any = None
    manifest: Any = None
    registry = EntityRegistry(kb)
    if extractions is None:
        from kg.sources import ReadStats, read_papers

        read_stats = ReadStats()
        papers: Iterator[Paper] = read_papers(
            list(inputs), fmt, strict=strict, stats=read_stats, max_chars=max_chars
        )
        manifest = extract_sharded(
            papers,
            out_dir / EXTRACTIONS,  # its shards live beside the published file
            n_process=n_process,
            pipeline=pipeline,
            catalog=catalog,
            identity={"inputs": [str(i) for i in inputs], "format": fmt},
            shard_size=shard_size,
            resume=resume,
            engine=engine,
            scheduler=scheduler,
            echo=echo,
        )
        lap("extract")
        index = finish_extractions(
            manifest,
            shard_dir_for(out_dir / EXTRACTIONS),
            work / EXTRACTIONS,
            registry,
            progress=progress,
            index_dir=out_dir,
        )
    else:
        index = write_extractions(
            extractions, work / EXTRACTIONS, registry, progress=progress, index_dir=out_dir
        )
        lap("extract")
    from kg.progress import spinner

    try:
        with spinner("resolving entities", progress=progress):
            registry.resolve()
        lap("resolve")
        stats, notes = write_graph_files(
            work,
            registry,
            index,
            graph_limit=graph_limit,
            graph_files=graph_files,
            progress=progress,
        )
        lap("files")
    except BaseException:
        index.cleanup()
        raise
    n_lines = index.lines
    versions: set[str] = set()
    summary: dict[str, Any] = {
        "inputs": [str(i) for i in inputs],
        "papers": index.papers,
        "extractions": n_lines,
        "duplicate_papers": index.superseded,
        "entities_resolved": len(registry.entities()),
        "graph": stats.to_dict(),
        "extract_seconds": round(time.perf_counter() - started, 3),
        "neo4j": None,
    }
    if read_stats is not None:
        summary["read"] = {
            k: getattr(read_stats, k)
            for k in ("files", "read", "skipped", "duplicates", "papers", "files_skipped")
            if hasattr(read_stats, k)
        }
        if read_stats.file_errors:
            summary["read"]["file_errors"] = read_stats.file_errors
    try:
        from kg.extract import EXTRACTOR_VERSION

        versions.add(EXTRACTOR_VERSION)
    except ImportError:
        pass
    summary["extractor_version"] = sorted(versions)[0] if versions else None
    _write_summary(work, summary)
    with spinner("writing the RDF dump", progress=progress):
        note = write_rdf_dump(work)
    notes.append(note.replace(str(work), str(out_dir)))
    lap("export")
    publish(work, out_dir)
    if manifest is not None:
        from kg.shards import mark_complete

        mark_complete(shard_dir_for(out_dir / EXTRACTIONS), manifest)
    result = BuildResult(out_dir=out_dir, summary=summary, notes=notes)
    if not load:
        index.cleanup()
        notes.append(f"not loaded (--no-load); load later with `kg build --load-only {out_dir}`")
        return result
    settings = settings or get_settings()
    try:
        if bulk:
            section = bulk_load_build_dir(out_dir, settings, force=force, echo=echo)
        else:
            section = load_build_dir(
                out_dir,
                settings,
                batch_size=batch_size,
                progress=progress,
                prune_orphans=prune_orphans,
                registry=registry,
                index=index,
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
    finally:
        index.cleanup()
        lap("load")
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
