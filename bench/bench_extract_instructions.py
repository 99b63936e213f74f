"""Extraction cost in CPU instructions (callgrind): pipeline vs ``spacy.blank("en")`` + sentencizer.

    .venv/bin/python bench/bench_extract_instructions.py [--n 300] [--warmup 200]

CPU seconds on a shared machine move with the load of other jobs; instruction counts do not, so
they show whether a change makes extraction cheaper (they do not show cache misses, so the
CPU-seconds ratio of ``bench_extract.py`` stays the target). Each side runs in its own process
under ``valgrind --tool=callgrind`` with instrumentation off: it loads, extracts ``--warmup``
abstracts, freezes the heap (as ``kg extract`` does), then instrumentation is switched on
(``callgrind_control -i on``) for the next ``--n`` abstracts of the same arXiv file as
``bench_extract.py``. Needs valgrind; takes about a minute per side for 300 abstracts.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def child(mode: str, n: int, warmup: int, sync: Path) -> None:
    """Runs under callgrind: warm up, signal readiness, wait, extract ``n`` abstracts."""
    from bench_extract import abstracts_path, baseline_nlp, make_papers

    import kg.extract
    from kg.extract.pipeline import build_nlp

    kg.extract.own_process()
    texts = [p.text for p in make_papers(warmup + n, abstracts_path(None))]
    nlp = build_nlp() if mode == "pipe" else baseline_nlp()
    for _ in nlp.pipe(texts[:warmup], batch_size=64):
        pass
    kg.extract._freeze_heap()
    (sync / "ready").write_text(str(os.getpid()))
    while not (sync / "go").exists():
        time.sleep(0.05)
    for _ in nlp.pipe(texts[warmup:], batch_size=64):
        pass
    os._exit(0)  # callgrind writes its totals at exit


def instructions(mode: str, n: int, warmup: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        sync, out = Path(tmp), Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
               f"--callgrind-out-file={out}", sys.executable, __file__, "--child", mode,
               "--n", str(n), "--warmup", str(warmup), "--sync", tmp]  # fmt: skip
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not (sync / "ready").exists():
            if proc.poll() is not None:
                raise SystemExit(f"{mode}: the process under valgrind ended early")
            time.sleep(0.5)
        pid = (sync / "ready").read_text()
        subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
        (sync / "go").touch()
        proc.wait()
        found = re.search(r"^summary:\s*(\d+)", out.read_text(), re.M)
        if found is None:
            raise SystemExit(f"{mode}: no callgrind summary")
        return int(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="abstracts counted")
    ap.add_argument("--warmup", type=int, default=200, help="abstracts before counting")
    ap.add_argument("--child", choices=["base", "pipe"], help=argparse.SUPPRESS)
    ap.add_argument("--sync", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.n, args.warmup, args.sync)
        return 0
    base = instructions("base", args.n, args.warmup)
    pipe = instructions("pipe", args.n, args.warmup)
    print(f"baseline blank('en')+sentencizer : {base / 1e6:10.1f} M instructions (n={args.n})")
    print(f"full spaCy pipeline (nlp.pipe)   : {pipe / 1e6:10.1f} M instructions")
    print(f"ratio pipeline/baseline          : {base / pipe:10.3f}  (in instructions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
