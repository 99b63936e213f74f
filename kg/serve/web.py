"""Wires the linked-data web layer into the ``kg serve`` app: the SPARQL endpoint, entity pages
with content negotiation, leaderboards, trends, and VoID that names the endpoint."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from starlette.responses import Response

from kg.serve.pages import Pages, pages_router, resource_route
from kg.serve.site import Site
from kg.serve.sparql_endpoint import sparql_router

VOID_ENDPOINT = "\n<#dataset> void:sparqlEndpoint </sparql> .\n"


def mount(app: FastAPI, site: Site) -> None:
    """Add the web routes; the entity catch-all goes last so every other route wins."""
    pages = Pages(site)
    app.state.site = site
    app.include_router(sparql_router(site, pages))
    app.include_router(pages_router(site, pages))
    app.include_router(resource_route(site, pages))


def void_response(request: Request, path: Path) -> Response:
    """A dump's VoID description as served: the file plus ``void:sparqlEndpoint </sparql>``
    (root-relative, so it resolves to this server's endpoint)."""
    import hashlib

    from kg.serve.app import _not_modified

    body = path.read_bytes()
    if b"void:sparqlEndpoint" not in body:
        body += VOID_ENDPOINT.encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest() + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    if _not_modified(request, etag, path.stat().st_mtime):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/turtle; charset=utf-8", headers=headers)
