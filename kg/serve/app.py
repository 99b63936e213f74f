"""``kg serve``: a small download service for the RDF dumps (FastAPI/Starlette, run by uvicorn).

Routes
------
- ``/``: HTML index, every dump with size, date, triple count and SHA-256.
- ``/dumps/{name}``: a file of the dumps directory (dumps, ``.void.ttl``, ``.sha256``);
  ``latest.<fmt>[.gz]`` is the newest dated dump ``kg-YYYY-MM-DD.<fmt>[.gz]`` (or a real file
  of that name). ``.gz`` files are sent as ``application/gzip`` downloads (no
  ``Content-Encoding``), so ``curl -O`` saves exactly the bytes whose SHA-256 is published.
- ``/void.ttl``: redirects to the VoID/DCAT description of the latest Turtle dump.
- ``/browser/{name}``: the Neo4j Browser guide and style sheet (``kg/browser/``), with CORS.
- ``/dumps.json``: the index as JSON; ``/healthz``: ``ok``.

Every file response has ``ETag`` (the SHA-256), ``Last-Modified``, answers conditional GETs with
304 and range requests with 206. Only plain file names of the directory are served: anything
else (``..``, encoded ``%2e%2e``, sub-directories, hidden files) is a 404. A symlink is only
followed when its target lies inside the directory: one pointing out is neither served nor
listed (its size, date and hash never appear in the index or ``/dumps.json``).

Connection limits (:class:`Limits`, ``kg serve --max-connections/--header-timeout``): a
client has ``header_timeout`` seconds (default 10) from connecting, or from the end of its
previous response, to send a complete request head, else the connection is closed; a
request head is at most 16 KiB; idle keep-alive connections close after 5 s; at most
``max_connections`` (default 256) connections are open at once: a connection beyond the cap
gets ``503`` and is closed, and requests beyond it are answered ``503`` by uvicorn.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
)
from starlette.responses import Response

from kg import __version__
from kg.atomic import sha256_file
from kg.config import PACKAGE_DIR

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$")
DUMP_NAME = re.compile(r"^(?P<stem>.+?)\.(?P<fmt>ttl|nt|jsonld)(?P<gz>\.gz)?$")
DATED = re.compile(r"^kg-(?P<date>\d{4}-\d{2}-\d{2})\.(?P<rest>(ttl|nt|jsonld)(\.gz)?)$")
LATEST = re.compile(r"^latest\.(?P<rest>(ttl|nt|jsonld)(\.gz)?)$")

MEDIA: dict[str, str] = {
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples; charset=utf-8",
    "jsonld": "application/ld+json",
    "gz": "application/gzip",
    "sha256": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "grass": "text/plain; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json",
}

DEFAULT_BROWSER_DIR = PACKAGE_DIR / "browser"


@dataclass
class DumpInfo:
    name: str
    format: str
    gz: bool
    bytes: int
    modified: str  # ISO datetime (UTC)
    issued: str | None
    triples: int | None
    sha256: str
    void: str | None  # file name of the VoID description, if any


class _HashCache:
    """SHA-256 of files, cached per (path, mtime, size); a fresh ``.sha256`` sidecar is trusted."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[Path, tuple[int, int, str]] = {}

    def get(self, path: Path) -> str:
        st = path.stat()
        key = (st.st_mtime_ns, st.st_size)
        with self._lock:
            hit = self._cache.get(path)
        if hit and hit[:2] == key:
            return hit[2]
        digest = self._sidecar(path, st.st_mtime_ns) or sha256_file(path)
        with self._lock:
            self._cache[path] = (*key, digest)
        return digest

    @staticmethod
    def _sidecar(path: Path, mtime_ns: int) -> str | None:
        side = path.with_name(path.name + ".sha256")
        try:
            if side.stat().st_mtime_ns < mtime_ns:
                return None
            text = side.read_text(encoding="utf-8").split()
        except OSError:
            return None
        if (
            len(text) >= 2
            and text[1].lstrip("*") == path.name
            and re.fullmatch(r"[0-9a-f]{64}", text[0])
        ):
            return text[0]
        return None


