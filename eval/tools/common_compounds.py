"""Build ``kg/extract/lexicon/common_compounds.txt``: hyphenated compounds of English words so
common in ML abstracts ("multi-agent", "real-time", "self-supervised", "test-time") that, written
in Title Case ("Multi-Agent Collaboration", "Real-Time Detection"), they are words of a title,
no name of a method or model.

    .venv/bin/python eval/tools/common_compounds.py [--abstracts PATH] [--min-docs 20]

Counts, over real 2025 arXiv abstracts (CC0 metadata; ``../shared/data/arxiv/
abstracts-2025.jsonl.gz`` next to the repository by default), the documents whose title or
abstract holds each compound in lower case, and keeps those in at least ``--min-docs`` of them.
Document frequency only, as for ``common_names.py``: no label and no extraction output is read.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from common_names import DEFAULT, ROOT, document_frequency, write_list

sys.path.insert(0, str(ROOT))
from kg.extract.lexicon import entries

OUT = ROOT / "kg" / "extract" / "lexicon" / "common_compounds.txt"
# a lower-case compound of letters only, not glued to a longer one: "multi-agent", "real-time"
COMPOUND = re.compile(r"(?<![\w-])([a-z]{2,}(?:-[a-z]{2,})+)(?![\w-])")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--abstracts", type=Path, default=DEFAULT)
    ap.add_argument("--min-docs", type=int, default=20)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    df, n = document_frequency(args.abstracts, COMPOUND)
    # "context-aware", "training-free": an affix the tokenizer splits off, never a name anyway
    affixes = set(entries("hyphen_affix_words"))
    compounds = sorted(
        w for w, c in df.items() if c >= args.min_docs and w.rsplit("-", 1)[1] not in affixes
    )
    head = [
        "# Hyphenated compounds of English words so common in ML abstracts that, in Title Case",
        '# ("Multi-Agent Collaboration"), they are words of a title, no name (rules/common.py',
        f"# is_name). Built by eval/tools/common_compounds.py: lower-case compounds in at least "
        f"{args.min_docs}",
        f"# of {n:,} real 2025 arXiv abstracts (CC0 metadata), by document frequency only.",
    ]
    write_list(args.out, head, compounds, "compounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
