"""Bad input never crashes and never loses the good records."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError, RecordError
from kg.sources import ReadStats, read_papers

GOOD = {"title": "A good paper", "abstract": "It is fine."}


def _read(path: Path, **kw: object) -> tuple[list, ReadStats]:
    stats = ReadStats()
    return list(read_papers([path], stats=stats, **kw)), stats  # type: ignore[arg-type]


def _one_line_error(err: str, *needles: str) -> None:
    lines = [ln for ln in err.splitlines() if ln.startswith("kg: error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


def test_empty_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("e.jsonl", "e.txt", "e.csv", "e.json", "e.xml"):
        path = tmp_path / name
        path.write_bytes(b"")
        assert _read(path)[0] == []
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n  \n", encoding="utf-8")
    assert _read(blank)[0] == []
    unknown = tmp_path / "mystery"
    unknown.write_bytes(b"")
    with pytest.raises(InputError, match="empty file of unknown format"):
        _read(unknown)
    assert main(["ingest", str(unknown)]) == 3
    _one_line_error(capsys.readouterr().err, str(unknown))


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "paper.pdf.txt"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(InputError, match="binary"):
        _read(path)
    assert main(["ingest", str(path)]) == 3
    _one_line_error(capsys.readouterr().err, str(path), "binary")


def test_missing_file_and_directory_without_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(tmp_path / "nope.jsonl")]) == 3
    _one_line_error(capsys.readouterr().err, "nope.jsonl", "no such file")
    empty_dir = tmp_path / "d"
    empty_dir.mkdir()
    assert main(["ingest", str(empty_dir)]) == 3
    _one_line_error(capsys.readouterr().err, "no supported input files")


def test_truncated_jsonl_keeps_good_records(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + '{"title": "Cut", "abstr', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        papers, stats = _read(path)
    assert [p.title for p in papers] == ["A good paper"]
    assert stats.skipped == 1 and f"{path}:line 2" in caplog.text and "invalid JSON" in caplog.text
    with pytest.raises(RecordError, match="line 2"):
        _read(path, strict=True)


def test_truncated_json_array(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "t.json"
    text = json.dumps([GOOD, {**GOOD, "title": "Second"}, {**GOOD, "title": "Third"}], indent=1)
    path.write_text(text[: len(text) - 30], encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        papers, stats = _read(path)
    assert [p.title for p in papers] == ["A good paper", "Second"]
    assert stats.skipped == 1 and "record 3" in caplog.text and "truncated" in caplog.text
    missing_bracket = tmp_path / "m.json"
    missing_bracket.write_text(json.dumps([GOOD])[:-1], encoding="utf-8")
    papers, stats = _read(missing_bracket)
    assert len(papers) == 1 and stats.skipped == 1


def test_record_without_abstract_and_wrong_types(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "r.jsonl"
    rows = [
        {"title": "No abstract"},
        {"title": "Empty abstract", "abstract": "  "},
        [1, 2, 3],
        {"title": {"nested": True}, "abstract": "x"},
        {"title": "Bad date", "abstract": "x", "published": "someday"},
        {"title": "Bad authors", "abstract": "x", "authors": 42},
        GOOD,
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        papers, stats = _read(path)
    assert [p.title for p in papers] == ["A good paper"]
    assert stats.skipped == 6 and stats.read == 1
    assert f"{path}:line 1: record has no abstract" in caplog.text
    assert len(stats.messages) == 6


def test_strict_cli_exit_4_and_output_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps({"title": "x"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    assert main(["ingest", str(path), "-o", str(out), "--strict"]) == 4
    _one_line_error(capsys.readouterr().err, f"{path}:line 2", "no abstract")
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert not list(tmp_path.glob(".out.jsonl.*"))
    assert main(["ingest", str(path), "-o", str(out)]) == 0  # lenient: skip and go on
    assert "1 papers (1 records read, 1 skipped" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "A good paper"


def test_one_megabyte_abstract(tmp_path: Path) -> None:
    big = ("lorem ipsum dolor sit amet " * 40_000)[:1_000_000]
    jl = tmp_path / "big.jsonl"
    jl.write_text(json.dumps({"title": "Big", "abstract": big}) + "\n", encoding="utf-8")
    (p,) = _read(jl)[0]
    assert len(p.abstract) > 990_000
    cs = tmp_path / "big.csv"
    cs.write_text(f'title,abstract\nBig,"{big}"\n', encoding="utf-8")
    assert len(_read(cs)[0][0].abstract) > 990_000
    page = tmp_path / "big.txt"
    page.write_text(f"Big\n\n{big}.\n", encoding="utf-8")
    assert len(_read(page)[0][0].abstract) > 990_000


def test_latin1_and_bom_files(tmp_path: Path) -> None:
    latin = tmp_path / "l.txt"
    latin.write_bytes("Mélange: Serving\n\nCost efficient serving – naïve café.\n".encode("cp1252"))
    (p,) = _read(latin)[0]
    assert p.title == "Mélange: Serving" and p.abstract == "Cost efficient serving – naïve café."
    latin_csv = tmp_path / "l.csv"
    latin_csv.write_bytes("title,abstract\nCafé,Über alles.\n".encode("latin-1"))
    assert _read(latin_csv)[0][0].title == "Café"
    bom = tmp_path / "b.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"title": "Bom", "abstract": "é."}).encode())
    assert _read(bom)[0][0].abstract == "é."
    bom_csv = tmp_path / "b.csv"
    bom_csv.write_bytes("\ufefftitle,abstract\nT,A.\n".encode())
    assert _read(bom_csv)[0][0].title == "T"
    bom_page = tmp_path / "b.txt"
    bom_page.write_bytes("\ufeffnew\r\n\r\nTitle\r\n\r\nAbstract text.\r\n".encode())
    assert _read(bom_page)[0][0].title == "Title"
    utf16 = tmp_path / "u.jsonl"
    utf16.write_bytes(json.dumps({"title": "Sixteen", "abstract": "ü."}).encode("utf-16"))
    assert _read(utf16)[0][0].title == "Sixteen"


def test_xml_external_entity_is_not_resolved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    feed = tmp_path / "evil.xml"
    feed.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE feed [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry>
<id>http://arxiv.org/abs/2401.00001v1</id><title>Evil</title><summary>&xxe;</summary>
</entry></feed>""",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="unsafe XML"):
        _read(feed)
    out = tmp_path / "out.jsonl"
    assert main(["ingest", str(feed), "-o", str(out)]) == 3
    captured = capsys.readouterr()
    _one_line_error(captured.err, str(feed))
    assert "TOP-SECRET-VALUE" not in captured.out + captured.err
    assert not out.exists()


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    feed = tmp_path / "lol.atom"
    feed.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&lol2;</title></entry></feed>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="unsafe XML"):
        _read(feed)


