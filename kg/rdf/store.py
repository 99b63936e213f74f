"""The RDF store behind ``kg sparql`` and ``kg serve``: an on-disk pyoxigraph ``Store``.

A dump (``.ttl``, ``.nt``, ``.jsonld``, each optionally ``.gz``) is bulk-loaded once into a store
directory keyed by the dumps' SHA-256 (``<dump dir>/.kg-store/<key>/``, or ``KG_STORE_DIR``);
later runs open that directory read-only, so a 20k-paper graph is queryable in well under a
second after the first load and memory does not grow with the graph (RocksDB pages it).

Queries are read-only and local:

- only ``SELECT``, ``ASK``, ``CONSTRUCT`` and ``DESCRIBE`` run; any update operation (``INSERT``,
  ``DELETE``, ``LOAD``, ``CLEAR`` …), ``SERVICE`` (federation) and ``FROM`` / ``FROM NAMED``
  (which other engines dereference) are refused *before* the query reaches the engine, so no
  outbound connection is ever attempted (:func:`check_query`, a :class:`QueryError`, exit 7);
- every query has a timeout and a row cap (:func:`run`). pyoxigraph cannot cancel a running
  query, so where a query must really stop (``kg serve``) it runs in a worker process that is
  killed at the deadline (:class:`QueryWorkers`, :mod:`kg.rdf.query_worker`). Elsewhere
  (``kg sparql``, which exits anyway) it runs in a thread (pyoxigraph releases the GIL while it
  evaluates); the caller stops waiting at the deadline and the result is discarded, and
  :class:`QuerySlots` caps how many such evaluations may run at once.

rdflib stays for SHACL validation and tests (:mod:`kg.rdf.sparql`, :mod:`kg.rdf.validate`).
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import hashlib
import io
import json
import os
import pickle
import queue
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError, QueryError
from kg.rdf.export import format_from_path, sha256_file
from kg.rdf.query_worker import StoreResult, evaluate, read_frame, write_frame
from kg.schema import PREFIXES

DEFAULT_TIMEOUT = 30.0  # seconds
DEFAULT_ROW_LIMIT = 10_000
STORE_ENV = "KG_STORE_DIR"
_COMPLETE = "kg-store.json"  # written last: a store directory without it is incomplete

_RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
XSD_STRING = PREFIXES["xsd"] + "string"

# --------------------------------------------------------------------------------------------
# Refusing what a read-only, offline endpoint must not do
# --------------------------------------------------------------------------------------------

# Strings, IRIs and comments are blanked before keywords are looked for, so a literal
# "SERVICE" or <http://x/service> never trips the check and a keyword hidden in one never runs.
_LEXEMES = re.compile(
    r"""
    (?P<long1>'''(?:[^'\\]|\\.|'(?!''))*''')
  | (?P<long2>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<str1>'(?:[^'\\\n\r]|\\.)*')
  | (?P<str2>"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n\r]*)
    """,
    re.X,
)
_KEYWORD = r"(?<![\w?$:]){}(?![\w:-])"
_SERVICE = re.compile(_KEYWORD.format("SERVICE"), re.I)
_FROM = re.compile(_KEYWORD.format("FROM"), re.I)
_PROLOGUE = re.compile(r"^\s*(?:(?:BASE\s*<_*>|PREFIX\s+[\w.-]*:\s*<_*>)\s*)*", re.I)
_FORM = re.compile(r"^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_UPDATE_WORD = re.compile(r"^\s*(\w+)", re.I)


def _blank(query: str) -> str:
    """The query with strings, IRIs and comments blanked, character positions unchanged."""

    def repl(m: re.Match[str]) -> str:
        text = m.group(0)
        kind = m.lastgroup
        if kind == "iri":
            return "<" + "_" * (len(text) - 2) + ">"
        if kind == "comment":
            return " " * len(text)
        return text[0] + " " * (len(text) - 2) + text[-1]

    return _LEXEMES.sub(repl, query)


_WHERE_BRACE = re.compile(r"\bWHERE\s*\{", re.I)


def inject_values(query: str, params: Mapping[str, Any] | None) -> str:
    """Bind parameters with a ``VALUES`` block at the start of the query's WHERE group.

    Filters of that group (``FILTER EXISTS { … ?dataset … }``) then see the values, as with
    rdflib's ``initBindings``. Values are written as N-Triples terms (escaped by pyoxigraph).
    """
    if not params:
        return query
    terms = substitutions(params)
    text = _blank(query)
    form = _FORM.search(_PROLOGUE.sub(lambda m: " " * len(m.group(0)), text, count=1))
    start = form.end() if form else 0
    where = _WHERE_BRACE.search(text, start)
    brace = where.end() - 1 if where is not None else text.find("{", start)
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    names = " ".join(f"?{v.value}" for v in terms)
    values = " ".join(str(t) for t in terms.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    return query[: brace + 1] + block + query[brace + 1 :]


def _group_end(text: str, brace: int) -> int:
    """The position of the ``}`` closing the group opened at ``brace`` (blanked text)."""
    depth = 0
    for i in range(brace, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _where_group(text: str) -> tuple[int, int] | None:
    """The ``{`` and ``}`` of the query's top-level WHERE group (blanked text)."""
    form = _FORM.search(_PROLOGUE.sub(lambda m: " " * len(m.group(0)), text, count=1))
    start = form.end() if form else 0
    where = _WHERE_BRACE.search(text, start)
    brace = where.end() - 1 if where is not None else text.find("{", start)
    if brace < 0:
        return None
    return brace, _group_end(text, brace)


