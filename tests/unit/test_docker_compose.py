"""docker-compose.yml agrees with the local launcher: Neo4j version, ports, env names, secrets."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from kg.config import LOCAL_DEV_PASSWORD, Settings, project_root

ROOT = project_root()
POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _default(field: str) -> Any:
    return Settings.model_fields[field].default


def _pom_neo4j_version() -> str:
    root = ET.parse(ROOT / "tools" / "neo4j" / "pom.xml").getroot()
    node = root.find("m:properties/m:neo4j.version", POM_NS)
    assert node is not None and node.text
    return node.text.strip()


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def test_image_is_neo4j_community_with_the_pom_version(compose: dict[str, Any]) -> None:
    image = compose["services"]["neo4j"]["image"]
    match = re.fullmatch(r"neo4j:(\d+\.\d+)(?:\.\d+)?-community", image)
    assert match, f"unexpected Neo4j image {image!r}"
    assert _pom_neo4j_version().startswith(match.group(1) + "."), (
        f"docker-compose image {image} and tools/neo4j/pom.xml "
        f"({_pom_neo4j_version()}) disagree on the Neo4j version"
    )
    assert match.group(1) == "5.26"


LOOPBACK = "${KG_BIND_ADDRESS:-127.0.0.1}:"


def _published(service: dict[str, Any]) -> set[str]:
    """Published ports without the bind address, each of which must default to loopback."""
    out = set()
    for p in service["ports"]:
        text = str(p)
        assert text.startswith(LOOPBACK), f"port {text!r} is not bound to 127.0.0.1 by default"
        out.add(text.removeprefix(LOOPBACK))
    return out


def test_ports_agree_with_the_launcher_defaults(compose: dict[str, Any]) -> None:
    ports = _published(compose["services"]["neo4j"])
    http, bolt = _default("neo4j_http_port"), _default("neo4j_bolt_port")
    assert f"{http}:7474" in ports
    assert f"{bolt}:7687" in ports
    assert _default("neo4j_uri") == f"bolt://127.0.0.1:{bolt}"


def test_every_published_port_binds_loopback_by_default(compose: dict[str, Any]) -> None:
    for service in compose["services"].values():
        if "ports" in service:
            _published(service)
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert "KG_BIND_ADDRESS=0.0.0.0" in text  # how to expose them is documented


def test_neo4j_service_has_volume_healthcheck_and_auth_from_env(compose: dict[str, Any]) -> None:
    neo4j = compose["services"]["neo4j"]
    volumes = [str(v) for v in neo4j["volumes"]]
    data_volume = next(v.split(":")[0] for v in volumes if v.endswith(":/data"))
    assert data_volume in compose["volumes"], "the data volume must be a named volume"
    assert neo4j["healthcheck"]["test"]
    auth = _env(neo4j)["NEO4J_AUTH"]
    assert auth.startswith(f"{_default('neo4j_user')}/${{NEO4J_PASSWORD")


def test_kg_service_waits_for_healthy_neo4j_and_uses_our_env_names(
    compose: dict[str, Any],
) -> None:
    kg = compose["services"]["kg"]
    assert kg["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert "build" in kg
    env = _env(kg)
    aliases = {f.alias for f in Settings.model_fields.values() if f.alias}
    assert set(env) <= aliases, f"env names kg/config.py does not read: {set(env) - aliases}"
    assert {"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"} <= set(env)
    assert env["NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD")
    command = " ".join(kg["command"]) if isinstance(kg["command"], list) else kg["command"]
    assert command.startswith("kg build examples/hf-trending-papers.txt")


def test_serve_service_serves_the_dumps_on_8080(compose: dict[str, Any]) -> None:
    serve = compose["services"]["serve"]
    command = serve["command"]
    assert command[:2] == ["kg", "serve"] and "0.0.0.0" in command
    assert "8080:8080" in _published(serve)
    kg_out = next(str(v) for v in compose["services"]["kg"]["volumes"])
    assert kg_out.split(":")[0] in {str(v).split(":")[0] for v in serve["volumes"]}


def test_dockerfile_builds_the_project_on_python_311_slim() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.MULTILINE)
    assert "pip install" in text


def test_env_example_has_a_placeholder_and_no_real_secret() -> None:
    path = ROOT / ".env.example"
    assert path.exists()
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    assert "NEO4J_PASSWORD" in values
    placeholder = values["NEO4J_PASSWORD"]
    assert placeholder and placeholder != LOCAL_DEV_PASSWORD
    assert re.search(r"change|example|placeholder|your", placeholder, re.IGNORECASE)
    aliases = {f.alias for f in Settings.model_fields.values() if f.alias}
    assert set(values) <= aliases


def test_dot_env_is_never_committed_or_sent_to_docker() -> None:
    gitignore = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    dockerignore = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert ".env" in gitignore
    assert ".env" in dockerignore
    assert not Path(ROOT / ".env").is_symlink()


def test_dockerfile_installs_the_built_wheel_not_the_source_tree() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    runs = [line for line in text.splitlines() if line.startswith("RUN ")]
    assert any("pip wheel" in line and "--no-deps" in line for line in runs)
    assert any("pip install" in line and ".whl" in line and "constraints" in line for line in runs)
    assert not any(re.search(r"pip install .*(-e|--editable)\b", line) for line in runs)
    # everything setup.py ships inside the wheel is in the build stage
    for path in ("setup.py", "MANIFEST.in", "cypher", "ontology", "tools/neo4j/pom.xml"):
        assert re.search(rf"^COPY .*\b{re.escape(path)}\b", text, re.M), path


def test_compose_server_has_the_launchers_privacy_settings(compose: dict[str, Any]) -> None:
    env = _env(compose["services"]["neo4j"])
    assert env["NEO4J_dbms_usage__report_enabled"] == "false"
    assert env["NEO4J_client_allow__telemetry"] == "false"
