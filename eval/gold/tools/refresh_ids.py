"""Refresh ``id`` (and check ``text``) of every gold record from the project's reader.

Reads the example file with ``kg.sources.read_papers`` and, for each record of
``eval/gold/hf-trending-gold.jsonl``, sets ``id`` to the reader's id for the paper with the same
title. If the reader's ``Paper.text`` no longer equals the record's ``text`` (the text
normalisation changed), the offsets would be stale: the script says so and exits 1 — re-run
``build_gold.py``, which recomputes every offset from the surface forms.

Usage: ``python eval/gold/tools/refresh_ids.py [--check]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from hf_papers import load_papers  # noqa: E402

GOLD = HERE.parent / "hf-trending-gold.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="report only, do not rewrite")
    args = ap.parse_args()
    papers = {p.title: p for p in load_papers()}
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    changed, stale = 0, 0
    for rec in records:
        paper = papers.get(rec["title"])
        if paper is None:
            print(f"no paper titled {rec['title']!r} in the example file", file=sys.stderr)
            stale += 1
            continue
        if paper.text != rec["text"]:
            print(f"text changed for {rec['title']!r}: re-run build_gold.py", file=sys.stderr)
            stale += 1
        if rec["id"] != paper.id:
            rec["id"] = paper.id
            changed += 1
    print(f"{len(records)} records, {changed} ids changed, {stale} stale", file=sys.stderr)
    if changed and not args.check:
        GOLD.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