# Where a constant cannot stand for a variable, or would change what the query means: a
# (sub)query's projection, a solution modifier, a VALUES block, a BIND/aggregate target; and
# a MINUS, which only removes solutions that share a variable with it.
_PROJECTION = re.compile(r"\bSELECT\b[^{]*", re.I)
_MODIFIER = re.compile(r"\b(?:GROUP\s+BY|ORDER\s+BY|HAVING|VALUES)\b[^}]*\}?", re.I)
_AS_TARGET = re.compile(r"\bAS\s*$", re.I)
_MINUS = re.compile(r"\bMINUS\b", re.I)
_NAME_END = r"(?![\w\u00b7\u0300-\u036f\u203f\u2040])"  # a longer variable name goes on
_STAR = re.compile(r"^\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*", re.I)


def bind_constants(
    query: str, params: Mapping[str, Any] | None
) -> tuple[str, dict[str, ox.NamedNode | ox.Literal]]:
    """Write parameter values into the query as constants; return it and the ones left over.

    A parameter occurring only in triple patterns and expressions of the WHERE group (its
    subqueries and ``FILTER EXISTS`` groups included) is replaced there by its value, written
    as an N-Triples term. The engine then plans with the constant: pyoxigraph does not push a
    ``VALUES`` binding (or its ``substitutions``) into the patterns, so a bound entity IRI is
    an index lookup instead of a scan (a paper page at 100k papers: 45 s → 3 ms). A parameter
    that also occurs where a constant cannot stand (projection, ``GROUP BY``, ``AS``, a
    ``VALUES`` block, a CONSTRUCT template) or in a query with ``MINUS`` or ``SELECT *`` is
    left over, for :func:`inject_values` (pyoxigraph) or ``initBindings`` (rdflib).
    """
    terms = {v.value: t for v, t in substitutions(params).items()}
    if not terms:
        return query, {}
    text = _blank(query)
    group = _where_group(text)
    if group is None or _MINUS.search(text) or _STAR.match(_PROLOGUE.sub("", text, count=1)):
        return query, terms
    start, end = group
    banned = [
        (m.start(), m.end())
        for pattern in (_PROJECTION, _MODIFIER)
        for m in pattern.finditer(text, start, end)
    ]
    edits: list[tuple[int, int, str]] = []
    left: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, term in terms.items():
        spots = [m.span() for m in re.finditer(rf"[?$]{re.escape(name)}{_NAME_END}", text)]
        if all(
            start < a < end
            and not any(b0 <= a < b1 for b0, b1 in banned)
            and not _AS_TARGET.search(text, 0, a)
            for a, _ in spots
        ):
            edits += [(a, b, str(term)) for a, b in spots]
        else:
            left[name] = term
    for a, b, value in sorted(edits, reverse=True):
        query = query[:a] + value + query[b:]
    return query, left


def bind_parameters(query: str, params: Mapping[str, Any] | None) -> str:
    """The query with its parameters bound: as constants where possible, else ``VALUES``."""
    query, left = bind_constants(query, params)
    return inject_values(query, left)


