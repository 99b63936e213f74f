"""`kg build --bulk`: the first load through `neo4j-admin database import full` on the local
server (stopped and restarted by kg), refusing a non-empty database unless --force, then the
schema (issue 17, item 4). That the imported graph equals the Bolt loader's is checked in
test_neo4j_load_bulk.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import neo4j as neo4j_driver_module
import pytest

from kg.build import run_build
from kg.cli import main
from kg.neo4j.driver import connect
from kg.neo4j.loader import counts

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def test_bulk_first_load_refuses_data_then_imports_with_force(
    empty_neo4j: neo4j.Driver,
    neo4j_settings: Settings,
    tmp_path: Path,
    example_file: Path,
    capsys: pytest.CaptureFixture,  # type: ignore[type-arg]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "build"
    summary = run_build([str(example_file)], out_dir=out, load=False).summary
    with empty_neo4j.session(database=neo4j_settings.neo4j_database) as s:
        s.run("CREATE (:Paper {id: 'arxiv:0000.00001', title: 'already here'})").consume()
    for key, value in (
        ("NEO4J_URI", neo4j_settings.neo4j_uri),
        ("KG_NEO4J_HOME", str(neo4j_settings.neo4j_home)),
        ("KG_NEO4J_BOLT_PORT", str(neo4j_settings.neo4j_bolt_port)),
        ("KG_NEO4J_HTTP_PORT", str(neo4j_settings.neo4j_http_port)),
    ):
        monkeypatch.setenv(key, value)

    # a database with data is refused (exit 8) and left as it was
    assert main(["build", "--load-only", str(out), "--bulk"]) == 8
    assert "already holds 1 nodes" in capsys.readouterr().err
    with empty_neo4j.session(database=neo4j_settings.neo4j_database) as s:
        assert s.run("MATCH (n) RETURN count(n) AS n").single()["n"] == 1  # type: ignore[index]

    try:
        assert main(["build", "--load-only", str(out), "--bulk", "--force"]) == 0
    finally:
        # the import replaced the store (its transaction ids start again): the session
        # driver's execute_query bookmarks point past them
        empty_neo4j._query_bookmark_manager = neo4j_driver_module.GraphDatabase.bookmark_manager()
    driver = connect(neo4j_settings)
    try:
        got = counts(driver)
        constraints = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
    finally:
        driver.close()
    assert got["nodes"] == summary["graph"]["nodes"]
    assert got["relationships"] == summary["graph"]["relationships"]
    assert constraints[0][0]["n"] > 0
    section = json.loads((out / "summary.json").read_text())["neo4j"]
    assert section["mode"].startswith("bulk") and section["replaced_nodes"] == 1
    assert (
        section["rows"] == summary["graph"]["total_nodes"] + summary["graph"]["total_relationships"]
    )
