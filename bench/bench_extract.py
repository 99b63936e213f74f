"""Extraction speed: full pipeline vs bare ``spacy.blank("en")`` + sentencizer, same texts.

    .venv/bin/python bench/bench_extract.py [--n 2000] [--jobs-n 10000] [--skip-jobs]

Prints abstracts/s for
  1. baseline: spacy.blank("en") + sentencizer (nlp.pipe, one process),
  2. the full extraction pipeline (nlp.pipe of build_nlp(), one process),
  3. end to end: kg.extract.extract_papers (pipeline + validated Extraction models),
  4. ``kg extract -j 1`` and ``-j 2`` (``extract_json_lines``: Extraction JSON lines) on
     ``--jobs-n`` abstracts,
and the ratios pipeline/baseline (target ≥ 0.4, aim 0.5), end-to-end/baseline and j2/j1
(target ≥ 1.6). The machine is shared and noisy, so 1-3 are measured interleaved: the texts are
cut into chunks of ``--chunk`` abstracts and each chunk runs through the baseline, then the
pipeline, then end to end, timed in process CPU seconds (time spent descheduled does not count);
the first chunk warms all three up and is not counted. Like the ``kg`` command, the bench
declares it owns its process (``kg.extract.own_process``): the loaded heap is frozen out of
the cyclic garbage collector in the warm-up chunk, for the baseline as much as for the pipeline.
The ratio is total over total; the spread
of the per-chunk ratios is printed too. Abstracts are real 2025 arXiv abstracts (CC0):
``../shared/data/arxiv/abstracts-2025.jsonl.gz`` next to the repository, else the vendored
2,000-abstract sample ``eval/data/arxiv/abstracts-2025-sample.jsonl.gz`` (``--abstracts PATH``
to choose); the first N records are used, repeated only if the file has fewer.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract_json_lines, extract_papers, own_process  # noqa: E402
from kg.extract.pipeline import build_nlp  # noqa: E402
from kg.models import Paper  # noqa: E402

ABSTRACTS = [
    ROOT.parent / "shared" / "data" / "arxiv" / "abstracts-2025.jsonl.gz",
    ROOT / "eval" / "data" / "arxiv" / "abstracts-2025-sample.jsonl.gz",
]


def abstracts_path(given: str | None) -> Path:
    for path in [Path(given)] if given else ABSTRACTS:
        if path.exists():
            return path
    raise SystemExit("arXiv abstracts not found (--abstracts PATH)")


def make_papers(n: int, path: Path) -> list[Paper]:
    """The first ``n`` abstracts of ``path`` (JSONL, gzip: id, title, abstract), cycled if the
    file holds fewer."""
    base: list[Paper] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("abstract"):
                title = rec.get("title") or ""
                base.append(Paper(id=rec["id"], title=title, abstract=rec["abstract"]))
            if len(base) >= n:
                break
    if not base:
        raise SystemExit(f"{path}: no abstracts")
    return [
        base[i] if i < len(base) else base[i % len(base)].model_copy(update={"id": f"bench:{i}"})
        for i in range(n)
    ]


def rate(n: int, secs: float) -> float:
    return n / secs if secs > 0 else float("inf")


def baseline_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def cpu_pipe(nlp: Language, texts: list[str]) -> float:
    """CPU seconds of ``nlp.pipe`` over ``texts``."""
    t0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.process_time() - t0


def cpu_extract(nlp: Language, papers: list[Paper]) -> float:
    t0 = time.process_time()
    count = sum(1 for _ in extract_papers(papers, nlp=nlp, batch_size=64))
    assert count == len(papers)
    return time.process_time() - t0


def interleaved(papers: list[Paper], chunk: int) -> tuple[float, float, float, list[float]]:
    """CPU seconds of baseline, pipeline and end to end over all chunks but the first, and the
    per-chunk pipeline/baseline ratios."""
    base_nlp, pipe_nlp, full_nlp = baseline_nlp(), build_nlp(), build_nlp()
    base = pipe = full = 0.0
    ratios: list[float] = []
    for k in range(0, len(papers), chunk):
        part = papers[k : k + chunk]
        texts = [p.text for p in part]
        b, p, f = cpu_pipe(base_nlp, texts), cpu_pipe(pipe_nlp, texts), cpu_extract(full_nlp, part)
        if k == 0:
            continue  # warm-up: tokenizer caches, first allocations
        base, pipe, full = base + b, pipe + p, full + f
        ratios.append(b / p)
    return base, pipe, full, ratios


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


LAST_CPU: dict[int, float] = {}


def run_full(papers: list[Paper], n_process: int = 1) -> float:
    """Abstracts/s of what ``kg extract -j N`` runs (JSON lines out)."""
    nlp = build_nlp()

    def it() -> Iterator[Paper]:
        yield from papers

    c0 = cpu_seconds()
    t0 = time.perf_counter()
    lines = extract_json_lines(it(), nlp=nlp, n_process=n_process, batch_size=64)
    count = sum(1 for _ in lines)
    assert count == len(papers)
    LAST_CPU[n_process] = (cpu_seconds() - c0) / count
    return rate(count, time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="abstracts for the 1-process ratio")
    ap.add_argument("--jobs-n", type=int, default=10000, help="abstracts for the -j2/-j1 ratio")
    ap.add_argument("--skip-jobs", action="store_true", help="skip the -j comparison")
    ap.add_argument("--chunk", type=int, default=200, help="abstracts per interleaved chunk")
    ap.add_argument("--abstracts", default=None, help="JSONL.gz of arXiv abstracts")
    args = ap.parse_args()
    own_process()  # as the kg command does: the heap is frozen before the first extraction

    source = abstracts_path(args.abstracts)
    print(f"abstracts: {source}")
    papers = make_papers(args.n + args.chunk, source)  # + the warm-up chunk
    counted = len(papers) - args.chunk
    base, pipe, full, ratios = interleaved(papers, args.chunk)
    ratios.sort()
    spread = f"per-chunk {ratios[0]:.3f}..{ratios[-1]:.3f}, median {ratios[len(ratios) // 2]:.3f}"
    unit = "abstracts/CPU-s"
    print(f"baseline blank('en')+sentencizer : {rate(counted, base):9.1f} {unit}  (n={counted})")
    print(f"full spaCy pipeline (nlp.pipe)   : {rate(counted, pipe):9.1f} {unit}")
    print(f"full + Extraction models         : {rate(counted, full):9.1f} {unit}")
    print(f"ratio pipeline/baseline          : {base / pipe:9.3f}  (target >= 0.4, aim 0.5)")
    print(f"                                   {spread}")
    print(f"ratio end-to-end/baseline        : {base / full:9.3f}")
    if not args.skip_jobs:
        many = make_papers(args.jobs_n, source)
        j1 = run_full(many, 1)
        j2 = run_full(many, 2)
        print(f"kg extract -j 1 (n={args.jobs_n})    : {j1:9.1f} abstracts/s")
        print(f"kg extract -j 2 (n={args.jobs_n})    : {j2:9.1f} abstracts/s")
        print(f"speed-up -j2/-j1                 : {j2 / j1:9.3f}  (target >= 1.6)")
        c1, c2 = LAST_CPU[1] * 1000, LAST_CPU[2] * 1000
        print(f"CPU ms/abstract -j1 / -j2 (all processes): {c1:.2f} / {c2:.2f}")
        print(
            f"ideal -j2/-j1 on 2 idle cores from CPU cost: {2 * c1 / c2:.2f} "
            f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
