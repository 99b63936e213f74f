#!/usr/bin/env python
"""Ingest benchmark: throughput and peak memory on a generated arXiv-snapshot-style JSONL.

Generates N records (default 1,000,000; ``--n``) shaped like the public arXiv metadata
snapshot (hard-wrapped abstracts, some LaTeX, ``authors_parsed``, ``versions``, …), then runs,
each in a fresh subprocess (peak RSS = the child's own ``ru_maxrss``):

* the baseline: ``json.loads`` of every line, nothing else;
* ``read_papers`` + Paper JSONL serialisation (what ``kg ingest`` does) on N/10 and on N records.

It prints records/s, the ratio to the baseline measured in the same run, peak RSS for both
sizes and their ratio (must stay flat — well under 1.5× — as the input grows 10×).

    .venv/bin/python bench/bench_ingest.py            # 1M records (~1.5 GB temp file)
    .venv/bin/python bench/bench_ingest.py --n 200000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "model",
    "language",
    "large",
    "learning",
    "neural",
    "network",
    "training",
    "data",
    "dataset",
    "benchmark",
    "task",
    "performance",
    "method",
    "approach",
    "results",
    "show",
    "propose",
    "novel",
    "transformer",
    "attention",
    "layer",
    "accuracy",
    "reasoning",
    "mathematical",
    "problem",
    "solving",
    "evaluation",
    "fine-tuning",
    "instruction",
    "retrieval",
    "generation",
    "inference",
    "efficient",
    "scaling",
    "parameter",
    "optimization",
    "gradient",
    "loss",
    "representation",
    "embedding",
    "graph",
    "knowledge",
    "extraction",
    "entity",
    "relation",
    "supervised",
    "unsupervised",
    "reinforcement",
    "policy",
    "reward",
    "agent",
    "experiments",
    "state-of-the-art",
    "baseline",
    "significantly",
    "improves",
    "outperforms",
    "existing",
    "methods",
    "across",
    "diverse",
    "settings",
    "we",
    "our",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "on",
    "with",
    "by",
    "from",
    "that",
    "this",
    "is",
    "are",
    "which",
    "can",
    "be",
]
LATEX = [
    "$\\alpha$", "$O(n^2)$", "{\\sc MwpBench}", "\\textbf{robust}", "82.5\\%", "$\\epsilon$-greedy",
    "GSM8K~\\cite{cobbe2021}", "$\\mathcal{O}(\\log n)$", "M\\'elange",
]  # fmt: skip
CATS = ["cs.CL", "cs.LG", "cs.AI", "cs.CV", "stat.ML", "math.OC", "hep-th", "quant-ph"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _abstract(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(110, 200))]
    if rng.random() < 0.3:
        for _ in range(rng.randint(1, 3)):
            words.insert(rng.randrange(len(words)), rng.choice(LATEX))
    lines, line = [], ""
    for w in words:  # hard-wrapped at ~80 columns, like the real snapshot
        if len(line) + len(w) > 79:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "  " + "\n".join(lines).capitalize() + ".\n"


class RecordMaker:
    """Snapshot-shaped records; abstracts come from a pool so generation is cheap."""

    def __init__(self, seed: int = 20240328, pool: int = 2000) -> None:
        self.rng = random.Random(seed)
        self.abstracts = [_abstract(self.rng) for _ in range(pool)]
        self.titles = [
            " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(5, 14))).title()
            for _ in range(pool)
        ]

    def __call__(self, i: int) -> dict[str, object]:
        rng = self.rng
        # unique new-style ids: YYMM.NNNNN with YYMM from 0801 upwards
        yymm = 801 + (i // 100_000) // 12 * 100 + (i // 100_000) % 12
        arxiv_id = f"{yymm:04d}.{i % 100_000:05d}"
        day = 1 + i % 28
        return {
            "id": arxiv_id,
            "submitter": "Some Body",
            "authors": "A. Author, B. Author",
            "title": f"{rng.choice(self.titles)} {i}",
            "comments": "12 pages",
            "journal-ref": None,
            "doi": f"10.1000/bench.{i}" if i % 3 == 0 else None,
            "report-no": None,
            "categories": " ".join(rng.sample(CATS, rng.randint(1, 3))),
            "license": None,
            "abstract": rng.choice(self.abstracts),
            "versions": [
                {
                    "version": f"v{v + 1}",
                    "created": f"Mon, {day} {MONTHS[i % 12]} 2020 10:00:00 GMT",
                }
                for v in range(rng.randint(1, 3))
            ],
            "update_date": "2021-01-01",
            "authors_parsed": [[f"Last{k}", f"First{k}", ""] for k in range(rng.randint(1, 6))],
        }


def generate(n: int, big: Path, small: Path, n_small: int) -> None:
    make = RecordMaker()
    with big.open("w", encoding="utf-8") as fb, small.open("w", encoding="utf-8") as fs:
        for i in range(n):
            line = json.dumps(make(i)) + "\n"
            fb.write(line)
            if i < n_small:
                fs.write(line)


def child(mode: str, path: str) -> None:
    """Runs in a subprocess; prints one JSON line with records, seconds, maxrss_kb."""
    t0 = time.perf_counter()
    count = 0
    if mode == "baseline":
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                json.loads(line)
                count += 1
    else:
        from kg.sources import ReadStats, paper_to_json, read_papers

        stats = ReadStats()
        merge = mode == "ingest"
        with open(os.devnull, "w", encoding="utf-8") as out:
            for paper in read_papers([path], stats=stats, merge=merge):
                out.write(paper_to_json(paper) + "\n")
                count += 1
        assert stats.skipped == 0, stats.messages[:3]
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"records": count, "seconds": seconds, "maxrss_kb": rss}))


def run_child(mode: str, path: Path) -> dict[str, float]:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        sys.exit(f"child {mode} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="records in the large file")
    ap.add_argument("--workdir", type=Path, default=None, help="keep generated files here")
    ap.add_argument("--no-stream", action="store_true", help="skip the --no-merge run")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    n, n_small = args.n, max(1, args.n // 10)
    tmp = None
    if args.workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="kg-bench-ingest-")
        workdir = Path(tmp.name)
    else:
        workdir = args.workdir
        workdir.mkdir(parents=True, exist_ok=True)
    big, small = workdir / f"snapshot-{n}.jsonl", workdir / f"snapshot-{n_small}.jsonl"
    try:
        t0 = time.perf_counter()
        if not (big.exists() and small.exists()):
            generate(n, big, small, n_small)
        size_mb = big.stat().st_size / 1e6
        print(
            f"generated {n:,} records ({size_mb:,.0f} MB) in {time.perf_counter() - t0:.0f} s",
            flush=True,
        )
        runs = [("baseline json.loads", "baseline", big)]
        runs += [
            (f"kg ingest N/10={n_small:,}", "ingest", small),
            (f"kg ingest N={n:,}", "ingest", big),
        ]
        if not args.no_stream:
            runs.append((f"kg ingest --no-merge N={n:,}", "stream", big))
        results: dict[str, dict[str, float]] = {}
        for label, mode, path in runs:
            r = run_child(mode, path)
            results[label] = r
            rate = r["records"] / r["seconds"]
            print(
                f"{label:34s} {r['records']:>10,} rec  {r['seconds']:8.1f} s  "
                f"{rate:>10,.0f} rec/s  peak RSS {r['maxrss_kb'] / 1024:7.1f} MB",
                flush=True,
            )
        base = results["baseline json.loads"]
        base_rate = base["records"] / base["seconds"]
        small_r = results[f"kg ingest N/10={n_small:,}"]
        big_r = results[f"kg ingest N={n:,}"]
        big_rate = big_r["records"] / big_r["seconds"]
        rss_ratio = big_r["maxrss_kb"] / small_r["maxrss_kb"]
        print(
            f"throughput ratio kg ingest / json.loads (N): {big_rate / base_rate:.3f} "
            f"({base_rate / big_rate:.1f}x slower than bare json.loads)"
        )
        print(
            f"peak RSS ratio N / (N/10): {rss_ratio:.2f}  "
            f"({'flat' if rss_ratio < 1.5 else 'NOT flat'}: target < 1.5)"
        )
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
