"""Query evaluation in a worker process, so that a query past its timeout can be stopped.

pyoxigraph cannot cancel a running query: a thread that evaluates one runs until the query
ends, however long that takes. ``kg serve`` therefore evaluates queries in worker processes
(:class:`kg.rdf.store.QueryWorkers`); each opens the on-disk store read-only once and answers
queries over its stdin/stdout, one at a time. When a query runs past its timeout, the server
kills the worker (SIGKILL; the store is opened read-only, so nothing can be left half-written)
and starts a fresh one for the next query.

Frames on the pipes are an 8-byte big-endian length followed by a pickle: the request is
``(query, form, limit)``, the answer ``("ok", StoreResult)`` or ``("error", message, hint)``.
The worker imports only pyoxigraph and this module (no rdflib), so it starts in a fraction of
a second. It exits when its stdin closes, so it never outlives the server.

Run as ``python -m kg.rdf.query_worker STORE_DIR``.
"""

from __future__ import annotations

import pickle
import struct
import sys
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.errors import QueryError
from kg.schema import PREFIXES

_HEADER = struct.Struct(">Q")


@dataclass
class StoreResult:
    """One query's answer: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    form: str
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)  # pyoxigraph terms or None
    ask: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False
    seconds: float = 0.0


def _failed(exc: BaseException, what: str = "SPARQL failed") -> QueryError:
    return QueryError(f"{what}: {' '.join(str(exc).split())[:300]}")


def evaluate(store: ox.Store, query: str, form: str, limit: int) -> StoreResult:
    """Evaluate a checked query (see :func:`kg.rdf.store.check_query`), keeping ``limit`` rows."""
    try:
        answer = store.query(query, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        raise _failed(exc, "bad SPARQL") from exc
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise _failed(exc) from exc
    out = StoreResult(form)
    try:
        if isinstance(answer, ox.QueryBoolean):
            out.ask = bool(answer)
            out.columns = ["ask"]
            return out
        if isinstance(answer, ox.QuerySolutions):
            out.columns = [v.value for v in answer.variables]
            for solution in answer:
                if len(out.rows) >= limit:
                    out.truncated = True
                    break
                out.rows.append([solution[i] for i in range(len(out.columns))])
            return out
        for triple in answer:
            if len(out.triples) >= limit:
                out.truncated = True
                break
            out.triples.append(triple)
    except (OSError, ValueError, TypeError, SyntaxError, RuntimeError) as exc:
        raise _failed(exc) from exc
    return out


def write_frame(fh: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_HEADER.pack(len(data)) + data)
    fh.flush()


def read_frame(fh: BinaryIO) -> Any:
    """The next frame, or raises EOFError when the other side closed the pipe."""
    head = _read_exactly(fh, _HEADER.size)
    return pickle.loads(_read_exactly(fh, _HEADER.unpack(head)[0]))  # our own pipe only


def _read_exactly(fh: BinaryIO, n: int) -> bytes:
    chunks: list[bytes] = []
    while n:
        chunk = fh.read(n)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def serve(directory: str, requests: BinaryIO, answers: BinaryIO) -> None:
    store = ox.Store.read_only(directory)
    while True:
        try:
            query, form, limit = read_frame(requests)
        except EOFError:
            return
        try:
            write_frame(answers, ("ok", evaluate(store, query, form, limit)))
        except QueryError as exc:
            write_frame(answers, ("error", exc.message, exc.hint))
        except Exception as exc:  # anything else is still one answer, never a dead worker
            write_frame(answers, ("error", f"SPARQL failed: {type(exc).__name__}: {exc}", None))


if __name__ == "__main__":
    # Through the package module, so answers pickle as kg.rdf.query_worker.StoreResult.
    from kg.rdf import query_worker

    query_worker.serve(sys.argv[1], sys.stdin.buffer, sys.stdout.buffer)
