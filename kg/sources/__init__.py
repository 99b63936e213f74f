"""Readers: paper abstracts from the files researchers actually have → :class:`kg.models.Paper`.

Formats (``FORMATS``): ``page`` (text of a "trending papers" page), ``jsonl``, ``json``
(array or ``{"papers": [...]}``), ``csv``/``tsv`` (header row), ``atom`` (arXiv API
responses, parsed with defusedxml), ``arxiv`` (the arXiv metadata snapshot JSONL). Our own
``kg ingest`` output is Paper JSONL and reads back unchanged.

De-duplication (see :mod:`kg.sources.dedup`): by default (``merge=True``) the same paper
from several inputs — same arXiv id, same DOI, or same normalised title when ids do not
contradict — becomes one Paper, empty fields filled from later copies (first non-empty value
wins) and the id recomputed from the merged fields. Merging needs every paper before the
first can be yielded, so papers come out after all inputs are read; memory stays flat
because beyond 5,000 papers the store spills to a temporary SQLite file (disk O(papers)).
``merge=False`` streams instead: each paper is yielded at once, later copies with the same
id are dropped and counted (seen ids spill to SQLite beyond 100,000).

Bad records are skipped with a warning ``kg.sources`` logs as ``FILE:line N: why`` (or
``record N`` / ``entry N``), counted in :class:`ReadStats`; ``strict=True`` raises
:class:`kg.errors.RecordError` (exit 4) at the first one. A file that cannot be read at all
(missing, binary, unsafe XML, empty with an unknown extension) raises
:class:`kg.errors.InputError` (exit 3).

Public API::

    read_papers(inputs, fmt=None, *, strict=False, stats=None, field_map=None, merge=True)
    ReadStats, FORMATS, normalize_text, make_paper_id, parse_arxiv_id, normalize_doi,
    title_hash, write_papers, paper_to_json, parse_field_map
"""

from __future__ import annotations

from kg.sources.base import ReadStats
from kg.sources.detect import FORMATS
from kg.sources.ids import make_paper_id, normalize_doi, parse_arxiv_id, title_hash
from kg.sources.reader import read_papers
from kg.sources.records import parse_field_map
from kg.sources.text import normalize_text
from kg.sources.writer import paper_to_json, write_papers

__all__ = [
    "FORMATS",
    "ReadStats",
    "make_paper_id",
    "normalize_doi",
    "normalize_text",
    "paper_to_json",
    "parse_arxiv_id",
    "parse_field_map",
    "read_papers",
    "title_hash",
    "write_papers",
]
