"""The curated, verified links (kg/kb/curated_links.tsv → kg/kb/data/curated.jsonl)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import ConfigError
from kg.kb import SOURCE_ORDER, build_kb, load_kb
from kg.kb import build as kb_build
from kg.kb.curated import CURATED_SOURCE, ID_KINDS, curated_rows, parse_curated

DATA = Path(kb_build.__file__).resolve().parent / "data"
TSV = Path(kb_build.__file__).resolve().parent / "curated_links.tsv"
HEADER = "#type\tname\tiri\tid_kind\tevidence\n"


def _lines() -> list[tuple[int, list[str]]]:
    out = []
    for n, line in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((n, line.split("\t")))
    return out


def test_every_curated_row_is_well_formed() -> None:
    rows = _lines()
    assert len(rows) >= 20
    seen: set[tuple[str, str]] = set()
    for n, cols in rows:
        where = f"curated_links.tsv:{n}"
        assert len(cols) == 5, where
        type_, name, iri, kind, evidence = cols
        assert re.fullmatch(r"https://[\w.-]+\.[a-z]{2,}(/\S*)?", iri), where
        assert kind in ID_KINDS, where
        # the evidence names the page it was checked on and quotes it
        assert evidence.strip() and "'" in evidence, where
        if kind in ("repository", "paper", "huggingface") and iri.startswith("https://github.com/"):
            assert iri.removeprefix("https://") in evidence, where  # verified on that repository
        assert (type_, name.lower()) not in seen, f"{where}: duplicate"
        seen.add((type_, name.lower()))
    assert HEADER in TSV.read_text(encoding="utf-8")  # the documented header


def test_every_curated_name_resolves_to_the_entity_carrying_its_iri() -> None:
    kb = load_kb()
    without = build_kb([s for s in SOURCE_ORDER if s != "curated"])
    for row in curated_rows():
        ent = kb.lookup(row["name"], row["type"])
        assert ent is not None, row["name"]
        assert row["same_as"][0] in ent.same_as, row["name"]
        assert CURATED_SOURCE in ent.sources, row["name"]
        before = without.lookup(row["name"], row["type"])
        if before is not None:  # joins the entity the KB already had, same id
            assert ent.id == before.id, row["name"]
        else:  # a new entity: link-only, it never starts a mention
            assert ent.link_only, row["name"]


def test_curated_data_file_is_in_sync_with_the_tsv() -> None:
    fresh = kb_build._dump(curated_rows())
    assert (DATA / "curated.jsonl").read_text(encoding="utf-8") == fresh
    for line in fresh.splitlines():
        row = json.loads(line)
        assert row["flags"] == ["link_only"] and row["licence"] == "Apache-2.0"
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert f"| curated.jsonl | {CURATED_SOURCE} (kg/kb/curated_links.tsv) | Apache-2.0 |" in sources


def test_curated_source_writes_the_data_file(tmp_path: Path) -> None:
    line = kb_build.curated_source(tmp_path)
    assert (tmp_path / "curated.jsonl").read_bytes() == (DATA / "curated.jsonl").read_bytes()
    assert line.endswith(f"| {len(curated_rows())} |")


GOOD = "Dataset\tFFHQ\thttps://github.com/NVlabs/ffhq-dataset\trepository\tREADME.md: 'FFHQ'"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Dataset\tFFHQ\thttps://github.com/NVlabs/ffhq-dataset\trepository", "5 tab-separated"),
        ("Datasets\tFFHQ\thttps://x.org/a\trepository\tseen", "unknown type"),
        ("Dataset\tFFHQ\thttp://github.com/NVlabs/ffhq-dataset\trepository\tseen", "https IRI"),
        ("Dataset\tFFHQ\thttps://github.com/a b\trepository\tseen", "https IRI"),
        ("Dataset\tFFHQ\thttps://github.com/NVlabs/ffhq-dataset\twebsite\tseen", "id_kind"),
        ("Dataset\tFFHQ\thttps://github.com/NVlabs/ffhq-dataset\trepository\t ", "evidence"),
        ("Dataset\t \thttps://github.com/NVlabs/ffhq-dataset\trepository\tseen", "empty name"),
        (GOOD, "duplicate"),
    ],
)
def test_a_bad_curated_line_names_file_and_line(line: str, message: str) -> None:
    text = f"# comment\n{GOOD}\n\n{line}\n"
    with pytest.raises(ConfigError, match=rf"^links\.tsv:4: .*{message}"):
        parse_curated(text, "links.tsv")


def test_a_good_curated_file_parses() -> None:
    rows = parse_curated(f"# c\n{GOOD}\n", "links.tsv")
    assert [r["name"] for r in rows] == ["FFHQ"]
    assert rows[0]["same_as"] == ["https://github.com/NVlabs/ffhq-dataset"]
    assert rows[0]["source"] == CURATED_SOURCE and rows[0]["id_kind"] == "repository"
