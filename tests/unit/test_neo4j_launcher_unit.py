"""Launcher logic without Java: conf generation, memory check, classpath cache, pid handling."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import cli
from kg.config import Settings
from kg.errors import ConfigError, LauncherError
from kg.neo4j import launcher


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        KG_NEO4J_HOME=tmp_path / "home",
        KG_NEO4J_BOLT_PORT=_free_port(),
        KG_NEO4J_HTTP_PORT=_free_port(),
        KG_NEO4J_HEAP="768m",
        KG_NEO4J_PAGECACHE="256M",
    )


def _conf_dict(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            out.setdefault(key, []).append(value)
    return out


def test_conf_binds_loopback_disables_https_and_usage_report(settings: Settings) -> None:
    conf = _conf_dict(launcher.render_conf(settings))
    bolt, http = settings.neo4j_bolt_port, settings.neo4j_http_port
    assert conf["server.bolt.listen_address"] == [f"127.0.0.1:{bolt}"]
    assert conf["server.http.listen_address"] == [f"127.0.0.1:{http}"]
    assert conf["server.default_listen_address"] == ["127.0.0.1"]
    assert conf["server.https.enabled"] == ["false"]
    assert conf["server.http.enabled"] == ["true"]
    assert conf["dbms.usage_report.enabled"] == ["false"]
    assert conf["dbms.security.auth_enabled"] == ["true"]


def test_conf_puts_every_directory_under_home_and_sizes_memory(settings: Settings) -> None:
    conf = _conf_dict(launcher.render_conf(settings))
    home = Path(settings.neo4j_home).resolve()
    for key in ("data", "logs", "run", "import", "plugins"):
        assert Path(conf[f"server.directories.{key}"][0]) == home / key
    assert conf["server.memory.heap.max_size"] == ["768m"]
    assert conf["server.memory.heap.initial_size"] == ["768m"]
    assert conf["server.memory.pagecache.size"] == ["256m"]


def test_conf_and_java_get_the_default_jvm_flags(settings: Settings) -> None:
    conf = _conf_dict(launcher.render_conf(settings))
    flags = conf["server.jvm.additional"]
    for needed in (
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "-XX:+UseG1GC",
    ):
        assert needed in flags
    args = launcher.jvm_args(settings)
    assert args[:2] == ["-Xms768m", "-Xmx768m"]
    assert set(flags) <= set(args)


def test_write_conf_creates_the_layout(settings: Settings) -> None:
    path = launcher.write_conf(settings)
    home = launcher.home_of(settings)
    assert path == home.conf_file and path.read_text().startswith("# Generated")
    for d in (home.data_dir, home.logs_dir, home.run_dir, home.import_dir):
        assert d.is_dir()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2g", 2 * 1024**3), ("512m", 512 * 1024**2), ("1G", 1024**3), ("64k", 65536), ("100", 100)],
)
def test_parse_size(text: str, expected: int) -> None:
    assert launcher.parse_size(text) == expected


@pytest.mark.parametrize("bad", ["", "two gigs", "-1g", "0", "1.5g"])
def test_parse_size_rejects_garbage(bad: str) -> None:
    with pytest.raises(ConfigError):
        launcher.parse_size(bad)


def test_memory_check_refuses_more_than_physical_ram() -> None:
    launcher.check_memory("2g", "1g", total=24 * 1024**3)
    with pytest.raises(LauncherError, match="exceeds the physical memory"):
        launcher.check_memory("16g", "9g", total=24 * 1024**3)
    with pytest.raises(LauncherError):
        launcher.check_memory("1t", "1g")  # against this machine's real RAM


def test_start_refuses_oversized_memory_before_running_anything(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(launcher, "find_java", lambda: pytest.fail("must not look for java"))
    big = settings.model_copy(update={"neo4j_heap": "900t"})
    with pytest.raises(LauncherError, match="physical memory"):
        launcher.start(big, timeout=1)


def test_classpath_cache_is_reused_and_invalidated_by_the_pom(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pom = tmp_path / "pom.xml"
    pom.write_text("<project>v1</project>")
    jar = tmp_path / "a.jar"
    jar.write_bytes(b"")
    monkeypatch.setattr(launcher, "pom_path", lambda: pom)
    monkeypatch.setattr(launcher.shutil, "which", lambda _name: None)  # "no mvn"
    home = launcher.home_of(settings)
    home.root.mkdir(parents=True)
    home.classpath_file.write_text(str(jar))
    home.classpath_hash_file.write_text(launcher._pom_hash(pom))
    assert launcher.resolve_classpath(settings) == str(jar)  # cached: Maven not needed
    pom.write_text("<project>v2</project>")  # the pom changed: Maven is needed again
    with pytest.raises(LauncherError, match="Maven"):
        launcher.resolve_classpath(settings)


def test_stale_or_garbage_pid_files_are_removed(settings: Settings) -> None:
    home = launcher.home_of(settings)
    home.run_dir.mkdir(parents=True)
    home.pid_file.write_text(f"{os.getpid()}\n")  # alive, but not our Neo4j
    assert launcher.running_pid(settings) is None
    assert not home.pid_file.exists()
    home.pid_file.write_text("not a pid")
    assert launcher.running_pid(settings) is None
    assert not home.pid_file.exists()
    home.pid_file.write_text("999999999\n")  # no such process
    assert launcher.stop(settings, timeout=1) is None
    assert not home.pid_file.exists()


@pytest.fixture
def fake_server(settings: Settings) -> Iterator[subprocess.Popen[bytes]]:
    """A process whose command line looks like our server's (no Java needed)."""
    home = launcher.home_of(settings)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; time.sleep(60)",
            launcher.ENTRY_POINT,
            f"--home-dir={home.root}",
        ]
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_stop_signals_exactly_the_pid_from_the_pid_file(
    settings: Settings, fake_server: subprocess.Popen[bytes]
) -> None:
    home = launcher.home_of(settings)
    home.run_dir.mkdir(parents=True)
    home.pid_file.write_text(f"{fake_server.pid}\n")
    deadline = time.monotonic() + 5
    while not launcher.is_our_server(fake_server.pid, home) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert launcher.running_pid(settings) == fake_server.pid
    other = Settings(KG_NEO4J_HOME=home.root.parent / "other")
    assert not launcher.is_our_server(fake_server.pid, launcher.home_of(other))
    assert launcher.stop(settings, timeout=10) == fake_server.pid
    fake_server.wait(timeout=5)  # already reaped by stop(); returncode is then 0
    assert not Path(f"/proc/{fake_server.pid}/cmdline").exists() or not launcher.is_our_server(
        fake_server.pid, home
    )
    assert not home.pid_file.exists()
    assert launcher.server_pids(home) == []


