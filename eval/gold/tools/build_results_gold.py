"""Build the results gold JSONL files from their annotation files (see README, "Results gold").

``results-annotations-{dev,locked,dev2,…,dev47}.txt`` → ``results-{dev,locked,dev2,…,dev47}.jsonl``
(the parts are ``select_results.PARTS``).
The paper texts come from the shared 2025 arXiv abstracts (the same records ``select_results.py``
picks), normalised by the project's reader (``kg.sources.text.normalize_text``), so
``text`` is ``Paper.text``.

Annotation format, per paper::

    ## <paper id>
    R: value | unit | role | metric | dataset | system     (one line per number; empty = none)
    COMPARES_WITH: entity | entity                          (also BASED_ON, PROPOSES)

Usage: ``python eval/gold/tools/build_results_gold.py ABSTRACTS.jsonl.gz``
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from select_results import PARTS  # noqa: E402  (the same directory: the parts it picks)

from kg.sources.text import normalize_text  # noqa: E402

GOLD = HERE.parent
ROLES = ("score", "delta", "setting", "other")
RELATIONS = ("COMPARES_WITH", "BASED_ON", "PROPOSES")


def parse(path: Path) -> list[dict[str, Any]]:
    """The annotation file → records ``{"id", "results", "relations"}`` (texts not yet set)."""
    records: list[dict[str, Any]] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{lineno}"
        if line.startswith("## "):
            records.append({"id": line[3:].strip(), "results": [], "relations": []})
            continue
        if not line or line.startswith("#"):
            continue
        key, sep, rest = line.partition(":")
        if not sep or not records:
            raise SystemExit(f"{where}: expected 'R:' or 'REL:' after a '## id' line")
        if key == "R":
            fields = [f.strip() for f in rest.split("|")]
            if len(fields) != 6 or fields[2] not in ROLES:
                raise SystemExit(
                    f"{where}: expected value | unit | role | metric | dataset | system"
                )
            value, unit, role, metric, dataset, system = fields
            records[-1]["results"].append(
                {
                    "value": float(value),
                    "unit": unit or None,
                    "role": role,
                    "metric": metric or None,
                    "dataset": dataset or None,
                    "system": system or None,
                }
            )
        elif key in RELATIONS:
            for entity in rest.split("|"):
                if entity.strip():
                    records[-1]["relations"].append({"type": key, "entity": entity.strip()})
        else:
            raise SystemExit(f"{where}: unknown key {key!r}")
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("abstracts")
    args = ap.parse_args()
    parts = {part: parse(GOLD / f"results-annotations-{part}.txt") for part in PARTS}
    wanted = {r["id"] for recs in parts.values() for r in recs}
    texts: dict[str, tuple[str, str]] = {}
    with gzip.open(args.abstracts, "rt", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if rec["id"] in wanted:
                title = normalize_text(rec["title"])
                texts[rec["id"]] = (title, f"{title}\n\n{normalize_text(rec['abstract'])}")
    for part, records in parts.items():
        out = []
        for rec in records:
            if rec["id"] not in texts:
                raise SystemExit(f"{rec['id']}: not in {args.abstracts}")
            title, text = texts[rec["id"]]
            out.append({"id": rec["id"], "title": title, "text": text, "spans": [], **rec})
        target = GOLD / f"results-{part}.jsonl"
        target.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
        )
        print(f"{target.name}: {len(out)} papers, {sum(len(r['results']) for r in out)} numbers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
