"""Entity pages, the SPARQL endpoint and `kg report` in headless Debian Chromium (Playwright).

Screenshots go to ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.cli import main
from kg.config import project_root
from kg.serve.app import serving_in_background

if TYPE_CHECKING:
    from conftest import Chromium

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
GSM8K_PATH = "/mlkg/resource/dataset/gsm8k"
GSM8K_IRI = "https://w3id.org/mlkg/resource/dataset/gsm8k"
SAME_AS = (
    "https://schema.org/sameAs",
    "http://www.w3.org/2002/07/owl#sameAs",
    "http://www.w3.org/2004/02/skos/core#exactMatch",
)


def gold_gsm8k() -> set[str]:
    path = project_root() / "eval" / "gold" / "gsm8k-papers.txt"
    return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()}


@pytest.fixture(scope="module")
def served(example_build: Path) -> Iterator[str]:
    with serving_in_background(example_build / "dumps") as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def browser(chromium: Chromium) -> Iterator[object]:
    if not chromium.installed():
        pytest.skip("Debian chromium not installed (apt-get install -y chromium)")
    pytest.importorskip("playwright.sync_api")
    with chromium.launch() as b:
        yield b


def _shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)  # type: ignore[attr-defined]


def _hf_links(example_build: Path) -> list[str]:
    """External ids of GSM8K in the example dump (present once the knowledge base links it)."""
    dump = next((example_build / "dumps").glob("kg-*.ttl.gz"))
    from rdflib import Graph, URIRef

    graph = Graph().parse(data=gzip.decompress(dump.read_bytes()).decode(), format="turtle")
    return [
        str(o)
        for p in SAME_AS
        for o in graph.objects(URIRef(GSM8K_IRI), URIRef(p))
        if "huggingface.co" in str(o)
    ]


def test_gsm8k_dataset_page(served: str, browser: object, example_build: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(served + GSM8K_PATH, wait_until="load")
    assert page.locator("h1.entity-name").inner_text().startswith("GSM8K")
    titles = {
        t.strip() for t in page.locator("table.papers tr.paper td:first-child a").all_inner_texts()
    }
    assert titles == gold_gsm8k() and len(titles) == 4
    hf = _hf_links(example_build)
    for url in hf:  # the knowledge base's Hugging Face id, when it gives one
        assert page.locator(f'ul.same-as a[href="{url}"]').count() == 1
    if not hf:
        assert page.locator("ul.same-as").count() == 0
    # The leaderboard chart is drawn by plotly.js, served by kg serve itself (no CDN).
    page.wait_for_selector("section.leaderboard .js-plotly-plot svg.main-svg", timeout=20_000)
    _shot(page, "web-dataset-gsm8k.png")
    page.fill('input[name="q"]', "gsm8k")
    page.press('input[name="q"]', "Enter")
    page.wait_for_selector("ul.hits a")
    assert GSM8K_PATH in page.locator("ul.hits a").first.get_attribute("href")


def test_paper_page(served: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(served + GSM8K_PATH, wait_until="load")
    page.locator("table.papers a", has_text="Orca-Math").click()
    page.wait_for_selector("h1.paper-title")
    assert "Orca-Math" in page.locator("h1.paper-title").inner_text()
    entities = page.locator("table.entities tbody tr")
    assert entities.count() >= 3
    assert page.locator("table.entities a", has_text="GSM8K").count() >= 1
    assert "81.5" in page.locator("table.results").inner_text()
    _shot(page, "web-paper-orca-math.png")


def test_sparql_form_with_fetch(served: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(served + "/sparql", wait_until="load")
    page.click("#run")
    page.wait_for_selector("#results tbody tr")
    rows = page.locator("#results tbody tr")
    assert rows.count() == 4
    titles = {rows.nth(i).locator("td").nth(1).inner_text().strip() for i in range(4)}
    assert titles == gold_gsm8k()
    assert page.locator("#status").inner_text() == "4 rows"
    page.fill("#query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    page.click("#run")
    page.wait_for_function("document.getElementById('status').textContent.startsWith('Error')")
    assert "not allowed" in page.locator("#status").inner_text()
    # A cross-origin client (a page on another origin) may call the endpoint: CORS.
    data = page.evaluate(
        """async (url) => {
            const r = await fetch(url + '/sparql?query=' + encodeURIComponent('ASK { ?s ?p ?o }'),
                                  {headers: {Accept: 'application/sparql-results+json'}});
            return [r.status, r.headers.get('access-control-allow-origin'), await r.json()];
        }""",
        served,
    )
    assert data[0] == 200 and data[1] == "*" and data[2]["boolean"] is True
    _shot(page, "web-sparql-form.png")


def test_report_renders(dated_build: Path, tmp_path: Path, browser: object) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(dated_build), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html  # self-contained: nothing to fetch
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri(), wait_until="load")
    assert all(u.startswith(("file:", "data:", "about:")) for u in requests), requests
    assert page.locator("table.leaderboard-table").count() >= 1
    assert page.locator("table.trend-table").count() >= 1
    assert page.locator("table.cooccurrence-table").count() == 1
    page.wait_for_selector(".js-plotly-plot svg.main-svg", timeout=20_000)
    charts = page.locator(".js-plotly-plot")
    assert charts.count() >= 3
    # Every chart is drawn (an SVG with at least one trace in it).
    assert page.locator(".js-plotly-plot g.trace").count() >= charts.count()
    _shot(page, "web-report.png")
