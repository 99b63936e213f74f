"""Kill-and-rerun: the server dies mid-load → one clear error; a rerun after restart converges
to exactly the counts of an uninterrupted load. Stops and restarts the local kg-managed server
(kg.neo4j.launcher), so it only runs when that server was started by `kg neo4j start`."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

import pytest

from kg.errors import Neo4jUnavailableError
from kg.graph import entity_nodes, paper_bundle
from kg.neo4j import launcher
from kg.neo4j.loader import LoadStats, counts, load
from kg.neo4j.synthetic import synthetic_extractions
from kg.resolve import resolve_extractions

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

N_PAPERS = 2000
BATCH_ROWS = 1000


def _wipe(driver: neo4j.Driver) -> None:
    with driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def test_server_killed_mid_load_then_rerun_converges(
    empty_neo4j: neo4j.Driver, neo4j_settings: Settings
) -> None:
    if launcher.running_pid(neo4j_settings) is None:
        pytest.skip("the Neo4j under test was not started by `kg neo4j start` (cannot stop it)")
    exs = list(synthetic_extractions(N_PAPERS, seed=7))
    reg = resolve_extractions(exs)
    ents = entity_nodes(reg)

    def run(on_batch: object = None, retry_time: float = 30.0) -> LoadStats:
        return load(
            empty_neo4j,
            ents,
            (paper_bundle(e, reg) for e in exs),
            batch_size=BATCH_ROWS,
            retry_time=retry_time,
            uri=neo4j_settings.neo4j_uri,
            progress=False,
            on_batch=on_batch,  # type: ignore[arg-type]
        )

    expected = run().counts
    assert expected["nodes"]["Paper"] == N_PAPERS
    _wipe(empty_neo4j)

    stopper: list[threading.Thread] = []

    def kill_after_some_batches(stats: LoadStats) -> None:
        if stats.papers >= 200 and not stopper:
            t = threading.Thread(target=launcher.stop, args=(neo4j_settings,), daemon=True)
            stopper.append(t)
            t.start()

    started = time.monotonic()
    try:
        with pytest.raises(Neo4jUnavailableError) as info:
            run(on_batch=kill_after_some_batches, retry_time=3.0)
    finally:
        for t in stopper:
            t.join(120)
        launcher.start(neo4j_settings)
    message = info.value.one_line()
    assert "\n" not in message
    assert "lost the connection to Neo4j" in message and "rerun" in message
    assert time.monotonic() - started < 180
    partial = counts(empty_neo4j)
    assert partial["nodes"].get("Paper", 0) < N_PAPERS  # it really was interrupted

    rerun = run()
    assert rerun.counts == expected
    assert counts(empty_neo4j) == expected
