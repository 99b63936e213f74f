"""Browser-test fixtures: Debian's Chromium (never a downloaded one), headless, via Playwright.

- ``chromium`` (session): a :class:`Chromium` — ``chromium.installed()`` and
  ``with chromium.launch() as browser: ...`` (a Playwright ``Browser``, closed on exit).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class Chromium:
    """Debian's chromium at ``/usr/bin/chromium``, launched headless with our flags."""

    path = CHROMIUM
    args = CHROMIUM_ARGS

    def installed(self) -> bool:
        return self.path.exists()

    @contextlib.contextmanager
    def launch(self) -> Iterator[Any]:
        """A headless Playwright ``Browser`` on Debian's chromium; closed on exit."""
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(self.path), args=list(self.args), headless=True
            )
            try:
                yield browser
            finally:
                browser.close()


@pytest.fixture(scope="session")
def chromium() -> Chromium:
    return Chromium()