def test_status_command_exits_6_when_not_running(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KG_NEO4J_HOME", str(settings.neo4j_home))
    monkeypatch.setenv("KG_NEO4J_BOLT_PORT", "1")  # nothing listens on port 1
    monkeypatch.setenv("KG_NEO4J_HTTP_PORT", "2")
    assert cli.main(["neo4j", "status"]) == 6
    err = capsys.readouterr().err
    assert err.startswith("kg: error: Neo4j is not running") and "kg neo4j start" in err


def test_stop_command_on_nothing_running_is_fine(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KG_NEO4J_HOME", str(settings.neo4j_home))
    assert cli.main(["neo4j", "stop"]) == 0
    assert "not running" in capsys.readouterr().out


def test_a_server_without_pid_file_is_adopted_then_stopped(
    settings: Settings, fake_server: subprocess.Popen[bytes]
) -> None:
    home = launcher.home_of(settings)
    home.run_dir.mkdir(parents=True)
    deadline = time.monotonic() + 5
    while not launcher.is_our_server(fake_server.pid, home) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not home.pid_file.exists()
    assert launcher.running_pid(settings) == fake_server.pid
    assert launcher.read_pid(home) == fake_server.pid
    assert launcher.stop(settings, timeout=10) == fake_server.pid
    assert launcher.server_pids(home) == []
