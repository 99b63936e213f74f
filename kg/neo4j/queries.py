"""The named, parameterised Cypher query library (``cypher/queries/*.cypher``) and its runner.

Each query file starts with a header of ``//`` comment lines::

    // name: papers-evaluated-on
    // description: Papers evaluated on a dataset ...
    // param: dataset (string) — dataset name or alias, e.g. GSM8K
    // param: limit (int, default 10) — how many rows
    // example: kg query papers-evaluated-on --param dataset=gsm8k

Parameter types: ``string``, ``int``, ``float``, ``bool``. A parameter without a default is
required. User values only ever travel as query parameters (``$name``), never in the text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.config import cypher_dir
from kg.errors import Neo4jUnavailableError, QueryError, brief
from kg.sources.text import clean_controls

if TYPE_CHECKING:
    import neo4j

PARAM_TYPES = ("string", "int", "float", "bool")
INT64 = (-(2**63), 2**63 - 1)  # Neo4j integers are 64-bit
_PARAM_RE = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*"
    r"\((?P<type>\w+)(?:\s*,\s*default\s+(?P<default>[^)]*))?\)\s*"
    r"(?:[—–-]+\s*(?P<desc>.*))?$"
)


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str = "string"
    default: Any = None
    required: bool = True
    description: str = ""


@dataclass(frozen=True)
class QuerySpec:
    name: str
    description: str
    text: str
    params: tuple[ParamSpec, ...] = ()
    examples: tuple[str, ...] = ()
    path: Path | None = None

    def param(self, name: str) -> ParamSpec | None:
        for p in self.params:
            if p.name == name:
                return p
        return None


def queries_dir() -> Path:
    return cypher_dir() / "queries"


def coerce(value: str, type_name: str, *, name: str = "value") -> Any:
    """Convert a command-line string to a typed parameter value (QueryError if impossible)."""
    try:
        if type_name == "string":
            return value
        if type_name == "int":
            number = int(value)
            if not INT64[0] <= number <= INT64[1]:
                raise QueryError(
                    f"parameter {name!r} is out of range: {brief(value, 40)} "
                    "(Neo4j integers are 64-bit)"
                )
            return number
        if type_name == "float":
            return float(value)
        if type_name == "bool":
            low = value.strip().lower()
            if low in ("true", "yes", "1", "on"):
                return True
            if low in ("false", "no", "0", "off"):
                return False
            raise ValueError(value)
    except ValueError as exc:
        raise QueryError(f"parameter {name!r} must be {type_name}, not {value!r}") from exc
    raise QueryError(f"unknown parameter type {type_name!r} for {name!r}")


def parse_query_file(path: Path) -> QuerySpec:
    """Parse one library file (header + Cypher text)."""
    header: dict[str, str] = {}
    params: list[ParamSpec] = []
    examples: list[str] = []
    body: list[str] = []
    in_header = True
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if in_header and line.startswith("//"):
            content = line[2:].strip()
            key, sep, rest = content.partition(":")
            key, rest = key.strip().lower(), rest.strip()
            if not sep:
                continue
            if key == "param":
                m = _PARAM_RE.match(rest)
                if not m or m["type"] not in PARAM_TYPES:
                    raise QueryError(f"{path}: bad param header {rest!r}")
                default = m["default"]
                params.append(
                    ParamSpec(
                        name=m["name"],
                        type=m["type"],
                        default=None
                        if default is None
                        else coerce(default.strip(), m["type"], name=m["name"]),
                        required=default is None,
                        description=(m["desc"] or "").strip(),
                    )
                )
            elif key == "example":
                examples.append(rest)
            else:
                header[key] = rest
            continue
        if line:
            in_header = False
        if not in_header:
            body.append(raw)
    name = header.get("name", path.stem)
    if name != path.stem:
        raise QueryError(f"{path}: header name {name!r} differs from the file name")
    text = "\n".join(body).strip()
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text))
    declared = {p.name for p in params}
    if used - declared:
        raise QueryError(f"{path}: undeclared parameters {sorted(used - declared)}")
    return QuerySpec(
        name=name,
        description=header.get("description", ""),
        text=text,
        params=tuple(params),
        examples=tuple(examples),
        path=path,
    )


def load_library(directory: Path | None = None) -> dict[str, QuerySpec]:
    """All library queries by name (sorted)."""
    directory = directory or queries_dir()
    return {
        spec.name: spec
        for spec in (parse_query_file(p) for p in sorted(directory.glob("*.cypher")))
    }


def get_query(name: str, directory: Path | None = None) -> QuerySpec:
    library = load_library(directory)
    if name not in library:
        raise QueryError(f"unknown query {name!r}", hint="`kg query --list` shows the library")
    return library[name]


def parse_param_args(args: Sequence[str]) -> dict[str, str]:
    """``["dataset=GSM8K", "limit=5"]`` → dict (values stay strings)."""
    out: dict[str, str] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise QueryError(f"bad --param {arg!r}: use NAME=VALUE")
        out[key] = value
    return out


def bind_params(spec: QuerySpec, raw: Mapping[str, str]) -> dict[str, Any]:
    """Typed parameters for a library query (defaults filled in, unknown/missing → error)."""
    unknown = sorted(set(raw) - {p.name for p in spec.params})
    if unknown:
        known = ", ".join(p.name for p in spec.params) or "none"
        raise QueryError(f"query {spec.name!r} has no parameter {unknown[0]!r} (has: {known})")
    values: dict[str, Any] = {}
    for p in spec.params:
        if p.name in raw:
            values[p.name] = coerce(raw[p.name], p.type, name=p.name)
        elif p.required:
            raise QueryError(
                f"query {spec.name!r} needs --param {p.name}=…",
                hint=p.description or None,
            )
        else:
            values[p.name] = p.default
    return values


def guess_params(raw: Mapping[str, str]) -> dict[str, Any]:
    """Parameters for ad-hoc ``--cypher``: JSON numbers, booleans, null and lists are
    decoded; anything else stays a string (quote it as JSON, ``'"42"'``, to force a string)."""
    out: dict[str, Any] = {}
    for k, v in raw.items():
        try:
            decoded = json.loads(v)
        except (ValueError, RecursionError):
            decoded = v
        if _too_big(decoded):
            raise QueryError(
                f"parameter {k!r} holds an integer out of range (Neo4j integers are 64-bit)",
                hint="quote it as a JSON string to pass it as text",
            )
        out[k] = decoded if not isinstance(decoded, dict) else v
    return out


def _too_big(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return not INT64[0] <= value <= INT64[1]
    if isinstance(value, list):
        return any(_too_big(v) for v in value)
    return False


# ------------------------------------------------------------------------------ running
@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)


def to_plain(value: Any) -> Any:
    """Neo4j values → JSON-friendly Python values (nodes/relationships become dicts)."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_cypher(
    driver: neo4j.Driver,
    text: str,
    params: Mapping[str, Any] | None = None,
    *,
    database: str | None = None,
    read_only: bool = False,
) -> QueryResult:
    """Run one statement; errors become QueryError / Neo4jUnavailableError.

    Like cypher-shell and the Neo4j Browser, the statement runs in an auto-commit
    transaction, so ``CALL { … } IN TRANSACTIONS`` and ``LOAD CSV`` work too. With
    ``read_only`` (what ``kg query`` does unless ``--write``) the statement is first planned
    with ``EXPLAIN`` and refused (QueryError) when Neo4j says it writes or changes the
    schema, and it then runs in a READ-access session, which the server enforces as well.
    """
    import neo4j as _neo4j
    from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable

    mode = _neo4j.READ_ACCESS if read_only else _neo4j.WRITE_ACCESS
    try:
        with driver.session(database=database, default_access_mode=mode) as session:
            if read_only and not re.match(r"\s*(?:EXPLAIN|PROFILE)\b", text, re.IGNORECASE):
                kind = session.run("EXPLAIN " + text, dict(params or {})).consume().query_type
                if kind not in (None, "r"):
                    what = "changes the schema" if kind == "s" else "writes to the graph"
                    raise QueryError(
                        f"the query {what}; kg query is read-only by default",
                        hint="add --write to run it (maintenance only)",
                    )
            result = session.run(text, dict(params or {}))
            keys = result.keys()
            records = list(result)
    except ServiceUnavailable as exc:
        raise Neo4jUnavailableError(f"Neo4j went away during the query: {brief(exc)}") from exc
    except (ClientError, Neo4jError) as exc:
        msg = exc.message if getattr(exc, "message", None) else str(exc)
        if read_only and "access mode" in str(msg).lower():
            raise QueryError(
                "the query writes to the graph; kg query is read-only by default",
                hint="add --write to run it (maintenance only)",
            ) from exc
        raise QueryError(f"Neo4j rejected the query: {brief(msg)}") from exc
    except DriverError as exc:
        raise Neo4jUnavailableError(f"query failed: {brief(exc)}") from exc
    except OverflowError as exc:
        raise QueryError(f"a parameter is out of range ({exc})") from exc
    columns = list(keys)
    rows = [{k: to_plain(r[k]) for k in columns} for r in records]
    return QueryResult(columns=columns, rows=rows)


