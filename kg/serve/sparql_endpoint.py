"""``/sparql``: a read-only SPARQL 1.1 Protocol endpoint over the latest dump.

- ``GET /sparql?query=…`` and ``POST /sparql`` (``application/x-www-form-urlencoded`` with
  ``query=…``, or ``application/sparql-query`` as the body).
- SELECT/ASK results as SPARQL JSON (default), CSV or TSV; CONSTRUCT/DESCRIBE as Turtle
  (default), JSON-LD or N-Triples — by ``Accept``, or ``format=json|csv|tsv|ttl|jsonld|nt``.
- Read-only: ``update=…``, update operations, ``SERVICE``, ``FROM`` and the
  ``default-graph-uri`` / ``named-graph-uri`` parameters are refused with 400 before anything
  runs (the store never connects anywhere). Each query has a timeout (503 when it runs out) and
  a result cap (``X-KG-Truncated: true`` when it cut the answer).
- CORS: every answer allows any origin; ``OPTIONS`` answers preflights.
- Without a query, a browser (``Accept: text/html``) gets a small query form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from kg.errors import InputError, QueryError
from kg.rdf import store as rdfstore
from kg.serve.negotiate import choose

if TYPE_CHECKING:
    from kg.serve.pages import Pages
    from kg.serve.site import Site

MAX_QUERY_BYTES = 64 * 1024
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "X-KG-Truncated, X-KG-Seconds",
}
SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
}
FORMAT_TYPES = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "nt": "application/n-triples",
}


def _error(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status, headers=CORS)


async def _read_params(request: Request) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method == "POST":
        body = await request.body()
        if len(body) > MAX_QUERY_BYTES:
            raise QueryError(f"request body larger than {MAX_QUERY_BYTES} bytes")
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        text = body.decode("utf-8", errors="replace")
        if ctype == "application/x-www-form-urlencoded":
            for key, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            params.setdefault("query", []).append(text)
        elif ctype == "application/sparql-update":
            params.setdefault("update", []).append(text)
        else:
            raise QueryError(
                f"unsupported content type {ctype or '(none)'}: use "
                "application/x-www-form-urlencoded or application/sparql-query"
            )
    return params


def sparql_router(site: Site, pages: Pages | None = None) -> APIRouter:
    router = APIRouter()

    @router.options("/sparql")
    def preflight(request: Request) -> Response:
        return Response(
            status_code=204,
            headers={
                **CORS,
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Accept, Content-Type",
                "Access-Control-Max-Age": "600",
            },
        )

    @router.api_route("/sparql", methods=["GET", "POST"])
    async def sparql(request: Request) -> Response:
        try:
            params = await _read_params(request)
        except QueryError as exc:
            return _error(400, exc.one_line())
        if "update" in params:
            return _error(400, "updates are not allowed: this endpoint is read-only")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return _error(
                400, "default-graph-uri / named-graph-uri are not allowed: one default graph"
            )
        queries = params.get("query") or []
        accept = request.headers.get("accept")
        if not queries:
            if pages is not None and choose(accept, ["text/html", "text/plain"]) == "text/html":
                return HTMLResponse(pages.render("sparql.html", query=None), headers=CORS)
            return _error(400, "missing query parameter: pass query=… (SPARQL 1.1 Protocol)")
        if len(queries) > 1:
            return _error(400, "more than one query given")
        query = queries[0]
        if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
            return _error(400, f"query larger than {MAX_QUERY_BYTES} bytes")
        fmt = (params.get("format") or [""])[0].lower()
        try:
            form = rdfstore.check_query(query)
        except QueryError as exc:
            return _error(400, exc.one_line())
        graph = form in ("CONSTRUCT", "DESCRIBE")
        types = GRAPH_TYPES if graph else SELECT_TYPES
        if fmt:
            media = FORMAT_TYPES.get(fmt)
            if media not in types:
                return _error(400, f"format {fmt!r} does not fit a {form} query")
        else:
            media = choose(accept, list(types))
            if media is None:
                return _error(406, f"cannot answer a {form} query as {accept}")
        from starlette.concurrency import run_in_threadpool

        try:
            result = await run_in_threadpool(site.run, query)
        except InputError as exc:
            return _error(503, exc.one_line())
        except QueryError as exc:
            status = 503 if "timed out" in exc.message or "busy" in exc.message else 400
            return _error(status, exc.one_line())
        headers = {
            **CORS,
            "X-KG-Seconds": f"{result.seconds:.3f}",
            "Cache-Control": "no-store",
        }
        if result.truncated:
            headers["X-KG-Truncated"] = "true"
        kind = types[media]
        if graph:
            body = rdfstore.serialize_triples(result.triples, kind)
            return Response(body, media_type=f"{media}; charset=utf-8", headers=headers)
        text = {
            "json": rdfstore.format_json,
            "csv": rdfstore.format_csv,
            "tsv": rdfstore.format_tsv,
        }[kind](result)
        return Response(text, media_type=f"{media}; charset=utf-8", headers=headers)

    return router
