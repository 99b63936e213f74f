"""A real uvicorn server on 127.0.0.1 (free port, background thread) serving sample dumps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.rdf.export import ExportStats, export_records
from kg.rdf.sample import sample_records
from kg.serve.app import serving_in_background


@dataclass
class LiveServer:
    url: str
    port: int
    dumps: Path
    browser: Path
    stats: dict[str, ExportStats]


def make_dumps(directory: Path) -> dict[str, ExportStats]:
    nodes, edges = sample_records()
    out = {}
    out["old"] = export_records(
        nodes[:-2], edges[:5], directory / "kg-2026-11-27.ttl.gz", issued=dt.date(2026, 11, 27)
    )
    out["ttl"] = export_records(
        nodes, edges, directory / "kg-2026-11-28.ttl.gz", issued=dt.date(2026, 11, 28)
    )
    out["nt"] = export_records(
        nodes, edges, directory / "kg-2026-11-28.nt.gz", "nt", issued=dt.date(2026, 11, 28)
    )
    out["jsonld"] = export_records(
        nodes, edges, directory / "kg-2026-11-28.jsonld", "jsonld", issued=dt.date(2026, 11, 28)
    )
    return out


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("serve")
    dumps = root / "dumps"
    dumps.mkdir()
    stats = make_dumps(dumps)
    (root / "secret.txt").write_text("do not serve", encoding="utf-8")
    browser = root / "browser"
    browser.mkdir()
    (browser / "guide.html").write_text("<article class='guide'>kg guide</article>", "utf-8")
    (browser / "style.grass").write_text("node { diameter: 50px; }\n", "utf-8")
    with serving_in_background(dumps, browser) as port:
        yield LiveServer(f"http://127.0.0.1:{port}", port, dumps, browser, stats)
