"""Benchmark: the pyoxigraph store behind `kg sparql` / `kg serve` vs rdflib's in-memory path,
on real text, and the peak RSS of `kg serve`.

1. Build the shared arXiv abstracts (``../shared/data/arxiv/abstracts-2025.jsonl.gz``, 20,000
   papers) with ``kg build --no-load`` (or reuse ``--build DIR``).
2. Scale: the same papers repeated with new ids (``arxiv:…`` → ``arxiv:…-rN``, results too) up
   to ``--scale`` papers (default 100,000), exported as a Turtle dump.
3. For each size, in fresh subprocesses: pyoxigraph ``bulk_load`` into an on-disk store, then
   the query-library queries; rdflib ``Graph.parse`` of the same dump, then the same queries.
   rdflib holds the whole graph in memory (~1 KB per triple), so by default it only runs up to
   ``--rdflib-max`` papers; a query that runs past ``--rdflib-timeout`` counts as that long
   (the ratio is then a lower bound, marked ``>``).
4. ``kg serve`` on the largest dump: start, open the pages and the endpoint, read its peak RSS
   (VmHWM) from /proc.

Numbers are ratios measured in the same run. Results: ``bench/out/bench_store.json``.

    nice -n 10 .venv/bin/python bench/bench_store.py                       # 20k and 100k
    .venv/bin/python bench/bench_store.py --papers 2000 --scale 10000 --rdflib-max 10000
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "arxiv" / "abstracts-2025.jsonl.gz"
KG = (
    [sys.executable, "-m", "kg.cli"]
    if (ROOT / "kg" / "cli" / "__main__.py").exists()
    else [str(Path(sys.executable).with_name("kg"))]
)


# ------------------------------------------------------------------------------ inputs
def build(input_path: Path, papers: int, out: Path, jobs: int) -> Path:
    if (out / "nodes.jsonl").is_file() and list((out / "dumps").glob("kg-*.ttl.gz")):
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    subset = out.parent / f"papers-{papers}.jsonl"
    with gzip.open(input_path, "rt", encoding="utf-8") as src, open(subset, "w") as dst:
        for i, line in enumerate(src):
            if i >= papers:
                break
            dst.write(line)
    cmd = [*KG, "build", str(subset), "--no-load", "--out", str(out), "-j", str(jobs)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return out


def scale(build_dir: Path, papers: int, out: Path) -> Path:
    """The build's graph repeated with new paper and result ids up to ``papers`` papers."""
    dumps = out / "dumps"
    if list(dumps.glob("kg-*.ttl.gz")):
        return next(dumps.glob("kg-*.ttl.gz"))
    from kg.models import EdgeRecord, NodeRecord
    from kg.rdf.export import export_records

    text = (build_dir / "nodes.jsonl").read_text(encoding="utf-8")
    nodes = [NodeRecord.model_validate_json(ln) for ln in text.splitlines() if ln.strip()]
    text = (build_dir / "edges.jsonl").read_text(encoding="utf-8")
    edges = [EdgeRecord.model_validate_json(ln) for ln in text.splitlines() if ln.strip()]
    paper_ids = [n.id for n in nodes if n.label == "Paper"]
    paper_of = {e.target: e.source for e in edges if e.type == "REPORTS"}
    copies = -(-papers // len(paper_ids))
    included: list[set[str]] = []
    for r in range(copies):
        left = papers - r * len(paper_ids)
        included.append(set(paper_ids[: min(left, len(paper_ids))]))

    def keep(node_id: str, r: int) -> bool:
        paper = paper_of.get(node_id, node_id)
        return paper in included[r]

    def renamed(node_id: str, r: int) -> str:
        return node_id if r == 0 else f"{node_id}-r{r}"

    def nodes_iter():  # type: ignore[no-untyped-def]
        for n in nodes:
            if n.label not in ("Paper", "Result"):
                yield n
        for r in range(copies):
            for n in nodes:
                if n.label in ("Paper", "Result") and keep(n.id, r):
                    yield n.model_copy(update={"id": renamed(n.id, r)})

    def edges_iter():  # type: ignore[no-untyped-def]
        for r in range(copies):
            for e in edges:
                if keep(e.source, r):
                    target = renamed(e.target, r) if e.type == "REPORTS" else e.target
                    yield e.model_copy(update={"source": renamed(e.source, r), "target": target})

    stats = export_records(nodes_iter(), edges_iter(), dumps / "kg-2026-01-01.ttl.gz", drop=set())
    return stats.path


# ------------------------------------------------------------------------------ measurements
QUERIES = (
    "papers-evaluated-on",
    "top-datasets",
    "top-methods",
    "leaderboard",
    "methods-used-on-dataset",
    "trend-datasets",
    "sota-over-time",
    "dataset-cooccurrence",
)


def _params(name: str, dataset: str, metric: str) -> dict[str, str]:
    from kg.rdf.sparql import declared_parameters, resolve_query

    known = {"dataset": dataset, "metric": metric}
    return {k: known[k] for k in declared_parameters(resolve_query(name)) or []}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(impl: str, dump: Path, dataset: str, metric: str) -> None:
    """One side's load + queries; one JSON line per step on stdout (read by the parent)."""
    from kg.rdf import sparql, store

    def emit(**kw: Any) -> None:
        print(json.dumps({**kw, "rss_mb": round(_rss_mb())}), flush=True)

    if impl == "oxigraph":
        root = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
        t = time.perf_counter()
        rdf = store.RdfStore.open_dumps([dump], root=root)
        emit(step="load", seconds=time.perf_counter() - t, triples=len(rdf))
        for name in QUERIES:
            text = sparql.resolve_query(name)
            params = _params(name, dataset, metric)
            times = []
            for _ in range(3):
                t = time.perf_counter()
                result = store.run(rdf, text, params, timeout=3600, limit=10**9)
                times.append(time.perf_counter() - t)
            emit(step=name, seconds=sorted(times)[1], rows=len(result.rows))
        import shutil

        rdf.close()
        shutil.rmtree(root, ignore_errors=True)
        return
    t = time.perf_counter()
    graph = sparql.load_graph([dump])
    emit(step="load", seconds=time.perf_counter() - t, triples=len(graph))
    for name in QUERIES:
        t = time.perf_counter()
        result = sparql.run_query(graph, sparql.resolve_query(name), _params(name, dataset, metric))
        emit(step=name, seconds=time.perf_counter() - t, rows=len(result.rows))


def measure(impl: str, dump: Path, dataset: str, metric: str, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", impl, str(dump), dataset, metric]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    steps: dict[str, Any] = {}
    started = time.monotonic()
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
    step_started = started
    while True:
        if not sel.select(timeout=max(0.1, timeout - (time.monotonic() - step_started))):
            proc.kill()
            done = set(steps)
            pending = [q for q in ("load", *QUERIES) if q not in done]
            if pending:
                steps[pending[0]] = {"seconds": timeout, "timed_out": True}
            break
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            break
        row = json.loads(line)
        steps[row.pop("step")] = row
        print(f"  {impl:9} {dump.name} {json.dumps(row)}", file=sys.stderr, flush=True)
        step_started = time.monotonic()
    proc.wait()
    return steps


def serve_rss(dumps: Path, dataset_path: str) -> dict[str, Any]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [*KG, "serve", "--dir", str(dumps), "--port", str(port)]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                urllib.request.urlopen(url + "/healthz", timeout=5).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() - started > 1800:
                    raise RuntimeError("kg serve did not start") from None
                time.sleep(0.5)
        ready = time.monotonic() - started
        timings = {}
        q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        for path in (dataset_path, "/leaderboards", "/trends", "/search?q=bench", f"/sparql?{q}"):
            t = time.perf_counter()
            urllib.request.urlopen(url + path, timeout=600).read()
            timings[path.split("?")[0]] = round(time.perf_counter() - t, 3)
        status = Path(f"/proc/{proc.pid}/status").read_text()
        hwm = next(int(ln.split()[1]) for ln in status.splitlines() if ln.startswith("VmHWM"))
        return {"ready_seconds": round(ready, 1), "peak_rss_mb": round(hwm / 1024), **timings}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _top(dump: Path) -> tuple[str, str, str]:
    """The top dataset (name, page path) and the metric with most systems on it."""
    from kg.rdf import sparql, store
    from kg.serve.site import leaderboards_from_rows

    rdf = store.RdfStore.open_dumps([dump], root=Path(tempfile.mkdtemp(prefix="kg-bench-top-")))
    top = store.rows_as_dicts(store.run(rdf, sparql.resolve_query("top-datasets"), limit=1))
    name, iri = (top[0]["name"], top[0]["dataset"]) if top else ("GSM8K", "")
    boards = leaderboards_from_rows(
        store.rows_as_dicts(store.run(rdf, sparql.resolve_query("sota-over-time")))
    )
    metric = next((b.metric for b in boards if b.dataset == name), "accuracy")
    rdf.close()
    return name, urllib.parse.urlsplit(iri).path, metric


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], Path(sys.argv[3]), sys.argv[4], sys.argv[5])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--papers", type=int, default=20_000)
    ap.add_argument("--scale", type=int, default=100_000, help="0: no scaled run")
    ap.add_argument("--rdflib-max", type=int, default=20_000)
    ap.add_argument("--rdflib-timeout", type=float, default=600.0)
    ap.add_argument("--build", type=Path, help="reuse this build directory")
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out" / "store")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    build_dir = args.build or build(args.input, args.papers, args.work / "build", args.jobs)
    base_dump = next((build_dir / "dumps").glob("kg-*.ttl.gz"))
    with open(build_dir / "nodes.jsonl", encoding="utf-8") as fh:
        n_base = sum(1 for ln in fh if '"label":"Paper"' in ln)
    sizes = [(n_base, base_dump)]
    if args.scale and args.scale > n_base:
        sizes.append((args.scale, scale(build_dir, args.scale, args.work / f"x{args.scale}")))
    dataset, dataset_path, metric = _top(base_dump)
    report: dict[str, Any] = {"dataset": dataset, "metric": metric, "sizes": []}
    for papers, dump in sizes:
        entry: dict[str, Any] = {
            "papers": papers,
            "dump": str(dump),
            "mb": dump.stat().st_size >> 20,
        }
        entry["oxigraph"] = measure("oxigraph", dump, dataset, metric, 3600)
        if papers <= args.rdflib_max:
            entry["rdflib"] = measure("rdflib", dump, dataset, metric, args.rdflib_timeout)
        report["sizes"].append(entry)
        _print(entry)
    report["serve"] = serve_rss(sizes[-1][1].parent, dataset_path)
    print(f"\nkg serve on {sizes[-1][0]:,} papers: {report['serve']}")
    out = ROOT / "bench" / "out" / "bench_store.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"wrote {out}")


