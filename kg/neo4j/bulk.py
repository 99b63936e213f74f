"""CSV files for ``neo4j-admin database import full`` — the bulk path for very large graphs.

:func:`write_admin_import` streams :class:`~kg.models.NodeRecord` / :class:`~kg.models.EdgeRecord`
rows into one CSV per label (``nodes_<Label>.csv``) and one per relationship type
(``rels_<TYPE>.csv``) with typed headers (``id:ID``, ``:LABEL``, ``value:double``,
``aliases:string[]``, ``:START_ID``, ``:END_ID``, ``:TYPE``) and writes ``README.md`` with the
exact command line. The imported graph has the same nodes, relationships and properties as
the Bolt loader's (``uri`` included); afterwards apply the schema with
``kg build --schema-only``.

Ids share one global ID space (ids are prefixed: ``arxiv:``, ``dataset:``, ``result:`` …).
List values use ``;`` as array delimiter (a ``;`` inside an element becomes ``,``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from kg.errors import ExportError
from kg.models import EdgeRecord, NodeRecord
from kg.schema import NODES, PROVENANCE_PROPS, RELATIONSHIPS, PropSpec, node_iri

ARRAY_DELIMITER = ";"

_TYPES = {
    "xsd:boolean": "boolean",
    "xsd:decimal": "double",
    "xsd:double": "double",
    "xsd:float": "double",
    "xsd:integer": "long",
    "xsd:nonNegativeInteger": "long",
    "xsd:int": "long",
}


def _csv_type(spec: PropSpec) -> str:
    base = _TYPES.get(spec.datatype, "string")  # dates stay ISO strings, as the loader stores
    return f"{base}[]" if spec.many else base


def node_header(label: str) -> list[str]:
    cols = ["id:ID", ":LABEL", "uri"]
    for p in NODES[label].props:
        t = _csv_type(p)
        cols.append(p.name if t == "string" else f"{p.name}:{t}")
    return cols


def edge_header() -> list[str]:
    cols = [":START_ID", ":END_ID", ":TYPE"]
    for p in PROVENANCE_PROPS:
        t = _csv_type(p)
        cols.append(p.name if t == "string" else f"{p.name}:{t}")
    return cols


def _value(value: Any, spec: PropSpec) -> str:
    if value is None:
        return ""
    if spec.many:
        items = value if isinstance(value, list | tuple) else [value]
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in items)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def admin_command(
    node_files: Iterable[str], rel_files: Iterable[str], database: str = "neo4j"
) -> list[str]:
    """The neo4j-admin arguments (run in the directory holding the CSV files)."""
    args = [
        "neo4j-admin",
        "database",
        "import",
        "full",
        database,
        "--overwrite-destination=true",
        "--multiline-fields=true",
        f"--array-delimiter={ARRAY_DELIMITER}",
        "--id-type=string",
    ]
    args += [f"--nodes={f}" for f in node_files]
    args += [f"--relationships={f}" for f in rel_files]
    return args


def write_admin_import(
    nodes: Iterable[NodeRecord],
    edges: Iterable[EdgeRecord],
    out_dir: Path,
    *,
    presorted: bool = False,
) -> dict[str, int]:
    """Write the import CSVs + README.md to ``out_dir``.

    Returns counts: ``nodes``, ``relationships``, ``files`` and one entry per label and per
    relationship type. Duplicate node ids / relationships (same type, source and target) are
    written once (the first one wins). ``presorted``: the rows come sorted as in a build's
    ``nodes.jsonl`` / ``edges.jsonl`` (by label and id, by type, source and target), so
    duplicates are adjacent and memory stays flat (no set of seen keys).
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {out_dir}: {exc.strerror or exc}") from exc
    handles: dict[str, IO[str]] = {}
    writers: dict[str, Any] = {}
    counts: dict[str, int] = {}
    seen_nodes: set[str] = set()
    seen_edges: set[tuple[str, str, str]] = set()
    last_node: str | None = None
    last_edge: tuple[str, str, str] | None = None

    def writer(key: str, filename: str, header: list[str]) -> Any:
        if key not in writers:
            fh = open(out_dir / filename, "w", encoding="utf-8", newline="")  # noqa: SIM115
            handles[key] = fh
            w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow(header)
            writers[key] = w
        return writers[key]

    try:
        for n in nodes:
            if n.label not in NODES:
                raise ExportError(f"node {n.id!r} has unknown label {n.label!r}")
            if presorted:
                if n.id == last_node:
                    continue
                last_node = n.id
            elif n.id in seen_nodes:
                continue
            else:
                seen_nodes.add(n.id)
            spec = NODES[n.label]
            row = [n.id, n.label, node_iri(n.label, n.id)]
            row += [_value(n.props.get(p.name), p) for p in spec.props]
            writer(f"n:{n.label}", f"nodes_{n.label}.csv", node_header(n.label)).writerow(row)
            counts[n.label] = counts.get(n.label, 0) + 1
        for e in edges:
            if e.type not in RELATIONSHIPS:
                raise ExportError(f"edge {e.source}→{e.target} has unknown type {e.type!r}")
            key = (e.type, e.source, e.target)
            if presorted:
                if key == last_edge:
                    continue
                last_edge = key
            elif key in seen_edges:
                continue
            else:
                seen_edges.add(key)
            row = [e.source, e.target, e.type]
            row += [_value(e.props.get(p.name), p) for p in PROVENANCE_PROPS]
            writer(f"r:{e.type}", f"rels_{e.type}.csv", edge_header()).writerow(row)
            counts[e.type] = counts.get(e.type, 0) + 1
    except OSError as exc:
        raise ExportError(f"cannot write to {out_dir}: {exc.strerror or exc}") from exc
    finally:
        for fh in handles.values():
            fh.close()
    node_files = sorted(f"nodes_{k[2:]}.csv" for k in writers if k.startswith("n:"))
    rel_files = sorted(f"rels_{k[2:]}.csv" for k in writers if k.startswith("r:"))
    cmd = admin_command(node_files, rel_files)
    abs_cmd = admin_command(
        [str(out_dir.resolve() / f) for f in node_files],
        [str(out_dir.resolve() / f) for f in rel_files],
    )
    (out_dir / "README.md").write_text(_readme(cmd, abs_cmd, counts), encoding="utf-8")
    counts["nodes"] = sum(counts.get(label, 0) for label in NODES)
    counts["relationships"] = sum(counts.get(t, 0) for t in RELATIONSHIPS)
    counts["files"] = len(node_files) + len(rel_files)
    return dict(sorted(counts.items()))


