"""Load throughput (rows/s) of the batched Bolt loader vs a naive loader vs neo4j-admin.

For each size (default 10k and 100k generated papers, kg.neo4j.synthetic):

* **batched** — kg.neo4j.loader.load: UNWIND batches, whole papers per managed transaction
  (replace-then-write), measured on all N papers into an empty database.
* **naive** — one auto-commit statement per row (MERGE node / MATCH-MATCH-MERGE relationship),
  the loader most first attempts look like. Measured on the entity nodes plus the first
  ``--naive-papers`` papers only and EXTRAPOLATED to N (rows/s is the quantity compared).
* **neo4j-admin** — kg.neo4j.bulk.write_admin_import + ``neo4j-admin database import full``
  into a throw-away instance home (offline; includes CSV writing and the JVM start).

Usage (against the server of NEO4J_URI / the local `kg neo4j` server — it WIPES that database):

    .venv/bin/python bench/bench_load.py [--sizes 10000 100000] [--naive-papers 300]
        [--batch-size 5000] [--no-admin] [--yes]

Prints a table and ratios (batched / naive, admin / batched) and writes
bench/out/bench_load.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.config import get_settings  # noqa: E402
from kg.graph import edge_labels, entity_nodes, paper_bundle  # noqa: E402
from kg.neo4j.driver import connect  # noqa: E402
from kg.neo4j.loader import DEFAULT_BATCH_SIZE, counts, load, node_row  # noqa: E402
from kg.neo4j.synthetic import synthetic_extractions  # noqa: E402
from kg.resolve import EntityRegistry  # noqa: E402

NAIVE_NODE = "MERGE (n:{label} {{id: $id}}) SET n += $props, n.uri = $uri"
NAIVE_EDGE = (
    "MATCH (s:{src} {{id: $source}}) MATCH (t:{dst} {{id: $target}}) "
    "MERGE (s)-[r:{type}]->(t) SET r += $props"
)


def wipe(driver: Any) -> None:
    """Relationships first, then nodes, in small transactions (dense entity nodes would
    otherwise blow the server's transaction memory pool)."""
    with driver.session() as s:
        s.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        s.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def registry_for(n: int) -> EntityRegistry:
    reg = EntityRegistry()
    for ex in synthetic_extractions(n):
        reg.add_extraction(ex)
    reg.resolve()
    return reg


def bundles(n: int, reg: EntityRegistry) -> Any:
    return (paper_bundle(ex, reg) for ex in synthetic_extractions(n))


def generation_seconds(n: int, reg: EntityRegistry) -> float:
    """Time to generate + convert n synthetic papers (subtracted from the load timings)."""
    t0 = time.perf_counter()
    for b in bundles(n, reg):
        for node in b.nodes:
            node_row(node)
    return time.perf_counter() - t0


def bench_batched(driver: Any, n: int, reg: EntityRegistry, batch_size: int) -> dict[str, Any]:
    wipe(driver)
    ents = entity_nodes(reg)
    gen = generation_seconds(n, reg)
    t0 = time.perf_counter()
    stats = load(driver, ents, bundles(n, reg), batch_size=batch_size, progress=False)
    total = time.perf_counter() - t0
    secs = max(total - gen, 1e-9)
    return {
        "rows": stats.rows,
        "seconds": secs,
        "seconds_with_generation": total,
        "generation_seconds": gen,
        "rows_per_s": stats.rows / secs,
        "rows_per_s_with_generation": stats.rows / total,
        "counts": stats.counts,
    }


def bench_naive(driver: Any, n_sample: int, reg: EntityRegistry) -> dict[str, Any]:
    """One auto-commit transaction per row, on entity nodes + the first n_sample papers."""
    wipe(driver)
    from kg.neo4j.loader import Loader

    Loader(driver, progress=False).apply_schema()  # same indexes as the batched path
    rows = 0
    gen = generation_seconds(n_sample, reg)
    t0 = time.perf_counter()
    with driver.session() as s:
        for node in entity_nodes(reg):
            r = node_row(node)
            props = dict(r["props"], aliases=r["aliases"] or [])
            s.run(NAIVE_NODE.format(label=node.label), id=r["id"], props=props, uri=r["uri"])
            rows += 1
        for b in bundles(n_sample, reg):
            for node in b.nodes:
                r = node_row(node)
                s.run(
                    NAIVE_NODE.format(label=node.label), id=r["id"], props=r["props"], uri=r["uri"]
                ).consume()
                rows += 1
            for e in b.edges:
                src, dst = edge_labels(e)
                s.run(
                    NAIVE_EDGE.format(src=src, dst=dst, type=e.type),
                    source=e.source,
                    target=e.target,
                    props=e.props,
                ).consume()
                rows += 1
    total = time.perf_counter() - t0
    secs = max(total - gen, 1e-9)
    return {
        "rows": rows,
        "seconds": secs,
        "seconds_with_generation": total,
        "rows_per_s": rows / secs,
        "rows_per_s_with_generation": rows / total,
        "papers": n_sample,
    }


def bench_admin(n: int, reg: EntityRegistry) -> dict[str, Any]:
    from kg.neo4j.bulk import run_admin_import, write_admin_import

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-admin-"))
    try:

        def all_nodes() -> Any:
            yield from entity_nodes(reg)
            for b in bundles(n, reg):
                yield from b.nodes

        def all_edges() -> Any:
            for b in bundles(n, reg):
                yield from b.edges

        settings = get_settings(KG_NEO4J_HOME=str(tmp / "home"), KG_NEO4J_HEAP="1g")
        t0 = time.perf_counter()
        written = write_admin_import(all_nodes(), all_edges(), tmp / "csv")
        t_csv = time.perf_counter() - t0
        run_admin_import(tmp / "csv", settings)
        secs = time.perf_counter() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = written["nodes"] + written["relationships"]
    return {"rows": rows, "seconds": secs, "csv_seconds": t_csv, "rows_per_s": rows / secs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--naive-papers", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    ap.add_argument("--no-admin", action="store_true")
    ap.add_argument("--yes", action="store_true", help="do not ask before wiping the database")
    args = ap.parse_args(argv)
    settings = get_settings()
    if not args.yes:
        answer = input(f"This WIPES the database at {settings.neo4j_uri}. Continue? [y/N] ")
        if answer.strip().lower() != "y":
            return 1
    driver = connect(settings)
    results: list[dict[str, Any]] = []
    try:
        for n in args.sizes:
            print(f"== {n} papers", file=sys.stderr, flush=True)
            reg = registry_for(n)
            batched = bench_batched(driver, n, reg, args.batch_size)
            print(
                f"   batched: {batched['rows']} rows in {batched['seconds']:.1f}s", file=sys.stderr
            )
            naive = bench_naive(driver, min(args.naive_papers, n), reg)
            print(f"   naive:   {naive['rows']} rows in {naive['seconds']:.1f}s", file=sys.stderr)
            admin = None if args.no_admin else bench_admin(n, reg)
            if admin:
                print(
                    f"   admin:   {admin['rows']} rows in {admin['seconds']:.1f}s", file=sys.stderr
                )
            results.append(
                {
                    "papers": n,
                    "batched": batched,
                    "naive": naive,
                    "admin": admin,
                    "naive_extrapolated_seconds": batched["rows"] / naive["rows_per_s"],
                }
            )
        wipe(driver)
        final_counts = counts(driver)
    finally:
        driver.close()
    print(f"\nload throughput, server {settings.neo4j_uri}, batch size {args.batch_size} rows")
    print(
        f"{'papers':>8} {'rows':>9} {'batched r/s':>12} {'naive r/s':>10} {'admin r/s':>10} "
        f"{'batched/naive':>14} {'admin/batched':>14}"
    )
    for r in results:
        b, nv, ad = r["batched"], r["naive"], r["admin"]
        ratio = b["rows_per_s"] / nv["rows_per_s"]
        ad_rate = f"{ad['rows_per_s']:10.0f}" if ad else f"{'-':>10}"
        ad_ratio = f"{ad['rows_per_s'] / b['rows_per_s']:13.1f}x" if ad else f"{'-':>14}"
        print(
            f"{r['papers']:>8} {b['rows']:>9} {b['rows_per_s']:12.0f} {nv['rows_per_s']:10.0f} "
            f"{ad_rate} {ratio:13.1f}x {ad_ratio}"
        )
    for r in results:
        b, nv = r["batched"], r["naive"]
        print(
            f"  {r['papers']} papers incl. input generation: batched "
            f"{b['rows_per_s_with_generation']:.0f} r/s, naive "
            f"{nv['rows_per_s_with_generation']:.0f} r/s "
            f"({b['rows_per_s_with_generation'] / nv['rows_per_s_with_generation']:.1f}x)"
        )
    print(
        "(rows/s above exclude generating the synthetic input, timed separately; "
        f"naive measured on the entity nodes + first {args.naive_papers} papers and "
        "extrapolated by rows/s; admin = CSV writing + offline neo4j-admin import incl. JVM start)"
    )
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_load.json").write_text(
        json.dumps(
            {
                "server": settings.neo4j_uri,
                "batch_size": args.batch_size,
                "results": results,
                "left_after_wipe": final_counts,
            },
            indent=2,
            default=str,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
