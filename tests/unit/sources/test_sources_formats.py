"""Every reader, and the round trip of all five formats through `kg ingest`."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import ConfigError, InputError
from kg.models import Paper
from kg.sources import ReadStats, parse_field_map, read_papers

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "hf-trending-papers.txt"

ATOM_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title type="html">ArXiv Query: search_query=all:gsm8k</title>
  <id>http://arxiv.org/api/abc</id>
  <entry>
    <id>http://arxiv.org/abs/2402.14830v2</id>
    <published>2024-02-16T18:54:11Z</published>
    <title>Orca-Math: Unlocking the potential of SLMs in Grade School
  Math</title>
    <summary>  Mathematical word problem-solving has long been recognized as a com-
plex task for small language models (SLMs). We reach 86.81\\% on {\\sc GSM8k}.
</summary>
    <author><name>Arindam Mitra</name></author>
    <author><name>Hamed Khanpour</name></author>
    <arxiv:doi>10.48550/arXiv.2402.14830</arxiv:doi>
    <link href="http://arxiv.org/abs/2402.14830v2" rel="alternate" type="text/html"/>
    <arxiv:primary_category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.AI" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/hep-th/9901001v1</id>
    <published>1999-01-04T00:00:00Z</published>
    <title>An old paper</title>
    <summary>Old style ids still work.</summary>
    <author><name>A. Author</name></author>
  </entry>
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>
    <title>Error</title>
    <summary>incorrect id format for 1234</summary>
  </entry>
</feed>
"""

SNAPSHOT = [
    {
        "id": "0704.0001",
        "submitter": "Pavel Nadolsky",
        "authors": "C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",
        "title": (
            "Calculation of prompt diphoton production cross sections at Tevatron and\n"
            "  LHC energies"
        ),
        "comments": "37 pages",
        "journal-ref": "Phys.Rev.D76:013009,2007",
        "doi": "10.1103/PhysRevD.76.013009",
        "abstract": (
            "  A fully differential calculation in perturbative quantum chromodynamics is\n"
            "presented for the production of massive photon pairs at hadron colliders.\n"
        ),
        "categories": "hep-ph",
        "versions": [
            {"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"},
            {"version": "v2", "created": "Tue, 24 Jul 2007 20:10:27 GMT"},
        ],
        "update_date": "2008-11-13",
        "authors_parsed": [["Balázs", "C.", ""], ["Berger", "E. L.", ""], ["Yuan", "C. -P.", ""]],
    },
    {
        "id": "math/0309136",
        "title": "An old-style id",
        "abstract": "Some $\\alpha$ maths.",
        "categories": "math.GT math.AG",
        "versions": [{"version": "v1", "created": "Mon, 8 Sep 2003 17:13:10 GMT"}],
        "update_date": "2009-10-31",
        "authors_parsed": [["Doe", "Jane", "Jr"]],
        "doi": None,
    },
]


def write_jsonl(path: Path) -> Path:
    rows = [
        {"heading": "Pointer Networks", "summary": "We introduce a new architecture.",
         "arxiv": "1506.03134v2", "authors": ["Oriol Vinyals", "Meire Fortunato"],
         "date": "2015-06-09"},
        {"heading": "A DOI paper", "summary": "It has a DOI.", "doi": "https://doi.org/10.1000/ABC",
         "authors": "A. One, B. Two and C. Three", "tags": "cs.LG cs.AI"},
        {"heading": "Only a title hash", "summary": "No ids at all."},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def write_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "abstract", "authors", "published", "url"])
        w.writerow(["2401.00001", "CSV paper", "Line one,\nline two with \"quotes\".",
                    "Ann Lee; Bo Chen", "2024-01-02", "https://example.org/p"])  # fmt: skip
        w.writerow(["", "Second CSV paper", "Abstract two.", "", "", ""])
    return path


def write_atom(path: Path) -> Path:
    path.write_text(ATOM_FEED, encoding="utf-8")
    return path


def write_snapshot(path: Path) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in SNAPSHOT) + "\n", encoding="utf-8")
    return path


def _read(path: Path | str, **kw: object) -> tuple[list[Paper], ReadStats]:
    stats = ReadStats()
    return list(read_papers([path], stats=stats, **kw)), stats  # type: ignore[arg-type]