def _print(entry: dict[str, Any]) -> None:
    ox, rl = entry["oxigraph"], entry.get("rdflib")
    triples = ox.get("load", {}).get("triples")
    print(f"\n{entry['papers']:,} papers, {triples:,} triples, dump {entry['mb']} MiB")
    print(f"{'step':24} {'oxigraph s':>11} {'rdflib s':>11} {'ratio':>8}  rows")
    tot_ox = tot_rl = 0.0
    timed_out = False
    for step in ("load", *QUERIES):
        o = ox.get(step, {}).get("seconds")
        r = rl.get(step, {}).get("seconds") if rl else None
        if o is not None:
            tot_ox += o
        if r is not None:
            tot_rl += r
            timed_out |= bool(rl[step].get("timed_out"))
        ratio = f"{r / o:8.1f}" if (o and r) else "       —"
        mark = ">" if rl and rl.get(step, {}).get("timed_out") else " "
        r_txt = f"{mark}{r:10.3f}" if r is not None else "          —"
        rows = ox.get(step, {}).get("rows", "")
        print(f"{step:24} {o if o is not None else float('nan'):11.3f} {r_txt} {ratio}  {rows}")
    if rl:
        print(
            f"{'load + all queries':24} {tot_ox:11.3f} {tot_rl:11.3f} "
            f"{'>' if timed_out else ' '}{tot_rl / tot_ox:7.1f}x"
        )
        print(
            f"peak RSS: oxigraph {ox['load'].get('rss_mb')} MB … "
            f"rdflib {max(v.get('rss_mb', 0) for v in rl.values())} MB"
        )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
