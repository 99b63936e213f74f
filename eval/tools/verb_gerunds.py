"""Build ``kg/extract/lexicon/verb_gerunds.txt``: "-ing" forms that ML abstracts use as verbs
with an object ("reducing the cost", "enhancing its robustness") and hardly ever right before
a method head ("parsing algorithm", "pruning methods" are names): a word no lower-case name of
a method or task starts with or holds ("thereby reducing system latency" made the Method
"reducing system").

    .venv/bin/python eval/tools/verb_gerunds.py [--abstracts PATH] [--min-docs 20]

Counts, over real 2025 arXiv abstracts (CC0 metadata; ``../shared/data/arxiv/
abstracts-2025.jsonl.gz`` next to the repository by default), the documents holding each
lower-case "-ing" word, those where a determiner or pronoun follows it ("the", "its", "them",
...) and those where a method head follows it ("method", "framework", "network", ...). A word
is kept when at least ``--min-docs`` documents hold it, at least ``--min-object-share`` of them
have a determiner after it and under ``--max-head-share`` a method head. Document frequency
only, as for ``common_names.py``: no label and no extraction output is read.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from common_names import DEFAULT, ROOT, document_frequencies, write_list

OUT = ROOT / "kg" / "extract" / "lexicon" / "verb_gerunds.txt"
_WORD = r"\b([a-z]{3,}ing)\b"
ANY = re.compile(_WORD)
BEFORE_OBJECT = re.compile(
    _WORD + r"\s+(?:the|a|an|its|their|our|these|this|both|each|all|any|it|them)\b"
)
BEFORE_HEAD = re.compile(
    _WORD + r"\s+(?:methods?|approach(?:es)?|techniques?|algorithms?|frameworks?|models?|"
    r"systems?|networks?|strateg(?:y|ies)|pipelines?|modules?)\b"
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--abstracts", type=Path, default=DEFAULT)
    ap.add_argument("--min-docs", type=int, default=20)
    ap.add_argument("--min-object-share", type=float, default=0.15)
    ap.add_argument("--max-head-share", type=float, default=0.05)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    (every, objects, heads), n = document_frequencies(
        args.abstracts, ANY, BEFORE_OBJECT, BEFORE_HEAD
    )
    verbs = sorted(
        w
        for w, c in every.items()
        if c >= args.min_docs
        and objects[w] >= args.min_object_share * c
        and heads[w] < args.max_head_share * c
    )
    head = [
        '# "-ing" forms used as verbs with an object ("reducing the cost"): no word of a',
        '# lower-case method or task name ("thereby reducing system latency": no "reducing',
        '# system"). Built by eval/tools/verb_gerunds.py: words in at least '
        f"{args.min_docs} of {n:,} real",
        "# 2025 arXiv abstracts (CC0 metadata), followed by a determiner or pronoun in at least "
        f"{args.min_object_share:.0%}",
        f"# of them and by a method head in under {args.max_head_share:.0%}; document "
        "frequency only.",
    ]
    write_list(args.out, head, verbs, "verbs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
