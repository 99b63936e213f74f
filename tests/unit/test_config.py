"""Settings: flags > environment > config file (kg.toml / [tool.kg]) > defaults; the local
server's address has one source of truth; package data and the default state directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import config
from kg.cli import main
from kg.config import get_settings
from kg.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No NEO4J_*/KG_* variables of the test runner; cwd = an empty temporary directory."""
    for key in list(os.environ):
        if key.startswith(("NEO4J_", "KG_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("KG_NEO4J_HOME", str(tmp_path / "home"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def test_defaults_without_a_file() -> None:
    s = get_settings()
    assert (s.neo4j_bolt_port, s.neo4j_uri) == (7687, "bolt://127.0.0.1:7687")
    assert s.neo4j_heap == "2g"


def test_kg_toml_below_env_below_flags(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (clean_env / "kg.toml").write_text(
        'NEO4J_USER = "alice"\nneo4j_heap = "3g"\nKG_NEO4J_BOLT_PORT = 7801\n'
    )
    s = get_settings()
    assert (s.neo4j_user, s.neo4j_heap, s.neo4j_bolt_port) == ("alice", "3g", 7801)
    assert s.neo4j_uri == "bolt://127.0.0.1:7801"  # the URI follows the file's port
    monkeypatch.setenv("KG_NEO4J_HEAP", "4g")
    assert get_settings().neo4j_heap == "4g"  # env > file
    assert get_settings(neo4j_heap="5g").neo4j_heap == "5g"  # flag > env
    assert get_settings(NEO4J_USER=None).neo4j_user == "alice"  # an unset flag does not count


def test_pyproject_tool_kg_in_a_parent_directory(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (clean_env / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.kg]\nNEO4J_URI = "bolt://db.example:7687"\n'
    )
    sub = clean_env / "notebooks"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert config.find_config_file() == clean_env / "pyproject.toml"
    assert get_settings().neo4j_uri == "bolt://db.example:7687"


def test_pyproject_without_tool_kg_is_not_a_config(clean_env: Path) -> None:
    (clean_env / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert config.find_config_file(clean_env) is None


def test_kg_config_variable(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text('NEO4J_DATABASE = "papers"\n')
    (clean_env / "kg.toml").write_text('NEO4J_DATABASE = "ignored"\n')
    monkeypatch.setenv("KG_CONFIG", str(other))
    assert get_settings().neo4j_database == "papers"
    monkeypatch.setenv("KG_CONFIG", "")  # empty: no config file at all
    assert get_settings().neo4j_database == "neo4j"
    monkeypatch.setenv("KG_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="no such file"):
        get_settings()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('NEO4J_URL = "bolt://x"\n', "unknown setting 'NEO4J_URL'"),
        ('KG_NEO4J_BOLT_PORT = "seven"\n', "KG_NEO4J_BOLT_PORT"),
        ("KG_NEO4J_BOLT_PORT = 70000\n", "less than or equal to 65535"),
        ("NEO4J_URI = \n", "not valid TOML"),
    ],
)
def test_bad_config_file_is_a_config_error(
    clean_env: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (clean_env / "kg.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        get_settings()
    assert main(["neo4j", "status"]) == 8
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and err.count("\n") == 1


def test_uri_follows_the_bolt_port_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_NEO4J_BOLT_PORT", "7701")
    assert get_settings().neo4j_uri == "bolt://127.0.0.1:7701"
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9999")
    assert get_settings().neo4j_uri == "bolt://127.0.0.1:9999"
    assert get_settings(NEO4J_URI="neo4j://h:1").neo4j_uri == "neo4j://h:1"


def _fake_running_server(home: Path, pid: int, bolt: int, http: int) -> None:
    (home / "run").mkdir(parents=True)
    (home / "conf").mkdir()
    (home / "run" / "neo4j.pid").write_text(f"{pid}\n")
    (home / "conf" / "neo4j.conf").write_text(
        f"server.bolt.listen_address=127.0.0.1:{bolt}\n"
        f"server.http.listen_address=127.0.0.1:{http}\n"
    )


def test_uri_follows_the_running_local_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    _fake_running_server(home, os.getpid(), 7702, 7502)  # a live pid
    s = get_settings()
    assert (s.neo4j_uri, s.neo4j_bolt_port, s.neo4j_http_port) == (
        "bolt://127.0.0.1:7702",
        7702,
        7502,
    )
    monkeypatch.setenv("KG_NEO4J_BOLT_PORT", "7703")  # explicit wins over discovery
    assert get_settings().neo4j_uri == "bolt://127.0.0.1:7703"


def test_a_dead_pid_is_not_a_running_server(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _fake_running_server(home, 2**22 + 12345, 7702, 7502)  # above pid_max: never alive
    assert config.running_server_ports(home) == {}
    assert get_settings().neo4j_bolt_port == 7687


def test_package_data_in_a_checkout() -> None:
    assert config.in_checkout()
    assert (config.cypher_dir() / "queries" / "papers-evaluated-on.cypher").is_file()
    assert (config.ontology_dir() / "kg.ttl").is_file()
    assert config.neo4j_pom().name == "pom.xml" and config.neo4j_pom().is_file()


def test_default_home_outside_a_checkout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_NEO4J_HOME")
    assert get_settings().neo4j_home == config.project_root() / ".neo4j"
    monkeypatch.setattr(config, "in_checkout", lambda: False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert get_settings().neo4j_home == tmp_path / "xdg" / "kg" / "neo4j"
