"""Curated, verified links: the knowledge-base maintainer's own facts.

``kg/kb/curated_links.tsv`` lists, one row per line, an entity (type and name) and one
external IRI that was checked by hand against the dataset's official repository or page,
with the kind of id and the evidence (where it was verified and the sentence that names the
dataset). ``python -m kg.kb.build`` turns the file into ``kg/kb/data/curated.jsonl``
(source ``kg-curated``, licence Apache-2.0, this project's own). The rows are *link-only*:
they give ``same_as`` to an entity the rules or the other sources know and never start a
mention themselves.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from kg.errors import ConfigError

CURATED_SOURCE = "kg-curated"
CURATED_LICENCE = "Apache-2.0"  # this project's licence: our own facts
CURATED_FILE = "curated_links.tsv"
TYPES = ("Dataset", "Metric", "Task", "Method", "Model")
ID_KINDS = ("repository", "homepage", "paper", "huggingface")
COLUMNS = ("type", "name", "iri", "id_kind", "evidence")
_IRI = re.compile(r"https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:/[^\s<>\"'{}|\\^`]*)?")


def _error(where: str, msg: str) -> ConfigError:
    return ConfigError(f"{where}: {msg}")


def parse_curated(text: str, origin: str = CURATED_FILE) -> list[dict[str, Any]]:
    """The rows of a curated-links file, checked: five tab-separated columns, a known type
    and id kind, a well-formed https IRI, non-empty evidence, no (type, name, IRI) twice.
    A bad line raises :class:`kg.errors.ConfigError` naming ``origin:line``."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != len(COLUMNS):
            raise _error(where, f"expected {len(COLUMNS)} tab-separated columns, got {len(cols)}")
        type_, name, iri, kind, evidence = cols
        if type_ not in TYPES:
            raise _error(where, f"unknown type {type_!r} (one of {', '.join(TYPES)})")
        if not name:
            raise _error(where, "empty name")
        if not _IRI.fullmatch(iri):
            raise _error(where, f"not a well-formed https IRI: {iri!r}")
        if kind not in ID_KINDS:
            raise _error(where, f"unknown id_kind {kind!r} (one of {', '.join(ID_KINDS)})")
        if not evidence:
            raise _error(where, "empty evidence (where the IRI was verified)")
        key = (type_, name.lower(), iri)
        if key in seen:
            raise _error(where, f"duplicate row for {type_} {name!r} {iri}")
        seen.add(key)
        rows.append(
            {
                "aliases": [],
                "broader": [],
                "description": "",
                "evidence": evidence,
                "ext": [],
                "flags": ["link_only"],
                "id_kind": kind,
                "licence": CURATED_LICENCE,
                "name": " ".join(name.split()),
                "same_as": [iri],
                "source": CURATED_SOURCE,
                "type": type_,
            }
        )
    return rows


def curated_rows() -> list[dict[str, Any]]:
    """The rows of the packaged ``kg/kb/curated_links.tsv``."""
    text = (resources.files("kg.kb") / CURATED_FILE).read_text(encoding="utf-8")
    return parse_curated(text)


__all__ = [
    "CURATED_LICENCE",
    "CURATED_SOURCE",
    "ID_KINDS",
    "curated_rows",
    "parse_curated",
]
