"""Pick the abstracts of the results gold, deterministically (see README, "Results gold").

Reads the shared 2025 arXiv abstracts (JSONL.gz, one ``{"id", "title", "abstract"}`` per line),
keeps the abstracts whose text matches :data:`RESULT_CONTEXT` (a number reported as a score:
"85.3% on X", "85.3% accuracy", "accuracy of 85.3", "BLEU of 31.2", "F1 score of 0.91" …),
shuffles them with ``random.Random(SEED)`` (sorted by id first) and prints the first ``--n``
as gold skeleton records ``{"id", "title", "text", "results": [], "relations": []}``.
Records alternate between the locked and dev parts (``--part``): position 0, 2, 4, … → locked, 1, 3,
5, … → dev, for the first :data:`FIRST_PICK` (60) positions. Positions 60, 61, … of the same shuffle
are the second dev part, ``dev2`` (picked later, so disjoint from dev and locked), and positions
100, 101, … the third, ``dev3`` (picked later again). Positions 125–329 were read (not annotated)
while the third round's rules were written, so they belong to no part, except ``dev24`` (positions
125..166, annotated blind in the thirty-eighth round, 2026-12-07: a dev part whose errors are read,
and ``dev25``, positions 167..208, and ``dev26``, positions 209..250, annotated blind in the same
way in the thirty-ninth round, and ``dev27``, positions 251..292, and ``dev28``, positions
293..329, in the fortieth);
the fourth, ``dev4``, starts at position 330 (:data:`DEV4_START`), the fifth, ``dev5``, is positions
358..399; positions 400..599 were read (not annotated) in the fourth round, and 400..441
(``dev29``), 442..483 (``dev30``), 484..525 (``dev31``) and 526..567 (``dev32``) were annotated
blind in the fortieth, and 568..599 (``dev33``, 32 abstracts) in the forty-first. From position 600
(:data:`BLIND_START`) come the parts annotated blind, never read before they were annotated,
:data:`BLIND_SIZE` (42) positions each in the order of :data:`BLIND_PARTS`: ``dev6`` is 600..641,
``dev7`` 642..683, … ``dev21`` 1230..1271, ``dev22`` 1272..1313, ``dev23`` 1314..1355. Positions
from :data:`BLIND_END` (1356) to the pick's last (1370) were read with the unannotated result pool,
so a new clean part needs a new selection.

Usage: ``python eval/gold/tools/select_results.py ABSTRACTS.jsonl.gz --n 60 --part dev``
(``--n 100 --part dev2`` for the 40 abstracts of ``results-dev2.jsonl``, ``--n 125 --part dev3``
for the 25 of ``results-dev3.jsonl``, ``--n 358 --part dev4`` for the 28 of
``results-dev4.jsonl``, ``--n 400 --part dev5`` for the 42 of ``results-dev5.jsonl``,
and ``--n 600+42*(k-5) --part devk`` for the 42 of ``results-devk.jsonl``, k = 6 … 23, e.g.
``--n 642 --part dev6``, ``--n 1314 --part dev22``, ``--n 1356 --part dev23``; ``--n 167
--part dev24`` for the 42 of ``results-dev24.jsonl``, ``--n 209 --part dev25`` for the 42 of
``results-dev25.jsonl``, ``--n 251 --part dev26`` for the 42 of ``results-dev26.jsonl``,
``--n 293 --part dev27`` for the 42 of ``results-dev27.jsonl``, ``--n 330 --part dev28`` for
the 37 of ``results-dev28.jsonl``, ``--n 442 --part dev29``, ``--n 484 --part dev30``,
``--n 526 --part dev31`` and ``--n 568 --part dev32`` for the 42 of ``results-dev29.jsonl`` …
``results-dev32.jsonl``; ``--n 600 --part dev33`` for the 32 of ``results-dev33.jsonl``).

The second pick (:data:`SECOND_CONTEXT`, the forty-second round) holds abstracts outside the first
pick where a score verb comes a few words before a percentage, cut into parts of 30 in the order
of :data:`SECOND_PARTS`: ``--second --n 30+30*(k-34) --part devk`` for the 30 of
``results-devk.jsonl``, k = 34 … 47 (``--second --n 30 --part dev34``, ``--second --n 420 --part
dev47``). The corpus outside the first pick had been mined for rules, so these are dev parts, not
clean ones.
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
DEV3_END = 125  # positions 125..329 were read without annotation, then annotated as dev24..dev28
DEV24_END = 167  # positions 125..166: dev24 (annotated blind in the thirty-eighth round)
DEV25_END = 209  # positions 167..208: dev25 (annotated blind in the thirty-ninth round)
DEV26_END = 251  # positions 209..250: dev26 (annotated blind in the thirty-ninth round)
DEV27_END = 293  # positions 251..292: dev27, and 293..329: dev28 (blind, the fortieth round)
DEV4_START = 330
DEV5_START = 358  # positions 358..399: dev5 (annotated before the fifth round)
DEV5_END = 400  # positions 400..599 were read without annotation: no part, but for dev29..dev33
DEV29_END = 442  # positions 400..441: dev29 (annotated blind in the fortieth round)
DEV30_END = 484  # positions 442..483: dev30 (annotated blind in the fortieth round)
DEV31_END = 526  # positions 484..525: dev31 (annotated blind in the fortieth round)
DEV32_END = 568  # positions 526..567: dev32 (annotated blind in the fortieth round); 568..599:
# dev33 (annotated blind in the forty-first round)
# positions 600.. hold the parts annotated blind (never read before), BLIND_SIZE each, in this
# order: dev6 is 600..641, dev7 642..683, …, dev21 1230..1271, dev22 1272..1313, dev23
# 1314..1355; BLIND_END (1356) .. 1370 (the pick's last) were read with the result pool
BLIND_START = 600
BLIND_SIZE = 42
BLIND_PARTS = tuple(f"dev{k}" for k in range(6, 24))
BLIND_END = BLIND_START + BLIND_SIZE * len(BLIND_PARTS)
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


# The second pick (the forty-second round): the first pick's result pool is used up, and the
# corpus outside it was mined for rules since the tenth round, so its parts are dev parts, not
# clean ones. It keeps the abstracts outside the first pick (no RESULT_CONTEXT match) where a
# score verb comes a few words before a percentage, sorted by id and shuffled with SEED; its
# positions are cut into SECOND_SIZE-abstract parts in the order of SECOND_PARTS.
SECOND_CONTEXT = re.compile(
    rf"\b(?:achiev|reach|attain|obtain|yield|scor)\w*\s+(?:\S+\s+){{0,4}}?{NUMBER}\s?%"
)
SECOND_SIZE = 30
SECOND_PARTS = tuple(f"dev{k}" for k in range(34, 48))


def text_of(title: str, abstract: str) -> str:
    """``Paper.text``: title, a blank line, the abstract (whitespace collapsed)."""
    return " ".join(title.split()) + "\n\n" + " ".join(abstract.split())


# the parts by the position they start at, last first; positions before FIRST_PICK alternate
# locked / dev; "read" spans were read without annotation and belong to no part
_STARTS = (
    (BLIND_END, "unseen"),
    *((BLIND_START + BLIND_SIZE * k, name) for k, name in reversed(list(enumerate(BLIND_PARTS)))),
    (DEV32_END, "dev33"),
    (DEV31_END, "dev32"),
    (DEV30_END, "dev31"),
    (DEV29_END, "dev30"),
    (DEV5_END, "dev29"),
    (DEV5_START, "dev5"),
    (DEV4_START, "dev4"),
    (DEV27_END, "dev28"),
    (DEV26_END, "dev27"),
    (DEV25_END, "dev26"),
    (DEV24_END, "dev25"),
    (DEV3_END, "dev24"),
    (DEV2_END, "dev3"),
    (FIRST_PICK, "dev2"),
)
# every part a gold file is built for (build_results_gold.py reads this list)
PARTS = (
    "dev",
    "locked",
    *(n for _, n in reversed(_STARTS) if n not in ("read", "unseen")),
    *SECOND_PARTS,
)


def _part(position: int) -> str:
    for start, name in _STARTS:
        if position >= start:
            return name
    return "locked" if position % 2 == 0 else "dev"


def _second_part(position: int) -> str:
    k = position // SECOND_SIZE
    return SECOND_PARTS[k] if k < len(SECOND_PARTS) else "unseen"


def _picked(abstract: str, second: bool) -> bool:
    if not second:
        return bool(RESULT_CONTEXT.search(abstract))
    return not RESULT_CONTEXT.search(abstract) and bool(SECOND_CONTEXT.search(abstract))


def select(path: str, n: int, second: bool = False) -> list[dict[str, object]]:
    """The first ``n`` records of the first pick (of the second with ``second``)."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if _picked(rec.get("abstract") or "", second):
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
                "part": _second_part(k) if second else _part(k),
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
    ap.add_argument("--second", action="store_true", help="the second pick (dev34 … dev47)")
    args = ap.parse_args()
    for rec in select(args.abstracts, args.n, second=args.second):
        if args.part in ("all", rec["part"]):
            print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
