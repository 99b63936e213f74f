"""Neo4j Browser assets shipped as package files: a GraSS style sheet and a Browser guide.

``kg serve`` serves them at ``/browser/style.grass`` and ``/browser/guide.html``; in the
Neo4j Browser run ``:style <url>`` and ``:play <url>``. The Browser fetches both with CORS
(a preflight ``OPTIONS`` asking for ``cache-control, pragma`` headers), and ``:play`` only
accepts hosts on ``browser.remote_content_hostname_allowlist`` (default includes
``localhost`` — use ``http://localhost:8080/…``, not ``127.0.0.1``).
``style.grass`` must not contain comments: the Browser's GraSS parser does not skip them.
"""

from __future__ import annotations

from pathlib import Path

BROWSER_DIR = Path(__file__).resolve().parent
STYLE_FILE = "style.grass"
GUIDE_FILE = "guide.html"


def style_path() -> Path:
    return BROWSER_DIR / STYLE_FILE


def guide_path() -> Path:
    return BROWSER_DIR / GUIDE_FILE


def read_style() -> str:
    return style_path().read_text(encoding="utf-8")


def read_guide() -> str:
    return guide_path().read_text(encoding="utf-8")


__all__ = ["BROWSER_DIR", "guide_path", "read_guide", "read_style", "style_path"]