def check_query(query: str) -> str:
    """The query form (``SELECT``/``ASK``/``CONSTRUCT``/``DESCRIBE``) of a safe query.

    Raises :class:`QueryError` for an update operation, ``SERVICE`` or ``FROM``.
    """
    text = _blank(query)
    if _SERVICE.search(text):
        raise QueryError(
            "SERVICE (federated query) is not allowed: this endpoint only queries its own graph "
            "and never connects to another server",
            hint="remove the SERVICE clause",
        )
    body = _PROLOGUE.sub("", text, count=1)
    form = _FORM.match(body)
    if form is None:
        word = _UPDATE_WORD.match(body)
        what = word.group(1).upper() if word else "an empty request"
        raise QueryError(
            f"{what} is not allowed: the store is read-only (updates are refused); only SELECT, "
            "ASK, CONSTRUCT and DESCRIBE queries run"
        )
    if _FROM.search(text):
        raise QueryError(
            "FROM / FROM NAMED are not allowed: the store is one default graph and datasets are "
            "never fetched from elsewhere",
            hint="remove the FROM clause",
        )
    return form.group(1).upper()


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def _dump_format(path: Path) -> ox.RdfFormat:
    fmt = format_from_path(path)
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .ttl, .nt or .jsonld, optionally .gz)")
    return _RDF_FORMATS[fmt]


def store_key(paths: Sequence[Path]) -> str:
    """A directory name for the store of these dumps: their SHA-256s, hashed together."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            digest.update(sha256_file(path).encode())
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return digest.hexdigest()[:24]


def bulk_load(store: ox.Store, path: Path) -> None:
    """Bulk-load one dump (gzip read on the fly) into ``store``'s default graph."""
    fmt = _dump_format(path)
    try:
        opener = gzip.open if path.suffix.lower() == ".gz" else open
        with opener(path, "rb") as fh:
            store.bulk_load(input=fh, format=fmt, base_iri=path.resolve().as_uri())
    except SyntaxError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not valid {fmt.name}: {first}") from exc
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(f"cannot load {path}: {getattr(exc, 'strerror', None) or exc}") from exc


def default_store_root(paths: Sequence[Path]) -> Path:
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env)
    return Path(paths[0]).resolve().parent / ".kg-store"


class RdfStore:
    """A read-only pyoxigraph store holding one or more dumps."""

    def __init__(self, store: ox.Store, directory: Path | None, sources: Sequence[Path]) -> None:
        self.store = store
        self.directory = directory
        self.sources = list(sources)
        self._tmp: str | None = None
        self.workers: QueryWorkers | None = None

    def use_workers(self, n: int = 2) -> None:
        """Evaluate queries in ``n`` worker processes (killed at a timeout) from now on.

        Only for a store on disk that no process writes to any more (a complete store
        directory); a temporary store keeps evaluating in threads.
        """
        if n > 0 and self.workers is None and self.directory is not None and not self._tmp:
            self.workers = QueryWorkers(self.directory, n)

    @classmethod
    def open_dumps(cls, paths: Sequence[Path | str], root: Path | None = None) -> RdfStore:
        """The store of ``paths``: opened read-only when already loaded, else bulk-loaded.

        Loading happens in a temporary sibling directory renamed into place when complete,
        so an interrupted load is never mistaken for a store. When ``root`` cannot be written
        (a read-only dumps directory), the store lives in a temporary directory for this run.
        """
        if not paths:
            raise InputError("no dump given", hint="pass --data FILE (a .ttl/.nt/.jsonld dump)")
        dumps = [Path(p) for p in paths]
        for path in dumps:
            _dump_format(path)
            if not path.is_file():
                raise InputError(f"cannot read {path}: no such file")
        key = store_key(dumps)
        root = root or default_store_root(dumps)
        target = root / key
        if (target / _COMPLETE).is_file():
            with contextlib.suppress(OSError):
                return cls(ox.Store.read_only(str(target)), target, dumps)
        try:
            root.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=root))
        except OSError:
            return cls._temporary(dumps)
        try:
            store = ox.Store(str(work))
            for path in dumps:
                bulk_load(store, path)
            store.optimize()
            (work / _COMPLETE).write_text(
                json.dumps({"sources": [str(p) for p in dumps], "key": key}), encoding="utf-8"
            )
            del store
            if target.exists():  # an incomplete leftover, or a concurrent loader won
                if (target / _COMPLETE).is_file():
                    shutil.rmtree(work, ignore_errors=True)
                    return cls(ox.Store.read_only(str(target)), target, dumps)
                shutil.rmtree(target, ignore_errors=True)
            os.replace(work, target)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        _prune(root, keep=target)
        return cls(ox.Store.read_only(str(target)), target, dumps)

    @classmethod
    def _temporary(cls, dumps: Sequence[Path]) -> RdfStore:
        tmp = tempfile.mkdtemp(prefix="kg-store-")
        store = ox.Store(tmp)
        for path in dumps:
            bulk_load(store, path)
        out = cls(store, Path(tmp), dumps)
        out._tmp = tmp
        return out

    def close(self) -> None:
        if self.workers is not None:
            self.workers.close()
            self.workers = None
        self.store = None  # type: ignore[assignment]
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __len__(self) -> int:
        result = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(result))["n"].value)  # type: ignore[index]