def test_broken_xml(tmp_path: Path) -> None:
    feed = tmp_path / "broken.xml"
    feed.write_text("<feed><entry>", encoding="utf-8")
    with pytest.raises(InputError, match="not"):
        _read(feed)
    good_then_broken = tmp_path / "half.xml"
    good_then_broken.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><title>T</title>'
        "<summary>S.</summary></entry><entry><title>cut",
        encoding="utf-8",
    )
    papers, stats = _read(good_then_broken)
    assert [p.title for p in papers] == ["T"] and stats.skipped == 1


def test_bad_csv_rows(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "r.csv"
    path.write_text("title,abstract\nOnly one column\nT,A.\nT2,A2.,extra\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        papers, stats = _read(path)
    assert [p.title for p in papers] == ["T"] and stats.skipped == 2
    assert f"{path}:line 2" in caplog.text and f"{path}:line 4" in caplog.text


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    assert main(["ingest", str(path), "--field", "colour=red"]) == 2
    assert "unknown field 'colour'" in capsys.readouterr().err
    assert main(["ingest", str(path), "--field", "title"]) == 2
    assert main(["ingest", str(path), "--format", "docx"]) == 2
    assert "unknown input format" in capsys.readouterr().err


def test_many_bad_records_are_counted_not_all_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("not json\n" * 250 + json.dumps(GOOD) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        papers, stats = _read(path)
    assert len(papers) == 1 and stats.skipped == 250 and len(stats.messages) == 100
    assert len(caplog.records) == 101 and "further ones are only counted" in caplog.text
