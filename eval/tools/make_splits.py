"""Rebuild the vendored evaluation splits under eval/data/ from the shared copies.

    python eval/tools/make_splits.py SHARED_DIR

SHARED_DIR is the project's shared folder (it holds eval/tdmsci/train.conll and
data/arxiv/abstracts-2025.jsonl.gz). The output is deterministic:

* TDMSci train (1,500 sentences) is cut into blocks of 50 consecutive sentences (neighbouring
  sentences tend to come from the same paper, so a per-sentence split would leak names); blocks
  whose index modulo 10 is 2, 5 or 8 form the *locked* part (30%), the rest the *dev* part.
  Read the errors of dev only; of locked, report the score.
* SciERC train and dev are copied as they are; SciERC dev is locked.
* The arXiv sample is the first 2,000 lines of abstracts-2025.jsonl.gz (CC0), for tests and
  check sets that must not depend on the shared folder.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

BLOCK = 50
LOCKED_BLOCKS = frozenset({2, 5, 8})
SAMPLE = 2000


def sentences(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [block.strip("\n") for block in text.split("\n\n") if block.strip()]


def main(shared: Path) -> None:
    out = Path(__file__).resolve().parents[1] / "data"
    sents = sentences(shared / "eval/tdmsci/train.conll")
    dev, locked = [], []
    for i, sent in enumerate(sents):
        (locked if (i // BLOCK) % 10 in LOCKED_BLOCKS else dev).append(sent)
    for name, part in (("dev", dev), ("locked", locked)):
        (out / "tdmsci" / f"{name}.conll").write_text("\n\n".join(part) + "\n", encoding="utf-8")
    print(f"tdmsci: {len(dev)} dev, {len(locked)} locked sentences")
    with gzip.open(shared / "data/arxiv/abstracts-2025.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = [next(fh) for _ in range(SAMPLE)]
    target = out / "arxiv" / "abstracts-2025-sample.jsonl.gz"
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(lines).encode("utf-8"))
    print(f"arxiv: {len(lines)} abstracts")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
