"""kg serve under attack: symlinks out of the folder, slow headers, too many connections."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg.serve.app import Limits, serving_in_background


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_symlinks_out_of_the_folder_are_neither_served_nor_listed(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    outside = tmp_path / "private.ttl.gz"
    outside.write_bytes(b"secret bytes")
    (dumps / "kg-2026-01-01.ttl.gz").symlink_to(outside)  # points out
    (dumps / "real.ttl").write_text("<a> <b> <c> .\n", encoding="utf-8")
    (dumps / "kg-2026-01-02.ttl").symlink_to(dumps / "real.ttl")  # stays inside: fine
    with serving_in_background(dumps) as port:
        base = f"http://127.0.0.1:{port}"
        status, body = _get(f"{base}/dumps.json")
        names = [d["name"] for d in json.loads(body)["dumps"]]
        assert "kg-2026-01-01.ttl.gz" not in names
        assert sorted(names) == ["kg-2026-01-02.ttl", "real.ttl"]
        assert b"secret" not in body and str(outside).encode() not in body
        status, html = _get(f"{base}/")
        assert status == 200 and b"kg-2026-01-01" not in html
        assert _get(f"{base}/dumps/kg-2026-01-01.ttl.gz")[0] == 404
        assert _get(f"{base}/dumps/latest.ttl.gz")[0] == 404
        assert _get(f"{base}/dumps/kg-2026-01-02.ttl")[0] == 200


def _open_slow(port: int, n: int) -> list[socket.socket]:
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # never finishes its headers
        socks.append(s)
    return socks


def _closed_by_server(s: socket.socket, wait: float) -> bool:
    s.settimeout(wait)
    try:
        data = s.recv(4096)
    except TimeoutError:
        return False
    except OSError:
        return True
    return data == b"" or data.startswith(b"HTTP/1.1 503")


@pytest.mark.slow
def test_connections_that_never_finish_their_headers_are_closed(tmp_path: Path) -> None:
    limits = Limits(max_connections=64, header_timeout=0.5)
    with serving_in_background(tmp_path, limits=limits) as port:
        socks = _open_slow(port, 40)
        try:
            time.sleep(1.5)
            assert all(_closed_by_server(s, 3) for s in socks)
            assert _get(f"http://127.0.0.1:{port}/healthz") == (200, b"ok")
        finally:
            for s in socks:
                s.close()


@pytest.mark.slow
def test_connection_cap(tmp_path: Path) -> None:
    limits = Limits(max_connections=8, header_timeout=30)
    with serving_in_background(tmp_path, limits=limits) as port:
        socks = _open_slow(port, 8)
        try:
            time.sleep(0.3)
            extra = _open_slow(port, 5)
            socks += extra
            assert all(_closed_by_server(s, 3) for s in extra)  # beyond the cap: 503 + close
            assert not any(_closed_by_server(s, 0.2) for s in socks[:8])  # within: kept
        finally:
            for s in socks:
                s.close()
        time.sleep(0.3)
        assert _get(f"http://127.0.0.1:{port}/healthz") == (200, b"ok")  # capacity is back


def test_uvicorn_gets_the_documented_limits() -> None:
    from kg.serve.app import server_config

    config = server_config(object(), Limits())
    assert config.timeout_keep_alive == 5
    assert config.h11_max_incomplete_event_size == 16 * 1024
    assert config.limit_concurrency == 257
