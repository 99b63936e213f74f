"""Pick the abstracts of the results gold, deterministically (see README, "Results gold").

Reads the shared 2025 arXiv abstracts (JSONL.gz, one ``{"id", "title", "abstract"}`` per line),
keeps the abstracts whose text matches :data:`RESULT_CONTEXT` (a number reported as a score:
"85.3% on X", "85.3% accuracy", "accuracy of 85.3", "BLEU of 31.2", "F1 score of 0.91" …),
shuffles them with ``random.Random(SEED)`` (sorted by id first) and prints the first ``--n``
as gold skeleton records ``{"id", "title", "text", "results": [], "relations": []}``.
Records alternate between the locked and dev parts (``--part``): position 0, 2, 4, … → locked,
1, 3, 5, … → dev, for the first :data:`FIRST_PICK` (60) positions. Positions 60, 61, … of the same
shuffle are the second dev part, ``dev2`` (picked later, so disjoint from dev and locked), and
positions 100, 101, … the third, ``dev3`` (picked later again). Positions 125–329 were read
(not annotated) while the third round's rules were written, so they belong to no part; the
fourth, ``dev4``, starts at position 330 (:data:`DEV4_START`), the fifth, ``dev5``, is positions
358..399; positions 400..599 were read (not annotated) in the fourth round; the sixth, ``dev6``,
is positions 600..641 (:data:`DEV6_START`), never read before it was annotated; the seventh,
``dev7``, is positions 642..683 (:data:`DEV7_START`), never read before it was annotated; the
eighth, ``dev8``, is positions 684..725 (:data:`DEV8_START`), never read before it was annotated;
the ninth, ``dev9``, is positions 726..767 (:data:`DEV9_START`), never read before it was
annotated; the tenth, ``dev10``, is positions 768..809 (:data:`DEV10_START`), never read before
it was annotated; the eleventh, ``dev11``, is positions 810..851 (:data:`DEV11_START`), never
read before it was annotated; the twelfth, ``dev12``, is positions 852..893
(:data:`DEV12_START`), never read before it was annotated; the thirteenth, ``dev13``, is positions
894..935 (:data:`DEV13_START`), never read before it was annotated; the fourteenth, ``dev14``, is
positions 936..977 (:data:`DEV14_START`), never read before it was annotated; the fifteenth,
``dev15``, is positions 978..1019 (:data:`DEV15_START`), and the sixteenth, ``dev16``, positions
1020..1061 (:data:`DEV16_START`), each never read before it was annotated. Positions >= 1062 are
unseen.

Usage: ``python eval/gold/tools/select_results.py ABSTRACTS.jsonl.gz --n 60 --part dev``
(``--n 100 --part dev2`` for the 40 abstracts of ``results-dev2.jsonl``, ``--n 125 --part dev3``
for the 25 of ``results-dev3.jsonl``, ``--n 358 --part dev4`` for the 28 of
``results-dev4.jsonl``, ``--n 400 --part dev5`` for the 42 of ``results-dev5.jsonl``,
``--n 642 --part dev6`` for the 42 of ``results-dev6.jsonl``, ``--n 684 --part dev7`` for the 42
of ``results-dev7.jsonl``, ``--n 726 --part dev8`` for the 42 of ``results-dev8.jsonl``,
``--n 768 --part dev9`` for the 42 of ``results-dev9.jsonl``, ``--n 810 --part dev10`` for the 42
of ``results-dev10.jsonl``, ``--n 852 --part dev11`` for the 42 of ``results-dev11.jsonl``,
``--n 894 --part dev12`` for the 42 of ``results-dev12.jsonl``, ``--n 936 --part dev13`` for
the 42 of ``results-dev13.jsonl``, ``--n 978 --part dev14`` for
the 42 of ``results-dev14.jsonl``, ``--n 1020 --part dev15`` for
the 42 of ``results-dev15.jsonl``, ``--n 1062 --part dev16`` for the 42 of ``results-dev16.jsonl``)
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys

SEED = 13
FIRST_PICK = 60  # positions 0..59: locked / dev alternating; 60..99: dev2; 100..124: dev3
DEV2_END = 100
DEV3_END = 125  # positions 125..329 were read without annotation: no part
DEV4_START = 330
DEV5_START = 358  # positions 358..399: dev5 (annotated before the fifth round)
DEV5_END = 400  # positions 400..599 were read without annotation: no part
DEV6_START = 600  # positions 600..641: dev6 (annotated before the sixth round, never read before)
DEV6_END = 642
DEV7_START = 642  # positions 642..683: dev7 (annotated blind, seventh round; never read before)
DEV7_END = 684
DEV8_START = 684  # positions 684..725: dev8 (annotated blind during the seventh round; scored only)
DEV8_END = 726
DEV9_START = 726  # positions 726..767: dev9 (annotated blind, never read before; scored only)
DEV9_END = 768
DEV10_START = 768  # positions 768..809: dev10 (annotated blind, never read before; scored only)
DEV10_END = 810
DEV11_START = 810  # positions 810..851: dev11 (annotated blind, never read before; scored only)
DEV11_END = 852
DEV12_START = 852  # positions 852..893: dev12 (annotated blind, never read before; scored only)
DEV12_END = 894
DEV13_START = 894  # positions 894..935: dev13 (annotated blind, never read before; scored only)
DEV13_END = 936
DEV14_START = 936  # positions 936..977: dev14 (annotated blind, never read before; scored only)
DEV14_END = 978
DEV15_START = 978  # positions 978..1019: dev15 (annotated blind, never read before; scored only)
DEV15_END = 1020
DEV16_START = 1020  # positions 1020..1061: dev16 (annotated blind, never read before; scored only)
DEV16_END = 1062
METRIC_WORDS = (
    r"accuracy|acc|F1|F1-score|BLEU|ROUGE(?:-[L12])?|mAP|AUC|AUROC|pass@1|exact match|EM|"
    r"mIoU|PSNR|SSIM|success rate|win rate|precision|recall|Dice|WER|CER|top-1|top-5|chrF|"
    r"METEOR|CIDEr|FID|NDCG@\d+|MRR|Recall@\d+|Hits@\d+"
)
NUMBER = r"\d+(?:\.\d+)?"
RESULT_CONTEXT = re.compile(
    rf"(?:{NUMBER}\s?%\s+(?:\w+\s+){{0,3}}on\s+(?:the\s+)?[A-Z][\w-]*)"
    rf"|(?:{NUMBER}\s?%?\s+(?:{METRIC_WORDS})\b)"
    rf"|(?:\b(?:{METRIC_WORDS})(?:\s+score)?\s+of\s+{NUMBER})",
)


def text_of(title: str, abstract: str) -> str:
    """``Paper.text``: title, a blank line, the abstract (whitespace collapsed)."""
    return " ".join(title.split()) + "\n\n" + " ".join(abstract.split())


# the parts by the position they start at, last first; positions before FIRST_PICK alternate
# locked / dev; "read" spans were read without annotation and belong to no part
_STARTS = (
    (DEV16_END, "unseen"),
    (DEV16_START, "dev16"),
    (DEV15_START, "dev15"),
    (DEV14_START, "dev14"),
    (DEV13_START, "dev13"),
    (DEV12_START, "dev12"),
    (DEV11_START, "dev11"),
    (DEV10_START, "dev10"),
    (DEV9_START, "dev9"),
    (DEV8_START, "dev8"),
    (DEV7_START, "dev7"),
    (DEV6_START, "dev6"),
    (DEV5_END, "read"),
    (DEV5_START, "dev5"),
    (DEV4_START, "dev4"),
    (DEV3_END, "read"),
    (DEV2_END, "dev3"),
    (FIRST_PICK, "dev2"),
)
# every part a gold file is built for (build_results_gold.py reads this list)
PARTS = ("dev", "locked", *(n for _, n in reversed(_STARTS) if n not in ("read", "unseen")))


def _part(position: int) -> str:
    for start, name in _STARTS:
        if position >= start:
            return name
    return "locked" if position % 2 == 0 else "dev"


def select(path: str, n: int) -> list[dict[str, object]]:
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if RESULT_CONTEXT.search(rec.get("abstract") or ""):
                rows.append(rec)
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    out = []
    for k, rec in enumerate(rows[:n]):
        out.append(
            {
                "id": rec["id"],
                "title": " ".join(rec["title"].split()),
                "text": text_of(rec["title"], rec["abstract"]),
                "part": _part(k),
                "results": [],
                "relations": [],
            }
        )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("abstracts")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--part", choices=(*PARTS, "all"), default="all")
    args = ap.parse_args()
    for rec in select(args.abstracts, args.n):
        if args.part in ("all", rec["part"]):
            print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
