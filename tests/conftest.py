"""Root fixtures: the real local Neo4j server (never a mock).

- ``neo4j_settings`` (session): :class:`kg.config.Settings` from the environment. When
  ``NEO4J_URI`` is not set, the URI follows ``KG_NEO4J_BOLT_PORT`` (the server that
  ``kg neo4j start`` runs with the same environment).
- ``neo4j_driver`` (session): a verified ``neo4j.Driver``. Unreachable server → ``pytest.skip``
  with a hint, but ``pytest.fail`` when ``CI=true`` (a Neo4j test is never skipped in CI).
- ``empty_neo4j`` (function): the driver, after wiping every node, relationship, constraint and
  index (except the built-in LOOKUP indexes). It holds an inter-process file lock for the whole
  test, so concurrent pytest runs against the same server never see each other's data.

Tests marked ``neo4j`` that do not request a fixture still get the same reachability rule;
tests that request a Neo4j fixture get the ``neo4j`` marker automatically.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

NEO4J_FIXTURES = {"neo4j_driver", "empty_neo4j", "neo4j_cli_args"}
WIPE_BATCH = 10_000


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if NEO4J_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


@pytest.fixture(scope="session")
def neo4j_settings() -> Settings:
    from kg.config import get_settings

    settings = get_settings()
    if "NEO4J_URI" not in os.environ:
        settings = settings.model_copy(
            update={"neo4j_uri": f"bolt://127.0.0.1:{settings.neo4j_bolt_port}"}
        )
    return settings


@pytest.fixture(scope="session")
def neo4j_cli_args(neo4j_settings: Settings) -> list[str]:
    """``--neo4j-uri/--neo4j-user/--neo4j-password`` of the test server, for ``kg`` commands."""
    return [
        "--neo4j-uri",
        neo4j_settings.neo4j_uri,
        "--neo4j-user",
        neo4j_settings.neo4j_user,
        "--neo4j-password",
        neo4j_settings.neo4j_password,
    ]


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Settings) -> Iterator[neo4j.Driver]:
    from kg.errors import KGError
    from kg.neo4j.driver import connect

    try:
        driver = connect(neo4j_settings)
    except KGError as exc:
        message = f"Neo4j not reachable: {exc.one_line()}"
        if in_ci():
            pytest.fail(f"{message} — CI=true, so Neo4j tests must not be skipped", pytrace=False)
        pytest.skip(f"{message} — start it with `kg neo4j start` (or run scripts/test.sh)")
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture(autouse=True)
def _neo4j_marker_guard(request: pytest.FixtureRequest) -> None:
    """A test marked ``neo4j`` without a Neo4j fixture still skips/fails like one with it."""
    if request.node.get_closest_marker("neo4j") is not None:
        request.getfixturevalue("neo4j_driver")


def _lock_path(settings: Settings) -> Path:
    key = hashlib.sha1(settings.neo4j_uri.encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"kg-neo4j-test-{key}.lock"


def wipe_database(driver: neo4j.Driver, database: str = "neo4j") -> None:
    """Delete all data, then every constraint and index except LOOKUP indexes."""
    with driver.session(database=database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS",
            batch=WIPE_BATCH,
        ).consume()
        constraints = [r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")]
        for name in constraints:
            # Names come from the server itself; backtick-quote them (DDL takes no parameters).
            quoted = name.replace("`", "``")
            session.run(f"DROP CONSTRAINT `{quoted}` IF EXISTS").consume()
        indexes = [
            r["name"]
            for r in session.run(
                "SHOW INDEXES YIELD name, type, owningConstraint "
                "WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name"
            )
        ]
        for name in indexes:
            quoted = name.replace("`", "``")
            session.run(f"DROP INDEX `{quoted}` IF EXISTS").consume()


@pytest.fixture(scope="session")
def neo4j_wipe() -> Callable[[neo4j.Driver, str], None]:
    """``wipe_database`` as a fixture (``from conftest import …`` is ambiguous with several
    conftest.py files). Call it only inside a test that holds ``empty_neo4j``."""
    return wipe_database


@pytest.fixture
def empty_neo4j(neo4j_driver: neo4j.Driver, neo4j_settings: Settings) -> Iterator[neo4j.Driver]:
    """The session driver on an empty database, exclusively for this test."""
    with open(_lock_path(neo4j_settings), "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            wipe_database(neo4j_driver, neo4j_settings.neo4j_database)
            yield neo4j_driver
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


# ------------------------------------------------------------------ example builds (web tests)
@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kg build examples/hf-trending-papers.txt --no-load`` once per session (files + dump)."""
    from kg.cli import main
    from kg.config import example_input

    if not example_input().is_file():
        pytest.skip(f"example input {example_input()} not found")
    out = tmp_path_factory.mktemp("example-build") / "kg-out"
    assert main(["build", str(example_input()), "--no-load", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def dated_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of 160 real arXiv abstracts (eval/data/arxiv sample) spread over six months:
    the first 20 without a date (their month comes from the arXiv id), so trends have data."""
    import gzip
    import json

    from kg.cli import main
    from kg.config import project_root

    sample = project_root() / "eval" / "data" / "arxiv" / "abstracts-2025-sample.jsonl.gz"
    if not sample.is_file():
        pytest.skip(f"{sample} not found")
    root = tmp_path_factory.mktemp("dated-build")
    papers = root / "papers.jsonl"
    with (
        gzip.open(sample, "rt", encoding="utf-8") as src,
        open(papers, "w", encoding="utf-8") as dst,
    ):
        for i, line in enumerate(src):
            if i == 160:
                break
            row = json.loads(line)
            if i < 20:
                row.pop("published", None)
            else:
                row["published"] = f"2025-{1 + i % 6:02d}-{1 + i % 28:02d}"
            dst.write(json.dumps(row) + "\n")
    out = root / "kg-out"
    assert main(["build", str(papers), "--no-load", "--out", str(out)]) == 0
    return out