def test_jsonl_with_field_map(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl")
    papers, stats = _read(path, field_map=parse_field_map(["title=heading"]))
    assert stats.read == 3 and stats.skipped == 0
    p0, p1, p2 = papers
    assert p0.id == "arxiv:1506.03134" and p0.arxiv_id == "1506.03134"
    assert p0.abstract == "We introduce a new architecture."  # "summary" alias
    assert p0.published == dt.date(2015, 6, 9) and p0.authors == [
        "Oriol Vinyals",
        "Meire Fortunato",
    ]
    assert p1.id == "doi:10.1000/abc" and p1.authors == ["A. One", "B. Two", "C. Three"]
    assert p1.source is not None and p1.source.line == 2
    assert p2.id.startswith("title:")
    # without the map the titles are missing: every record is skipped, nothing crashes
    papers, stats = _read(path)
    assert papers == [] and stats.skipped == 3


def test_field_map_errors() -> None:
    with pytest.raises(ValueError, match="FIELD=KEY"):
        parse_field_map(["title"])
    with pytest.raises(ValueError, match="unknown field"):
        parse_field_map(["colour=red"])
    with pytest.raises(ConfigError):
        list(read_papers([EXAMPLE], field_map={"colour": "x"}))


def test_json_array_and_object(tmp_path: Path) -> None:
    rows = [{"title": f"T{i}", "abstract": f"A{i}.", "id": f"2401.0000{i}"} for i in range(3)]
    arr = tmp_path / "a.json"
    arr.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    papers, _ = _read(arr)
    assert [p.id for p in papers] == ["arxiv:2401.00000", "arxiv:2401.00001", "arxiv:2401.00002"]
    assert papers[1].source is not None and papers[1].source.record == 2
    obj = tmp_path / "o.json"
    obj.write_text(json.dumps({"papers": rows}, indent=1), encoding="utf-8")
    assert [p.id for p in _read(obj)[0]] == [p.id for p in papers]
    single = tmp_path / "s.json"
    single.write_text(json.dumps(rows[0], indent=1), encoding="utf-8")
    assert [p.id for p in _read(single)[0]] == ["arxiv:2401.00000"]


def test_json_array_streams_big_records(tmp_path: Path) -> None:
    big = "word " * 50_000  # 250 kB per record: several buffer refills
    rows = [{"title": f"T{i}", "abstract": big + str(i)} for i in range(5)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    papers, _ = _read(path)
    assert len(papers) == 5 and papers[4].abstract.endswith("word 4")


def test_csv(tmp_path: Path) -> None:
    papers, stats = _read(write_csv(tmp_path / "in.csv"))
    assert stats.skipped == 0
    assert papers[0].id == "arxiv:2401.00001"
    assert papers[0].abstract == 'Line one, line two with "quotes".'
    assert papers[0].authors == ["Ann Lee", "Bo Chen"]
    assert papers[0].source is not None and papers[0].source.line == 2
    assert papers[1].source is not None and papers[1].source.line == 4  # multi-line cell above
    assert papers[1].id.startswith("title:")


def test_tsv(tmp_path: Path) -> None:
    path = tmp_path / "in.tsv"
    path.write_text("title\tabstract\nA title\tAn abstract.\n", encoding="utf-8")
    assert [p.title for p in _read(path)[0]] == ["A title"]


def test_atom(tmp_path: Path) -> None:
    papers, stats = _read(write_atom(tmp_path / "feed.xml"))
    assert stats.skipped == 1  # the API's error entry
    orca, old = papers
    assert orca.id == "arxiv:2402.14830" and orca.doi == "10.48550/arxiv.2402.14830"
    assert orca.title == "Orca-Math: Unlocking the potential of SLMs in Grade School Math"
    assert orca.abstract.startswith("Mathematical word problem-solving has long been recognized")
    assert "a complex task" in orca.abstract and "86.81% on GSM8k." in orca.abstract
    assert orca.categories == ["cs.CL", "cs.AI"] and orca.published == dt.date(2024, 2, 16)
    assert orca.authors == ["Arindam Mitra", "Hamed Khanpour"]
    assert old.id == "arxiv:hep-th/9901001"


def test_arxiv_snapshot(tmp_path: Path) -> None:
    # the public snapshot is JSON Lines even though it is named .json
    path = write_snapshot(tmp_path / "arxiv-metadata-oai-snapshot.json")
    papers, _ = _read(path)
    p, old = papers
    assert p.id == "arxiv:0704.0001" and p.doi == "10.1103/physrevd.76.013009"
    assert p.published == dt.date(2007, 4, 2)  # v1 created, not update_date
    assert p.authors == ["C. Balázs", "E. L. Berger", "C. -P. Yuan"]
    assert p.categories == ["hep-ph"]
    assert p.title.endswith("Tevatron and LHC energies")
    assert old.id == "arxiv:math/0309136" and old.categories == ["math.GT", "math.AG"]
    assert old.authors == ["Jane Doe Jr"] and old.abstract == "Some α maths."
    assert [x.id for x in _read(path, fmt="arxiv")[0]] == [p.id, old.id]


def test_directory_and_gzip(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    write_csv(d / "b.csv")
    write_atom(d / "a.xml")
    (d / "notes.bin").write_bytes(b"\x00\x01")  # unsupported extension: ignored
    (d / ".hidden.jsonl").write_text("garbage", encoding="utf-8")
    with gzip.open(d / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "Gz", "abstract": "Compressed."}) + "\n")
    papers, stats = _read(d)
    assert stats.files == 3
    assert [p.title for p in papers][:2] == [
        "Orca-Math: Unlocking the potential of SLMs in Grade School Math",
        "An old paper",
    ]
    assert papers[-1].title == "Gz"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    data = json.dumps({"title": "From stdin", "abstract": "Piped."}).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (p,) = _read("-")[0]
    assert p.title == "From stdin" and p.source is not None and p.source.file == "-"


def test_format_override_and_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "papers.data"
    path.write_text("title,abstract\nT,A.\n", encoding="utf-8")
    assert [p.title for p in _read(path, fmt="csv")[0]] == ["T"]
    assert [p.title for p in _read(path)[0]] == ["T"]  # sniffed: a CSV header row
    # forced: read as page text, a title line glued to a one-line "abstract"
    assert [(p.title, p.abstract) for p in _read(path, fmt="page")[0]] == [
        ("title,abstract", "T,A.")
    ]
    with pytest.raises(InputError, match="unknown input format"):
        _read(path, fmt="docx")


WRITERS = {
    "page": lambda d: d / "hf.txt",
    "jsonl": lambda d: write_jsonl(d / "in.jsonl"),
    "csv": lambda d: write_csv(d / "in.csv"),
    "atom": lambda d: write_atom(d / "feed.atom"),
    "arxiv": lambda d: write_snapshot(d / "snap.json"),
}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_round_trip_through_kg_ingest(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hf.txt").write_bytes(EXAMPLE.read_bytes())
    src = WRITERS[fmt](tmp_path)
    extra = ["--field", "title=heading"] if fmt == "jsonl" else []
    out1, out2, out3 = tmp_path / "o1.jsonl", tmp_path / "o2.jsonl", tmp_path / "o3.jsonl"
    assert main(["ingest", str(src), "-o", str(out1), *extra]) == 0
    err = capsys.readouterr().err
    assert "kg ingest: 1 file," in err
    assert ("0 skipped" in err) == (fmt != "atom")  # the feed has one API error entry
    assert main(["ingest", str(out1), "-o", str(out2)]) == 0  # read back our own output
    assert out2.read_bytes() == out1.read_bytes()
    assert main(["ingest", str(src), "-o", str(out3), *extra]) == 0  # ids identical across runs
    assert out3.read_bytes() == out1.read_bytes()
    direct = list(read_papers([src], field_map=parse_field_map(extra[1:])))
    back = list(read_papers([out1]))
    assert back == direct and len(back) >= 2


def test_ingest_stdout_and_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(EXAMPLE)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 72 and json.loads(lines[0])["id"].startswith("title:")
    assert "1 file, 72 papers (72 records read, 0 skipped, 0 duplicates)" in captured.err