def _readme(cmd: list[str], abs_cmd: list[str], counts: dict[str, int]) -> str:
    shown = " \\\n  ".join(cmd)
    table = "\n".join(f"| {k} | {v} |" for k, v in sorted(counts.items()))
    return f"""# neo4j-admin bulk import

Written by `kg` (`kg export --format neo4j-admin`). These CSV files hold the same graph the
`kg build` Bolt loader writes: one file per label (`nodes_<Label>.csv`) and per relationship
type (`rels_<TYPE>.csv`), ids in one global ID space, lists delimited by `{ARRAY_DELIMITER}`.

Stop Neo4j (`kg neo4j stop`), then run IN THIS DIRECTORY (it replaces database `neo4j`):

```sh
{shown}
```

With the local `kg neo4j` server (no `neo4j-admin` script on the PATH), run from the
project root with its cached classpath (`kg neo4j stop` first):

```sh
NEO4J_HOME=.neo4j NEO4J_CONF=.neo4j/conf java -cp "$(cat .neo4j/classpath.txt)" \\
  org.neo4j.cli.AdminTool {" ".join(abs_cmd[1:])}
```

Then start Neo4j and create the constraints and indexes: `kg build --schema-only`.

| label / type | rows |
|---|---|
{table}
"""


def share_classpath(settings: Any) -> None:
    """Copy the default instance's cached classpath into ``settings``' home (no Maven run)."""
    import shutil

    from kg.config import default_neo4j_home, get_settings
    from kg.neo4j import launcher

    dst = launcher.home_of(settings)
    if dst.classpath_file.exists():
        return
    for candidate in (get_settings().neo4j_home, default_neo4j_home()):
        src = launcher.Neo4jHome(Path(candidate).resolve())
        if src.root != dst.root and src.classpath_file.exists():
            break
    else:
        return
    dst.root.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src.classpath_file, dst.classpath_file)
    if src.classpath_hash_file.exists():
        shutil.copy2(src.classpath_hash_file, dst.classpath_hash_file)