def run_named(
    driver: neo4j.Driver,
    name: str,
    raw_params: Mapping[str, str] | None = None,
    *,
    database: str | None = None,
    directory: Path | None = None,
) -> QueryResult:
    spec = get_query(name, directory)
    params = bind_params(spec, raw_params or {})
    return run_cypher(driver, spec.text, params, database=database, read_only=True)


# ------------------------------------------------------------------------------ output
def _cell(value: Any, width: int = 80) -> str:
    if value is None:
        text = ""
    elif isinstance(value, list):
        text = ", ".join(_cell(v, width) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    text = " ".join(clean_controls(text).split())  # never print raw control characters
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(result: QueryResult, *, width: int = 80) -> str:
    if not result.columns:
        return "(no columns)"
    cells = [[_cell(r.get(c), width) for c in result.columns] for r in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines)


def format_json(result: QueryResult) -> str:
    return json.dumps(result.rows, ensure_ascii=False, indent=2, default=str)


def format_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    for r in result.rows:
        row = []
        for c in result.columns:
            v = r.get(c)
            if v is None:
                row.append("")
            elif isinstance(v, list | dict):
                row.append(json.dumps(v, ensure_ascii=False))
            else:
                row.append(v)
        writer.writerow(row)
    return buf.getvalue()


def format_library(library: Mapping[str, QuerySpec]) -> str:
    lines: list[str] = []
    for spec in library.values():
        params = ", ".join(p.name if p.required else f"{p.name}={p.default}" for p in spec.params)
        lines.append(f"{spec.name}({params})")
        lines.append(f"    {spec.description}")
        for ex in spec.examples:
            lines.append(f"    e.g. {ex}")
    return "\n".join(lines)


__all__ = [
    "ParamSpec",
    "QueryResult",
    "QuerySpec",
    "bind_params",
    "format_csv",
    "format_json",
    "format_library",
    "format_table",
    "get_query",
    "guess_params",
    "load_library",
    "parse_param_args",
    "parse_query_file",
    "run_cypher",
    "run_named",
]