class DumpStore:
    """The files of one dumps directory, resolved safely."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory).resolve()
        self.hashes = _HashCache()
        self._void_cache: dict[Path, tuple[int, dict[str, Any]]] = {}

    def file(self, name: str) -> Path | None:
        """A regular file directly inside the directory, or None (never follows ``..``)."""
        if not SAFE_NAME.match(name) or ".." in name:
            return None
        path = self.directory / name
        try:
            resolved = path.resolve(strict=True)
        except OSError:
            return None
        if resolved.parent != self.directory or not resolved.is_file():
            return None
        return resolved

    def resolve(self, name: str) -> Path | None:
        """``name`` or, for ``latest.<fmt>[.gz]``, the newest dated dump of that format."""
        path = self.file(name)
        if path is not None:
            return path
        match = LATEST.match(name)
        if not match:
            return None
        rest = match.group("rest")
        candidates = []
        for p in self._entries():
            m = DATED.match(p.name)
            if m and m.group("rest") == rest:
                candidates.append((m.group("date"), p.stat().st_mtime_ns, p))
        return max(candidates)[2] if candidates else None

    def _entries(self) -> list[Path]:
        """Files listed: plain names whose (symlink-resolved) target is inside the folder."""
        try:
            names = [p.name for p in self.directory.iterdir()]
        except OSError:
            return []
        return [self.directory / n for n in names if self.file(n) is not None]

    def void_facts(self, void: Path) -> dict[str, Any]:
        from kg.rdf.void import read_void

        mtime = void.stat().st_mtime_ns
        hit = self._void_cache.get(void)
        if hit and hit[0] == mtime:
            return hit[1]
        try:
            facts = read_void(void)
        except Exception:  # a broken VoID file must not break the index
            facts = {}
        self._void_cache[void] = (mtime, facts)
        return facts

    def dumps(self) -> list[DumpInfo]:
        out: list[DumpInfo] = []
        for path in self._entries():
            if path.name.endswith(".void.ttl"):
                continue
            m = DUMP_NAME.match(path.name)
            if not m:
                continue
            st = path.stat()
            void = self.file(path.name + ".void.ttl")
            facts = self.void_facts(void) if void else {}
            dated = DATED.match(path.name)
            out.append(
                DumpInfo(
                    name=path.name,
                    format=m.group("fmt"),
                    gz=bool(m.group("gz")),
                    bytes=st.st_size,
                    modified=dt.datetime.fromtimestamp(st.st_mtime, dt.UTC).isoformat(
                        timespec="seconds"
                    ),
                    issued=facts.get("issued") or (dated.group("date") if dated else None),
                    triples=facts.get("triples"),
                    sha256=self.hashes.get(path),
                    void=void.name if void else None,
                )
            )
        out.sort(key=lambda d: (d.issued or "", d.modified, d.name), reverse=True)
        return out


def _media_type(name: str) -> str:
    suffix = name.rsplit(".", 1)[-1].lower()
    return MEDIA.get(suffix, "application/octet-stream")


def _human(n: int) -> str:
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"  # pragma: no cover


def _not_modified(request: Request, etag: str, mtime: float) -> bool:
    inm = request.headers.get("if-none-match")
    if inm is not None:
        tags = [t.strip() for t in inm.split(",")]
        return "*" in tags or etag in tags or f"W/{etag}" in tags
    ims = request.headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return int(mtime) <= int(since.timestamp())
    return False


def file_response(
    request: Request,
    path: Path,
    sha256: str,
    *,
    download_name: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> Response:
    st = path.stat()
    etag = f'"{sha256}"'
    headers = {
        "ETag": etag,
        "Last-Modified": format_datetime(
            dt.datetime.fromtimestamp(int(st.st_mtime), dt.UTC), usegmt=True
        ),
        "Cache-Control": "public, max-age=300",
        "Accept-Ranges": "bytes",
        **(extra_headers or {}),
    }
    if _not_modified(request, etag, st.st_mtime):
        return Response(status_code=304, headers=headers)
    if download_name:
        headers["Content-Disposition"] = f'attachment; filename="{download_name}"'
    return FileResponse(path, media_type=_media_type(path.name), headers=headers, stat_result=st)


def _index_html(store: DumpStore, browser_files: list[str]) -> str:
    dumps = store.dumps()
    rows = []
    for d in dumps:
        name = html.escape(d.name)
        void = f'<a href="/dumps/{html.escape(d.void)}">VoID</a>' if d.void else "&mdash;"
        triples = f"{d.triples:,}" if d.triples is not None else "&mdash;"
        rows.append(
            f'<tr data-name="{name}">'
            f'<td class="name"><a href="/dumps/{name}" download>{name}</a></td>'
            f'<td class="format">{d.format}{" (gzip)" if d.gz else ""}</td>'
            f'<td class="size" data-bytes="{d.bytes}">{_human(d.bytes)}</td>'
            f'<td class="date">{html.escape(d.issued or d.modified[:10])}</td>'
            f'<td class="triples" data-triples="{d.triples if d.triples is not None else ""}">'
            f"{triples}</td>"
            f'<td class="sha256"><code>{d.sha256}</code></td>'
            f'<td class="void">{void}</td></tr>'
        )
    latest = [
        f'<li><a href="/dumps/latest.{rest}">/dumps/latest.{rest}</a></li>'
        for rest in ("ttl.gz", "nt.gz", "jsonld.gz", "ttl", "nt", "jsonld")
        if store.resolve(f"latest.{rest}") is not None
    ]
    browser = [
        f'<li><a href="/browser/{html.escape(f)}">{html.escape(f)}</a></li>' for f in browser_files
    ]
    table = (
        "<table><thead><tr><th>File</th><th>Format</th><th>Size</th><th>Date</th>"
        "<th>Triples</th><th>SHA-256</th><th>Description</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
        if rows
        else '<p class="empty">No dumps yet: run <code>kg build</code> or '
        "<code>kg export</code>.</p>"
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg — RDF dumps</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem;
       color: #1d2330; }}
h1 {{ font-size: 1.6rem; margin-bottom: .2rem; }}
p.lead {{ color: #555; margin-top: 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: .92rem; }}
th, td {{ text-align: left; padding: .45rem .6rem; border-bottom: 1px solid #dde1e8;
          vertical-align: top; }}
th {{ background: #f3f5f9; }}
td.size, td.triples {{ text-align: right; white-space: nowrap; }}
td.sha256 code {{ font-size: .78rem; word-break: break-all; }}
code {{ background: #f3f5f9; padding: 0 .2rem; border-radius: 3px; }}
footer {{ margin-top: 2rem; color: #777; font-size: .85rem; }}
</style></head>
<body>
<h1>kg — RDF dumps of the ML-papers knowledge graph</h1>
<p class="lead">Turtle / N-Triples / JSON-LD dumps with a VoID/DCAT description each.
Licence: <a href="http://creativecommons.org/publicdomain/zero/1.0/">CC0 1.0</a>
(paper metadata from arXiv, which arXiv makes available under CC0).
Verify a download with <code>sha256sum</code> against the SHA-256 below.</p>
<h2>Dumps</h2>
{table}
<h2>Stable links</h2>
<ul>{"".join(latest) or "<li>none yet</li>"}
<li><a href="/void.ttl">/void.ttl</a> (description of the latest Turtle dump)</li>
<li><a href="/dumps.json">/dumps.json</a> (this list as JSON)</li>
<li><a href="/sparql">/sparql</a> (SPARQL endpoint) · <a href="/leaderboards">leaderboards</a>
· <a href="/trends">trends</a> · <a href="/search">search</a></li></ul>
{"<h2>Neo4j Browser</h2><ul>" + "".join(browser) + "</ul>" if browser else ""}
<footer>kg {__version__} · ontology <a href="https://w3id.org/mlkg/ontology">https://w3id.org/mlkg/ontology</a></footer>
</body></html>
"""


