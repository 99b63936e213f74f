"""The neo4j-admin bulk path and the Bolt loader build the same graph from the example input.

Writes the CSVs with kg.neo4j.bulk, imports them with the real `neo4j-admin database import
full` (org.neo4j.cli.AdminTool on the launcher's classpath) into a separate temporary instance
home, starts that instance on free ports, and compares counts (and some properties) with the
loader's graph in the main test server."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.build import run_build
from kg.config import get_settings
from kg.graph import read_edges, read_nodes
from kg.neo4j import launcher
from kg.neo4j.bulk import run_admin_import, write_admin_import
from kg.neo4j.driver import connect
from kg.neo4j.loader import counts

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

PROBE = (
    "MATCH (d:Dataset {name: 'GSM8K'}) "
    "OPTIONAL MATCH (p:Paper)-[r:EVALUATED_ON]->(d) "
    "RETURN d.uri AS uri, d.aliases AS aliases, collect(p.title) AS titles, "
    "collect(r.confidence) AS conf"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_admin_import_matches_loader(
    empty_neo4j: neo4j.Driver, neo4j_settings: Settings, tmp_path: Path, example_file: Path
) -> None:
    out = tmp_path / "build"
    run_build([str(example_file)], out_dir=out, settings=neo4j_settings)
    loader_counts = counts(empty_neo4j)
    loader_probe = [dict(r) for r in empty_neo4j.execute_query(PROBE)[0]]

    csv_dir = tmp_path / "csv"
    written = write_admin_import(
        read_nodes(out / "nodes.jsonl"), read_edges(out / "edges.jsonl"), csv_dir
    )
    assert written["nodes"] == sum(loader_counts["nodes"].values())

    bolt, http = free_port(), free_port()
    home = tmp_path / "neo4j-bulk"
    settings = get_settings(
        KG_NEO4J_HOME=str(home),
        KG_NEO4J_BOLT_PORT=bolt,
        KG_NEO4J_HTTP_PORT=http,
        NEO4J_URI=f"bolt://127.0.0.1:{bolt}",
        NEO4J_PASSWORD=neo4j_settings.neo4j_password,
        KG_NEO4J_HEAP="512m",
        KG_NEO4J_PAGECACHE="128m",
    )
    try:
        report = run_admin_import(csv_dir, settings)
        assert "IMPORT DONE" in report
        launcher.start(settings, timeout=240)
        driver = connect(settings)
        try:
            bulk_counts = counts(driver)
            bulk_probe = [dict(r) for r in driver.execute_query(PROBE)[0]]
        finally:
            driver.close()
    finally:
        launcher.stop(settings)
        shutil.rmtree(home, ignore_errors=True)
    assert bulk_counts == loader_counts
    assert sorted(bulk_probe[0]["titles"]) == sorted(loader_probe[0]["titles"])
    assert bulk_probe[0]["uri"] == loader_probe[0]["uri"]
    assert sorted(bulk_probe[0]["aliases"] or []) == sorted(loader_probe[0]["aliases"] or [])
    assert sorted(bulk_probe[0]["conf"]) == sorted(loader_probe[0]["conf"])
