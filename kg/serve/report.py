"""``kg report BUILD_DIR -o report.html``: one self-contained HTML file with the summary,
leaderboards, trend charts and dataset co-occurrence — for people who do not run a server.

It reads the build's latest dump (``BUILD_DIR/dumps``; exported to a temporary directory first
when there is none) through the same store, SPARQL queries and templates as ``kg serve``, and
inlines plotly.js once, so the file opens offline in any browser.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

from kg.errors import ExportError, InputError
from kg.serve import charts
from kg.serve.pages import chart_id, environment, trend_context
from kg.serve.site import Site


def _dumps_dir(build_dir: Path, tmp: str) -> Path:
    dumps = build_dir / "dumps"
    site = Site(dumps) if dumps.is_dir() else None
    if site is not None and site.latest_dump() is not None:
        return dumps
    from kg.rdf.export import export_build_dir

    out = Path(tmp) / "dumps"
    export_build_dir(build_dir, out / "kg-report.ttl")
    return out


def render_report(build_dir: Path, store_root: Path | None = None) -> str:
    build_dir = Path(build_dir)
    if not build_dir.is_dir():
        raise InputError(f"build directory {build_dir} not found", hint="run `kg build` first")
    with tempfile.TemporaryDirectory(prefix="kg-report-") as tmp:
        dumps = _dumps_dir(build_dir, tmp)
        site = Site(dumps, store_root=store_root or Path(tmp) / "store")
        try:
            boards = site.leaderboards()
            context = trend_context(site)
            counts = site.counts()
        finally:
            if site._rdf is not None:
                site._rdf.close()
        board_charts = {b.key: charts.sota_chart(b, chart_id("sota", b.key)) for b in boards}
        return (
            environment()
            .get_template("report.html")
            .render(
                site=site,
                href=str,
                source=str(build_dir),
                generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                counts=counts,
                boards=boards,
                board_charts=board_charts,
                plotly_js=charts.plotly_js(),
                **context,
            )
        )


def write_report(build_dir: Path, out: Path) -> Path:
    """Render the report of ``build_dir`` and write it atomically to ``out``."""
    html = render_report(build_dir)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out
