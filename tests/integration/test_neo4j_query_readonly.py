"""`kg query --cypher` is read-only unless --write (against the real Neo4j)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kg.cli import main
from kg.errors import QueryError
from kg.neo4j.queries import run_cypher

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings


def _conn(settings: Settings) -> list[str]:
    return ["--neo4j-uri", settings.neo4j_uri, "--neo4j-password", settings.neo4j_password]


def _count(driver: neo4j.Driver) -> int:
    return run_cypher(driver, "MATCH (n:Probe) RETURN count(n) AS n").rows[0]["n"]


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (:Probe {x: 1})",
        "MATCH (n) DETACH DELETE n",
        "MERGE (p:Probe {x: 2}) RETURN p",
        "CREATE INDEX probe_x IF NOT EXISTS FOR (p:Probe) ON (p.x)",
        "PROFILE CREATE (:Probe {x: 3})",
        "CALL { CREATE (:Probe {x: 4}) } IN TRANSACTIONS",
    ],
)
def test_writes_are_refused_without_write(
    empty_neo4j: neo4j.Driver,
    neo4j_settings: Settings,
    capsys: pytest.CaptureFixture[str],
    cypher: str,
) -> None:
    run_cypher(empty_neo4j, "CREATE (:Probe {x: 0})")
    assert main(["query", "--cypher", cypher, *_conn(neo4j_settings)]) == 7
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.startswith("kg: error:")]
    assert len(lines) == 1 and "read-only" in lines[0] and "--write" in lines[0], err
    assert _count(empty_neo4j) == 1  # nothing changed
    with pytest.raises(QueryError, match="read-only"):
        run_cypher(empty_neo4j, cypher, read_only=True)
    assert _count(empty_neo4j) == 1


def test_write_flag_allows_maintenance(
    empty_neo4j: neo4j.Driver, neo4j_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = _conn(neo4j_settings)
    assert main(["query", "--cypher", "CREATE (:Probe {x: 1})", "--write", *conn]) == 0
    assert _count(empty_neo4j) == 1
    assert main(["query", "--cypher", "MATCH (p:Probe) RETURN p.x AS x", "--json", *conn]) == 0
    assert '"x": 1' in capsys.readouterr().out
