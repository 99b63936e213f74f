"""Server-side HTML pages (Jinja2 templates in ``kg/serve/templates/``) and dereferenceable IRIs.

- ``<base path>{rest}`` (``/resource/dataset/gsm8k`` for the default base IRI): the resource
  ``<base IRI>{rest}`` with content negotiation — HTML for browsers, Turtle for
  ``Accept: text/turtle``, JSON-LD for ``application/ld+json``, N-Triples for
  ``application/n-triples`` (or ``?format=ttl|jsonld|nt|html``). ``Vary: Accept``.
- ``/search?q=``: names, aliases and titles containing the text.
- ``/leaderboards``: every (dataset, metric) leaderboard with its SOTA-over-time chart;
  ``/trends``: papers per month for the top datasets, methods and tasks, and dataset
  co-occurrence. Every chart has a table with the same numbers.
- ``/static/plotly.min.js``: the chart library, from the installed plotly package.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from kg import __version__
from kg.errors import InputError, QueryError
from kg.serve import charts
from kg.serve.negotiate import choose
from kg.serve.site import PAGES_DIR, RELATION_NAMES, Leaderboard, Resource, Site

if TYPE_CHECKING:
    import jinja2

RDF_TYPES = {
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
}
PAGE_TYPES = ["text/html", *RDF_TYPES, "application/xhtml+xml"]
FORMAT_PARAM = {
    "html": "text/html",
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
}
_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


@functools.cache
def environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kg.serve", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    env.filters["relation"] = lambda iri: RELATION_NAMES.get(str(iri), str(iri))
    env.filters["number"] = _number
    env.filters["host"] = _host
    return env


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    host = urlsplit(str(url)).netloc
    return {"huggingface.co": "Hugging Face", "www.wikidata.org": "Wikidata"}.get(host, host)


def chart_id(*parts: str) -> str:
    return "chart-" + _SAFE_ID.sub("-", "-".join(parts)).strip("-").lower()[:80]


class Pages:
    """Renders the pages of one :class:`Site`."""

    def __init__(self, site: Site) -> None:
        self.site = site

    def render(self, template: str, **context: Any) -> str:
        return (
            environment().get_template(template).render(site=self.site, href=self.href, **context)
        )

    def href(self, iri: Any) -> str:
        return self.site.local_path(str(iri)) or str(iri)

    # ------------------------------------------------------------------ resource pages
    def resource_html(self, res: Resource) -> str:
        site = self.site
        from kg.rdf.store import bind

        entity = {"entity": bind(f"<{res.iri}>")}
        boards: list[Leaderboard] = []
        if res.label == "Paper":
            return self.render(
                "paper.html",
                res=res,
                entities=site.select(f"{PAGES_DIR}/paper-entities", entity),
                results=site.select(f"{PAGES_DIR}/paper-results", entity),
            )
        papers = site.select(f"{PAGES_DIR}/entity-papers", entity)
        if res.label == "Dataset":
            boards = [b for b in site.leaderboards() if b.dataset == res.name]
        elif res.label == "Metric":
            boards = [b for b in site.leaderboards() if b.metric == res.name]
        elif res.label in ("Model", "Method"):
            boards = [
                b for b in site.leaderboards() if any(e.system == res.name for e in b.entries)
            ]
        board_charts = {b.key: charts.sota_chart(b, chart_id("sota", b.key)) for b in boards}
        by_paper: dict[str, dict[str, Any]] = {}
        for row in papers:
            item = by_paper.setdefault(
                row["paper"], {"paper": row["paper"], "title": row["title"], "relations": []}
            )
            item["issued"] = row.get("issued")
            item["relations"].append(row)
        return self.render(
            "entity.html",
            res=res,
            papers=sorted(by_paper.values(), key=lambda p: (str(p["title"]).lower(), p["paper"])),
            boards=boards,
            board_charts=board_charts,
            highlight=res.name if res.label in ("Model", "Method") else None,
        )


def pages_router(site: Site, pages: Pages) -> APIRouter:
    router = APIRouter()

    @router.get("/static/plotly.min.js")
    def plotly_js() -> Response:
        return Response(
            charts.plotly_js(),
            media_type="text/javascript; charset=utf-8",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @router.get("/search", response_class=HTMLResponse)
    def search(q: str = "") -> Response:
        try:
            hits = site.search(q)
        except (InputError, QueryError) as exc:
            return PlainTextResponse(exc.one_line(), status_code=503)
        return HTMLResponse(pages.render("search.html", q=q, hits=hits))

    @router.get("/leaderboards", response_class=HTMLResponse)
    def leaderboards() -> Response:
        try:
            boards = site.leaderboards()
        except (InputError, QueryError) as exc:
            return PlainTextResponse(exc.one_line(), status_code=503)
        board_charts = {b.key: charts.sota_chart(b, chart_id("sota", b.key)) for b in boards}
        return HTMLResponse(
            pages.render("leaderboards.html", boards=boards, board_charts=board_charts)
        )

    @router.get("/trends", response_class=HTMLResponse)
    def trends() -> Response:
        try:
            context = trend_context(site)
        except (InputError, QueryError) as exc:
            return PlainTextResponse(exc.one_line(), status_code=503)
        return HTMLResponse(pages.render("trends.html", **context))

    return router


def resource_route(site: Site, pages: Pages) -> APIRouter:
    """The catch-all for entity IRIs under the base path (registered after every other route)."""
    router = APIRouter()
    prefix = site.base_path.rstrip("/")

    @router.get(prefix + "/{rest:path}")
    def resource(rest: str, request: Request) -> Response:
        iri = site.iri_for_path(request.url.path)
        if request.url.query and "format=" not in request.url.query:
            iri += "?" + request.url.query
        fmt = request.query_params.get("format")
        if fmt:
            media = FORMAT_PARAM.get(fmt)
            if media is None:
                return PlainTextResponse(f"unknown format {fmt!r}", status_code=400)
        else:
            media = choose(request.headers.get("accept"), PAGE_TYPES)
            if media is None:
                return PlainTextResponse("not acceptable", status_code=406)
        headers = {"Vary": "Accept", "Access-Control-Allow-Origin": "*"}
        try:
            res = site.resource(iri)
            if res is None:
                return PlainTextResponse(f"no resource {iri}", status_code=404, headers=headers)
            if media in RDF_TYPES:
                body = site.describe(iri, RDF_TYPES[media])
                return Response(body, media_type=f"{media}; charset=utf-8", headers=headers)
            return HTMLResponse(pages.resource_html(res), headers=headers)
        except (InputError, QueryError) as exc:
            return PlainTextResponse(exc.one_line(), status_code=503, headers=headers)

    return router


def trend_context(site: Site) -> dict[str, Any]:
    trends = {kind: site.trends(kind) for kind in ("datasets", "methods", "tasks")}
    pairs = site.cooccurrence()
    return {
        "trends": trends,
        "trend_charts": {
            kind: charts.trend_chart(rows, f"Papers per month: top {kind}", chart_id("trend", kind))
            for kind, rows in trends.items()
            if rows
        },
        "pairs": pairs,
        "cooccurrence_chart": charts.cooccurrence_chart(pairs, "chart-cooccurrence")
        if pairs
        else None,
    }
