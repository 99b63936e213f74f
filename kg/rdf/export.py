"""Streaming, deterministic RDF export of NodeRecord / EdgeRecord rows (Turtle, N-Triples, JSON-LD).

Everything is derived from the mapping table :mod:`kg.schema`: classes (plus their superclasses,
materialised as extra ``rdf:type`` triples), property predicates and datatypes, relationship
predicates and the provenance properties.

Every extracted fact (a Paper→entity relationship or ``REPORTS``) is also written as a
:class:`~kg.rdf.namespace.KG.Assertion` node (``kgr:assertion/<hash of type|source|target>``):
reified with ``rdf:subject/predicate/object``, ``prov:wasDerivedFrom`` the paper,
``prov:wasGeneratedBy`` an extraction activity (one per extractor version, associated with a
``prov:SoftwareAgent``), ``prov:generatedAtTime``, ``kg:confidence`` and ``kg:evidence`` → an
``oa:TextQuoteSelector`` with ``oa:exact``, ``oa:start``, ``oa:end``.

How it streams: statements are produced record by record, rendered once into one text line
each, into a bounded buffer; a full buffer is sorted and spilled to a temporary file; at the end
the sorted runs are merged in sorted batches (the merging itself done by ``list.sort``) and
written subject block by subject block, while a background thread gzips and writes the bytes.
Memory is bounded by the buffer size, whatever the size of the graph, and the output is sorted
(subjects, then ``rdf:type`` first and predicates by IRI, then objects) with a fixed prefix
block, so two dumps of the same graph are byte-identical (gzip is written with ``mtime=0``) and
two dumps of similar graphs diff cleanly.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import gzip
import hashlib
import itertools
import json
import logging
import os
import queue
import re
import tempfile
import threading
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from kg import __version__
from kg.atomic import atomic_open, sha256_file
from kg.errors import ExportError, InputError
from kg.models import EdgeRecord, NodeRecord
from kg.rdf.namespace import KG
from kg.schema import (
    NODES,
    PAPER_RELATIONSHIPS,
    PREFIXES,
    PROVENANCE_PROPS,
    RELATIONSHIPS,
    RESOURCE_NS,
    expand,
    label_of_id,
    node_iri,
)

log = logging.getLogger(__name__)

FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
MEDIA_TYPES: dict[str, str] = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}
SUFFIXES: dict[str, str] = {".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld"}

# Relationships whose facts become provenance assertion nodes.
ASSERTED_RELATIONSHIPS: tuple[str, ...] = (*PAPER_RELATIONSHIPS, "REPORTS")

# Prefixes written at the top of Turtle dumps / in the JSON-LD context, in this fixed order.
DUMP_PREFIXES: dict[str, str] = {k: v for k, v in PREFIXES.items() if k not in {"sh"}}


def check_base_iri(base_iri: str) -> str:
    """A base IRI for our resources: absolute http(s), ending in ``/`` or ``#``."""
    from urllib.parse import urlsplit

    from kg.errors import ConfigError

    parts = urlsplit(base_iri)
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or not base_iri.endswith(("/", "#"))
        or _IRI_BAD.search(base_iri)
    ):
        raise ConfigError(
            f"bad base IRI {base_iri!r}",
            hint="an absolute http(s) IRI ending in / or #, e.g. https://example.org/kg/resource/",
        )
    return base_iri


def resolve_base_iri(base_iri: str | None = None) -> str:
    """``base_iri``, else the configured one (``KG_BASE_IRI``), else :data:`RESOURCE_NS`."""
    if not base_iri:
        from kg.config import get_settings

        base_iri = get_settings().base_iri
    return check_base_iri(base_iri) if base_iri else RESOURCE_NS


def dump_prefixes(base_iri: str = RESOURCE_NS) -> dict[str, str]:
    """:data:`DUMP_PREFIXES` with ``kgr:`` bound to ``base_iri``."""
    return {k: (base_iri if k == "kgr" else v) for k, v in DUMP_PREFIXES.items()}


def rebase(statements: list[Statement], base_iri: str) -> list[Statement]:
    """Statements with every resource IRI moved from :data:`RESOURCE_NS` to ``base_iri``."""
    n = len(RESOURCE_NS)

    def move(iri: str) -> str:
        return base_iri + iri[n:] if iri.startswith(RESOURCE_NS) else iri

    return [
        (move(s), p, k, move(v) if k == "I" else v, d) for s, p, k, v, d in statements
    ]

