"""The Neo4j Browser in headless Debian Chromium: log in, run the papers-evaluated-on-GSM8K
query on a small loaded graph, find the titles; play the kg guide. Screenshots go to
test-artifacts/ (git-ignored)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from kg.browser import BROWSER_DIR
from kg.config import project_root
from kg.graph import entity_nodes, paper_bundle
from kg.models import Entity, Evidence, Extraction, Paper, PaperRelation
from kg.neo4j.loader import load
from kg.resolve import resolve_extractions

if TYPE_CHECKING:
    import neo4j
    from conftest import Chromium

    from kg.config import Settings

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]

ARTIFACTS = project_root() / "test-artifacts"
GSM8K_TITLES = [
    "Orca-Math: Unlocking the potential of SLMs in Grade School Math",
    "MathScale: Scaling Instruction Tuning for Mathematical Reasoning",
]
GRAPH_QUERY = "MATCH (p:Paper)-[r:EVALUATED_ON]->(d:Dataset {name: 'GSM8K'}) RETURN p, r, d"
# The Browser's usage-collection consent banner (neo4j-browser 5.x); `client.allow_telemetry=false`
# in the generated neo4j.conf keeps it away.
USAGE_BANNER = "we collect information on product usage"
QUERY = (
    "MATCH (p:Paper)-[:EVALUATED_ON]->(:Dataset {name: 'GSM8K'}) "
    "RETURN p.title AS title ORDER BY title"
)


def _extraction(pid: str, title: str, datasets: list[Entity]) -> Extraction:
    ev = Evidence(sentence="We evaluate on benchmarks.", start=len(title) + 2, end=len(title) + 28)
    return Extraction(
        paper=Paper(id=pid, title=title, abstract="We evaluate on benchmarks."),
        relations=[
            PaperRelation(
                type="EVALUATED_ON",
                entity_id=d.id,
                entity_type="Dataset",
                confidence=0.9,
                evidence=ev,
            )
            for d in datasets
        ],
        entities=datasets,
        extractor_version="browser-test",
        extracted_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )


@pytest.fixture
def small_graph(empty_neo4j: neo4j.Driver) -> neo4j.Driver:
    gsm = Entity(id="dataset:gsm8k", type="Dataset", name="GSM8K", aliases=["gsm8k"])
    imagenet = Entity(id="dataset:imagenet", type="Dataset", name="ImageNet")
    exs = [
        _extraction("arxiv:2402.14830", GSM8K_TITLES[0], [gsm]),
        _extraction("arxiv:2403.02884", GSM8K_TITLES[1], [gsm]),
        _extraction("arxiv:1512.03385", "Deep Residual Learning", [imagenet]),
    ]
    reg = resolve_extractions(exs)
    load(empty_neo4j, entity_nodes(reg), (paper_bundle(e, reg) for e in exs), progress=False)
    return empty_neo4j


@pytest.fixture
def browser_page(chromium: Chromium) -> Iterator[Any]:
    if not chromium.installed():
        pytest.fail(f"{chromium.path} missing: apt-get install -y chromium")
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium.launch() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        yield page


def login(page: Any, settings: Settings) -> None:
    host_port = settings.neo4j_uri.split("://", 1)[1]
    page.goto(f"http://127.0.0.1:{settings.neo4j_http_port}/browser/", wait_until="networkidle")
    page.wait_for_selector('[data-testid="boltaddress"]')
    page.select_option("select >> nth=0", "bolt://")
    page.fill('[data-testid="boltaddress"]', host_port)
    page.fill('[data-testid="username"]', settings.neo4j_user)
    page.fill('[data-testid="password"]', settings.neo4j_password)
    page.click('[data-testid="connect"]')
    page.wait_for_selector("text=You are connected as user")


def run_in_editor(page: Any, text: str) -> None:
    page.click(".monaco-editor >> nth=0")
    page.keyboard.type(text)
    page.click('[data-testid="editor-Run"]')


@pytest.fixture
def asset_server(tmp_path: Path) -> Iterator[int]:
    """`kg serve` (the real app) serving kg/browser/ on localhost; yields the port.

    The Browser fetches `:style`/`:play` URLs cross-origin after a CORS preflight, so this also
    proves that `kg serve` answers it.
    """
    from kg.serve.app import serving_in_background

    dumps = tmp_path / "dumps"
    dumps.mkdir()
    with serving_in_background(dumps, BROWSER_DIR) as port:
        yield port


def test_browser_finds_gsm8k_papers(
    small_graph: neo4j.Driver, neo4j_settings: Settings, browser_page: Any, asset_server: int
) -> None:
    page = browser_page
    login(page, neo4j_settings)
    run_in_editor(page, QUERY)
    page.wait_for_selector("text=Started streaming")
    body = page.inner_text("body")
    page.screenshot(path=str(ARTIFACTS / "neo4j-browser-gsm8k.png"))
    for title in GSM8K_TITLES:
        assert title in body
    assert "Deep Residual Learning" not in body
    # Usage collection is off: the server says so, and the Browser shows no consent banner.
    records, _, _ = small_graph.execute_query(
        "CALL dbms.clientConfig() YIELD name, value "
        "WHERE name = 'client.allow_telemetry' RETURN value"
    )
    assert [r["value"] for r in records] == ["false"]
    assert USAGE_BANNER not in body.lower()
    # Our GraSS style, then the same papers as a graph (captions = titles / names).
    run_in_editor(page, f":style http://localhost:{asset_server}/browser/style.grass")
    page.wait_for_selector("text=node.Paper")
    run_in_editor(page, GRAPH_QUERY)
    page.wait_for_selector("text=Displaying 3 nodes")
    page.wait_for_selector("svg text.caption")
    page.wait_for_timeout(1000)  # let the layout settle before reading the captions
    page.screenshot(path=str(ARTIFACTS / "neo4j-browser-gsm8k-graph.png"))
    # Readable captions: a paper's title runs over several lines, not one cut-off word.
    lines = page.eval_on_selector_all("svg text.caption", "els => els.map(e => e.textContent)")
    caption = " ".join(" ".join(str(line).split()) for line in lines)
    assert "GSM8K" in caption
    assert "Orca-Math: Unlocking the potential of SLMs" in caption, caption


def test_browser_plays_the_kg_guide(
    neo4j_driver: neo4j.Driver, neo4j_settings: Settings, browser_page: Any, asset_server: int
) -> None:
    page = browser_page
    login(page, neo4j_settings)
    # `localhost` is on the Browser's default remote-content allow-list.
    run_in_editor(page, f":play http://localhost:{asset_server}/browser/guide.html")
    page.wait_for_selector("text=The ML papers graph")
    page.screenshot(path=str(ARTIFACTS / "neo4j-browser-guide.png"))
    # Clicking a runnable block puts its Cypher into the editor.
    page.click("pre.runnable >> text=CALL db.schema.visualization()")
    editor = page.inner_text(".monaco-editor >> nth=0")
    assert "db.schema.visualization" in editor
