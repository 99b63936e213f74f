"""A whole `kg build` on N real abstracts, each stage against its physical anchor (same run).

Input: ``../shared/data/arxiv/abstracts-2025.jsonl.gz`` (20,000 real 2025 arXiv abstracts,
CC0; ``--source`` to change). Beyond 20,000 papers the same texts come again with new arXiv ids
(``25xx.nnnnn`` → ``(30+k)xx.nnnnn`` for copy k), titles and abstracts unchanged.

Stages and anchors (every measurement in its own subprocess, so peak RSS is per stage):

* **ingest** — ``kg.sources.read_papers`` over the JSONL vs a bare ``json.loads`` loop.
* **extract** — ``kg build``'s read + extract + shard writing (``--jobs`` processes) vs
  ``spacy.blank("en")`` + ``sentencizer`` over the same texts in the same number of processes.
* **resolve**, **files** (nodes/edges external sort, streamed GraphML / node-link JSON) —
  throughput only.
* **load** — the transactional Bolt loader into an empty database vs
  ``neo4j-admin database import full`` of the same rows (CSV from ``nodes.jsonl`` /
  ``edges.jsonl``; reported with and without the CSV writing) into a throw-away instance.
* **export** — kg's Turtle dump (``dumps/*.ttl.gz``) vs pyoxigraph serialising the same
  triples to gzip'd Turtle (parse + serialise minus parse-only, both streamed).

Peak RSS: the whole ``kg build`` process (and separately its extraction worker processes).

    # against a running server (it WIPES the database), e.g. kg neo4j start on your ports:
    nice -n 10 .venv/bin/python bench/bench_build.py --papers 20000 --jobs 2
    .venv/bin/python bench/bench_build.py --table bench/out/bench_build-20000.json \\
        bench/out/bench_build-100000.json            # scaling table + growth factors

Writes ``bench/out/bench_build-N.json``. ``--no-load`` skips Neo4j (load and its anchor).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SOURCE = ROOT.parent / "shared" / "data" / "arxiv" / "abstracts-2025.jsonl.gz"
OUT = ROOT / "bench" / "out"


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


# ------------------------------------------------------------------------------ input
def make_input(source: Path, n: int, path: Path) -> None:
    """N papers as JSONL: the source's records, then copies with new arXiv ids."""
    if path.is_file():
        with open(path, encoding="utf-8") as fh:
            if sum(1 for _ in fh) == n:
                return
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        base = [json.loads(line) for line in fh if line.strip()]
    tmp = path.with_name(path.name + ".part")
    written = 0
    with open(tmp, "w", encoding="utf-8") as out:
        copy = 0
        while written < n:
            for rec in base:
                if written >= n:
                    break
                d = dict(rec)
                aid = d["id"].split(":", 1)[1]
                if copy:
                    aid = f"{30 + copy}{aid[2:]}"
                d.update(id=f"arxiv:{aid}", arxiv_id=aid, url=f"https://arxiv.org/abs/{aid}")
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    tmp.replace(path)


# ------------------------------------------------------------------------------ stages
def stage_ingest(inp: str) -> dict[str, Any]:
    from kg.sources import read_papers

    t0 = time.perf_counter()
    n = sum(1 for _ in read_papers([inp]))
    return {"papers": n, "seconds": time.perf_counter() - t0, "rss_mb": _rss_mb()}


def stage_ingest_anchor(inp: str) -> dict[str, Any]:
    t0 = time.perf_counter()
    n = 0
    with open(inp, encoding="utf-8") as fh:
        for line in fh:
            json.loads(line)
            n += 1
    return {"papers": n, "seconds": time.perf_counter() - t0, "rss_mb": _rss_mb()}


_NLP: Any = None


def _anchor_init() -> None:
    global _NLP
    import spacy

    _NLP = spacy.blank("en")
    _NLP.add_pipe("sentencizer")


def _anchor_run(texts: list[str]) -> int:
    return sum(len(list(doc.sents)) for doc in _NLP.pipe(texts, batch_size=64))


