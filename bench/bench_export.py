"""Benchmark: kg's streaming RDF exporter vs rdflib ``Graph.serialize`` on the same graph.

Both sides start from the same synthetic NodeRecord/EdgeRecord stream (kg.rdf.sample) and the
same statements (kg.rdf.export.node_statements / edge_statements); rdflib adds them to a
``Graph`` and serializes it, kg streams them through its external sort and writer. Each
measurement runs in a fresh subprocess so peak RSS (``ru_maxrss``) is per run; we report the
growth over the process's RSS after imports. Numbers are ratios measured in the same run.

rdflib's Turtle serializer is superlinear on graphs like ours (many small subjects): its time
per triple grows with the graph, so the Turtle ratio grows with size; N-Triples
(``--formats nt``) gives the linear baseline. ``--kg-only`` sizes show kg's flat memory.

    .venv/bin/python bench/bench_export.py                 # 250 and 1000 papers, Turtle
    .venv/bin/python bench/bench_export.py --papers 1000,4000,16000 --formats ttl,nt
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(impl: str, papers: int, fmt: str, out_dir: Path) -> dict[str, Any]:
    """One measurement, in this process (called in a subprocess by :func:`main`)."""
    import rdflib  # noqa: F401  (import cost outside the timed region for both sides)

    from kg.rdf import export
    from kg.rdf.sample import synthetic_edges, synthetic_nodes

    base = _rss_mb()
    out = out_dir / f"{impl}-{papers}.{fmt}"
    started = time.perf_counter()
    result: dict[str, Any] = {"impl": impl, "papers": papers, "format": fmt}
    if impl == "kg":
        stats = export.export_records(synthetic_nodes(papers), synthetic_edges(papers), out, fmt)
        result["triples"] = stats.triples
        result["spilled_runs"] = stats.spilled_runs
    else:
        from rdflib import Graph, Literal, URIRef

        graph = Graph()
        for prefix, ns in export.DUMP_PREFIXES.items():
            graph.bind(prefix, ns, override=True)
        seen: set[str] = set()

        def add(statements: list[export.Statement]) -> None:
            for s, p, kind, value, datatype in statements:
                obj = (
                    URIRef(value)
                    if kind == "I"
                    else Literal(
                        value, datatype=None if datatype == export.XSD_STRING else URIRef(datatype)
                    )
                )
                graph.add((URIRef(s), URIRef(p[1:]), obj))

        for node in synthetic_nodes(papers):
            add(export.node_statements(node))
        for edge in synthetic_edges(papers):
            add(export.edge_statements(edge, seen)[0])
        built = time.perf_counter()
        result["build_seconds"] = built - started
        graph.serialize(destination=str(out), format=export.FORMATS[fmt], encoding="utf-8")
        result["serialize_seconds"] = time.perf_counter() - built
        result["triples"] = len(graph)
    result["seconds"] = time.perf_counter() - started
    result["peak_rss_growth_mb"] = _rss_mb() - base
    result["bytes"] = out.stat().st_size
    out.unlink()
    return result


def _measure(impl: str, papers: int, fmt: str, out_dir: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--one", impl, str(papers), fmt, str(out_dir)]
    proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", default="250,1000", help="comma-separated graph sizes")
    parser.add_argument("--formats", default="ttl", help="comma-separated: ttl,nt")
    parser.add_argument(
        "--kg-only",
        default="",
        help="extra comma-separated sizes measured for kg only (rdflib too slow/large there), "
        "to show that kg's peak memory stays flat",
    )
    parser.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        impl, papers, fmt, out_dir = args.one
        print(json.dumps(run_one(impl, int(papers), fmt, Path(out_dir))))
        return 0

    sizes = [int(x) for x in args.papers.split(",")]
    formats = [f.strip() for f in args.formats.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-export-") as tmp:
        for fmt in formats:
            for papers in sizes:
                ours = _measure("kg", papers, fmt, Path(tmp))
                theirs = _measure("rdflib", papers, fmt, Path(tmp))
                assert ours["triples"] == theirs["triples"], (ours, theirs)
                rows.append((fmt, papers, ours, theirs))
                print(
                    f"measured {fmt} {papers} papers: kg {ours['seconds']:.2f}s, rdflib "
                    f"{theirs['seconds']:.2f}s",
                    file=sys.stderr,
                    flush=True,
                )
    extra = []
    if args.kg_only:
        with tempfile.TemporaryDirectory(prefix="kg-bench-export-") as tmp:
            for papers in (int(x) for x in args.kg_only.split(",")):
                extra.append(_measure("kg", papers, formats[0], Path(tmp)))

    print(
        f"{'fmt':4} {'papers':>7} {'triples':>9} | {'kg s':>7} {'kg MB':>7} | "
        f"{'rdflib s':>8} {'(ser s)':>8} {'rdflib MB':>9} | {'speed-up':>8} {'vs ser':>7} "
        f"{'mem ratio':>9}"
    )
    for fmt, papers, ours, theirs in rows:
        speedup = theirs["seconds"] / ours["seconds"]
        vs_ser = theirs["serialize_seconds"] / ours["seconds"]
        mem = theirs["peak_rss_growth_mb"] / max(ours["peak_rss_growth_mb"], 1.0)
        print(
            f"{fmt:4} {papers:>7} {ours['triples']:>9} | {ours['seconds']:>7.2f} "
            f"{ours['peak_rss_growth_mb']:>7.1f} | {theirs['seconds']:>8.2f} "
            f"{theirs['serialize_seconds']:>8.2f} {theirs['peak_rss_growth_mb']:>9.1f} | "
            f"{speedup:>7.2f}x {vs_ser:>6.2f}x {mem:>8.1f}x"
        )
    for fmt in formats:
        mine = [(p, o) for f, p, o, _ in rows if f == fmt]
        theirs_ = [(p, t) for f, p, _, t in rows if f == fmt]
        if len(mine) > 1:
            (p0, a), (p1, b) = mine[0], mine[-1]
            (_, c), (_, d) = theirs_[0], theirs_[-1]
            print(
                f"{fmt}: graph x{p1 / p0:.0f} → kg peak RSS growth "
                f"{a['peak_rss_growth_mb']:.1f} → {b['peak_rss_growth_mb']:.1f} MB, rdflib "
                f"{c['peak_rss_growth_mb']:.1f} → {d['peak_rss_growth_mb']:.1f} MB"
            )
    for r in extra:
        print(
            f"kg only, {r['format']}, {r['papers']} papers: {r['triples']} triples in "
            f"{r['seconds']:.2f}s ({r['triples'] / r['seconds']:,.0f} triples/s), peak RSS growth "
            f"{r['peak_rss_growth_mb']:.1f} MB, {r['spilled_runs']} sorted runs spilled"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