RDF_TYPE = expand("rdf:type")
XSD = PREFIXES["xsd"]
XSD_STRING = XSD + "string"
XSD_DECIMAL = XSD + "decimal"
XSD_BOOLEAN = XSD + "boolean"
_INTEGER_TYPES = {XSD + t for t in ("integer", "nonNegativeInteger", "int", "long")}

DEFAULT_BUFFER = 100_000  # statements held in memory before a sorted run is spilled to disk

# One statement: (subject IRI, "0"/"1" + predicate IRI, kind "I"/"L", value, datatype IRI).
Statement = tuple[str, str, str, str, str]


@dataclass
class ExportStats:
    """What an export wrote."""

    path: Path
    format: str
    triples: int = 0
    subjects: int = 0
    nodes: int = 0
    edges: int = 0
    assertions: int = 0
    nodes_by_label: dict[str, int] = field(default_factory=dict)
    edges_by_type: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    dropped: int = 0
    bytes: int = 0
    sha256: str = ""
    void_path: Path | None = None
    spilled_runs: int = 0
    base_iri: str = RESOURCE_NS

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "format": self.format,
            "triples": self.triples,
            "subjects": self.subjects,
            "nodes": self.nodes,
            "edges": self.edges,
            "assertions": self.assertions,
            "nodes_by_label": dict(sorted(self.nodes_by_label.items())),
            "edges_by_type": dict(sorted(self.edges_by_type.items())),
            "skipped": self.skipped,
            "dropped": self.dropped,
            "bytes": self.bytes,
            "sha256": self.sha256,
            "void_path": str(self.void_path) if self.void_path else None,
        }


# --------------------------------------------------------------------------------------------
# Formats and file names
# --------------------------------------------------------------------------------------------


def format_from_path(path: Path) -> str | None:
    """``kg.ttl.gz`` → ``ttl``; ``None`` when the suffix is not an RDF format."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return SUFFIXES.get(suffixes[-1]) if suffixes else None


def check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt in {"turtle"}:
        fmt = "ttl"
    if fmt in {"ntriples", "n-triples"}:
        fmt = "nt"
    if fmt in {"json-ld", "json"}:
        fmt = "jsonld"
    if fmt not in FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return fmt


def dated_dump_name(fmt: str = "ttl", day: dt.date | None = None, gz: bool = True) -> str:
    """``kg-2026-11-28.ttl.gz`` — the file name `kg serve` lists as a dated dump."""
    day = day or dt.datetime.now(dt.UTC).date()
    return f"kg-{day.isoformat()}.{fmt}" + (".gz" if gz else "")


# --------------------------------------------------------------------------------------------
# Terms
# --------------------------------------------------------------------------------------------


def _decimal_lexical(value: Any) -> str:
    if isinstance(value, bool):
        raise ValueError("a boolean is not a decimal")
    try:
        number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal: {value!r}") from exc
    if not number.is_finite():
        raise ValueError(f"not a finite decimal: {value!r}")
    text = format(number, "f")
    if "." not in text:
        text += ".0"
    return text


def lexical(value: Any, datatype: str) -> str:
    """The canonical-ish lexical form of a Python value for an XSD datatype (full IRI)."""
    if datatype == XSD_DECIMAL:
        return _decimal_lexical(value)
    if datatype == XSD_BOOLEAN:
        if isinstance(value, str):
            low = value.strip().lower()
            if low in {"true", "1"}:
                return "true"
            if low in {"false", "0"}:
                return "false"
            raise ValueError(f"not a boolean: {value!r}")
        return "true" if value else "false"
    if datatype in _INTEGER_TYPES:
        if isinstance(value, bool):
            raise ValueError("a boolean is not an integer")
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


_TTL_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_TTL_ESCAPE_RE = re.compile(r'[\\"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group(0)
    return _TTL_ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def quote_string(text: str) -> str:
    """A Turtle / N-Triples string literal (``"…"``) with the required escapes."""
    return '"' + _TTL_ESCAPE_RE.sub(_escape_char, text) + '"'


_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri_ref(iri: str) -> str:
    """``<iri>``; characters not allowed in an IRIREF are percent-encoded."""
    if _IRI_BAD.search(iri):
        iri = _IRI_BAD.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), iri)
    return f"<{iri}>"


_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_DECIMAL_SHORT = re.compile(r"^[+-]?[0-9]*\.[0-9]+$")
_INTEGER_SHORT = re.compile(r"^[+-]?[0-9]+$")


class _Namer:
    """Full IRI → prefixed name (when the local part is a plain name), cached."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # Longest namespace first, so kg: wins over shorter overlapping namespaces.
        self._prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self._cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        cached = self._cache.get(iri)
        if cached is not None:
            return cached
        result = iri_ref(iri)
        for prefix, ns in self._prefixes:
            if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns) :]):
                result = f"{prefix}:{iri[len(ns) :]}"
                break
        if len(self._cache) < 10_000:
            self._cache[iri] = result
        return result


