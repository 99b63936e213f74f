"""The committed gold set: valid, up to date with its annotations, aligned with the reader."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from kg.evaluate import read_gold_jsonl
from kg.models import ENTITY_TYPES

ROOT = Path(__file__).resolve().parents[3]
GOLD_DIR = ROOT / "eval" / "gold"
GOLD = GOLD_DIR / "hf-trending-gold.jsonl"
EXAMPLE = ROOT / "examples" / "hf-trending-papers.txt"


def example_path() -> Path:
    assert EXAMPLE.is_file(), f"{EXAMPLE} is part of the repository"
    return EXAMPLE


def test_gold_is_valid_and_covers_all_types() -> None:
    golds = read_gold_jsonl(GOLD)  # validates offsets, types and relation types
    assert len(golds) >= 36
    assert {s.type for g in golds for s in g.spans} == set(ENTITY_TYPES)
    rels = {r.type for g in golds for r in g.relations}
    assert {"EVALUATED_ON", "PROPOSES"} <= rels
    for g in golds:
        assert g.text.startswith(g.title + "\n\n")


def test_gsm8k_list_matches_gold_and_includes_every_mention() -> None:
    golds = read_gold_jsonl(GOLD)
    listed = (GOLD_DIR / "gsm8k-papers.txt").read_text(encoding="utf-8").splitlines()
    gold_gsm = {
        g.title
        for g in golds
        if any(r.type == "EVALUATED_ON" and r.entity == "GSM8K" for r in g.relations)
    }
    assert set(listed) == gold_gsm
    mentions = re.compile(r"GSM-?8K|grade school math", re.IGNORECASE)
    annotated = {g.title for g in golds}
    for g in golds:
        if "Phi-GSM" in g.text:
            assert any(s.text == "Phi-GSM" and s.type == "Model" for s in g.spans)
    # every example abstract that mentions GSM8K is in the gold set
    from kg.sources import read_papers

    for paper in read_papers([example_path()]):
        if mentions.search(paper.text):
            assert paper.title in annotated, paper.title


def test_gold_ids_and_texts_match_the_reader() -> None:
    from kg.sources import read_papers

    papers = {p.title: p for p in read_papers([example_path()])}
    for g in read_gold_jsonl(GOLD):
        assert g.title in papers
        assert papers[g.title].id == g.id
        assert papers[g.title].text == g.text


def test_gold_jsonl_is_built_from_annotations() -> None:
    example_path()
    proc = subprocess.run(
        [sys.executable, str(GOLD_DIR / "tools" / "build_gold.py"), "--stdout"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == GOLD.read_text(encoding="utf-8"), "stale: run build_gold.py"
