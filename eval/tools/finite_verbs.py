"""Build ``kg/extract/lexicon/finite_verbs.txt``: verbs in the third person singular ("employs",
"refines", "strengthens") that ML abstracts write after a subject ("it employs", "which
refines") and hardly ever as a plural noun after a determiner ("the features"): a word no
lower-case name of a method or task starts with or holds before its head ("strengthens
feature representations", "employs contrastive learning" are a verb and its object).

    .venv/bin/python eval/tools/finite_verbs.py [--abstracts PATH] [--min-docs 2]

Counts, over real 2025 arXiv abstracts (CC0 metadata; ``../shared/data/arxiv/
abstracts-2025.jsonl.gz`` next to the repository by default), the documents where a lower-case
word ending in "s" follows "it", "which" or "also", and the documents where it follows a
determiner, a possessive or a number ("the", "these", "our", "two", ...). A word is kept when
at least ``--min-docs`` documents have it after a subject and under ``--max-noun-share`` of the
documents holding it, and under a quarter as many as after a subject, have it after a
determiner ("pairs", "maps", "spans" are nouns as often). Document frequency only, as for
``common_names.py``: no label and no extraction output is read.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from common_names import DEFAULT, ROOT, document_frequencies, write_list

OUT = ROOT / "kg" / "extract" / "lexicon" / "finite_verbs.txt"
_WORD = r"([a-z]{2,}[a-hj-rt-z]s)\b"  # not "-ss", "-us", "-is": "across", "focus", "analysis"
AFTER_SUBJECT = re.compile(r"\b(?:it|which|also)\s+" + _WORD)
AFTER_DETERMINER = re.compile(
    r"\b(?:the|these|those|of|our|their|its|many|such|all|other|different|two|three|"
    r"multiple|various)\s+" + _WORD
)
ANY = re.compile(r"\b" + _WORD)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--abstracts", type=Path, default=DEFAULT)
    ap.add_argument("--min-docs", type=int, default=2)
    ap.add_argument("--max-noun-share", type=float, default=0.02)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    (subject, determiner, every), n = document_frequencies(
        args.abstracts, AFTER_SUBJECT, AFTER_DETERMINER, ANY
    )
    verbs = sorted(
        w
        for w, c in subject.items()
        if c >= args.min_docs
        and determiner[w] < args.max_noun_share * every[w]
        and determiner[w] < c / 4  # "pairs", "maps", "spans": nouns as often as verbs
    )
    head = [
        '# Verbs in the third person singular ("employs", "refines"): no word of a lower-case',
        '# method or task name ("strengthens feature representations" is a verb and its object).',
        f"# Built by eval/tools/finite_verbs.py: words after \"it\", \"which\" or \"also\" in at "
        f"least {args.min_docs}",
        f"# of {n:,} real 2025 arXiv abstracts (CC0 metadata) and after a determiner in under "
        f"{args.max_noun_share:.0%}",
        "# of the abstracts holding them (and in under a quarter as many as after a subject);",
        "# document frequency only.",
    ]
    write_list(args.out, head, verbs, "verbs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
