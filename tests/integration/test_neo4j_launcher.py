"""The real local Neo4j: credentials, Browser, `kg neo4j status/start`, a second instance."""

from __future__ import annotations

import os
import re
import socket
import urllib.request
from pathlib import Path

import pytest

from kg import cli
from kg.config import Settings
from kg.errors import Neo4jUnavailableError
from kg.neo4j import launcher
from kg.neo4j.driver import connect

pytestmark = pytest.mark.neo4j


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _require_managed(settings: Settings) -> int:
    """The pid of the server `kg neo4j start` runs for these settings (skip locally if none)."""
    pid = launcher.running_pid(settings)
    if pid is None:
        message = f"the Neo4j at {settings.neo4j_uri} was not started by `kg neo4j start`"
        if _in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return pid


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.status, resp.read().decode("utf-8", "replace")


def test_bolt_accepts_the_configured_password_and_rejects_a_wrong_one(
    neo4j_driver: object, neo4j_settings: Settings
) -> None:
    driver = connect(neo4j_settings)
    try:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert records[0]["one"] == 1
    finally:
        driver.close()
    wrong = neo4j_settings.model_copy(
        update={"neo4j_password": neo4j_settings.neo4j_password + "-wrong"}
    )
    with pytest.raises(Neo4jUnavailableError, match="rejected the credentials"):
        connect(wrong)


def test_the_browser_is_served(neo4j_driver: object, neo4j_settings: Settings) -> None:
    status, body = _get(f"http://127.0.0.1:{neo4j_settings.neo4j_http_port}/browser/")
    assert status == 200
    assert "<title>Neo4j Browser</title>" in body


def test_status_shows_version_and_pid(
    neo4j_driver: object, neo4j_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = _require_managed(neo4j_settings)
    assert cli.main(["neo4j", "status"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^version:\s+5\.26\.\d+", out, re.MULTILINE), out
    assert re.search(rf"^pid:\s+{pid}$", out, re.MULTILINE), out
    assert f"127.0.0.1:{neo4j_settings.neo4j_bolt_port}" in out
    assert f"http://127.0.0.1:{neo4j_settings.neo4j_http_port}/browser/" in out


def test_start_on_a_running_server_is_a_no_op(
    neo4j_driver: object, neo4j_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = _require_managed(neo4j_settings)
    assert cli.main(["neo4j", "start", "--timeout", "30"]) == 0
    out = capsys.readouterr().out
    assert "already running" in out and "nothing to do" in out
    assert launcher.running_pid(neo4j_settings) == pid


def _java_pids_with_home(home: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"--home-dir={home}".encode() in cmdline:
            pids.append(int(entry.name))
    return pids


@pytest.mark.slow
def test_a_second_instance_starts_answers_and_stops_cleanly(
    neo4j_driver: object, tmp_path: Path
) -> None:
    bolt, http = _free_port(), _free_port()
    settings = Settings(
        KG_NEO4J_HOME=tmp_path / "second",
        KG_NEO4J_BOLT_PORT=bolt,
        KG_NEO4J_HTTP_PORT=http,
        KG_NEO4J_HEAP="512m",
        KG_NEO4J_PAGECACHE="256m",
        NEO4J_URI=f"bolt://127.0.0.1:{bolt}",
    )
    home = launcher.home_of(settings)
    try:
        st = launcher.start(settings, timeout=300)
        assert st.running and st.answering and st.pid is not None
        assert st.version is not None and st.version.startswith("5.26.")
        driver = connect(settings)
        try:
            records, _, _ = driver.execute_query("RETURN 41 + 1 AS answer")
            assert records[0]["answer"] == 42
        finally:
            driver.close()
        assert "<title>Neo4j Browser</title>" in _get(f"http://127.0.0.1:{http}/browser/")[1]
        assert launcher.start(settings, timeout=30).pid == st.pid  # no-op
    finally:
        stopped = launcher.stop(settings, timeout=60)
    assert stopped is not None
    assert not home.pid_file.exists()
    assert _java_pids_with_home(home.root) == []
    assert not launcher.status(settings).running
