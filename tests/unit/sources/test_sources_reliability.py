"""Issue 18: no input loses good records (one test per reproduction)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from kg.cli import main
from kg.sources import ReadStats, read_papers, write_papers


def _read(paths: list[Path], **kw: object) -> tuple[list, ReadStats]:
    stats = ReadStats()
    return list(read_papers(paths, stats=stats, **kw)), stats  # type: ignore[arg-type]


def _errors(err: str) -> list[str]:
    assert "Traceback" not in err
    return [ln for ln in err.splitlines() if ln.startswith("kg: error:")]


def _rec(i: int) -> dict[str, str]:
    return {"title": f"Paper number {i}", "abstract": f"We study problem {i}."}


# --------------------------------------------------------------------- 1. JSON array
@pytest.mark.parametrize("indent", [None, 2])
def test_json_array_malformed_element_costs_only_that_element(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, indent: int | None
) -> None:
    items = [json.dumps(_rec(i), indent=indent) for i in range(1, 1001)]
    items[2] = items[2].replace('",', '"', 1)  # a missing comma inside element 3
    path = tmp_path / "papers.json"
    path.write_text("[\n" + ",\n".join(items) + "\n]\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        papers, stats = _read([path], merge=False)
    assert len(papers) == 999 and stats.skipped == 1
    assert [p.title for p in papers[:3]] == ["Paper number 1", "Paper number 2", "Paper number 4"]
    line = 2 + sum(item.count("\n") + 1 for item in items[:2])
    (message,) = stats.messages
    assert f"papers.json:record 3 (line {line})" in message and "malformed JSON" in message
    assert "truncated" not in caplog.text


def test_json_array_one_line_per_element_with_nested_objects(tmp_path: Path) -> None:
    recs = [{**_rec(i), "authors": [{"name": "A B"}, {"name": "C D"}]} for i in range(5)]
    lines = [json.dumps(r) for r in recs]
    lines[1] = lines[1].replace('"We', "We", 1)  # a quote removed in element 2
    path = tmp_path / "a.json"
    path.write_text("[" + ",\n".join(lines) + "]", encoding="utf-8")
    papers, stats = _read([path], merge=False)
    assert [p.title for p in papers] == [f"Paper number {i}" for i in (0, 2, 3, 4)]
    assert stats.skipped == 1 and "record 2 (line 2)" in stats.messages[0]


# --------------------------------------------------------------------- 2. --max-chars
def test_over_long_record_is_skipped_not_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = [_rec(1), {"title": "x" * 1_000_001, "abstract": "Huge."}, _rec(3)]
    rows.append({"title": "Big abstract", "abstract": "word " * 2_100_000})
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "ex.jsonl"
    with caplog.at_level(logging.WARNING):
        assert main(["extract", str(src), "-o", str(out)]) == 0
    got = [json.loads(ln)["paper"]["title"] for ln in out.read_text().splitlines()]
    assert got == ["Paper number 1", "Paper number 3"]
    err = caplog.text
    assert f"{src}:line 2: record too long" in err and f"{src}:line 4: record too long" in err
    # a higher documented limit lets a long (but spaCy-sized) record through
    mid = tmp_path / "mid.jsonl"
    mid.write_text(json.dumps({"title": "Long", "abstract": "word " * 30_000}) + "\n")
    assert main(["extract", str(mid), "-o", str(out)]) == 0
    assert out.read_text() == ""
    assert main(["extract", str(mid), "-o", str(out), "--max-chars", "200000"]) == 0
    assert len(out.read_text().splitlines()) == 1


def test_extraction_backstop_skips_text_over_spacy_max_length(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from kg.extract import extract_papers
    from kg.extract.pipeline import build_nlp
    from kg.models import Paper, SourceRef

    nlp = build_nlp()
    nlp.max_length = 1000
    papers = [
        Paper(id="title:0000000000000001", title="Short", abstract="Fine."),
        Paper(
            id="title:0000000000000002",
            title="Long",
            abstract="x " * 1000,
            source=SourceRef(file="f.jsonl", line=7),
        ),
    ]
    with caplog.at_level(logging.WARNING):
        out = list(extract_papers(papers, nlp=nlp))
    assert [e.paper.title for e in out] == ["Short"]
    assert "f.jsonl:7" in caplog.text


# --------------------------------------------------------------------- 3. lone surrogate
def test_lone_surrogate_is_replaced_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text(
        json.dumps(_rec(1))
        + "\n"
        + '{"title": "Bad \\ud800 title", "abstract": "Text \\udfff.", "authors": ["X\\ud800"]}\n',
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        papers, _ = _read([src])
    assert papers[1].title == "Bad \ufffd title" and papers[1].authors == ["X\ufffd"]
    assert f"{src}:line 2: lone UTF-16 surrogate" in caplog.text
    out = tmp_path / "o.jsonl"
    assert write_papers(papers, out) == 2  # serialises
    assert main(["ingest", str(src), "-o", str(out)]) == 0


# --------------------------------------------------------------------- 4. explicit ids
def test_distinct_explicit_ids_are_never_merged_by_title(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = [
        {"id": f"arxiv:24{1 + i // 100:02d}.{i:05d}", "title": "Introduction", "abstract": "A."}
        for i in range(648)
    ]
    src = tmp_path / "own.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        papers, stats = _read([src])
    assert len(papers) == 648 and stats.duplicates == 0
    assert stats.conflicts == 647
    assert f"{src}:2" in caplog.text and f"{src}:1" in caplog.text  # both locations


def test_same_id_with_a_different_title_is_merged_and_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    a = tmp_path / "a.jsonl"
    a.write_text(json.dumps({"id": "arxiv:2401.00001", "title": "One", "abstract": "A."}) + "\n")
    b = tmp_path / "b.jsonl"
    b.write_text(json.dumps({"arxiv_id": "2401.00001", "title": "Two", "abstract": "B."}) + "\n")
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        papers, stats = _read([a, b])
    assert [p.title for p in papers] == ["One"] and stats.duplicates == 1
    assert stats.conflicts == 1 and f"{a}:1" in caplog.text and f"{b}:1" in caplog.text


def test_record_without_id_still_merges_by_title(tmp_path: Path) -> None:
    src = tmp_path / "m.jsonl"
    rows = [{"id": "arxiv:2401.00001", "title": "Orca Math", "abstract": "A."}]
    rows.append({"title": "orca math", "abstract": "B.", "url": "https://x.org/1"})
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (paper,), stats = _read([src])
    assert paper.id == "arxiv:2401.00001" and paper.url == "https://x.org/1"
    assert stats.conflicts == 0


# --------------------------------------------------------------------- 5. bad file in a dir
def test_bad_file_in_a_directory_is_skipped_and_exit_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(_rec(1)) + "\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "c.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "aaaa">]><feed>&a;</feed>'
    )
    (folder / "d.jsonl").write_text(json.dumps(_rec(4)) + "\n", encoding="utf-8")
    out = tmp_path / "papers.jsonl"
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        assert main(["ingest", str(folder), "-o", str(out)]) == 3
    titles = [json.loads(ln)["title"] for ln in out.read_text().splitlines()]
    assert titles == ["Paper number 1", "Paper number 4"]
    err = capsys.readouterr().err
    (line,) = _errors(err)
    assert "2 input files skipped" in line and "b.txt" in line
    assert "b.txt" in caplog.text and "c.xml" in caplog.text  # each one is warned about
    papers, stats = _read([folder])
    assert len(papers) == 2 and stats.files_skipped == 2


# --------------------------------------------------------------------- 6. CSV quote
def test_unterminated_csv_quote_resynchronises(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    src = tmp_path / "p.csv"
    src.write_text(
        "title,abstract\n"
        '"First paper","It works."\n'
        '"Second paper,"It breaks.\n'
        '"Third paper","It works too."\n'
        "Fourth paper,Plain.\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        papers, stats = _read([src])
    assert [p.title for p in papers] == ["First paper", "Third paper", "Fourth paper"]
    assert [p.source.line for p in papers if p.source] == [2, 4, 5]
    assert stats.skipped == 1 and f"{src}:line 3" in caplog.text


def test_csv_quote_that_never_closes_is_bounded(tmp_path: Path) -> None:
    lines = ["title,abstract\n", '"Broken,"starts here\n']
    lines += [f"Paper {i},Abstract {i}.\n" for i in range(1500)]
    src = tmp_path / "long.csv"
    src.write_text("".join(lines), encoding="utf-8")
    papers, stats = _read([src], merge=False)
    assert len(papers) == 1500 and stats.skipped == 1
    assert "line 2" in stats.messages[0]


def test_legit_multiline_csv_cells_are_kept(tmp_path: Path) -> None:
    src = tmp_path / "ok.csv"
    src.write_text('title,abstract\nA,"Line one\nline ""two"" of it"\nB,"x"\n', encoding="utf-8")
    papers, stats = _read([src])
    assert [p.abstract for p in papers] == ['Line one line "two" of it', "x"]
    assert stats.skipped == 0


# --------------------------------------------------------------------- crashes
def test_deeply_nested_json_is_a_bad_record_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    deep = '{"a":' * 50_000 + "1" + "}" * 50_000
    for name, text in (("d.json", deep), ("e.json", "[" + deep + "]")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with caplog.at_level(logging.WARNING, logger="kg.sources"):
            assert main(["ingest", str(path)]) == 0
        assert "nested too deeply" in caplog.text
        assert main(["ingest", str(path), "--strict"]) == 4
        (line,) = _errors(capsys.readouterr().err)
        assert "nested too deeply" in line


def test_stdin_named_twice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import io
    import sys

    data = (json.dumps(_rec(1)) + "\n").encode()
    fake = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    out = tmp_path / "o.jsonl"
    assert main(["ingest", "-", "-", "-o", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 1


# --------------------------------------------------------------------- output integrity
def test_control_characters_never_reach_the_outputs(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl"
    rec = {
        "title": "Control\x01 title\x85 here",
        "abstract": "We use GSM8K\x0b and\x1f MATH\x7f.",
        "authors": ["A\x02 B"],
        "categories": ["cs.\x03CL"],
    }
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (p,), _ = _read([src])
    assert p.title == "Control title here" and p.abstract == "We use GSM8K and MATH."
    assert p.authors == ["A B"] and p.categories == ["cs.CL"]


def test_table_output_strips_control_characters() -> None:
    from kg.neo4j.queries import QueryResult, format_table

    table = format_table(QueryResult(columns=["t"], rows=[{"t": "a\x01b\x1b[31mred"}]))
    assert "\x01" not in table and "\x1b" not in table and "ab[31mred" in table


def test_error_messages_are_never_cut_mid_text() -> None:
    from kg.errors import brief

    reason = (
        "Couldn't connect to 127.0.0.1:7999 (resolved to ('127.0.0.1:7999',)): Failed to "
        "establish connection to ResolvedIPv4Address(('127.0.0.1', 7999)) "
        "(reason [Errno 111] Connection refused)"
    ) * 3
    text = brief(reason, 120)
    assert text.endswith("(reason [Errno 111] Connection refused)")
    assert "characters omitted" in text and len(text) < 200
    assert brief("short (x)") == "short (x)"


# --------------------------------------------------------------------- the same through kg build
@pytest.mark.slow
def test_build_survives_hostile_records_and_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import xml.etree.ElementTree as ET

    folder = tmp_path / "in"
    folder.mkdir()
    rows = [
        {"title": "Control\x01 char paper", "abstract": "We evaluate on GSM8K."},
        {"title": "Surrogate \ud800 paper", "abstract": "We use MATH."},
        {"title": "Huge", "abstract": "word " * 30_000},
        _rec(4),
    ]
    lines = [json.dumps(r) for r in rows]  # ensure_ascii: the surrogate stays an escape
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(bytes(range(256)) * 10)
    out = tmp_path / "out"
    code = main(["build", str(folder), "--no-load", "--out", str(out), "--max-chars", "50000"])
    err = capsys.readouterr().err
    assert code == 3, err
    (line,) = _errors(err)
    assert "1 input file skipped" in line and "b.txt" in line
    titles = [json.loads(ln)["paper"]["title"] for ln in (out / "extractions.jsonl").open()]
    assert titles == ["Control char paper", "Surrogate \ufffd paper", "Paper number 4"]
    root = ET.parse(out / "graph.graphml").getroot()  # well-formed XML
    assert "Control char paper" in ET.tostring(root, encoding="unicode")
    summary = json.loads((out / "summary.json").read_text())
    assert summary["read"]["files_skipped"] == 1 and summary["read"]["skipped"] == 1
