"""The trending-papers page reader on the example file and on nastier variants of it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.sources import ReadStats, read_papers
from kg.sources.page import is_junk_line, is_title_like

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "hf-trending-papers.txt"
FIRST = (
    "Distributed Methods with Compressed Communication for Solving Variational "
    "Inequalities, with Theoretical Guarantees"
)
LAST = "Synthesizing mixed-integer linear programming models from natural language descriptions"
HEADER = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n"
HEADER += "byAK and the research community\n\nMar 28\n\n"
JUNK = {"new", "Subscribe", "Get trending papers in your email inbox!", "Mar 28"}


def _read(path: Path, **kw: object) -> tuple[list, ReadStats]:
    stats = ReadStats()
    papers = list(read_papers([path], stats=stats, **kw))  # type: ignore[arg-type]
    return papers, stats


def test_example_has_72_papers_first_and_last() -> None:
    papers, stats = _read(EXAMPLE)
    assert len(papers) == 72
    assert papers[0].title == FIRST
    assert papers[-1].title == LAST
    assert stats.skipped == 0 and stats.duplicates == 0 and stats.files == 1
    assert papers[0].source is not None and papers[0].source.line == 11
    assert papers[-1].source is not None and papers[-1].source.line == 295


def test_example_has_no_header_junk_and_clean_text() -> None:
    papers, _ = _read(EXAMPLE)
    for p in papers:
        assert p.title not in JUNK and "byAK" not in p.title and "byAK" not in p.abstract
        assert p.id.startswith("title:") and len(p.id) == len("title:") + 16
        assert len(p.abstract) > 200
        assert "\\" not in p.abstract and "\n" not in p.abstract
    assert len({p.id for p in papers}) == 72
    by_title = {p.title: p for p in papers}
    mathscale = by_title["MathScale: Scaling Instruction Tuning for Mathematical Reasoning"]
    assert "MwpBench" in mathscale.abstract and "{\\sc" not in mathscale.abstract
    assert "42.9%" in mathscale.abstract
    assert "Mélange" in "".join(p.abstract for p in papers)


def test_example_ids_are_stable_across_runs() -> None:
    a, _ = _read(EXAMPLE)
    b, _ = _read(EXAMPLE)
    assert [p.id for p in a] == [p.id for p in b]
    # pinned: the id is a pure function of the title (sha256 of the normalised title)
    assert a[0].id == "title:4282f25596e180c0"


def test_crlf_wrapped_lines_and_repeated_headers(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    # wrap every long line at ~70 characters, and paste a second day's page header in the middle
    wrapped = []
    for block in blocks:
        words, lines, cur = block.split(" "), [], ""
        for w in words:
            # (no break after a word ending in "-": "memory-\npower" is ambiguous by nature)
            if len(cur) + len(w) > 70 and cur and not cur.endswith("-"):
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        lines.append(cur)
        wrapped.append("\n".join(lines))
    mid = 5 + 2 * 30
    wrapped = (
        wrapped[:mid] + HEADER.replace("Mar 28", "Mar 27").strip().split("\n\n") + wrapped[mid:]
    )
    path = tmp_path / "page.txt"
    path.write_bytes("\r\n\r\n".join(wrapped).replace("\n", "\r\n").encode("utf-8"))
    papers, stats = _read(path)
    original, _ = _read(EXAMPLE)
    assert stats.skipped == 0
    assert [p.title for p in papers] == [p.title for p in original]
    assert [p.abstract for p in papers] == [p.abstract for p in original]
    assert [p.id for p in papers] == [p.id for p in original]


def test_title_without_abstract_is_skipped_with_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        HEADER
        + "A Lonely Title\n\n"
        + "Real Title: Something\n\nWe propose a method. It works well on GSM8K.\n\n"
        + "Another Title\n\nThis abstract has two\nwrapped lines and a hyphen-\nated word.\n\n"
        + "Trailing Title With No Abstract\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        papers, stats = _read(path)
    assert [p.title for p in papers] == ["Real Title: Something", "Another Title"]
    assert papers[1].abstract == "This abstract has two wrapped lines and a hyphenated word."
    assert stats.skipped == 2
    assert f"{path}:line 11" in caplog.text and "A Lonely Title" in caplog.text
    assert "Trailing Title With No Abstract" in caplog.text
    with pytest.raises(RecordError, match="line 11"):
        list(read_papers([path], strict=True))


def test_multi_paragraph_abstract_and_orphan_text(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        "This paragraph is long prose without any title before it. It should be skipped.\n\n"
        "Title One\n\nFirst paragraph of the abstract. More.\n\nSecond paragraph. End.\n\n"
        "Title Two?\n\nShort abstract.\n",
        encoding="utf-8",
    )
    papers, stats = _read(path)
    assert [p.title for p in papers] == ["Title One", "Title Two?"]
    assert papers[0].abstract.endswith("Second paragraph. End.")
    assert stats.skipped == 1


def test_latex_in_page_text(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        "{\\sc MwpBench}: A Benchmark\n\n"
        "We evaluate on {\\sc MwpBench} with $\\alpha=0.5$ and reach 80\\% in $O(n^2)$ time.\n",
        encoding="utf-8",
    )
    (paper,) = _read(path)[0]
    assert paper.title == "MwpBench: A Benchmark"
    assert paper.abstract == "We evaluate on MwpBench with α=0.5 and reach 80% in O(n^2) time."


@pytest.mark.parametrize(
    "line", ["new", "Subscribe", "Mar 28", "March 3, 2024", "byAK and the research community"]
)
def test_junk_lines(line: str) -> None:
    assert is_junk_line(line)


def test_title_heuristics() -> None:
    assert is_title_like(
        "Can 1B LLM Surpass 405B LLM? Rethinking Compute-Optimal Test-Time Scaling"
    )
    assert is_title_like("Pointer Networks")
    assert not is_title_like("We propose X. It works.")
    assert not is_title_like("Withdrawn.")


def test_examples_directory_reads_only_the_page(tmp_path: Path) -> None:
    stats = ReadStats()
    papers = list(read_papers([EXAMPLE.parent], stats=stats))  # README.md is not an input
    assert len(papers) == 72 and stats.files == 1


def test_titles_glued_to_their_abstracts(tmp_path: Path) -> None:
    """Some copies of the page lose the blank line between a title and its abstract."""
    original, _ = _read(EXAMPLE)
    blocks = EXAMPLE.read_text(encoding="utf-8").split("\n\n")
    header, pairs = blocks[:5], blocks[5:]
    glued = ["\n".join(pairs[i : i + 2]).strip() for i in range(0, len(pairs), 2)]
    path = tmp_path / "glued.txt"
    path.write_text("\n\n".join(header + glued) + "\n", encoding="utf-8")
    papers, stats = _read(path)
    assert stats.skipped == 0
    assert [p.title for p in papers] == [p.title for p in original]
    assert [p.abstract for p in papers] == [p.abstract for p in original]


def test_wrapped_abstract_first_line_is_not_a_glued_title(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        "A Proper Title\n\n"
        "We present a novel approach to approximate the solution of large,\n"
        "Sparse systems. It works.\n\n"
        "Second paragraph of the same abstract using\n"
        "GPT-4 as a judge. More text here.\n",
        encoding="utf-8",
    )
    (paper,) = _read(path)[0]
    assert paper.title == "A Proper Title" and paper.abstract.endswith("More text here.")
