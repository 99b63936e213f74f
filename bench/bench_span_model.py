"""Cost of the ``accurate`` pipeline: accurate vs fast vs ``spacy.blank("en")`` + sentencizer.

    nice -n 10 .venv/bin/python bench/bench_span_model.py [--n 2000] [--chunk 200]

Real text: the shared 2025 arXiv abstracts (``../shared/data/arxiv/abstracts-2025.jsonl.gz``
next to the checkout, else the vendored 2,000-abstract sample ``eval/data/arxiv/``). The three
pipelines are measured in ONE run, interleaved chunk by chunk (the machine is shared and noisy),
in process CPU seconds (``nlp.pipe``, one process; time spent descheduled does not count); the
first chunk is a warm-up. Prints abstracts per CPU-second (= per core) for each, the ratios
against the baseline and fast, the model's size on disk, and each pipeline's peak RSS (measured
in its own child process, running the same texts).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.model import MODEL_DIR  # noqa: E402
from kg.extract.pipeline import build_nlp  # noqa: E402

SOURCES = [
    ROOT.parent / "shared" / "data" / "arxiv" / "abstracts-2025.jsonl.gz",
    ROOT / "eval" / "data" / "arxiv" / "abstracts-2025-sample.jsonl.gz",
]


def load_texts(n: int) -> tuple[list[str], Path]:
    for path in SOURCES:
        if path.exists():
            texts: list[str] = []
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    texts.append(f"{row.get('title', '')}\n\n{row.get('abstract', '')}")
                    if len(texts) >= n:
                        break
            return texts, path
    raise SystemExit("arXiv abstracts not found")


def make(name: str) -> Language:
    if name == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    return build_nlp(pipeline=name)


def cpu_pipe(nlp: Language, texts: list[str]) -> float:
    t0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.process_time() - t0


def high_water_mb() -> float:
    """This process's peak RSS. VmHWM (Linux) starts afresh at exec; ru_maxrss would carry the
    parent's peak over into the child."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb(name: str, n: int) -> float:
    """Peak RSS of a fresh process that builds pipeline ``name`` and runs ``n`` abstracts."""
    out = subprocess.run(
        [sys.executable, __file__, "--rss-child", name, "--n", str(n)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="abstracts measured (after warm-up)")
    ap.add_argument("--chunk", type=int, default=200, help="abstracts per interleaved chunk")
    ap.add_argument("--rss-n", type=int, default=1000, help="abstracts per peak-RSS child")
    ap.add_argument("--rss-child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        texts, _ = load_texts(args.n)
        cpu_pipe(make(args.rss_child), texts)
        print(high_water_mb())
        return 0

    texts, src = load_texts(args.n + args.chunk)
    names = ("blank", "fast", "accurate")
    nlps = {name: make(name) for name in names}
    cpu = dict.fromkeys(names, 0.0)
    for k in range(0, len(texts), args.chunk):
        part = texts[k : k + args.chunk]
        secs = {name: cpu_pipe(nlps[name], part) for name in names}
        if k == 0:
            continue  # warm-up
        for name in names:
            cpu[name] += secs[name]
    counted = len(texts) - args.chunk
    words = sum(len(t.split()) for t in texts[args.chunk :])
    print(f"texts: {src.name}, {counted} abstracts ({words / counted:.0f} words each) measured")
    for name in names:
        print(f"{name:9s}: {cpu[name]:7.2f} CPU-s  {counted / cpu[name]:8.1f} abstracts/CPU-s")
    print(f"ratio accurate/fast speed : {cpu['fast'] / cpu['accurate']:.3f}")
    print(f"ratio accurate/blank speed: {cpu['blank'] / cpu['accurate']:.3f}")
    print(f"ratio fast/blank speed    : {cpu['blank'] / cpu['fast']:.3f}")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    print(f"model size on disk: {size / 1e6:.1f} MB ({MODEL_DIR.name}/)")
    for name in names:
        rss = peak_rss_mb(name, args.rss_n)
        print(f"peak RSS {name:9s}: {rss:7.1f} MB ({args.rss_n} abstracts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
