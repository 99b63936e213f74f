"""Charts for the web pages and ``kg report``, drawn with plotly.

Why plotly: its Python package ships ``plotly.min.js`` itself, so a chart works with no network
at all — ``kg serve`` serves that file from the installed package (``/static/plotly.min.js``) and
``kg report`` inlines it once into a single self-contained HTML file. Vega-Altair would need a
CDN or vl-convert's embedded JavaScript runtime to render offline. The figures are plain JSON
specs (``Plotly.newPlot``), interactive (hover shows values), and every chart sits next to a
table with the same numbers for readers who cannot use the chart.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.serve.site import Leaderboard, TrendRow

_CONFIG = {"displaylogo": False, "responsive": True}
_LAYOUT = {
    "margin": {"l": 50, "r": 20, "t": 40, "b": 50},
    "height": 360,
    "font": {"family": "system-ui, sans-serif", "size": 12},
    "plot_bgcolor": "#fbfcfe",
}


@functools.cache
def plotly_js() -> str:
    """The plotly.js bundle of the installed plotly package (no download)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def _html(fig: object, div_id: str) -> str:
    return fig.to_html(  # type: ignore[attr-defined]
        full_html=False, include_plotlyjs=False, div_id=div_id, config=_CONFIG
    )


def trend_chart(rows: Sequence[TrendRow], title: str, div_id: str) -> str:
    """Papers per month, one line per entity."""
    import plotly.graph_objects as go

    series: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        series[r.name][r.month] = r.papers
    months = sorted({r.month for r in rows})
    fig = go.Figure()
    for name, by_month in series.items():
        fig.add_trace(
            go.Scatter(
                x=months,
                y=[by_month.get(m, 0) for m in months],
                mode="lines+markers",
                name=name,
            )
        )
    fig.update_layout(title=title, xaxis_title="month", yaxis_title="papers", **_LAYOUT)
    fig.update_xaxes(type="category")
    return _html(fig, div_id)


def sota_chart(board: Leaderboard, div_id: str) -> str:
    """Each system's best result by month, with the state of the art as a step line."""
    import plotly.graph_objects as go

    dated = [e for e in board.entries if e.month]
    direction = "higher is better" if board.higher_is_better else "lower is better"
    if not dated:  # no paper has a month: the best result per system, as bars
        fig = go.Figure(
            go.Bar(
                x=[e.value for e in board.entries],
                y=[e.system for e in board.entries],
                orientation="h",
                name="best result of a system",
                hovertemplate="%{y}: %{x}<extra></extra>",
            )
        )
        layout = {**_LAYOUT, "height": max(220, 40 * len(board.entries) + 140)}
        fig.update_layout(
            title=f"{board.dataset} — {board.metric} ({direction}; papers without dates)",
            xaxis_title=board.metric,
            **layout,
        )
        fig.update_yaxes(autorange="reversed", automargin=True)
        return _html(fig, div_id)
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=[e.month for e in dated],
            y=[e.value for e in dated],
            text=[e.system for e in dated],
            mode="markers",
            name="best result of a system",
            hovertemplate="%{text}: %{y} (%{x})<extra></extra>",
        )
    )
    history = board.history()
    if history:
        fig.add_trace(
            go.Scatter(
                x=[h[0] for h in history],
                y=[h[1] for h in history],
                text=[h[2] for h in history],
                mode="lines",
                line_shape="hv",
                name="state of the art",
                hovertemplate="%{text}: %{y} (%{x})<extra></extra>",
            )
        )
    fig.update_layout(
        title=f"{board.dataset} — {board.metric} ({direction})",
        xaxis_title="month",
        yaxis_title=board.metric,
        **_LAYOUT,
    )
    fig.update_xaxes(type="category", categoryorder="category ascending")
    return _html(fig, div_id)


def cooccurrence_chart(pairs: Sequence[tuple[str, str, int]], div_id: str, top: int = 15) -> str:
    """A symmetric heat map of shared papers among the datasets of the top pairs."""
    import plotly.graph_objects as go

    totals: dict[str, int] = defaultdict(int)
    for a, b, n in pairs:
        totals[a] += n
        totals[b] += n
    names = sorted(totals, key=lambda k: (-totals[k], k))[:top]
    index = {n: i for i, n in enumerate(names)}
    z = [[0] * len(names) for _ in names]
    for a, b, n in pairs:
        if a in index and b in index:
            z[index[a]][index[b]] = z[index[b]][index[a]] = n
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=names,
            y=names,
            colorscale="Blues",
            hovertemplate="%{y} + %{x}: %{z} papers<extra></extra>",
        )
    )
    layout = {**_LAYOUT, "height": max(360, 28 * len(names) + 160)}
    fig.update_layout(title="Datasets evaluated on together (shared papers)", **layout)
    return _html(fig, div_id)
