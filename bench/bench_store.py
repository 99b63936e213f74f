"""Benchmark: the pyoxigraph store behind `kg sparql` / `kg serve` vs rdflib's in-memory path,
on real text, and the peak RSS of `kg serve`.

1. Build the shared arXiv abstracts (``../shared/data/arxiv/abstracts-2025.jsonl.gz``, 20,000
   papers) with ``kg build --no-load`` (or reuse ``--build DIR``).
2. Scale: the build's papers repeated with new ids (``arxiv:…`` → ``arxiv:…-rN``; their results
   too; entities shared) up to ``--scale`` papers (default 100,000), written by the real RDF
   exporter (``export_records``) as a Turtle dump.
3. For each size, in fresh subprocesses: pyoxigraph ``bulk_load`` into an on-disk store, then
   every query of the SPARQL library (``ontology/queries/*.rq``); rdflib ``Graph.parse`` of the
   same dump, then the same queries. rdflib runs under an address-space cap
   (``--rdflib-cap-gb``, default 12, via ``prlimit``) to protect a shared machine; when it dies
   at the cap, the time until then and the triples parsed are reported. The clock is CPU
   seconds of each side's process (all threads; the machine is shared, so wall time mostly
   measures other jobs): pyoxigraph's load plus one run of every query is T, and rdflib gets a
   budget of ``--budget-factor`` (10) x T; when it has not finished by then it is stopped, and
   the report says so, with what it had finished ("did not finish within 10x T").
   ``--budget-factor 0``: a per-step ``--rdflib-timeout`` (wall seconds) instead.
4. ``kg serve`` on the largest dump: start, run the query library through ``/sparql``, open
   the top dataset's and one paper's page, ``/leaderboards``, ``/trends`` and a search; read the
   peak RSS (VmHWM) of the server and of its query worker processes from /proc.
5. ``--overhead STORE_DIR``: per-query cost of a worker process vs a thread.

Numbers are ratios measured in the same run. Results: ``bench/out/bench_store.json``.

    nice -n 10 .venv/bin/python bench/bench_store.py                       # 20k and 100k
    .venv/bin/python bench/bench_store.py --papers 2000 --scale 10000
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import signal
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
def _library() -> tuple[str, ...]:
    """Every query of the SPARQL query library (ontology/queries/*.rq)."""
    from kg.rdf.sparql import named_queries

    return tuple(sorted(named_queries()))


QUERIES = _library()


def _params(name: str, known: dict[str, str]) -> dict[str, str]:
    from kg.rdf.sparql import declared_parameters, resolve_query

    return {k: known[k] for k in declared_parameters(resolve_query(name)) or []}


def _cpu() -> float:
    """CPU seconds of this process, every thread (pyoxigraph loads and queries in threads)."""
    t = os.times()
    return t.user + t.system


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _count_rdflib_adds() -> list[int]:
    """Count the triples rdflib's in-memory store receives (progress while it parses)."""
    from rdflib.plugins.stores.memory import Memory

    counter = [0]
    add = Memory.add

    def counting_add(self: Memory, *args: Any, **kwargs: Any) -> None:
        counter[0] += 1
        add(self, *args, **kwargs)

    Memory.add = counting_add  # type: ignore[method-assign]
    return counter


def worker(impl: str, dump: Path, known: dict[str, str]) -> None:
    """One side's load + queries; one JSON line per step on stdout (read by the parent)."""
    from kg.errors import QueryError
    from kg.rdf import sparql, store

    def emit(**kw: Any) -> None:
        print(json.dumps({**kw, "rss_mb": round(_rss_mb())}), flush=True)

    if impl == "oxigraph":
        root = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
        t, c = time.perf_counter(), _cpu()
        rdf = store.RdfStore.open_dumps([dump], root=root)
        emit(step="load", seconds=time.perf_counter() - t, cpu=_cpu() - c, triples=len(rdf))
        for name in QUERIES:  # each query once, as rdflib runs it: T is load + these
            text = sparql.resolve_query(name)
            t, c = time.perf_counter(), _cpu()
            result = store.run(rdf, text, _params(name, known), timeout=3600, limit=10**9)
            emit(step=name, seconds=time.perf_counter() - t, cpu=_cpu() - c, rows=len(result.rows))
        import shutil

        rdf.close()
        shutil.rmtree(root, ignore_errors=True)
        return
    import threading

    counter = _count_rdflib_adds()
    t, c = time.perf_counter(), _cpu()
    loading = threading.Event()

    def progress() -> None:  # what rdflib had parsed, in case it is stopped while parsing
        while not loading.wait(10):
            emit(
                step="progress", seconds=time.perf_counter() - t, cpu=_cpu() - c, triples=counter[0]
            )

    threading.Thread(target=progress, daemon=True).start()
    try:
        graph = sparql.load_graph([dump])
    except MemoryError:
        emit(
            step="progress",
            seconds=time.perf_counter() - t,
            triples=counter[0],
            error="MemoryError",
        )
        raise
    loading.set()
    emit(step="load", seconds=time.perf_counter() - t, cpu=_cpu() - c, triples=len(graph))
    # rdflib evaluates in Python, so an alarm can stop a query and the next one still runs.
    limit = float(os.environ.get("KG_BENCH_RDFLIB_QUERY_SECONDS", "240"))

    def alarm(signum: int, frame: Any) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, alarm)
    for name in QUERIES:
        t, c = time.perf_counter(), _cpu()
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            result = sparql.run_query(graph, sparql.resolve_query(name), _params(name, known))
        except (TimeoutError, QueryError) as exc:  # run_query wraps the alarm's TimeoutError
            if not isinstance(exc, TimeoutError) and not isinstance(exc.__cause__, TimeoutError):
                raise
            emit(step=name, seconds=time.perf_counter() - t, cpu=_cpu() - c, timed_out=True)
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        emit(step=name, seconds=time.perf_counter() - t, cpu=_cpu() - c, rows=len(result.rows))


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system, every thread) of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(
    impl: str,
    dump: Path,
    known: dict[str, str],
    timeout: float,
    cap_gb: float = 0,
    cpu_budget: float = 0,
    wall_max: float = 0,
) -> dict[str, Any]:
    """Run one side in a fresh process (under an address-space cap of ``cap_gb`` GB when > 0).

    With ``cpu_budget`` > 0 the process is stopped once it has used that many CPU seconds
    (the machine is shared, so CPU time is the fair clock); ``budget`` then records what it
    had finished and the step it was in. ``wall_max`` > 0 also stops it after that many seconds
    of wall time (a deadline on a busy machine: then it did not get its full budget).
    """
    cmd = [sys.executable, __file__, "--worker", impl, str(dump), json.dumps(known)]
    if cap_gb > 0:
        cmd = ["prlimit", f"--as={int(cap_gb * 2**30)}", "--", *cmd]
    env = dict(os.environ)
    if cpu_budget > 0:  # the budget is the only limit: no per-query alarm
        env["KG_BENCH_RDFLIB_QUERY_SECONDS"] = "0"
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    steps: dict[str, Any] = {}
    started = time.monotonic()
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
    step_started = started
    while True:
        if cpu_budget > 0:
            try:
                used = _proc_cpu(proc.pid)
            except (OSError, IndexError, ValueError):
                used = 0.0
            late = wall_max > 0 and time.monotonic() - started > wall_max
            if used > cpu_budget or late:
                proc.kill()
                done = [q for q in ("load", *QUERIES) if q in steps]
                pending = [q for q in ("load", *QUERIES) if q not in steps]
                steps["budget"] = {
                    "cpu_budget": round(cpu_budget, 1),
                    "cpu_used": round(used, 1),
                    "wall_limit_hit": used <= cpu_budget,
                    "finished": done,
                    "stopped_in": pending[0] if pending else None,
                    "wall_seconds": round(time.monotonic() - started, 1),
                }
                if pending:
                    steps[pending[0]] = {
                        **steps.get("progress", {}),
                        "seconds": round(time.monotonic() - step_started, 1),
                        "stopped_at_budget": True,
                    }
                break
            if not sel.select(timeout=1.0):
                continue
        elif not sel.select(timeout=max(0.1, timeout - (time.monotonic() - step_started))):
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
        step = row.pop("step")
        steps[step] = row
        print(f"  {impl:9} {dump.name} {step} {json.dumps(row)}", file=sys.stderr, flush=True)
        if step != "progress":
            step_started = time.monotonic()
    proc.wait()
    if proc.returncode and "load" not in steps and "budget" not in steps:  # the memory cap
        last = steps.pop("progress", {})
        steps["load"] = {
            **last,
            "seconds": round(time.monotonic() - started, 1),
            "failed": f"exit {proc.returncode} while loading",
        }
    steps.pop("progress", None)
    steps["wall_seconds"] = round(time.monotonic() - started, 1)
    return steps


def _hwm_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return next(int(ln.split()[1]) for ln in status.splitlines() if ln.startswith("VmHWM"))


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with open(task / "children") as fh:
            out += [int(c) for c in fh.read().split()]
    return out


def serve_rss(dumps: Path, known: dict[str, str], paths: list[str]) -> dict[str, Any]:
    """``kg serve`` on ``dumps``: the query library through /sparql, entity pages, leaderboards,
    trends and search; peak RSS (VmHWM) of the server and of each child process."""
    from kg.rdf import sparql, store

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [*KG, "serve", "--dir", str(dumps), "--port", str(port)]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    child_hwm: dict[int, int] = {}

    def sample() -> None:
        for child in _children(proc.pid):
            with contextlib.suppress(OSError, StopIteration):
                child_hwm[child] = max(child_hwm.get(child, 0), _hwm_kb(child))

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
        timings: dict[str, Any] = {}
        for name in QUERIES:
            text = store.bind_parameters(sparql.resolve_query(name), _params(name, known))
            q = urllib.parse.urlencode({"query": text})
            t = time.perf_counter()
            try:
                urllib.request.urlopen(f"{url}/sparql?{q}", timeout=600).read()
                timings[f"/sparql {name}"] = round(time.perf_counter() - t, 3)
            except OSError as exc:  # a 503 (timeout) is a measurement too
                timings[f"/sparql {name}"] = f"{type(exc).__name__}: {exc}"[:120]
            sample()
        for path in (*paths, "/leaderboards", "/trends", "/search?q=bench"):
            t = time.perf_counter()
            try:
                urllib.request.urlopen(url + path, timeout=600).read()
                timings[path.split("?")[0]] = round(time.perf_counter() - t, 3)
            except OSError as exc:
                timings[path.split("?")[0]] = f"{type(exc).__name__}: {exc}"[:120]
            sample()
        parent = _hwm_kb(proc.pid)
        children = sum(child_hwm.values())
        return {
            "ready_seconds": round(ready, 1),
            "peak_rss_mb": round(parent / 1024),
            "children_peak_rss_mb": round(children / 1024),
            "peak_rss_total_mb_upper_bound": round((parent + children) / 1024),
            "requests": timings,
        }
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def worker_overhead(store_dir: Path, n: int = 200) -> dict[str, Any]:
    """Median seconds per query in a thread vs in a worker process (kg serve), on a tiny query
    (ASK) and a library query: the cost of making timeouts real."""
    import statistics

    import pyoxigraph as ox

    from kg.rdf import sparql, store

    out: dict[str, Any] = {}
    thread = store.RdfStore(ox.Store.read_only(str(store_dir)), store_dir, [])
    worker = store.RdfStore(ox.Store.read_only(str(store_dir)), store_dir, [])
    worker.use_workers(1)
    store.run(worker, "ASK {}")  # the worker has started
    for label, text in (
        ("ask", "ASK { ?s ?p ?o }"),
        ("papers-evaluated-on", sparql.resolve_query("papers-evaluated-on")),
    ):
        params = {"dataset": "ImageNet"} if "?dataset" in text else None
        times: dict[str, list[float]] = {"thread": [], "worker": []}
        for _ in range(n if label == "ask" else n // 10):  # alternating: same machine load
            for mode, rdf in (("thread", thread), ("worker", worker)):
                t = time.perf_counter()
                store.run(rdf, text, params)
                times[mode].append(time.perf_counter() - t)
        for mode, values in times.items():
            out[f"{label} {mode} ms"] = round(statistics.median(values) * 1000, 3)
        out[f"{label} overhead ms"] = round(
            out[f"{label} worker ms"] - out[f"{label} thread ms"], 3
        )
    thread.close()
    worker.close()
    return out


def _known(dump: Path) -> tuple[dict[str, str], list[str]]:
    """Parameters for the library queries (the top dataset and its busiest metric, the top
    model and task, a paper on that dataset) and entity page paths to request."""
    from kg.rdf import sparql, store
    from kg.serve.site import leaderboards_from_rows

    root = Path(tempfile.mkdtemp(prefix="kg-bench-top-"))
    rdf = store.RdfStore.open_dumps([dump], root=root)

    def rows(name: str, **params: str) -> list[dict[str, Any]]:
        result = store.run(rdf, sparql.resolve_query(name), params or None, timeout=3600)
        return store.rows_as_dicts(result)

    top = rows("top-datasets")[0]
    boards = leaderboards_from_rows(rows("sota-over-time"))
    metric = next((b.metric for b in boards if b.dataset == top["name"]), "accuracy")
    model = rows("top-models")[0]["model"]
    task = rows("trend-tasks")[0]["name"]
    paper = rows("papers-evaluated-on", dataset=top["name"])[0]
    arxiv = str(paper.get("arxiv") or "")
    known = {
        "dataset": top["name"],
        "metric": metric,
        "model": model,
        "task": task,
        "paper": f"arxiv:{arxiv}" if arxiv else paper["title"],
        "arxiv": arxiv,
    }
    paths = [urllib.parse.urlsplit(top["dataset"]).path, urllib.parse.urlsplit(paper["paper"]).path]
    rdf.close()
    import shutil

    shutil.rmtree(root, ignore_errors=True)
    return known, paths


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], Path(sys.argv[3]), json.loads(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--papers", type=int, default=20_000)
    ap.add_argument("--scale", type=int, default=100_000, help="0: no scaled run")
    ap.add_argument("--rdflib-max", type=int, default=100_000)
    ap.add_argument(
        "--rdflib-timeout", type=float, default=600.0, help="per step, seconds (no budget)"
    )
    ap.add_argument(
        "--rdflib-wall-max",
        type=float,
        default=0.0,
        help="with a budget: stop rdflib after this many wall seconds anyway (0: no limit)",
    )
    ap.add_argument(
        "--budget-factor",
        type=float,
        default=10.0,
        help="rdflib gets this many times pyoxigraph's CPU seconds (load + all queries), "
        "then it is stopped (0: per-step --rdflib-timeout instead)",
    )
    ap.add_argument(
        "--rdflib-cap-gb", type=float, default=12.0, help="address-space cap (prlimit; 0: none)"
    )
    ap.add_argument("--build", type=Path, help="reuse this build directory")
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out" / "store")
    ap.add_argument("--serve-only", action="store_true", help="only the kg serve RSS step")
    ap.add_argument("--scaled-only", action="store_true", help="skip the unscaled size")
    ap.add_argument(
        "--overhead", type=Path, help="a loaded store directory: measure the worker overhead"
    )
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "bench_store.json")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    build_dir = args.build or build(args.input, args.papers, args.work / "build", args.jobs)
    base_dump = next((build_dir / "dumps").glob("kg-*.ttl.gz"))
    with open(build_dir / "nodes.jsonl", encoding="utf-8") as fh:
        n_base = sum(1 for ln in fh if '"label":"Paper"' in ln)
    sizes = [] if args.scaled_only else [(n_base, base_dump)]
    if args.scale and args.scale > n_base:
        sizes.append((args.scale, scale(build_dir, args.scale, args.work / f"x{args.scale}")))
    known, paths = _known(base_dump)
    print(f"parameters: {known}", flush=True)
    report: dict[str, Any] = {"parameters": known, "queries": list(QUERIES), "sizes": []}
    if args.out.is_file():
        report = {**json.loads(args.out.read_text()), **report}
    if args.overhead:
        report["worker_overhead"] = worker_overhead(args.overhead)
        print(f"worker overhead: {report['worker_overhead']}", flush=True)
    if not args.serve_only:
        report["sizes"] = []
        for papers, dump in sizes:
            entry: dict[str, Any] = {
                "papers": papers,
                "dump": str(dump),
                "mb": dump.stat().st_size >> 20,
            }
            entry["oxigraph"] = measure("oxigraph", dump, known, 3600)
            if papers <= args.rdflib_max:
                budget = args.budget_factor * _total(entry["oxigraph"], "cpu")
                print(
                    f"pyoxigraph T = {budget / max(args.budget_factor, 1e-9):.1f} CPU s; "
                    f"rdflib budget {budget:.0f} CPU s",
                    flush=True,
                )
                entry["rdflib"] = measure(
                    "rdflib",
                    dump,
                    known,
                    args.rdflib_timeout,
                    args.rdflib_cap_gb,
                    cpu_budget=budget,
                    wall_max=args.rdflib_wall_max,
                )
            report["sizes"].append(entry)
            _print(entry)
            _write(args.out, report)
    report["serve"] = serve_rss(sizes[-1][1].parent, known, paths)
    report["serve"]["papers"] = sizes[-1][0]
    print(f"\nkg serve on {sizes[-1][0]:,} papers: {json.dumps(report['serve'], indent=1)}")
    _write(args.out, report)


def _write(out: Path, report: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"wrote {out}", flush=True)


def _total(side: dict[str, Any], clock: str) -> float:
    return sum(side.get(step, {}).get(clock) or 0.0 for step in ("load", *QUERIES))


def _print(entry: dict[str, Any]) -> None:
    ox, rl = entry["oxigraph"], entry.get("rdflib") or {}
    triples = ox.get("load", {}).get("triples") or 0
    print(f"\n{entry['papers']:,} papers, {triples:,} triples, dump {entry['mb']} MiB")
    print(f"{'step':30} {'oxigraph cpu/wall s':>20} {'rdflib cpu/wall s':>22}  rows")
    for step in ("load", *QUERIES):
        o, r = ox.get(step, {}), rl.get(step)
        o_txt = f"{o.get('cpu', float('nan')):9.2f} {o.get('seconds', float('nan')):9.2f}"
        if r is None:
            r_txt = f"{'not reached':>22}" if rl else f"{'—':>22}"
        elif r.get("stopped_at_budget") or r.get("timed_out") or r.get("failed"):
            r_txt = f"{'stopped after':>13} {r.get('seconds', 0):7.1f}w"
        else:
            r_txt = f"{r.get('cpu', float('nan')):11.2f} {r.get('seconds', float('nan')):9.2f}"
        print(f"{step:30} {o_txt:>20} {r_txt:>22}  {o.get('rows', '')}")
    t_cpu, t_wall = _total(ox, "cpu"), _total(ox, "seconds")
    print(f"{'T = load + all queries':30} {t_cpu:9.2f} {t_wall:9.2f}")
    entry["total"] = {"oxigraph_cpu": t_cpu, "oxigraph_wall": t_wall}
    if not rl:
        return
    budget = rl.get("budget")
    done = [q for q in ("load", *QUERIES) if q in rl and "cpu" in rl[q]]
    if budget:
        what = (
            f"loaded {rl['load'].get('triples', 0):,} triples"
            if "load" in done
            else f"still parsing ({rl.get(budget['stopped_in'], {}).get('triples', 0):,} triples)"
        )
        queries = [q for q in done if q != "load"]
        if budget.get("wall_limit_hit"):
            print(
                f"rdflib was stopped at the wall-clock limit after {budget['cpu_used']:.0f} CPU s "
                f"= {budget['cpu_used'] / t_cpu:.1f}× T, before its budget of "
                f"{budget['cpu_budget'] / t_cpu:.0f}× T: only ≥ {budget['cpu_used'] / t_cpu:.1f}× "
                "is shown"
            )
        print(
            f"rdflib did not finish within {budget['cpu_used'] / t_cpu:.1f}× T: stopped after "
            f"{budget['cpu_used']:.0f} CPU s ({budget['wall_seconds']:.0f} s wall); it had "
            f"{what} and finished {len(queries)} of {len(QUERIES)} queries"
            + (f", stopped in {budget['stopped_in']}" if budget["stopped_in"] else "")
        )
        entry["total"].update(rdflib_finished=False, rdflib_cpu_lower_bound=budget["cpu_used"])
    else:
        r_cpu = _total(rl, "cpu")
        print(f"rdflib load + all queries: {r_cpu:.2f} CPU s = {r_cpu / t_cpu:.1f}× T")
        entry["total"].update(rdflib_finished=len(done) == len(QUERIES) + 1, rdflib_cpu=r_cpu)
    rss = [v.get("rss_mb", 0) for v in rl.values() if isinstance(v, dict)]
    print(f"peak RSS: oxigraph {ox['load'].get('rss_mb')} MB, rdflib {max(rss, default=0)} MB")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
