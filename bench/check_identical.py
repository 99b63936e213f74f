"""Fingerprint extraction output, to show a speed change leaves it byte-identical.

    .venv/bin/python bench/check_identical.py OUT_DIR [--quick]

Runs the ``kg`` command of the checkout this file lives in (``PYTHONPATH`` = its root, so a copy of
another commit checks that commit with the same venv) and prints one sha256 per artefact:

- ``extract``: ``kg extract -j 1`` over the vendored 2,000-abstract arXiv sample
  (``eval/data/arxiv/abstracts-2025-sample.jsonl.gz``);
- ``build/*``: ``kg build examples/hf-trending-papers.txt --no-load`` (every output file but
  the dump's own ``.sha256``; gzip members are hashed uncompressed; times and durations are
  blanked);
- ``pred-*``: ``kg eval --write-predictions`` on TDMSci dev (default and ``tdmsci`` profile),
  SciERC train, our own gold and the results dev golds (readable parts only);
- ``suite``: the scores of ``kg eval --suite --json`` (locked sets are scored, never printed),
  without timing fields.

Compare two runs with ``diff``. ``--quick`` skips the build and the suite; ``--hash-only``
hashes the files an earlier run left in OUT_DIR.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = ["-c", "import sys; from kg.cli import console_main; sys.argv[0] = 'kg'; console_main()"]
# times and durations: replaced before hashing (everything else must match byte for byte)
VOLATILE = re.compile(
    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?"
    rb"|(\"\w*(?:seconds|elapsed|_s)\"\s*:\s*|dcat:byteSize\s+)[\d.e+-]+"  # + gzip size
    rb"|\b[0-9a-f]{64}\b"  # checksums of files that hold a time
)


HASH_ONLY = False


def kg(*args: str, stdout: Path | None = None) -> None:
    if HASH_ONLY:
        return
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open(stdout, "wb") if stdout else open(os.devnull, "wb") as out:
        subprocess.run([sys.executable, *KG, *args], cwd=ROOT, env=env, check=True, stdout=out)


def digest(path: Path) -> str:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return hashlib.sha256(VOLATILE.sub(rb"\1T", data)).hexdigest()


def strip_timing(obj: object) -> object:
    if isinstance(obj, dict):
        return {
            k: strip_timing(v)
            for k, v in obj.items()
            if not re.search(r"time|seconds|elapsed|per_s|_s$", k)
        }
    if isinstance(obj, list):
        return [strip_timing(v) for v in obj]
    return obj


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--hash-only", action="store_true", help="hash an earlier run's OUT_DIR")
    args = ap.parse_args()
    global HASH_ONLY
    HASH_ONLY = args.hash_only
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    sums: dict[str, str] = {}

    sample = "eval/data/arxiv/abstracts-2025-sample.jsonl.gz"  # relative: the path is output
    kg("extract", sample, "-j", "1", "-o", str(out / "extract.jsonl"))
    sums["extract"] = digest(out / "extract.jsonl")

    preds = {
        "pred-tdmsci-dev-default": ("eval/data/tdmsci/dev.conll", "default"),
        "pred-tdmsci-dev-tdmsci": ("eval/data/tdmsci/dev.conll", "tdmsci"),
        "pred-scierc-train": ("eval/data/scierc/train.conll", "default"),
        "pred-own-gold": ("eval/gold/hf-trending-gold.jsonl", "default"),
        "pred-results-dev": ("eval/gold/results-dev.jsonl", "default"),
        "pred-results-dev2": ("eval/gold/results-dev2.jsonl", "default"),
        "pred-results-dev3": ("eval/gold/results-dev3.jsonl", "default"),
    }
    for name, (gold, profile) in preds.items():
        ext = Path(gold).suffix
        pred = out / f"{name}{ext}"
        scores = out / f"{name}.scores.json"
        kg("eval", "--gold", gold, "--profile", profile, "--json",
           "--write-predictions", str(pred), stdout=scores)
        sums[name] = digest(pred)
        sums[name + ".scores"] = hashlib.sha256(
            json.dumps(strip_timing(json.loads(scores.read_text())), sort_keys=True).encode()
        ).hexdigest()

    if not args.quick:
        build = out / "build"
        kg("build", "examples/hf-trending-papers.txt", "--no-load", "--out", str(build))
        for path in sorted(p for p in build.rglob("*") if p.is_file() and p.suffix != ".sha256"):
            sums[f"build/{path.relative_to(build)}"] = digest(path)
        kg("eval", "--suite", "--json", stdout=out / "suite.json")
        suite = strip_timing(json.loads((out / "suite.json").read_text()))
        sums["suite"] = hashlib.sha256(json.dumps(suite, sort_keys=True).encode()).hexdigest()

    for name, value in sums.items():
        print(f"{value}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
