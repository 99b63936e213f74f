"""SPARQL over dumps with rdflib: load, resolve named queries, bind parameters, format results.

Named queries live in ``ontology/queries/<name>.rq`` and mirror the Cypher library in
``cypher/queries/``. Parameters (``--param dataset=gsm8k``) are written into the query as
constants where they can stand (else bound with rdflib's ``initBindings``), as the pyoxigraph
store does: a value in angle brackets is an IRI, anything else a plain string literal.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from kg.config import ontology_dir
from kg.errors import InputError, QueryError
from kg.rdf.export import FORMATS, format_from_path
from kg.schema import PREFIXES


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def named_queries() -> dict[str, Path]:
    """Query name → ``.rq`` file."""
    return {p.stem: p for p in sorted(queries_dir().glob("*.rq"))}


def load_graph(paths: Sequence[Path | str]) -> Graph:
    """Parse one or more dumps (``.ttl``, ``.nt``, ``.jsonld``, each optionally ``.gz``)."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    if not paths:
        raise InputError("no dump given", hint="pass --data FILE (a .ttl/.nt/.jsonld dump)")
    for raw in paths:
        path = Path(raw)
        fmt = format_from_path(path)
        if fmt is None:
            raise InputError(
                f"{path}: unknown RDF format (use .ttl, .nt or .jsonld, optionally .gz)"
            )
        try:
            if path.suffix == ".gz":
                with gzip.open(path, "rb") as fh:
                    data = fh.read()
            else:
                data = path.read_bytes()
        except (OSError, EOFError) as exc:
            raise InputError(
                f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}"
            ) from exc
        try:
            with warnings.catch_warnings():
                # rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally.
                warnings.simplefilter("ignore", DeprecationWarning)
                graph.parse(data=data, format=FORMATS[fmt], publicID=path.resolve().as_uri())
        except Exception as exc:  # rdflib raises many parser-specific types
            raise InputError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0]}") from exc
    return graph


_UPDATE_WORDS = re.compile(
    r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I
)


def resolve_query(query: str) -> str:
    """A named query (``papers-evaluated-on``), a ``.rq`` file, or SPARQL text."""
    named = named_queries()
    if query in named:
        return named[query].read_text(encoding="utf-8")
    if query.endswith((".rq", ".sparql")) or ("\n" not in query and Path(query).is_file()):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"query file {query} not found")
        return path.read_text(encoding="utf-8")
    if any(k in query.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return query
    if re.search(r"\s", query.strip()) and _UPDATE_WORDS.search(query):
        return query  # an update: kg.rdf.store.check_query refuses it with a clear message
    raise QueryError(
        f"unknown query {query!r}",
        hint=f"named queries: {', '.join(named) or '(none)'}; or pass SPARQL text or a .rq file",
    )


_PARAMS_LINE = re.compile(r"^#\s*Parameters:\s*(.*)$", re.M | re.I)


def declared_parameters(query: str) -> list[str] | None:
    """Parameter names from a ``# Parameters: a (…), b`` comment; None when not declared."""
    match = _PARAMS_LINE.search(query)
    if match is None:
        return None
    text = re.sub(r"\([^)]*\)", "", match.group(1))
    if text.strip().lower().startswith("no") or not text.strip():
        return []
    return [n.strip().lstrip("?$") for n in text.split(",") if n.strip()]


def check_params(query: str, params: Mapping[str, str]) -> None:
    """For a query that declares its parameters: none missing, none unknown."""
    declared = declared_parameters(query)
    if declared is None:
        return
    missing = [n for n in declared if n not in params]
    unknown = [n for n in params if n not in declared]
    if missing:
        raise QueryError(
            f"missing query parameter {', '.join(missing)}",
            hint=f"pass --param {missing[0]}=VALUE",
        )
    if unknown:
        raise QueryError(
            f"unknown query parameter {', '.join(unknown)}",
            hint=f"this query takes: {', '.join(declared) or 'no parameters'}",
        )


def parse_params(items: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise QueryError(f"bad parameter {item!r}", hint="use --param name=value")
        params[name] = value
    return params


def _bind(value: str) -> Identifier:
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    return Literal(value)


@dataclass
class SparqlResult:
    columns: list[str]
    rows: list[list[Any]]  # rdflib terms or None
    ask: bool | None = None


def run_query(graph: Graph, query: str, params: Mapping[str, str] | None = None) -> SparqlResult:
    """Run SPARQL text over ``graph`` with parameters bound as in the pyoxigraph store:
    written into the query as constants (:func:`kg.rdf.store.bind_constants`), the rest via
    ``initBindings``."""
    from rdflib.plugins.sparql import prepareQuery

    from kg.rdf.store import bind_constants

    namespaces = {k: URIRef(v) for k, v in PREFIXES.items()}
    query, left = bind_constants(query, params)
    params = {k: v for k, v in (params or {}).items() if k in left}
    try:
        prepared = prepareQuery(query, initNs=namespaces)
    except Exception as exc:
        raise QueryError(f"bad SPARQL: {' '.join(str(exc).split())[:300]}") from exc
    bindings = {k: _bind(v) for k, v in (params or {}).items()}
    try:
        result = graph.query(prepared, initBindings=bindings)
    except Exception as exc:
        raise QueryError(f"SPARQL failed: {' '.join(str(exc).split())[:300]}") from exc
    if result.type == "ASK":
        return SparqlResult(["ask"], [[Literal(bool(result.askAnswer))]], bool(result.askAnswer))
    if result.type != "SELECT":
        raise QueryError("only SELECT and ASK queries can be shown as a table")
    columns = [str(v) for v in (result.vars or [])]
    rows = [[row[i] if i < len(row) else None for i in range(len(columns))] for row in result]
    return SparqlResult(columns, rows)


def _text(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def format_table(result: SparqlResult) -> str:
    if not result.rows:
        return "(no results)"
    cells = [[" ".join(_text(t).split()) for t in row] for row in result.rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(result.columns)]
    widths = [min(w, 80) for w in widths]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v[:80].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(result.columns), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def _json_term(term: Any) -> dict[str, str] | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
    return out


def format_json(result: SparqlResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.ask is not None:
        return json.dumps({"head": {}, "boolean": result.ask}, indent=2)
    bindings = []
    for row in result.rows:
        b = {c: _json_term(t) for c, t in zip(result.columns, row, strict=True) if t is not None}
        bindings.append(b)
    return json.dumps(
        {"head": {"vars": result.columns}, "results": {"bindings": bindings}},
        indent=2,
        ensure_ascii=False,
    )


def format_csv(result: SparqlResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_text(t) for t in row])
    return buf.getvalue()
