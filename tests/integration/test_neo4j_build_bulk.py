"""`kg build --bulk`: the first load through `neo4j-admin database import full` on the local
server (stopped and restarted by kg), refusing a non-empty database unless --force, then the
schema; the graph equals the transactional loader's (issue 17, item 4)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.build import run_build
from kg.cli import main
from kg.neo4j.loader import counts

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def test_bulk_first_load_equals_the_transactional_load(
    empty_neo4j: neo4j.Driver,
    neo4j_settings: Settings,
    tmp_path: Path,
    example_file: Path,
    capsys: pytest.CaptureFixture,  # type: ignore[type-arg]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "build"
    run_build([str(example_file)], out_dir=out, settings=neo4j_settings)
    loaded = counts(empty_neo4j)
    assert sum(loaded["nodes"].values()) > 0
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)
    monkeypatch.setenv("KG_NEO4J_HOME", str(neo4j_settings.neo4j_home))
    monkeypatch.setenv("KG_NEO4J_BOLT_PORT", str(neo4j_settings.neo4j_bolt_port))
    monkeypatch.setenv("KG_NEO4J_HTTP_PORT", str(neo4j_settings.neo4j_http_port))

    # a database with data is refused, and left as it was
    assert main(["build", "--load-only", str(out), "--bulk"]) == 8
    assert "already holds" in capsys.readouterr().err
    assert counts(empty_neo4j) == loaded

    assert main(["build", "--load-only", str(out), "--bulk", "--force"]) == 0
    assert counts(empty_neo4j) == loaded
    constraints = empty_neo4j.execute_query("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
    assert constraints[0][0]["n"] > 0
    section = json.loads((out / "summary.json").read_text())["neo4j"]
    assert section["mode"].startswith("bulk") and section["rows"] > 0
    assert section["replaced_nodes"] == sum(loaded["nodes"].values())
