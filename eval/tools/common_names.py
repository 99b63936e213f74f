"""Build ``kg/extract/lexicon/common_names.txt``: names so common in ML abstracts that a paper
writing one inside a longer noun phrase ("a BEV world model", "a chest CT analysis
framework", "labeled RGB images") uses it, never proposes it.

    .venv/bin/python eval/tools/common_names.py [--abstracts PATH] [--min-docs 20]

Counts, over real 2025 arXiv abstracts (CC0 metadata; ``../shared/data/arxiv/
abstracts-2025.jsonl.gz`` next to the repository by default), the documents whose title or
abstract holds each name-shaped word (two capitals, or capitals and digits: "CT", "LiDAR",
"DiT", "ResNet"), and keeps those in at least ``--min-docs`` of them. Document frequency only:
no label and no extraction output is read, so no evaluation gold is used beyond its words
appearing among the 20,000 abstracts, as an IDF would.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT.parent / "shared" / "data" / "arxiv" / "abstracts-2025.jsonl.gz"
OUT = ROOT / "kg" / "extract" / "lexicon" / "common_names.txt"
# a name-shaped word, not glued to a hyphenated compound: "CT", "LiDAR", "DiT", "ResNet"
NAME = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*)(?![\w-])")


def document_frequency(path: Path, pattern: re.Pattern[str] = NAME) -> tuple[Counter[str], int]:
    """How many records' title or abstract hold each match of ``pattern``, and the records."""
    (df,), n = document_frequencies(path, pattern)
    return df, n


def document_frequencies(path: Path, *patterns: re.Pattern[str]) -> tuple[list[Counter[str]], int]:
    """:func:`document_frequency` of each pattern, in one pass over the records."""
    dfs: list[Counter[str]] = [Counter() for _ in patterns]
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = f"{rec.get('title') or ''}\n{rec.get('abstract') or ''}"
            for df, pattern in zip(dfs, patterns, strict=True):
                df.update(set(pattern.findall(text)))
            n += 1
    return dfs, n


def write_list(out: Path, head: list[str], entries: list[str], what: str) -> None:
    """Write a generated lexicon list: its ``#`` header lines, then one entry per line."""
    out.write_text("\n".join(head + entries) + "\n", encoding="utf-8")
    print(f"{out}: {len(entries)} {what}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--abstracts", type=Path, default=DEFAULT)
    ap.add_argument("--min-docs", type=int, default=20)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    df, n = document_frequency(args.abstracts)
    names = sorted(w for w, c in df.items() if c >= args.min_docs and not w.isdigit())
    head = [
        "# Names so common in ML abstracts that a paper writing one inside a longer noun phrase",
        '# ("a BEV world model", "a chest CT analysis framework") uses it, not proposes it',
        f"# (kg_relations). Built by eval/tools/common_names.py: name-shaped words in at least "
        f"{args.min_docs}",
        f"# of {n:,} real 2025 arXiv abstracts (CC0 metadata), by document frequency only.",
    ]
    write_list(args.out, head, names, "names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
