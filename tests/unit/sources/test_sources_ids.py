"""Stable ids: arXiv (no version) > DOI (normalised) > title hash."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.sources import make_paper_id, normalize_doi, parse_arxiv_id, title_hash
from kg.sources.ids import arxiv_id_from_doi, is_scheme_id, title_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2401.12345v2", "2401.12345"),
        ("2401.12345", "2401.12345"),
        ("0704.0001", "0704.0001"),
        ("arXiv:2401.12345v1", "2401.12345"),
        ("https://arxiv.org/abs/2401.12345v3", "2401.12345"),
        ("http://arxiv.org/pdf/2401.12345v3.pdf", "2401.12345"),
        ("hep-th/9901001v1", "hep-th/9901001"),
        ("http://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001"),
        ("math.GT/0309136", "math/0309136"),
        ("cond-mat/0102536v2", "cond-mat/0102536"),
        ("not an id", None),
        ("12345", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_arxiv_id(raw: str | None, expected: str | None) -> None:
    assert parse_arxiv_id(raw) == expected


def test_doi() -> None:
    assert normalize_doi("https://doi.org/10.1145/ABC.123") == "10.1145/abc.123"
    assert normalize_doi("doi:10.1000/XYZ") == "10.1000/xyz"
    assert normalize_doi("http://dx.doi.org/10.1000/x") == "10.1000/x"
    assert normalize_doi("nonsense") is None
    assert arxiv_id_from_doi("10.48550/arxiv.2402.14830") == "2402.14830"


def test_make_paper_id_priority() -> None:
    assert make_paper_id(arxiv_id="2401.12345", doi="10.1/x", title="T") == "arxiv:2401.12345"
    assert make_paper_id(arxiv_id=None, doi="10.1/x", title="T") == "doi:10.1/x"
    pid = make_paper_id(arxiv_id=None, doi=None, title="Pointer Networks")
    assert pid == f"title:{title_hash('Pointer Networks')}" and len(pid) == 22
    assert is_scheme_id(pid) and is_scheme_id("arxiv:hep-th/9901001")
    assert not is_scheme_id("42") and not is_scheme_id("title:xyz")


def test_title_hash_ignores_case_punctuation_and_width() -> None:
    assert title_key("  Pointer   NETWORKS! ") == "pointer networks"
    assert title_hash("Pointer Networks") == title_hash("pointer-networks")
    assert title_hash("Ｐｏｉｎｔｅｒ Networks") == title_hash("Pointer Networks")  # NFKC
    assert title_hash("Pointer Networks") != title_hash("Pointer Network")


def test_ids_identical_in_a_fresh_interpreter() -> None:
    code = (
        "from kg.sources import title_hash; print(title_hash('Orca-Math: Unlocking the "
        "potential of SLMs in Grade School Math'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    ).stdout.strip()
    assert out == title_hash("Orca-Math: Unlocking the potential of SLMs in Grade School Math")
    assert out == "3ccd71d8bcebd89e"  # pinned: same on every machine