def _prune(root: Path, keep: Path, max_stores: int = 3) -> None:
    """Keep the newest few stores under ``root`` (old dumps' stores are not needed)."""
    try:
        stores = sorted(
            (p for p in root.iterdir() if p.is_dir() and (p / _COMPLETE).is_file()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return
    for old in stores[max_stores:]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Running queries
# --------------------------------------------------------------------------------------------


def bind(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value: ``<iri>`` is an IRI, anything else a plain string literal."""
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"bad IRI parameter {value!r}") from exc
    return ox.Literal(value)


def substitutions(params: Mapping[str, Any] | None) -> dict[ox.Variable, Any]:
    out: dict[ox.Variable, Any] = {}
    for name, value in (params or {}).items():
        term = value if isinstance(value, ox.NamedNode | ox.Literal) else bind(str(value))
        out[ox.Variable(name)] = term
    return out


class QuerySlots:
    """At most ``n`` query evaluations at once (a timed-out one holds its slot until it ends)."""

    def __init__(self, n: int = 2) -> None:
        self._sem = threading.BoundedSemaphore(n)

    def acquire(self, timeout: float) -> bool:
        return self._sem.acquire(timeout=max(0.0, timeout))

    def release(self) -> None:
        self._sem.release()


_DEFAULT_SLOTS = QuerySlots(4)


class _Worker:
    """One ``python -m kg.rdf.query_worker`` process with the store open read-only."""

    def __init__(self, directory: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg.rdf.query_worker", str(directory)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
        )

    def ask(self, request: tuple[str, str, int], timeout: float) -> Any:
        """The answer frame, or raises TimeoutError (the worker is then still busy)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        write_frame(self.proc.stdin, request)
        ready = select.select([self.proc.stdout], [], [], max(0.0, timeout))[0]
        if not ready:
            raise TimeoutError
        return read_frame(self.proc.stdout)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, kill: bool = False) -> None:
        with contextlib.suppress(OSError):
            if kill:
                self.proc.kill()
            elif self.proc.stdin is not None:
                self.proc.stdin.close()  # the worker exits at end of input
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()


class QueryWorkers:
    """At most ``n`` queries at once, each in a worker process killed when it times out.

    Workers start at once (each opens the store while the server starts) and are reused; one
    that timed out (or died) is killed and replaced by a fresh process. Overhead per query: a
    pickle round trip over a pipe (``bench/bench_store.py`` measures it).
    """

    def __init__(self, directory: Path, n: int = 2) -> None:
        self.directory = directory
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._closed = False
        for _ in range(n):
            self._idle.put(self._start())

    def pids(self) -> list[int]:
        with self._lock:
            return [w.proc.pid for w in self._all if w.alive()]

    def _start(self) -> _Worker:
        worker = _Worker(self.directory)
        with self._lock:
            self._all.add(worker)
        return worker

    def _drop(self, worker: _Worker, kill: bool) -> None:
        worker.stop(kill=kill)
        with self._lock:
            self._all.discard(worker)

    def run(self, query: str, form: str, limit: int, timeout: float) -> StoreResult:
        start = time.monotonic()
        try:
            worker = self._idle.get(timeout=max(0.0, timeout))
        except queue.Empty:
            raise QueryError(
                "the SPARQL store is busy: too many queries running, try again later"
            ) from None
        try:
            if self._closed:
                raise QueryError("the SPARQL store is closed")
            if worker is None or not worker.alive():
                if worker is not None:
                    self._drop(worker, kill=True)
                worker = self._start()
            try:
                answer = worker.ask((query, form, limit), timeout - (time.monotonic() - start))
            except TimeoutError:
                self._drop(worker, kill=True)  # the only way to stop a pyoxigraph query
                worker = None if self._closed else self._start()
                raise QueryError(
                    f"SPARQL query timed out after {timeout:g} s (stopped)",
                    hint="make the query more selective, or raise the timeout",
                ) from None
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                self._drop(worker, kill=True)
                worker = None
                raise QueryError(f"the SPARQL worker failed: {exc or type(exc).__name__}") from exc
        finally:
            self._idle.put(worker)
        if answer[0] == "error":
            raise QueryError(answer[1], hint=answer[2])
        result: StoreResult = answer[1]
        result.seconds = time.monotonic() - start
        return result

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop(kill=True)


def run(
    store: RdfStore | ox.Store,
    query: str,
    params: Mapping[str, Any] | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    limit: int = DEFAULT_ROW_LIMIT,
    slots: QuerySlots | None = None,
) -> StoreResult:
    """Run a read-only query with a timeout (seconds) and a row cap.

    Raises :class:`QueryError` for a refused, malformed or failing query, and for one that
    does not finish within ``timeout`` seconds.
    """
    form = check_query(query)
    query = bind_parameters(query, params)
    if isinstance(store, RdfStore) and store.workers is not None:
        return store.workers.run(query, form, max(0, limit), timeout)
    oxstore = store.store if isinstance(store, RdfStore) else store
    slots = slots or _DEFAULT_SLOTS
    start = time.monotonic()
    if not slots.acquire(timeout):
        raise QueryError("the SPARQL store is busy: too many queries running, try again later")
    future: Future[StoreResult] = Future()

    def work() -> None:
        try:
            future.set_result(evaluate(oxstore, query, form, max(0, limit)))
        except BaseException as exc:  # delivered to the waiting caller
            future.set_exception(exc)
        finally:
            slots.release()

    threading.Thread(target=work, name="kg-sparql", daemon=True).start()
    remaining = timeout - (time.monotonic() - start)
    try:
        result = future.result(timeout=max(0.001, remaining))
    except TimeoutError as exc:
        raise QueryError(
            f"SPARQL query timed out after {timeout:g} s",
            hint="make the query more selective, or raise the timeout",
        ) from exc
    result.seconds = time.monotonic() - start
    return result


# --------------------------------------------------------------------------------------------
# Output formats (SPARQL 1.1 Query Results JSON / CSV / TSV, RDF for CONSTRUCT/DESCRIBE)
# --------------------------------------------------------------------------------------------


def term_json(term: Any) -> dict[str, str] | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def term_text(term: Any) -> str:
    """The plain text of a term (CSV cells, tables, templates)."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def term_python(term: Any) -> Any:
    """A Python value for a term: numbers and booleans typed, IRIs and strings as ``str``."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if dtype in ("integer", "int", "long", "nonNegativeInteger"):
                return int(term.value)
            if dtype in ("decimal", "double", "float"):
                return float(term.value)
            if dtype == "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return term_text(term)


def format_json(result: StoreResult) -> str:
    if result.ask is not None:
        return json.dumps({"head": {}, "boolean": result.ask})
    bindings = [
        {c: term_json(t) for c, t in zip(result.columns, row, strict=True) if t is not None}
        for row in result.rows
    ]
    return json.dumps(
        {"head": {"vars": result.columns}, "results": {"bindings": bindings}},
        ensure_ascii=False,
    )


def format_csv(result: StoreResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.ask is not None:
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.ask else "false"])
        return buf.getvalue()
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([term_text(t) for t in row])
    return buf.getvalue()


def format_tsv(result: StoreResult) -> str:
    if result.ask is not None:
        return "?_askResult\n" + ("true" if result.ask else "false") + "\n"
    lines = ["\t".join(f"?{c}" for c in result.columns)]
    for row in result.rows:
        # str() of a pyoxigraph term is its N-Triples/Turtle form, as SPARQL TSV requires.
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return "\n".join(lines) + "\n"


def format_table(result: StoreResult) -> str:
    if result.ask is not None:
        return "true" if result.ask else "false"
    if result.triples:
        return serialize_triples(result.triples, "ttl").decode("utf-8")
    if not result.rows:
        return "(no results)"
    cells = [[" ".join(term_text(t).split()) for t in row] for row in result.rows]
    widths = [
        min(80, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(result.columns)
    ]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v[:80].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(result.columns), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    n = len(cells)
    out.append(f"({n} row{'s' if n != 1 else ''}{', truncated' if result.truncated else ''})")
    return "\n".join(out)


def serialize_triples(triples: Iterable[ox.Triple], fmt: str) -> bytes:
    """Turtle (with our prefixes), N-Triples or JSON-LD (expanded) bytes."""
    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}.get(fmt)
    if rdf_format is not None:
        prefixes = dict(PREFIXES) if fmt == "ttl" else None
        return ox.serialize(list(triples), format=rdf_format, prefixes=prefixes) or b""
    return ox.serialize(list(triples), format=ox.RdfFormat.JSON_LD) or b"[]"


def rows_as_dicts(result: StoreResult) -> list[dict[str, Any]]:
    """SELECT rows as ``{column: python value}`` (templates, charts, comparisons)."""
    return [
        {c: term_python(t) for c, t in zip(result.columns, row, strict=True)} for row in result.rows
    ]
