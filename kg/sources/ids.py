"""Stable paper ids: ``arxiv:ID`` (no version), else ``doi:DOI`` (lower-case), else ``title:HASH``.

The same paper gets the same id on every run and every machine: ids depend only on the
record's content, never on file names, order or time.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

ID_PREFIXES = ("arxiv:", "doi:", "title:")

# New-style ids (2007-04 on): YYMM.NNNN or YYMM.NNNNN, optional version.
_NEW_ARXIV = re.compile(r"(?<![\w.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\w.])")
# Old-style ids: archive[.SUBJECT]/YYMMNNN, optional version (hep-th/9901001v1, math.GT/0309136).
_OLD_ARXIV = re.compile(r"(?<![\w.-])([a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z]{2})?/(\d{7})(?:v\d+)?(?!\w)")
_ARXIV_PREFIX = re.compile(
    r"^\s*(?:arxiv:|(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/)",
    re.IGNORECASE,
)
_DOI_PREFIX = re.compile(r"^\s*(?:doi:\s*|(?:https?://)?(?:dx\.)?doi\.org/)", re.IGNORECASE)
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)
_NON_ALNUM = re.compile(r"[\W_]+")


def parse_arxiv_id(value: str | None) -> str | None:
    """Return the version-less arXiv id in ``value`` (an id, ``arXiv:…`` or an abs/pdf URL).

    >>> parse_arxiv_id("2401.12345v2")
    '2401.12345'
    >>> parse_arxiv_id("http://arxiv.org/abs/hep-th/9901001v1")
    'hep-th/9901001'
    """
    if not value:
        return None
    text = _ARXIV_PREFIX.sub("", value.strip())
    if text.endswith(".pdf"):
        text = text[:-4]
    m = _NEW_ARXIV.fullmatch(text) or _NEW_ARXIV.match(text)
    if m and m.start() == 0:
        return m.group(1)
    m = _OLD_ARXIV.match(text.lower() if "/" in text else text)
    if m and m.start() == 0:
        return f"{m.group(1).lower()}/{m.group(2)}"
    return None


def normalize_doi(value: str | None) -> str | None:
    """``https://doi.org/10.1000/ABC`` → ``10.1000/abc``; anything that is not a DOI → None."""
    if not value:
        return None
    text = _DOI_PREFIX.sub("", value.strip()).strip().lower()
    return text if _DOI.match(text) else None


def arxiv_id_from_doi(doi: str | None) -> str | None:
    """arXiv-issued DOIs (``10.48550/arXiv.2401.12345``) carry the arXiv id."""
    if not doi:
        return None
    m = _ARXIV_DOI.match(doi)
    return parse_arxiv_id(m.group(1)) if m else None


def title_key(title: str) -> str:
    """NFKC, casefold, every run of non-alphanumerics → one space."""
    text = unicodedata.normalize("NFKC", title).casefold()
    # Keep non-ASCII letters/digits (e.g. "é", "α"): [\W_] is exactly "not str.isalnum()".
    return _NON_ALNUM.sub(" ", text).strip()


def title_hash(title: str) -> str:
    return hashlib.sha256(title_key(title).encode("utf-8")).hexdigest()[:16]


def make_paper_id(*, arxiv_id: str | None, doi: str | None, title: str) -> str:
    """The stable id: arXiv beats DOI beats title hash."""
    if arxiv_id:
        return f"arxiv:{arxiv_id}"
    if doi:
        return f"doi:{doi}"
    return f"title:{title_hash(title)}"


def is_scheme_id(value: object) -> bool:
    """True for ids already in our scheme (``arxiv:…``, ``doi:…``, ``title:<16 hex>``)."""
    if not isinstance(value, str):
        return False
    if value.startswith("title:"):
        return re.fullmatch(r"title:[0-9a-f]{16}", value) is not None
    if value.startswith("arxiv:"):
        return parse_arxiv_id(value[6:]) == value[6:]
    if value.startswith("doi:"):
        return normalize_doi(value[4:]) == value[4:]
    return False