_HEADER_NAME = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def create_app(
    dumps_dir: Path,
    browser_dir: Path | None = None,
    *,
    web: bool = True,
    base_iri: str | None = None,
    store_root: Path | None = None,
) -> FastAPI:
    """The download service for one dumps directory (and the Browser guide directory); with
    ``web``, also the SPARQL endpoint and entity pages over the latest dump (kg.serve.web)."""
    store = DumpStore(dumps_dir)
    browser = DumpStore(browser_dir or DEFAULT_BROWSER_DIR)
    app = FastAPI(
        title="kg dumps", version=__version__, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.store = store

    def browser_files() -> list[str]:
        return [n for n in ("guide.html", "style.grass") if browser.file(n) is not None]

    @app.get("/", response_class=HTMLResponse)
    @app.get("/dumps/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(_index_html(store, browser_files()))

    @app.get("/dumps.json")
    def dumps_json() -> JSONResponse:
        return JSONResponse({"dumps": [asdict(d) for d in store.dumps()]})

    @app.get("/healthz", response_class=PlainTextResponse)
    def healthz() -> str:
        return "ok"

    @app.api_route("/dumps/{name}", methods=["GET", "HEAD"])
    def dump(name: str, request: Request) -> Response:
        path = store.resolve(name)
        if path is None:
            return PlainTextResponse("not found", status_code=404)
        if web and path.name.endswith(".void.ttl"):
            from kg.serve.web import void_response

            return void_response(request, path)
        return file_response(request, path, store.hashes.get(path), download_name=path.name)

    @app.api_route("/void.ttl", methods=["GET", "HEAD"])
    def void() -> Response:
        # A redirect, not a copy: the description's relative IRIs (void:dataDump <kg-….ttl.gz>)
        # must resolve against /dumps/.
        for rest in ("ttl.gz", "ttl"):
            latest = store.resolve(f"latest.{rest}")
            described = store.file(latest.name + ".void.ttl") if latest else None
            if described is not None:
                return RedirectResponse(f"/dumps/{described.name}", status_code=307)
        return PlainTextResponse("no VoID description yet", status_code=404)

    @app.options("/browser/{name}")
    def browser_preflight(name: str, request: Request) -> Response:
        # The Neo4j Browser fetches `:play`/`:style` URLs cross-origin with extra headers
        # (cache-control, pragma, …), so it sends a CORS preflight first.
        if browser.file(name) is None:
            return PlainTextResponse("not found", status_code=404)
        requested = request.headers.get("access-control-request-headers", "")
        allowed = ", ".join(
            h.strip() for h in requested.split(",") if _HEADER_NAME.match(h.strip())
        )
        headers = {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
            "Access-Control-Max-Age": "600",
        }
        if allowed:
            headers["Access-Control-Allow-Headers"] = allowed
        return Response(status_code=204, headers=headers)

    @app.api_route("/browser/{name}", methods=["GET", "HEAD"])
    def browser_file(name: str, request: Request) -> Response:
        path = browser.file(name)
        if path is None:
            return PlainTextResponse("not found", status_code=404)
        return file_response(
            request,
            path,
            browser.hashes.get(path),
            extra_headers={"Access-Control-Allow-Origin": "*"},
        )

    if web:
        from kg.serve.site import Site
        from kg.serve.web import mount

        mount(app, Site(dumps_dir, base_iri=base_iri, store_root=store_root, workers=2))
    return app


@dataclass(frozen=True)
class Limits:
    """Connection limits of ``kg serve`` (see the module docstring)."""

    max_connections: int = 256
    header_timeout: float = 10.0
    keep_alive: float = 5.0
    max_header_bytes: int = 16 * 1024


def _guarded_protocol(limits: Limits) -> type:
    """uvicorn's h11 protocol with a request-head timeout and a hard connection cap."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11Protocol(H11Protocol):
        _head_timer: Any = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            if len(self.connections) > limits.max_connections:
                transport.write(
                    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\n"
                    b"content-length: 20\r\nconnection: close\r\n\r\ntoo many connections"
                )
                transport.close()
                return
            self._arm()

        def _arm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_timer = self.loop.call_later(limits.header_timeout, self._head_timeout)

        def _head_timeout(self) -> None:
            self._head_timer = None
            waiting = self.cycle is None or self.cycle.response_complete
            if waiting and self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()  # no complete request head in time

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            super().connection_lost(exc)

    return GuardedH11Protocol


def server_config(app: Any, limits: Limits | None = None, **kwargs: Any) -> Any:
    """A ``uvicorn.Config`` with the limits applied (h11, timeouts, header size, cap)."""
    import uvicorn

    limits = limits or Limits()
    return uvicorn.Config(
        app,
        http=_guarded_protocol(limits),
        timeout_keep_alive=max(1, round(limits.keep_alive)),
        limit_concurrency=limits.max_connections + 1,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        proxy_headers=False,
        server_header=False,
        **kwargs,
    )


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; OSError (port busy, no permission, bad address) is the caller's."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _load_in_child(dump: Path, root: Path | None) -> None:
    """Bulk-load the store of ``dump`` in a child process, so the loader's buffers (1.4 GB at
    20k papers) never count in the server's own memory; the server then
    opens the finished store read-only. A failure here is left to the server's own attempt,
    which reports it as one line."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from kg.rdf.store import RdfStore; "
        "RdfStore.open_dumps([Path(sys.argv[1])], root=Path(sys.argv[2]) if sys.argv[2] "
        "else None).close()"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(dump), str(root or "")],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def serve(
    dumps_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    limits: Limits | None = None,
    sock: socket.socket | None = None,
    base_iri: str | None = None,
) -> None:
    """Run the service in the foreground (``kg serve``), on ``sock`` if given."""
    import uvicorn

    app = create_app(dumps_dir, base_iri=base_iri)
    site = getattr(app.state, "site", None)
    dump = site.latest_dump() if site is not None else None
    if dump is not None:
        _load_in_child(dump, site.store_root)
        site.rdf()  # (re)open the store before accepting requests
    sock = sock or bind(host, port)
    server = uvicorn.Server(server_config(app, limits, log_level="info"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


@contextmanager
def serving_in_background(
    dumps_dir: Path,
    browser_dir: Path | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    limits: Limits | None = None,
) -> Iterator[int]:
    """Run the service in a background thread (tests, embedding); yields the bound port.

    ``port=0`` picks a free port. The server is stopped when the block ends.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = int(sock.getsockname()[1])
    config = server_config(create_app(dumps_dir, browser_dir), limits, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    try:
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("kg serve did not start")
            time.sleep(0.05)
        yield bound
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
