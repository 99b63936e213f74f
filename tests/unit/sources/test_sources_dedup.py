"""The same paper from two inputs becomes one Paper; memory stays bounded (SQLite spill)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.sources import ReadStats, dedup, read_papers

ORCA = "Orca-Math: Unlocking the potential of SLMs in Grade School Math"


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_same_paper_from_page_and_arxiv_is_merged(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{ORCA}\n\nMathematical word problem-solving is hard. We fix it.\n")
    feed = _write(
        tmp_path / "arxiv.jsonl",
        [{"id": "2402.14830v2", "title": ORCA.upper(), "abstract": "Other text.",
          "authors_parsed": [["Mitra", "Arindam", ""]], "categories": "cs.CL",
          "versions": [{"version": "v1", "created": "Thu, 16 Feb 2024 18:54:11 GMT"}]}],
    )  # fmt: skip
    stats = ReadStats()
    (paper,) = list(read_papers([page, feed], stats=stats))
    assert stats.read == 2 and stats.duplicates == 1 and stats.papers == 1
    assert paper.id == "arxiv:2402.14830"  # recomputed from the merged fields
    assert paper.title == ORCA and paper.abstract.startswith("Mathematical")  # first wins
    assert paper.authors == ["Arindam Mitra"] and paper.categories == ["cs.CL"]  # filled in
    assert paper.source is not None and paper.source.file == str(page)


def test_conflicting_strong_ids_are_not_merged(tmp_path: Path) -> None:
    rows = [
        {"id": "2401.00001", "title": "Introduction", "abstract": "One."},
        {"id": "2401.00002", "title": "Introduction", "abstract": "Two."},
        {"title": "Introduction", "abstract": "Three.", "doi": "10.1000/a"},
        {"title": "Introduction", "abstract": "Four.", "doi": "10.1000/b"},
    ]
    stats = ReadStats()
    papers = list(read_papers([_write(tmp_path / "a.jsonl", rows)], stats=stats))
    # an explicit id (arXiv or DOI) is authoritative: same title, different ids → kept apart
    assert [p.id for p in papers] == [
        "arxiv:2401.00001",
        "arxiv:2401.00002",
        "doi:10.1000/a",
        "doi:10.1000/b",
    ]
    assert papers[0].doi is None
    assert stats.conflicts == 3 and stats.duplicates == 0


def test_exact_duplicates_in_stream_mode(tmp_path: Path) -> None:
    row = {"id": "2401.00001", "title": "T", "abstract": "A."}
    a = _write(tmp_path / "a.jsonl", [row, {**row, "doi": "10.1000/x"}])
    stats = ReadStats()
    papers = list(read_papers([a, a], stats=stats, merge=False))
    assert len(papers) == 1 and papers[0].doi is None  # first copy, extra fields dropped
    assert stats.duplicates == 3 and stats.papers == 1
    merged = list(read_papers([a, a]))
    assert len(merged) == 1 and merged[0].doi == "10.1000/x"


@pytest.mark.parametrize("merge", [True, False])
def test_spill_to_sqlite_keeps_order_and_merges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merge: bool
) -> None:
    monkeypatch.setattr(dedup, "MEMORY_PAPERS", 3)
    monkeypatch.setattr(dedup, "MEMORY_IDS", 3)
    monkeypatch.setattr(dedup, "BATCH", 4)  # duplicates land in later batches
    rows = [{"id": f"2401.{i:05d}", "title": f"Paper {i}", "abstract": f"A{i}."} for i in range(20)]
    rows += [{"id": "2401.00002", "title": "Paper 2", "abstract": "x", "doi": "10.1000/two"}]
    rows += [{"title": "paper 15!", "abstract": "x", "authors": ["Late Author"]}]
    rows += [{"title": "Paper 15", "abstract": "y", "url": "https://example.org/15"}]
    stats = ReadStats()
    papers = list(read_papers([_write(tmp_path / "a.jsonl", rows)], stats=stats, merge=merge))
    assert [p.id for p in papers] == [f"arxiv:2401.{i:05d}" for i in range(20)] + (
        [] if merge else [papers[-1].id]
    )
    if merge:
        assert stats.duplicates == 3
        assert papers[2].doi == "10.1000/two" and papers[15].authors == ["Late Author"]
        assert papers[15].url == "https://example.org/15"
    else:
        assert stats.duplicates == 2 and papers[-1].id.startswith("title:")