def run_admin_import(
    csv_dir: Path, settings: Any, *, database: str = "neo4j", timeout: float = 600.0
) -> str:
    """Run ``neo4j-admin database import full`` (``org.neo4j.cli.AdminTool`` on the local
    server's cached classpath) for the CSVs in ``csv_dir`` into the instance of ``settings``
    (a :class:`kg.config.Settings`; its server must be stopped). Returns the tool's output."""
    import os
    import subprocess

    from kg.neo4j import launcher

    csv_dir = Path(csv_dir).resolve()
    node_files = sorted(str(p) for p in csv_dir.glob("nodes_*.csv"))
    rel_files = sorted(str(p) for p in csv_dir.glob("rels_*.csv"))
    home = launcher.home_of(settings)
    home.ensure_dirs()
    launcher.write_conf(settings)
    share_classpath(settings)
    classpath = launcher.resolve_classpath(settings)
    java = launcher.find_java()
    cmd = [java, "-Xmx1g", "-cp", classpath, "org.neo4j.cli.AdminTool"]
    cmd += admin_command(node_files, rel_files, database)[1:]
    env = dict(os.environ, NEO4J_HOME=str(home.root), NEO4J_CONF=str(home.conf_dir))
    proc = subprocess.run(
        cmd, cwd=home.root, env=env, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode != 0:
        tail = " ".join((proc.stderr or proc.stdout).split())[-400:]
        raise ExportError(f"neo4j-admin import failed (exit {proc.returncode}): {tail}")
    return proc.stdout


def _is_local(settings: Any) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(settings.neo4j_uri)
    return parts.hostname in ("127.0.0.1", "localhost", "::1") and (parts.port or 7687) == int(
        settings.neo4j_bolt_port
    )


def _node_count(settings: Any) -> int:
    from kg.neo4j.driver import connect

    driver = connect(settings)
    try:
        records, _, _ = driver.execute_query(
            "MATCH (n) RETURN count(n) AS n", database_=settings.neo4j_database
        )
        return int(records[0]["n"])
    finally:
        driver.close()


def bulk_first_load(
    build_dir: Path,
    settings: Any,
    *,
    force: bool = False,
    echo: Any = None,
    timeout: float = 24 * 3600.0,
) -> dict[str, Any]:
    """First load of a build directory with ``neo4j-admin database import full``.

    For the local ``kg neo4j`` server only (its home holds the store): refuses a database that
    already holds nodes unless ``force`` (the import replaces the whole database). Writes the
    CSVs (``DIR/neo4j-admin/``, streamed from the sorted ``nodes.jsonl`` / ``edges.jsonl``),
    stops the server, imports, starts it again (also when the import fails) and applies the
    schema (constraints and indexes). Returns the ``neo4j`` section of summary.json.
    """
    import time

    from kg.errors import ConfigError, InputError
    from kg.graph import read_edges, read_nodes
    from kg.neo4j import launcher
    from kg.neo4j.driver import connect
    from kg.neo4j.loader import Loader

    say = echo or (lambda _m: None)
    build_dir = Path(build_dir)
    nodes, edges = build_dir / "nodes.jsonl", build_dir / "edges.jsonl"
    if not (nodes.is_file() and edges.is_file()):
        raise InputError(
            f"{build_dir} is not a kg build directory (no nodes.jsonl / edges.jsonl)",
            hint="run `kg build INPUT… --out DIR --no-load` first",
        )
    if not _is_local(settings):
        raise ConfigError(
            f"--bulk needs the local kg Neo4j server (bolt port {settings.neo4j_bolt_port}), "
            f"not {settings.neo4j_uri}",
            hint="on another server run neo4j-admin with `kg export --format neo4j-admin`",
        )
    database = settings.neo4j_database
    started = time.perf_counter()
    launcher.start(settings, echo=say)
    existing = _node_count(settings)
    if existing and not force:
        raise ConfigError(
            f"--bulk: database {database!r} at {settings.neo4j_uri} already holds {existing} "
            "nodes; a bulk import replaces the whole database",
            hint="add --force to replace it, or load without --bulk (incremental)",
        )
    t0 = time.perf_counter()
    csv_dir = build_dir / "neo4j-admin"
    written = write_admin_import(read_nodes(nodes), read_edges(edges), csv_dir, presorted=True)
    t_csv = time.perf_counter() - t0
    say(
        f"kg: bulk: stopping Neo4j to import {written['nodes']} nodes, "
        f"{written['relationships']} relationships"
    )
    launcher.stop(settings)
    t1 = time.perf_counter()
    try:
        run_admin_import(csv_dir, settings, database=database, timeout=timeout)
    finally:
        t_import = time.perf_counter() - t1
        launcher.start(settings, echo=say)
    t2 = time.perf_counter()
    driver = connect(settings)
    try:
        Loader(driver, database=database, uri=settings.neo4j_uri).apply_schema()
    finally:
        driver.close()
    t_schema = time.perf_counter() - t2
    total = time.perf_counter() - started
    rows = written["nodes"] + written["relationships"]
    return {
        "uri": settings.neo4j_uri,
        "database": database,
        "mode": "bulk (neo4j-admin database import full)",
        "loaded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "replaced_nodes": existing,
        "rows": rows,
        "nodes": written["nodes"],
        "relationships": written["relationships"],
        "seconds": round(total, 3),
        "csv_seconds": round(t_csv, 3),
        "import_seconds": round(t_import, 3),
        "schema_seconds": round(t_schema, 3),
        "rows_per_second": round(rows / total, 1) if total else None,
    }


__all__ = [
    "ARRAY_DELIMITER",
    "admin_command",
    "bulk_first_load",
    "edge_header",
    "node_header",
    "run_admin_import",
    "write_admin_import",
]
