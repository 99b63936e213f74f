"""Linking and roll-up shares of a `kg build` output directory (the issue-12 measures).

    .venv/bin/python bench/kb_links.py BUILD_DIR [--all]

- Dataset / Metric entities with an external id (a non-empty ``same_as``);
- Dataset entities named by 3 or more papers (a paper names an entity through any edge from
  the paper, or from one of its results) and the share of them linked (and, reported apart,
  the share once the variants whose ``BROADER`` family is linked are counted); with the top
  30 unlinked ones by paper count (``--all``: every unlinked one);
- Task / Method / Dataset entities named by one paper only, and of those the ones without a
  ``BROADER`` edge; 20 random roll-ups (seed 12) to check by hand.

Reads ``nodes.jsonl`` and ``edges.jsonl`` of a build (e.g. ``kg build --no-load`` of
``../shared/data/arxiv/abstracts-2025.jsonl.gz``).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ENTITY_LABELS = ("Dataset", "Metric", "Task", "Method", "Model")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("build_dir", type=Path)
    ap.add_argument("--all", action="store_true", help="list every unlinked dataset")
    args = ap.parse_args()
    d: Path = args.build_dir
    nodes: dict[str, dict[str, Any]] = {}
    with (d / "nodes.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            n = json.loads(line)
            if n["label"] in ENTITY_LABELS:
                nodes[n["id"]] = n
    papers: dict[str, set[str]] = defaultdict(set)
    broader: dict[str, set[str]] = defaultdict(set)
    with (d / "edges.jsonl").open(encoding="utf-8") as fh:
        edges = [json.loads(line) for line in fh]
    result_paper = {e["target"]: e["source"] for e in edges if e["type"] == "REPORTS"}
    for e in edges:
        if e["type"] == "BROADER":
            broader[e["source"]].add(e["target"])
            continue
        src = e["source"]
        if src.startswith("result:"):
            src = result_paper.get(src, src)
        if e["target"] in nodes:
            papers[e["target"]].add(src)

    def lab(i: str) -> str:
        return str(nodes[i]["label"])

    def linked(i: str) -> bool:
        return bool(nodes[i]["props"].get("same_as"))

    for label in ("Dataset", "Metric"):
        ids = [i for i in nodes if lab(i) == label]
        n_linked = sum(map(linked, ids))
        print(f"{label}: {len(ids)} entities, linked {n_linked} = {n_linked / len(ids):.1%}")
    ds3 = [i for i in nodes if lab(i) == "Dataset" and len(papers[i]) >= 3]
    l3 = [i for i in ds3 if linked(i)]
    print(f"Datasets in >=3 papers: {len(ds3)}, linked {len(l3)} = {len(l3) / len(ds3):.1%}")
    ids_of = {n["id"]: n for n in nodes.values()}
    via = [
        i
        for i in ds3
        if not linked(i) and any(t in ids_of and linked(t) for t in broader.get(i, ()))
    ]
    share = (len(l3) + len(via)) / len(ds3)
    print(
        f"  ... or a variant whose BROADER family is linked ({len(via)}): "
        f"{len(l3) + len(via)} = {share:.1%}"
    )
    in_kb = [i for i in ds3 if nodes[i]["props"].get("kb_source")]
    print(f"  ... in the KB at all (kb_source): {len(in_kb)} = {len(in_kb) / len(ds3):.1%}")
    unl = sorted((i for i in ds3 if not linked(i)), key=lambda i: (-len(papers[i]), i))
    shown = unl if args.all else unl[:30]
    print(
        "top 30 unlinked:" if not args.all else "unlinked:",
        "; ".join(f"{nodes[i]['props']['name']} ({len(papers[i])})" for i in shown),
    )
    for label in ("Task", "Method", "Dataset"):
        ids = [i for i in nodes if lab(i) == label and papers[i]]
        single = [i for i in ids if len(papers[i]) == 1]
        nob = [i for i in single if not broader[i]]
        print(
            f"{label}: {len(ids)} named by papers; singletons {len(single) / len(ids):.1%}; "
            f"singletons without broader {len(nob) / len(ids):.1%}"
        )
    n_broader = sum(len(v) for v in broader.values())
    by_label = Counter(lab(k) for k in broader for _ in broader[k])
    print("BROADER edges", n_broader, dict(by_label))
    rnd = random.Random(12)
    tasks = sorted(k for k in broader if broader[k] and lab(k) == "Task")
    datasets = sorted(k for k in broader if broader[k] and lab(k) == "Dataset")
    sample = rnd.sample(tasks, min(14, len(tasks))) + rnd.sample(datasets, min(6, len(datasets)))
    for k in sample:
        targets = ", ".join(
            nodes[t]["props"]["name"] if t in nodes else t for t in sorted(broader[k])
        )
        print("  ", nodes[k]["props"]["name"], "->", targets)


if __name__ == "__main__":
    main()
