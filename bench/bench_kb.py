"""The knowledge base's cost: size, load time, memory, and extraction throughput with vs without
the ``kg_linker`` component, on real abstracts.

    .venv/bin/python bench/bench_kb.py [--n 2000] [--chunk 200]

Throughput is measured interleaved (each chunk of ``--chunk`` abstracts runs through the
pipeline without ``kg_linker``, then with it), in process CPU seconds; the first chunk warms
both up and is not counted. Prints the ratio with/without (target ≥ 0.85: the KB costs at most
15% of extraction throughput). Abstracts: ``../shared/data/arxiv/abstracts-2025.jsonl.gz``
(falls back to the 2,000-abstract sample in ``eval/data/arxiv/``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.pipeline import build_nlp  # noqa: E402
from kg.kb import build_kb  # noqa: E402

SOURCES = [
    ROOT.parent / "shared" / "data" / "arxiv" / "abstracts-2025.jsonl.gz",
    *sorted((ROOT / "eval" / "data" / "arxiv").glob("*.jsonl*")),
]


def load_texts(n: int) -> list[str]:
    for path in SOURCES:
        if not path.exists():
            continue
        opener = gzip.open if path.suffix == ".gz" else open
        out: list[str] = []
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                title = rec.get("title") or ""
                abstract = rec.get("abstract") or rec.get("summary") or ""
                if abstract:
                    out.append(f"{title}\n\n{abstract}")
                if len(out) >= n:
                    break
        if out:
            return out
    raise SystemExit("no abstracts found")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--chunk", type=int, default=200)
    args = ap.parse_args()

    t0, c0 = time.perf_counter(), time.process_time()
    kb = build_kb()
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    tracemalloc.start()  # a second load, traced (tracing slows it down)
    traced = build_kb()
    mem = tracemalloc.get_traced_memory()[0]
    del traced
    tracemalloc.stop()
    stats = kb.stats()
    print(
        f"KB: {stats['entities']} entities, {stats['aliases']} alias keys, "
        f"{stats['with_same_as']} with same_as; by type {stats['by_type']}"
    )
    print(f"KB load: {load:.3f} s wall, {load_cpu:.3f} s CPU, {mem / 2**20:.1f} MiB (tracemalloc)")
    files = sorted((ROOT / "kg" / "kb" / "data").glob("*.jsonl"))
    print(f"KB data files: {sum(p.stat().st_size for p in files) / 2**20:.2f} MiB in {len(files)}")

    t0 = time.perf_counter()
    with_kb = build_nlp()
    print(f"pipeline build (with linker): {time.perf_counter() - t0:.2f} s")
    without = build_nlp()
    without.remove_pipe("kg_linker")

    texts = load_texts(args.n)
    chunks = [texts[i : i + args.chunk] for i in range(0, len(texts), args.chunk)]
    totals = {"without": 0.0, "with": 0.0}
    ratios: list[float] = []
    for k, chunk in enumerate(chunks):
        spent = {}
        for name, nlp in (("without", without), ("with", with_kb)):
            c0 = time.process_time()
            for _ in nlp.pipe(chunk):
                pass
            spent[name] = time.process_time() - c0
        if k == 0:
            continue  # warm-up
        totals["without"] += spent["without"]
        totals["with"] += spent["with"]
        ratios.append(spent["without"] / spent["with"])
    n = sum(len(c) for c in chunks[1:])
    print(f"abstracts/s without kg_linker: {n / totals['without']:.1f}")
    print(f"abstracts/s with kg_linker:    {n / totals['with']:.1f}")
    ratio = totals["without"] / totals["with"]
    print(
        f"throughput ratio with/without: {ratio:.3f} (target >= 0.85); "
        f"per-chunk {min(ratios):.3f}..{max(ratios):.3f}"
    )


if __name__ == "__main__":
    main()
