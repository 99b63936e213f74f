"""`kg serve` over real HTTP on 127.0.0.1: index, downloads, caching headers, ranges, traversal."""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import shutil
import subprocess
import urllib.request
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.cli import main

if TYPE_CHECKING:
    from conftest import LiveServer


def _get(
    live: LiveServer, path: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    """A raw request: the path goes on the wire exactly as given (no normalisation)."""
    conn = http.client.HTTPConnection("127.0.0.1", live.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
    finally:
        conn.close()


def _index_rows(html: str) -> dict[str, dict[str, str]]:
    rows = {}
    for name, body in re.findall(r'<tr data-name="([^"]+)">(.*?)</tr>', html, flags=re.S):
        rows[name] = {
            "sha256": re.search(r'class="sha256"><code>([0-9a-f]{64})</code>', body).group(1),
            "bytes": re.search(r'data-bytes="(\d+)"', body).group(1),
            "triples": re.search(r'data-triples="(\d*)"', body).group(1),
            "date": re.search(r'class="date">([^<]+)<', body).group(1),
        }
    return rows


def test_index_lists_dumps_with_size_date_triples_and_checksum(live: LiveServer) -> None:
    status, headers, body = _get(live, "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    rows = _index_rows(body.decode())
    assert set(rows) == {
        "kg-2026-11-27.ttl.gz",
        "kg-2026-11-28.ttl.gz",
        "kg-2026-11-28.nt.gz",
        "kg-2026-11-28.jsonld",
    }
    stats = live.stats["ttl"]
    row = rows["kg-2026-11-28.ttl.gz"]
    assert row["sha256"] == stats.sha256
    assert int(row["bytes"]) == stats.bytes
    assert int(row["triples"]) == stats.triples
    assert row["date"] == "2026-11-28"
    assert "/browser/guide.html" in body.decode()
    doc = json.loads(_get(live, "/dumps.json")[2])
    assert {d["name"] for d in doc["dumps"]} == set(rows)


def test_curl_download_of_latest_matches_published_sha256(live: LiveServer, tmp_path: Path) -> None:
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl not installed")
    published = _index_rows(_get(live, "/")[2].decode())["kg-2026-11-28.ttl.gz"]["sha256"]
    subprocess.run(
        [curl, "-sS", "-f", "-O", f"{live.url}/dumps/latest.ttl.gz"], cwd=tmp_path, check=True
    )
    data = (tmp_path / "latest.ttl.gz").read_bytes()
    assert hashlib.sha256(data).hexdigest() == published
    assert data[:2] == b"\x1f\x8b"  # the gzip file itself, not transparently decoded


def test_content_types_per_format(live: LiveServer) -> None:
    expected = {
        "/dumps/kg-2026-11-28.ttl.gz": "application/gzip",
        "/dumps/latest.nt.gz": "application/gzip",
        "/dumps/kg-2026-11-28.jsonld": "application/ld+json",
        "/dumps/latest.jsonld": "application/ld+json",
        "/dumps/kg-2026-11-28.ttl.gz.void.ttl": "text/turtle",
        "/dumps/kg-2026-11-28.ttl.gz.sha256": "text/plain",
    }
    for path, media in expected.items():
        status, headers, _ = _get(live, path)
        assert status == 200, path
        assert headers["content-type"].startswith(media), path
        assert "content-encoding" not in headers, path
    status, headers, _ = _get(live, "/void.ttl")
    assert status == 307 and headers["location"] == "/dumps/kg-2026-11-28.ttl.gz.void.ttl"
    with urllib.request.urlopen(f"{live.url}/void.ttl", timeout=10) as resp:
        body = resp.read()
        assert resp.headers["content-type"].startswith("text/turtle")
    assert live.stats["ttl"].sha256.encode() in body  # describes the latest Turtle dump
    from rdflib import Graph, URIRef

    graph = Graph().parse(data=body, format="turtle", publicID=resp.url)
    dump = URIRef(f"{live.url}/dumps/kg-2026-11-28.ttl.gz")
    assert (None, URIRef("http://rdfs.org/ns/void#dataDump"), dump) in graph


def test_latest_is_the_newest_dated_dump(live: LiveServer) -> None:
    _, headers, body = _get(live, "/dumps/latest.ttl.gz")
    assert body == (live.dumps / "kg-2026-11-28.ttl.gz").read_bytes()
    assert 'filename="kg-2026-11-28.ttl.gz"' in headers["content-disposition"]
    assert _get(live, "/dumps/latest.nt")[0] == 404  # only a .nt.gz exists


def test_etag_last_modified_and_conditional_get(live: LiveServer) -> None:
    path = "/dumps/kg-2026-11-28.nt.gz"
    status, headers, body = _get(live, path)
    assert status == 200
    assert headers["etag"] == f'"{live.stats["nt"].sha256}"'
    modified = parsedate_to_datetime(headers["last-modified"])
    assert _get(live, path, {"If-None-Match": headers["etag"]})[0] == 304
    assert _get(live, path, {"If-None-Match": '"other", ' + headers["etag"]})[0] == 304
    assert _get(live, path, {"If-None-Match": '"other"'})[0] == 200
    since = format_datetime(modified, usegmt=True)
    assert _get(live, path, {"If-Modified-Since": since})[0] == 304
    assert _get(live, path, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    head_status, head_headers, head_body = _get(live, path, method="HEAD")
    assert head_status == 200 and head_body == b""
    assert int(head_headers["content-length"]) == len(body)


def test_range_requests(live: LiveServer) -> None:
    path = "/dumps/kg-2026-11-28.ttl.gz"
    full = (live.dumps / "kg-2026-11-28.ttl.gz").read_bytes()
    status, headers, body = _get(live, path, {"Range": "bytes=10-99"})
    assert status == 206
    assert body == full[10:100]
    assert headers["content-range"] == f"bytes 10-99/{len(full)}"
    status, _, body = _get(live, path, {"Range": "bytes=-5"})
    assert status == 206 and body == full[-5:]
    status, _, body = _get(live, path, {"Range": "bytes=0-4", "If-Range": '"stale"'})
    assert status == 200 and body == full
    assert headers["accept-ranges"] == "bytes"


@pytest.mark.parametrize(
    "path",
    [
        "/dumps/../secret.txt",
        "/dumps/%2e%2e/secret.txt",
        "/dumps/%2e%2e%2fsecret.txt",
        "/dumps/..%2Fsecret.txt",
        "/dumps/%2E%2E",
        "/dumps/..",
        "/dumps/.hidden",
        "/dumps/%2fetc%2fpasswd",
        "/dumps//etc/passwd",
        "/browser/..%2f..%2fdumps%2fkg-2026-11-28.nt.gz",
        "/browser/%2e%2e",
        "/dumps/no-such.ttl.gz",
        "/dumps/latest.rdf",
    ],
)
def test_path_traversal_and_unknown_files_are_404(live: LiveServer, path: str) -> None:
    status, _, body = _get(live, path)
    assert status == 404, path
    assert b"do not serve" not in body


def test_browser_guide_and_style(live: LiveServer) -> None:
    status, headers, body = _get(live, "/browser/guide.html")
    assert status == 200 and b"kg guide" in body
    assert headers["content-type"].startswith("text/html")
    assert headers["access-control-allow-origin"] == "*"
    status, headers, _ = _get(live, "/browser/style.grass")
    assert status == 200 and headers["content-type"].startswith("text/plain")


def test_urllib_download_of_dated_dump(live: LiveServer) -> None:
    with urllib.request.urlopen(f"{live.url}/dumps/kg-2026-11-27.ttl.gz", timeout=10) as resp:
        data = resp.read()
    assert hashlib.sha256(data).hexdigest() == live.stats["old"].sha256


def test_serve_cli_rejects_a_missing_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--dir", str(tmp_path / "nope")]) == 3
    assert "kg: error: dumps directory" in capsys.readouterr().err


def test_kg_serve_command_serves_the_browser_guide(live: LiveServer) -> None:
    """`kg serve` as a user runs it (subprocess), with the package's Browser files."""
    import socket
    import sys
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    kg = Path(sys.executable).with_name("kg")
    cmd = [str(kg), "serve", "--dir", str(live.dumps), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.read() == b"ok"
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "kg serve did not start"
                time.sleep(0.2)
        from kg.config import PACKAGE_DIR

        for name in ("guide.html", "style.grass"):
            if (PACKAGE_DIR / "browser" / name).is_file():
                url = f"http://127.0.0.1:{port}/browser/{name}"
                with urllib.request.urlopen(url, timeout=5) as resp:
                    assert resp.read() == (PACKAGE_DIR / "browser" / name).read_bytes()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_browser_files_answer_the_cors_preflight(live: LiveServer) -> None:
    status, headers, _ = _get(
        live,
        "/browser/guide.html",
        headers={
            "Origin": "http://127.0.0.1:7474",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "cache-control, pragma, sentry-trace",
        },
        method="OPTIONS",
    )
    assert status == 204
    assert headers["access-control-allow-origin"] == "*"
    assert "GET" in headers["access-control-allow-methods"]
    assert headers["access-control-allow-headers"] == "cache-control, pragma, sentry-trace"
    assert _get(live, "/browser/nope.html", method="OPTIONS")[0] == 404
