"""The `kg serve` index page in headless Debian Chromium (Playwright; no downloaded browser)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Chromium

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, dict[str, str]]]:
    import uvicorn

    from kg.rdf.export import export_records
    from kg.rdf.sample import sample_records
    from kg.serve.app import create_app

    dumps = tmp_path_factory.mktemp("dumps")
    nodes, edges = sample_records()
    sha = {}
    for name, fmt, day in (
        ("kg-2026-11-27.ttl.gz", "ttl", dt.date(2026, 11, 27)),
        ("kg-2026-11-28.ttl.gz", "ttl", dt.date(2026, 11, 28)),
        ("kg-2026-11-28.nt.gz", "nt", dt.date(2026, 11, 28)),
    ):
        sha[name] = export_records(nodes, edges, dumps / name, fmt, issued=day).sha256
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(dumps), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", dumps, sha
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_index_page_in_headless_chromium(
    served: tuple[str, Path, dict[str, str]], tmp_path: Path, chromium: Chromium
) -> None:
    if not chromium.installed():
        pytest.skip("Debian chromium not installed (apt-get install -y chromium)")
    pytest.importorskip("playwright.sync_api")
    url, _dumps, sha = served
    with chromium.launch() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 720}, accept_downloads=True)
        page.goto(url + "/", wait_until="load")
        assert "RDF dumps" in page.title()
        rows = page.locator("tbody tr")
        assert rows.count() == 3
        newest = page.locator('tr[data-name="kg-2026-11-28.ttl.gz"]')
        shown_sha = newest.locator("td.sha256").inner_text().strip()
        assert shown_sha == sha["kg-2026-11-28.ttl.gz"]
        assert newest.locator("td.triples").inner_text().strip() != "—"
        assert newest.locator("td.date").inner_text().strip() == "2026-11-28"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "serve-index.png"), full_page=True)
        # Click the download link: the browser saves the exact published bytes.
        with page.expect_download() as info:
            newest.locator("td.name a").click()
        saved = tmp_path / "download.ttl.gz"
        info.value.save_as(saved)
        assert hashlib.sha256(saved.read_bytes()).hexdigest() == shown_sha
        # The stable link resolves too.
        link = page.locator('a[href="/dumps/latest.ttl.gz"]')
        assert link.count() == 1
    assert shutil.which("chromium") or chromium.installed()
