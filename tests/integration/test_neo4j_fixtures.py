"""The root Neo4j fixtures: `empty_neo4j` really starts every test from an empty database."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    import neo4j

    from kg.config import Settings

pytestmark = pytest.mark.neo4j


def _counts(driver: neo4j.Driver, database: str) -> tuple[int, int, int]:
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=database)
    constraints = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c")
    indexes = driver.execute_query(
        "SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(*) AS c", database_=database
    )
    return (
        nodes.records[0]["c"],
        constraints.records[0]["c"],
        indexes.records[0]["c"],
    )


def test_empty_neo4j_wipes_data_constraints_and_indexes(
    empty_neo4j: neo4j.Driver,
    neo4j_settings: Settings,
    neo4j_wipe: Callable[[neo4j.Driver, str], None],
) -> None:
    db = neo4j_settings.neo4j_database
    assert _counts(empty_neo4j, db) == (0, 0, 0)
    empty_neo4j.execute_query(
        "UNWIND range(1, 2500) AS i CREATE (:FixtureProbe {id: i})-[:NEXT]->(:FixtureOther)",
        database_=db,
    )
    empty_neo4j.execute_query(
        "CREATE CONSTRAINT fixture_probe_id IF NOT EXISTS "
        "FOR (n:FixtureProbe) REQUIRE n.id IS UNIQUE",
        database_=db,
    )
    empty_neo4j.execute_query(
        "CREATE INDEX `fixture other name` IF NOT EXISTS FOR (n:FixtureOther) ON (n.name)",
        database_=db,
    )
    assert _counts(empty_neo4j, db) == (5000, 1, 2)
    neo4j_wipe(empty_neo4j, db)
    assert _counts(empty_neo4j, db) == (0, 0, 0)
    lookups = empty_neo4j.execute_query(
        "SHOW INDEXES YIELD type WHERE type = 'LOOKUP' RETURN count(*) AS c", database_=db
    )
    assert lookups.records[0]["c"] == 2  # the built-in node and relationship LOOKUP indexes


@pytest.mark.neo4j
def test_a_marked_test_without_fixtures_runs_when_neo4j_is_up() -> None:
    assert True