def stage_extract_anchor(inp: str, jobs: int) -> dict[str, Any]:
    """spacy.blank("en") + sentencizer on the same texts (title, blank line, abstract)."""
    import multiprocessing as mp

    def chunks() -> Any:
        batch: list[str] = []
        with open(inp, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                batch.append(f"{d['title']}\n\n{d['abstract']}")
                if len(batch) == 256:
                    yield batch
                    batch = []
        if batch:
            yield batch

    t0 = time.perf_counter()
    if jobs == 1:
        _anchor_init()
        sents = sum(_anchor_run(b) for b in chunks())
    else:
        with mp.get_context("fork").Pool(jobs, initializer=_anchor_init) as pool:
            sents = sum(pool.imap(_anchor_run, chunks(), chunksize=1))
    return {"sentences": sents, "seconds": time.perf_counter() - t0, "rss_mb": _rss_mb()}


def stage_build(inp: str, out: str, jobs: int, load: bool) -> dict[str, Any]:
    from kg.build import run_build
    from kg.config import get_settings

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    result = run_build(
        [inp],
        out_dir=Path(out),
        n_process=jobs,
        load=load,
        require_load=load,
        settings=get_settings(),
        resume=False,
        timings=timings,
        echo=lambda m: print(m, file=sys.stderr),
    )
    total = time.perf_counter() - t0
    neo = result.summary.get("neo4j") or {}
    return {
        "papers": result.summary["papers"],
        "timings": timings,
        "seconds": total,
        "rss_mb": _rss_mb(),
        "workers_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
        "graph": {k: result.summary["graph"][k] for k in ("total_nodes", "total_relationships")},
        "load_rows": neo.get("rows"),
        "notes": result.notes,
    }


def stage_admin(out: str) -> dict[str, Any]:
    from kg.config import get_settings
    from kg.graph import read_edges, read_nodes
    from kg.neo4j.bulk import run_admin_import, write_admin_import

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-admin-"))
    try:
        settings = get_settings(KG_NEO4J_HOME=str(tmp / "home"), KG_NEO4J_HEAP="1g")
        t0 = time.perf_counter()
        counts = write_admin_import(
            read_nodes(Path(out) / "nodes.jsonl"),
            read_edges(Path(out) / "edges.jsonl"),
            tmp / "csv",
        )
        t_csv = time.perf_counter() - t0
        run_admin_import(tmp / "csv", settings, timeout=7200)
        secs = time.perf_counter() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = counts["nodes"] + counts["relationships"]
    return {"rows": rows, "seconds": secs, "csv_seconds": t_csv, "import_seconds": secs - t_csv}


def stage_reload(out: str, rust: bool) -> dict[str, Any]:
    """The transactional load again into an emptied database, with or without neo4j-rust-ext.

    ``rust=False`` hides the driver's Rust codec (``kg[fast]``) from this process, so the
    driver falls back to its pure-Python PackStream encoder. Timed like the build's load stage
    (schema → entities → papers → counts), with the build's registry read outside the timing.
    """
    if not rust:
        sys.modules["neo4j._rust"] = None  # type: ignore[assignment]
    from neo4j._codec.packstream import v1

    from kg.build import load_build_dir, registry_from_file
    from kg.config import get_settings

    registry, index = registry_from_file(Path(out) / "extractions.jsonl")
    wipe_database()
    t0 = time.perf_counter()
    section = load_build_dir(
        Path(out), get_settings(), progress=False, registry=registry, index=index
    )
    return {
        "rust_codec": v1._rust_pack is not None,
        "rows": section["rows"],
        "seconds": time.perf_counter() - t0,
        "load_seconds": section["seconds"],
        "rss_mb": _rss_mb(),
    }


def stage_oxigraph(out: str) -> dict[str, Any]:
    """pyoxigraph serialising the dump's triples, and kg's exporter again right before it.

    The build's own export stage may run while the machine is busier or quieter than at the
    anchor; ``kg_seconds`` is kg's Turtle export of the same build directory timed in this
    process, next to the anchor, for a like-for-like ratio.
    """
    import pyoxigraph as ox

    from kg.rdf.export import export_build_dir

    dump = sorted((Path(out) / "dumps").glob("*.ttl.gz"))[-1]
    again = Path(tempfile.mkdtemp(prefix="kg-bench-export-"))
    try:
        t0 = time.perf_counter()
        export_build_dir(Path(out), again / dump.name, void=False)
        kg_seconds = time.perf_counter() - t0
        same = (again / dump.name).read_bytes() == dump.read_bytes()
    finally:
        shutil.rmtree(again, ignore_errors=True)
    # Serialising = (parse + serialise) - (parse only); each timed twice, the faster kept, so
    # a burst of load on the shared machine does not make the anchor look cheaper or dearer.
    parse_times, both_times = [], []
    target = Path(tempfile.mkdtemp(prefix="kg-bench-ox-")) / "ox.ttl.gz"
    try:
        for _ in range(2):
            t0 = time.perf_counter()
            with gzip.open(dump, "rb") as fh:
                triples = sum(1 for _ in ox.parse(fh, format=ox.RdfFormat.TURTLE))
            parse_times.append(time.perf_counter() - t0)
            t1 = time.perf_counter()
            with gzip.open(dump, "rb") as src, gzip.open(target, "wb", compresslevel=6) as dst:
                ox.serialize(ox.parse(src, format=ox.RdfFormat.TURTLE), dst, ox.RdfFormat.TURTLE)
            both_times.append(time.perf_counter() - t1)
    finally:
        shutil.rmtree(target.parent, ignore_errors=True)
    t_parse, t_both = min(parse_times), min(both_times)
    return {
        "triples": triples,
        "kg_seconds": kg_seconds,
        "kg_same_bytes": same,
        "parse_seconds": t_parse,
        "seconds": max(t_both - t_parse, 1e-9),
        "rss_mb": _rss_mb(),
    }


STAGES = {
    "ingest": stage_ingest,
    "ingest_anchor": stage_ingest_anchor,
    "extract_anchor": stage_extract_anchor,
    "build": stage_build,
    "admin": stage_admin,
    "oxigraph": stage_oxigraph,
    "reload": stage_reload,
}


def run_stage(name: str, *args: Any) -> dict[str, Any]:
    """Run one stage in a fresh Python process; returns its JSON result."""
    cmd = [sys.executable, __file__, "--_stage", name, "--_args", json.dumps(args)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"stage {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def wipe_database() -> None:
    from kg.config import get_settings
    from kg.neo4j.driver import connect

    driver = connect(get_settings())
    try:
        with driver.session() as s:
            s.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
            s.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    finally:
        driver.close()


# ------------------------------------------------------------------------------ report
def report(r: dict[str, Any]) -> str:
    n = r["papers"]
    b = r["build"]
    t = b["timings"]
    lines = [
        f"kg build on {n} real abstracts (--jobs {r['jobs']}), {r['when']}",
        f"{'stage':<9} {'seconds':>9} {'papers/s':>9} {'anchor s':>9} {'ratio':>7}  anchor",
    ]

    def row(stage: str, secs: float, anchor: float | None, what: str, speed: bool = True) -> None:
        ratio = "" if anchor is None else f"{(anchor / secs if speed else secs / anchor):6.2f}x"
        a = "" if anchor is None else f"{anchor:9.1f}"
        lines.append(f"{stage:<9} {secs:9.1f} {n / secs:9.0f} {a:>9} {ratio:>7}  {what}")

    ia, ea = r.get("ingest_anchor"), r.get("extract_anchor")
    row("ingest", r["ingest"]["seconds"], ia and ia["seconds"], "json.loads loop")
    row("extract", t["extract"], ea and ea["seconds"], "blank('en')+sentencizer")
    row("resolve", t["resolve"], None, "")
    row("files", t["files"], None, "")
    if r.get("admin") and "load" in t:
        row("load", t["load"], r["admin"]["seconds"], "neo4j-admin import (incl. CSV)", False)
        lines.append(
            f"{'':<9} {'':>9} {'':>9} {r['admin']['import_seconds']:9.1f} "
            f"{t['load'] / r['admin']['import_seconds']:6.2f}x  neo4j-admin import only; "
            f"{r['admin']['rows']} rows, {r['admin']['rows'] / t['load']:.0f} rows/s loaded"
        )
    for key, what in (("reload_python", "pure-Python codec"), ("reload_rust", "neo4j-rust-ext")):
        if r.get("admin") and r.get(key):
            row("reload", r[key]["seconds"], r["admin"]["seconds"], f"again, {what}", False)
    if r.get("oxigraph"):
        ox = r["oxigraph"]
        row("export", t["export"], ox["seconds"], "pyoxigraph Turtle serialiser", False)
        if "kg_seconds" in ox:
            row("export", ox["kg_seconds"], ox["seconds"], "again, beside the anchor", False)
    lines.append(
        f"peak RSS: kg build {b['rss_mb']:.0f} MB ({b['rss_mb'] * 1024 / n:.1f} KB/paper), "
        f"extraction workers {b['workers_rss_mb']:.0f} MB; total {b['seconds']:.0f} s"
    )
    lines.append(
        "ratios: ingest/extract = kg throughput / anchor throughput (higher is better); "
        "load/export = kg time / anchor time (lower is better)"
    )
    return "\n".join(lines)


def table(paths: list[Path]) -> str:
    rows = [json.loads(p.read_text()) for p in paths]
    rows.sort(key=lambda r: r["papers"])
    head = (
        "| papers | extract p/s | extract vs anchor | load vs admin | export vs oxigraph "
        "| build s | peak RSS MB | RSS KB/paper |"
    )
    out = [head, "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        n, b, t = r["papers"], r["build"], r["build"]["timings"]
        load = (
            f"{t['load'] / r['admin']['seconds']:.2f}x" if r.get("admin") and "load" in t else "-"
        )
        exp = f"{t['export'] / r['oxigraph']['seconds']:.2f}x" if r.get("oxigraph") else "-"
        ea = r.get("extract_anchor")
        ext = f"{ea['seconds'] / t['extract']:.2f}x" if ea else "-"
        out.append(
            f"| {n} | {n / t['extract']:.0f} | {ext} "
            f"| {load} | {exp} | {b['seconds']:.0f} | {b['rss_mb']:.0f} | "
            f"{b['rss_mb'] * 1024 / n:.1f} |"
        )
    for a, c in itertools.pairwise(rows):
        f = c["papers"] / a["papers"]
        # without the load stage (a run with --no-load has none)
        ta = sum(v for k, v in a["build"]["timings"].items() if k != "load")
        tc = sum(v for k, v in c["build"]["timings"].items() if k != "load")
        out.append(
            f"\n{a['papers']} → {c['papers']} papers (×{f:.0f}): time without load ×{tc / ta:.2f} "
            f"(per paper ×{tc / ta / f:.2f}), "
            f"peak RSS ×{c['build']['rss_mb'] / a['build']['rss_mb']:.2f}"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", type=int, default=20_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--work", type=Path, default=OUT / "build-work")
    ap.add_argument("--no-load", action="store_true", help="skip Neo4j (load + its anchor)")
    ap.add_argument("--keep", action="store_true", help="keep the build directory")
    ap.add_argument(
        "--skip",
        nargs="+",
        default=[],
        choices=["ingest_anchor", "extract_anchor", "oxigraph", "reload"],
        help="anchors to leave out (e.g. at large N, when measured at a smaller one)",
    )
    ap.add_argument("--table", type=Path, nargs="+", help="print the scaling table of results")
    ap.add_argument("--_stage", help=argparse.SUPPRESS)
    ap.add_argument("--_args", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._stage:
        print(json.dumps(STAGES[args._stage](*json.loads(args._args))))
        return 0
    if args.table:
        print(table(args.table))
        return 0
    n = args.papers
    args.work.mkdir(parents=True, exist_ok=True)
    inp = args.work / f"input-{n}.jsonl"
    make_input(args.source, n, inp)
    out = args.work / f"build-{n}"
    shutil.rmtree(out, ignore_errors=True)
    r: dict[str, Any] = {
        "papers": n,
        "jobs": args.jobs,
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpus": os.cpu_count(),
        "load_avg_start": os.getloadavg(),
    }

    def step(name: str, *a: Any) -> dict[str, Any]:
        print(f"[{time.strftime('%H:%M:%S')}] {name} …", file=sys.stderr, flush=True)
        res = run_stage(name, *a)
        print(f"    {json.dumps(res)[:300]}", file=sys.stderr, flush=True)
        return res

    skip = set(args.skip)
    r["ingest_anchor"] = None if "ingest_anchor" in skip else step("ingest_anchor", str(inp))
    r["ingest"] = step("ingest", str(inp))
    r["extract_anchor"] = (
        None if "extract_anchor" in skip else step("extract_anchor", str(inp), args.jobs)
    )
    if not args.no_load:
        wipe_database()
    r["build"] = step("build", str(inp), str(out), args.jobs, not args.no_load)
    r["admin"] = None if args.no_load else step("admin", str(out))
    r["reload_python"] = r["reload_rust"] = None
    if not args.no_load and "reload" not in skip:
        r["reload_python"] = step("reload", str(out), False)
        r["reload_rust"] = step("reload", str(out), True)
    r["oxigraph"] = None
    try:
        import pyoxigraph  # noqa: F401

        if "oxigraph" not in skip:
            r["oxigraph"] = step("oxigraph", str(out))
    except ImportError:
        print("pyoxigraph not installed: export anchor skipped", file=sys.stderr)
    r["load_avg_end"] = os.getloadavg()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"bench_build-{n}.json").write_text(json.dumps(r, indent=2) + "\n")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    print(report(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