# --------------------------------------------------------------------------------------------
# Records → statements
# --------------------------------------------------------------------------------------------


def _pred(iri: str) -> str:
    return ("0" if iri == RDF_TYPE else "1") + iri


_PRED_KEYS: dict[str, str] = {}


def _pk(curie: str) -> str:
    """``_pred(_x(curie))``, cached (hot path)."""
    key = _PRED_KEYS.get(curie)
    if key is None:
        key = _PRED_KEYS[curie] = _pred(_x(curie))
    return key


_EXPANDED: dict[str, str] = {}


def _x(curie: str) -> str:
    iri = _EXPANDED.get(curie)
    if iri is None:
        iri = _EXPANDED[curie] = expand(curie)
    return iri


_LABEL_BY_PREFIX = {spec.id_prefix: spec.label for spec in NODES.values() if spec.label != "Paper"}


def _label_of(node_id: str) -> str:
    """Same as :func:`kg.schema.label_of_id`, with a dict lookup (hot path)."""
    label = _LABEL_BY_PREFIX.get(node_id.split(":", 1)[0])
    return label if label is not None else label_of_id(node_id)


@functools.lru_cache(maxsize=8192)
def _iri(label: str, node_id: str) -> str:
    return node_iri(label, node_id)


def assertion_iri(rel_type: str, source: str, target: str) -> str:
    """Deterministic IRI of the provenance node of one extracted fact."""
    digest = hashlib.sha256(f"{rel_type}|{source}|{target}".encode()).hexdigest()[:32]
    return f"{RESOURCE_NS}assertion/{digest}"


def _version_slug(version: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", version).strip("-") or "unknown"


def activity_iri(version: str) -> str:
    return f"{RESOURCE_NS}activity/extraction-{_version_slug(version)}"


_activity_iri = functools.lru_cache(maxsize=64)(activity_iri)


def agent_iri(version: str) -> str:
    return f"{RESOURCE_NS}agent/kg-extractor-{_version_slug(version)}"


@functools.lru_cache(maxsize=4096, typed=True)
def _number_lexical(value: Any, datatype: str) -> str:
    return lexical(value, datatype)


def _literal(s: str, p: str, value: Any, datatype_curie: str) -> Statement:
    datatype = _x(datatype_curie)
    if datatype != XSD_STRING and isinstance(value, int | float):
        text = _number_lexical(value, datatype)
    else:
        text = lexical(value, datatype)
    return (s, _pred(p), "L", text, datatype)


def node_statements(node: NodeRecord) -> list[Statement]:
    """The statements of one node (types, then properties from kg.schema)."""
    spec = NODES.get(node.label)
    if spec is None:
        raise ValueError(f"unknown node label {node.label!r}")
    s = node_iri(node.label, node.id)
    out: list[Statement] = [(s, _T, "I", _x(spec.rdf_class), "")]
    out += [(s, _T, "I", _x(c), "") for c in spec.superclasses]
    props = node.props
    for prop in spec.props:
        value = props.get(prop.name)
        if value is None or value == "" or value == []:
            continue
        values = value if (prop.many and isinstance(value, list | tuple)) else [value]
        for item in values:
            if item is None or item == "":
                continue
            if prop.iri:
                out.append((s, _pk(prop.predicate), "I", str(item), ""))
                continue
            out.append(_literal(s, _x(prop.predicate), item, prop.datatype))
    return out


def _activity_statements(version: str) -> list[Statement]:
    act, agent = activity_iri(version), agent_iri(version)
    t = _pred(RDF_TYPE)
    return [
        (act, t, "I", str(KG.ExtractionActivity), ""),
        (act, t, "I", _x("prov:Activity"), ""),
        (act, _pred(_x("rdfs:label")), "L", f"kg extraction, extractor {version}", XSD_STRING),
        (act, _pred(str(KG.extractorVersion)), "L", version, XSD_STRING),
        (act, _pred(_x("prov:wasAssociatedWith")), "I", agent, ""),
        (agent, t, "I", _x("prov:SoftwareAgent"), ""),
        (agent, _pred(_x("rdfs:label")), "L", f"kg extractor {version}", XSD_STRING),
        (agent, _pred(_x("schema:softwareVersion")), "L", version, XSD_STRING),
    ]


_PROV = {p.name: p for p in PROVENANCE_PROPS}
_T = _pred(RDF_TYPE)
_KG_ASSERTION = str(KG.Assertion)
_KG_EVIDENCE = _pred(str(KG.evidence))


def edge_statements(edge: EdgeRecord, seen_versions: set[str]) -> tuple[list[Statement], bool]:
    """The statements of one relationship; the flag says whether an assertion node was made."""
    spec = RELATIONSHIPS.get(edge.type)
    if spec is None:
        raise ValueError(f"unknown relationship type {edge.type!r}")
    source_label, target_label = _label_of(edge.source), _label_of(edge.target)
    if source_label not in spec.domain:
        raise ValueError(f"{edge.type} from a {source_label} ({edge.source})")
    if target_label not in spec.range:
        raise ValueError(f"{edge.type} to a {target_label} ({edge.target})")
    s, o = _iri(source_label, edge.source), _iri(target_label, edge.target)
    p = _x(spec.predicate)
    out: list[Statement] = [(s, _pred(p), "I", o, "")]
    if edge.type not in ASSERTED_RELATIONSHIPS:
        return out, False

    props = edge.props
    a = assertion_iri(edge.type, edge.source, edge.target)
    t = _T
    out += [
        (a, t, "I", _KG_ASSERTION, ""),
        (a, t, "I", _x("rdf:Statement"), ""),
        (a, t, "I", _x("prov:Entity"), ""),
        (a, _pk("rdf:subject"), "I", s, ""),
        (a, _pk("rdf:predicate"), "I", p, ""),
        (a, _pk("rdf:object"), "I", o, ""),
        (a, _pk("prov:wasDerivedFrom"), "I", s, ""),
    ]
    version = str(props.get("extractor_version") or f"kg-{__version__}")
    if version not in seen_versions:
        seen_versions.add(version)
        out += _activity_statements(version)
    out.append((a, _pk("prov:wasGeneratedBy"), "I", _activity_iri(version), ""))
    for name in ("confidence", "extracted_at"):
        value = props.get(name)
        if value is not None and value != "":
            spec_p = _PROV[name]
            out.append(_literal(a, _x(spec_p.predicate), value, spec_p.datatype))
    evidence = props.get("evidence")
    if evidence:
        sel = a + "/evidence"
        out += [
            (a, _KG_EVIDENCE, "I", sel, ""),
            (sel, t, "I", _x("oa:TextQuoteSelector"), ""),
            (sel, t, "I", _x("oa:TextPositionSelector"), ""),
            (sel, _pred(_x("oa:exact")), "L", str(evidence), XSD_STRING),
        ]
        for name in ("start", "end"):
            value = props.get(name)
            if value is not None and value != "":
                spec_p = _PROV[name]
                out.append(_literal(sel, _x(spec_p.predicate), value, spec_p.datatype))
    return out, True


# --------------------------------------------------------------------------------------------
# Rendering: each statement's object is rendered once, in the output format, when it is made.
# A rendered statement is (subject IRI, "0"/"1" + predicate IRI, object text); object texts
# never contain a tab or a newline (both are escaped in every format), so sorted runs spill to
# disk as plain tab-separated lines.
# --------------------------------------------------------------------------------------------

class _Renderer:
    def obj(self, p: str, kind: str, value: str, datatype: str) -> str:
        raise NotImplementedError


class _TurtleRenderer(_Renderer):
    def __init__(self, base_iri: str = RESOURCE_NS) -> None:
        self.base_iri = base_iri
        self.name = _Namer(dump_prefixes(base_iri))

    def obj(self, p: str, kind: str, value: str, datatype: str) -> str:
        if kind == "I":
            return iri_ref(value) if value.startswith(self.base_iri) else self.name(value)
        if datatype == XSD_STRING:
            return quote_string(value)
        if datatype == XSD_DECIMAL and _DECIMAL_SHORT.match(value):
            return value
        if datatype == XSD_BOOLEAN and value in ("true", "false"):
            return value
        if datatype == XSD + "integer" and _INTEGER_SHORT.match(value):
            return value
        return f"{quote_string(value)}^^{self.name(datatype)}"


class _NTriplesRenderer(_Renderer):
    def __init__(self, base_iri: str = RESOURCE_NS) -> None:
        self.base_iri = base_iri

    def obj(self, p: str, kind: str, value: str, datatype: str) -> str:
        if kind == "I":
            return iri_ref(value)
        if datatype == XSD_STRING:
            return quote_string(value)
        return f"{quote_string(value)}^^<{datatype}>"


class _JsonLdRenderer(_Renderer):
    def __init__(self, base_iri: str = RESOURCE_NS) -> None:
        self.name = _Namer(dump_prefixes(base_iri))

    def compact(self, iri: str) -> str:
        named = self.name(iri)
        return iri if named.startswith("<") else named

    def obj(self, p: str, kind: str, value: str, datatype: str) -> str:
        if p[1:] == RDF_TYPE:
            return json.dumps(self.compact(value))
        if kind == "I":
            return '{"@id":' + json.dumps(value) + "}"
        if datatype == XSD_STRING:
            return '{"@value":' + json.dumps(value, ensure_ascii=False) + "}"
        return (
            '{"@value":'
            + json.dumps(value, ensure_ascii=False)
            + ',"@type":'
            + json.dumps(self.compact(datatype))
            + "}"
        )


def _write_run(lines: list[str], directory: str) -> str:
    lines.sort()
    fd, name = tempfile.mkstemp(prefix="kg-export-run-", suffix=".tsv", dir=directory)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as fh:
        fh.writelines(lines)
    return name


class _StatementSorter:
    """Collects rendered statements; yields them sorted (duplicates adjacent), memory bounded.

    A rendered statement is one line, ``subject \t "0"/"1"+predicate \t object \n``. Subject
    IRIs never contain a character at or below the space (node IRIs are percent-encoded, base
    IRIs are checked) and objects never contain a tab or a newline, so sorting the lines gives
    the same order as sorting (subject, predicate, object) tuples.
    """

    def __init__(self, buffer_size: int, tmpdir: str) -> None:
        self.buffer_size = max(1, buffer_size)
        self.tmpdir = tmpdir
        self.buffer: list[str] = []
        self.runs: list[str] = []

    def add(self, statements: list[Statement], renderer: _Renderer) -> None:
        render = renderer.obj
        self.buffer += [f"{s}\t{p}\t{render(p, k, v, d)}\n" for s, p, k, v, d in statements]
        if len(self.buffer) >= self.buffer_size:
            self.runs.append(_write_run(self.buffer, self.tmpdir))
            self.buffer = []

    def sorted(self) -> Iterator[list[str]]:
        """The statements in sorted batches (each batch sorted, every batch ≤ the next)."""
        self.buffer.sort()
        if not self.runs:
            yield self.buffer
            return
        with contextlib.ExitStack() as stack:
            files = [
                stack.enter_context(open(r, encoding="utf-8", newline="\n", buffering=1 << 16))
                for r in self.runs
            ]
            yield from _merge_sorted(self.buffer, files)

    def cleanup(self) -> None:
        for run in self.runs:
            with contextlib.suppress(OSError):
                os.unlink(run)
        self.runs = []
        self.buffer = []


def _merge_sorted(first: list[str], files: list[IO[str]]) -> Iterator[list[str]]:
    """K-way merge of a sorted list and sorted files, in sorted batches.

    Each round reads a slice of every input, cuts all slices at the smallest of their last
    lines (nothing still unread can sort before it), and sorts what is below the cut: the
    merging is done by ``list.sort``, which merges pre-sorted stretches in C.
    """
    hint = max(1 << 15, (8 << 20) // (len(files) + 1))  # bytes read per run and round
    first_it = iter(first)
    step = max(1, hint // 128)

    def more(i: int) -> list[str]:
        if i == 0:
            return list(itertools.islice(first_it, step))
        return files[i - 1].readlines(hint)

    live = [i for i in range(len(files) + 1)]
    slices = {i: more(i) for i in live}
    live = [i for i in live if slices[i]]
    while live:
        bound = min(slices[i][-1] for i in live)
        batch: list[str] = []
        for i in live:
            chunk = slices[i]
            cut = bisect.bisect_right(chunk, bound)
            batch += chunk[:cut]
            slices[i] = chunk[cut:] or more(i)
        live = [i for i in live if slices[i]]
        batch.sort()
        yield batch


class _ChunkedWriter:
    """Text in, UTF-8 bytes out in large chunks, written by a background thread.

    zlib and file writes release the GIL, so gzip compression of the dump runs beside the
    formatting instead of after it. The bytes are the same as writing the text directly.
    """

    CHUNK = 1 << 20  # characters per chunk

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.parts: list[str] = []
        self.size = 0
        self.error: BaseException | None = None
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self.thread = threading.Thread(target=self._run, name="kg-export-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (chunk := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.stream.write(chunk)
                except BaseException as exc:  # re-raised in the caller's thread
                    self.error = exc
        if self.error is None:
            try:
                # As a text wrapper's final flush did (for gzip a sync flush: same bytes).
                self.stream.flush()
            except BaseException as exc:
                self.error = exc

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self.error is not None:
            raise self.error
        if self.parts:
            self.queue.put("".join(self.parts).encode("utf-8"))
            self.parts, self.size = [], 0

    def close(self) -> None:
        """Write what is left and wait for the thread; re-raise its error."""
        try:
            self._flush()
        finally:
            self.queue.put(None)
            self.thread.join()
        if self.error is not None:
            raise self.error


# --------------------------------------------------------------------------------------------
# Writers (one subject block at a time)
# --------------------------------------------------------------------------------------------

PredicateObjects = list[tuple[str, list[str]]]


class _Writer:
    renderer: _Renderer
    prefixes: dict[str, str] = DUMP_PREFIXES

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh

    def start(self) -> None: ...

    def block(self, subject: str, pos: PredicateObjects) -> None:
        raise NotImplementedError

    def end(self) -> None: ...


class _TurtleWriter(_Writer):
    def __init__(self, fh: IO[str]) -> None:
        super().__init__(fh)
        self.renderer = _TurtleRenderer()
        self.name = self.renderer.name
        self.heads: dict[str, str] = {}

    def start(self) -> None:
        width = max(len(p) for p in self.prefixes)
        for prefix, ns in self.prefixes.items():
            self.fh.write(f"@prefix {(prefix + ':').ljust(width + 1)} <{ns}> .\n")
        self.fh.write("\n")

    def block(self, subject: str, pos: PredicateObjects) -> None:
        heads = self.heads
        lines = []
        for p, objs in pos:
            head = heads.get(p)
            if head is None:
                head = heads[p] = f"    {'a' if p == RDF_TYPE else self.name(p)} "
            lines.append(head + (objs[0] if len(objs) == 1 else ", ".join(objs)))
        self.fh.write(f"{iri_ref(subject)}\n" + " ;\n".join(lines) + " .\n\n")


class _NTriplesWriter(_Writer):
    def __init__(self, fh: IO[str]) -> None:
        super().__init__(fh)
        self.renderer = _NTriplesRenderer()

    def block(self, subject: str, pos: PredicateObjects) -> None:
        s = iri_ref(subject)
        self.fh.write("".join(f"{s} <{p}> {o} .\n" for p, objs in pos for o in objs))


class _JsonLdWriter(_Writer):
    """JSON-LD: one node object per line in ``@graph``, compact IRIs through the @context."""

    def __init__(self, fh: IO[str]) -> None:
        super().__init__(fh)
        self.first = True
        self.renderer = _JsonLdRenderer()

    def start(self) -> None:
        context = json.dumps(self.prefixes, ensure_ascii=False, separators=(", ", ": "))
        self.fh.write('{\n"@context": ' + context + ',\n"@graph": [\n')

    def block(self, subject: str, pos: PredicateObjects) -> None:
        parts = ['{"@id":' + json.dumps(subject)]
        compact = self.renderer.compact  # type: ignore[attr-defined]
        for p, objs in pos:
            key = "@type" if p == RDF_TYPE else compact(p)
            parts.append(json.dumps(key) + ":[" + ",".join(objs) + "]")
        self.fh.write(("" if self.first else ",\n") + ",".join(parts) + "}")
        self.first = False

    def end(self) -> None:
        self.fh.write("\n]\n}\n")


_RENDERERS: dict[str, type[_Renderer]] = {
    "ttl": _TurtleRenderer,
    "nt": _NTriplesRenderer,
    "jsonld": _JsonLdRenderer,
}

_WRITERS: dict[str, type[_Writer]] = {
    "ttl": _TurtleWriter,
    "nt": _NTriplesWriter,
    "jsonld": _JsonLdWriter,
}


def _write_blocks(batches: Iterable[list[str]], writer: _Writer) -> tuple[int, int]:
    """Group sorted batches of lines into subject blocks, skipping duplicates.

    Returns (triples, subjects).
    """
    triples = subjects = 0
    subject: str | None = None
    pos: PredicateObjects = []
    objs: list[str] = []
    last_p = previous = ""
    block = writer.block
    for line in itertools.chain.from_iterable(batches):
        if line == previous:
            continue
        previous = line
        s, p, o = line.split("\t", 2)
        triples += 1
        if s != subject:
            if subject is not None:
                block(subject, pos)
                subjects += 1
            subject, pos, last_p = s, [], ""
        if p != last_p:
            objs = []
            pos.append((p[1:], objs))
            last_p = p
        objs.append(o[:-1])
    if subject is not None:
        block(subject, pos)
        subjects += 1
    return triples, subjects


def _write_turtle_blocks(batches: Iterable[list[str]], writer: _TurtleWriter) -> tuple[int, int]:
    """:func:`_write_blocks` for Turtle, formatting line by line (the hot path of a dump)."""
    triples = subjects = 0
    subject: str | None = None
    last_p = previous = ""
    heads = writer.heads
    name = writer.name
    write = writer.fh.write
    out: list[str] = []
    for line in itertools.chain.from_iterable(batches):
        if line == previous:
            continue
        previous = line
        s, p, o = line[:-1].split("\t", 2)
        triples += 1
        if p != last_p or s != subject:
            head = heads.get(p)
            if head is None:
                head = heads[p] = f"    {'a' if p[1:] == RDF_TYPE else name(p[1:])} "
            if s != subject:
                if subject is not None:
                    out.append(" .\n\n")
                    if len(out) > 4096:
                        write("".join(out))
                        out = []
                out.append(f"{iri_ref(s)}\n{head}{o}")
                subject = s
                subjects += 1
            else:
                out.append(f" ;\n{head}{o}")
            last_p = p
        else:
            out.append(", " + o)
    if subject is not None:
        out.append(" .\n\n")
    write("".join(out))
    return triples, subjects


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def export_records(
    nodes: Iterable[NodeRecord],
    edges: Iterable[EdgeRecord],
    out: Path,
    fmt: str = "ttl",
    *,
    void: bool = True,
    buffer_size: int = DEFAULT_BUFFER,
    issued: dt.date | None = None,
    drop: Collection[str] | None = None,
    base_iri: str | None = None,
) -> ExportStats:
    """Write nodes and edges as one sorted RDF dump to ``out`` (gzip when it ends in ``.gz``).

    ``fmt`` is ``ttl``, ``nt`` or ``jsonld``. Records that do not fit kg.schema (unknown label or
    relationship type, bad value) are skipped with a warning and counted in ``stats.skipped``.
    With ``void=True`` a VoID/DCAT description is written beside the dump (``OUT.void.ttl``)
    and a ``OUT.sha256`` file in ``sha256sum`` format.

    ``drop``: node ids left out together with their relationships (counted in
    ``stats.dropped``). When ``None`` and both inputs are sequences (lists), it defaults to
    :func:`incomplete_results` — results without a dataset or a metric, which
    ``ontology/shapes.ttl`` rejects. Streaming callers compute it beforehand
    (:func:`export_build_dir` does, with one extra pass over ``edges.jsonl``).

    ``base_iri``: where our resource IRIs live (default: ``KG_BASE_IRI``, else
    :data:`kg.schema.RESOURCE_NS`); a publisher sets their own domain so the IRIs dereference.
    """
    base = resolve_base_iri(base_iri)
    moved = base != RESOURCE_NS
    fmt = check_format(fmt)
    if drop is None and isinstance(nodes, Sequence) and isinstance(edges, Sequence):
        drop = incomplete_results(nodes, edges)
    drop = drop or frozenset()
    out = Path(out)
    if out.is_dir() or (not out.exists() and not out.suffix):
        out = out / dated_dump_name(fmt, issued)
    stats = ExportStats(path=out, format=fmt, base_iri=base)
    by_label: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    seen_versions: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="kg-export-") as tmpdir:
        sorter = _StatementSorter(buffer_size, tmpdir)
        writer_cls = _WRITERS[fmt]
        renderer = _RENDERERS[fmt](base)
        try:
            for node in nodes:
                if node.id in drop:
                    stats.dropped += 1
                    continue
                try:
                    node_st = node_statements(node)
                    sorter.add(rebase(node_st, base) if moved else node_st, renderer)
                except ValueError as exc:
                    stats.skipped += 1
                    log.warning("export: skipped node %s: %s", node.id, exc)
                    continue
                by_label[node.label] += 1
            for edge in edges:
                if edge.source in drop or edge.target in drop:
                    continue
                try:
                    statements, asserted = edge_statements(edge, seen_versions)
                except ValueError as exc:
                    stats.skipped += 1
                    log.warning(
                        "export: skipped %s %s -> %s: %s", edge.type, edge.source, edge.target, exc
                    )
                    continue
                sorter.add(rebase(statements, base) if moved else statements, renderer)
                by_type[edge.type] += 1
                stats.assertions += int(asserted)
            stats.spilled_runs = len(sorter.runs)
            try:
                with atomic_open(out, "wb") as raw:
                    fh = _ChunkedWriter(raw)
                    try:
                        writer = writer_cls(fh)  # type: ignore[arg-type]
                        writer.renderer = renderer
                        writer.prefixes = dump_prefixes(base)
                        writer.start()
                        write_blocks = (
                            _write_turtle_blocks
                            if isinstance(writer, _TurtleWriter)
                            else _write_blocks
                        )
                        stats.triples, stats.subjects = write_blocks(sorter.sorted(), writer)
                        writer.end()
                    finally:
                        fh.close()
            except OSError as exc:
                raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
        finally:
            sorter.cleanup()
    if stats.dropped:
        log.warning(
            "export: left out %d results without a dataset or a metric (a kg:Result needs "
            "exactly one of each, see ontology/shapes.ttl)",
            stats.dropped,
        )
    stats.nodes_by_label = dict(by_label)
    stats.edges_by_type = dict(by_type)
    stats.nodes = sum(by_label.values())
    stats.edges = sum(by_type.values())
    stats.bytes = out.stat().st_size
    stats.sha256 = sha256_file(out)
    if void:
        from kg.rdf.void import write_void

        stats.void_path = write_void(stats, issued=issued)
        out.with_name(out.name + ".sha256").write_text(
            f"{stats.sha256}  {out.name}\n", encoding="utf-8"
        )
    return stats


def incomplete_results(nodes: Iterable[NodeRecord], edges: Iterable[EdgeRecord]) -> set[str]:
    """Ids of Result nodes without an ``ON_DATASET`` or a ``WITH_METRIC`` relationship."""
    results = {n.id for n in nodes if n.label == "Result"}
    with_dataset: set[str] = set()
    with_metric: set[str] = set()
    for e in edges:
        if e.type == "ON_DATASET":
            with_dataset.add(e.source)
        elif e.type == "WITH_METRIC":
            with_metric.add(e.source)
    return results - (with_dataset & with_metric)


def _incomplete_results_in_build_dir(nodes_path: Path, edges_path: Path) -> set[str]:
    """:func:`incomplete_results` over the files, parsing only the lines that matter."""
    results: set[str] = set()
    with_dataset: set[str] = set()
    with_metric: set[str] = set()
    with open(nodes_path, encoding="utf-8") as fh:
        for line in fh:
            if '"Result"' in line:
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    row = json.loads(line)
                    if row["label"] == "Result":
                        results.add(row["id"])
    with open(edges_path, encoding="utf-8") as fh:
        for line in fh:
            if '"ON_DATASET"' in line or '"WITH_METRIC"' in line:
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    row = json.loads(line)
                    if row["type"] == "ON_DATASET":
                        with_dataset.add(row["source"])
                    elif row["type"] == "WITH_METRIC":
                        with_metric.add(row["source"])
    return results - (with_dataset & with_metric)


def iter_jsonl(path: Path, model: type[NodeRecord] | type[EdgeRecord]) -> Iterator[Any]:
    """Records from one JSON-lines file; a bad line is skipped with a warning naming file:line."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        fh = opener(path, "rt", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield model.model_validate_json(line)
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                log.warning("%s:%d: skipped a bad %s: %s", path, number, model.__name__, first)


def export_build_dir(build_dir: Path, out: Path, fmt: str = "ttl", **kwargs: Any) -> ExportStats:
    """Export ``build_dir/nodes.jsonl`` + ``edges.jsonl`` (a ``kg build`` output) to ``out``.

    ``out`` may be a directory: the dump is then ``out/kg-YYYY-MM-DD.<fmt>.gz``. Keyword
    arguments go to :func:`export_records`.
    """
    build_dir = Path(build_dir)
    nodes_path, edges_path = build_dir / "nodes.jsonl", build_dir / "edges.jsonl"
    for path in (nodes_path, edges_path):
        if not path.is_file():
            raise InputError(
                f"{path} not found: {build_dir} is not a kg build directory",
                hint="run `kg build` first, or pass --from neo4j",
            )
    if kwargs.get("drop") is None:
        try:
            kwargs["drop"] = _incomplete_results_in_build_dir(nodes_path, edges_path)
        except OSError as exc:
            raise InputError(f"cannot read {build_dir}: {exc.strerror or exc}") from exc
    return export_records(
        iter_jsonl(nodes_path, NodeRecord), iter_jsonl(edges_path, EdgeRecord), out, fmt, **kwargs
    )
