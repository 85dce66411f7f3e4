"""Figures of an account's audience, as matplotlib figures or inline SVG strings.

Figures are built with :class:`matplotlib.figure.Figure` directly (no pyplot, no global
backend state), so they are safe in the web server's threads and in the CLI alike.
Each function takes the frames produced by :mod:`followback.tracking.metrics` and
:mod:`followback.store.tracking_queries`; an empty frame gives a figure that says so.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

import polars as pl
from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from followback.tracking.retention import GroupCurve

__all__ = [
    "churn_figure",
    "followers_figure",
    "inactive_figure",
    "ratio_figure",
    "survival_figure",
    "to_svg",
]

_SIZE = (7.5, 3.2)
_BLUE, _ORANGE, _GREY, _RED = "#1f6feb", "#d9730d", "#8b949e", "#cf222e"


def to_svg(fig: Figure) -> str:
    """The figure as an ``<svg>`` element, ready to inline in HTML."""
    FigureCanvasSVG(fig)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _figure(title: str) -> tuple[Figure, Axes]:
    fig = Figure(figsize=_SIZE, layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", fontsize=11)
    ax.grid(alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def _empty(ax: Axes, text: str) -> None:
    # Wrapped, so a long notice ("not enough data yet: ...") fits inside the axes.
    ax.text(
        0.5,
        0.5,
        textwrap.fill(text, 60),
        ha="center",
        va="center",
        transform=ax.transAxes,
        color=_GREY,
        wrap=True,
    )


def followers_figure(snapshots: pl.DataFrame) -> Figure:
    """Followers and following over time (every sync's snapshot)."""
    fig, ax = _figure("Followers and following")
    if snapshots.is_empty():
        _empty(ax, "no syncs yet")
        return fig
    at = snapshots["at"].to_list()
    ax.plot(at, snapshots["followers"].to_list(), color=_BLUE, label="followers")
    ax.plot(at, snapshots["following"].to_list(), color=_ORANGE, label="following")
    ax.legend(frameon=False)
    fig.autofmt_xdate()
    return fig


def ratio_figure(daily: pl.DataFrame) -> Figure:
    """Follower/following ratio per day."""
    fig, ax = _figure("Followers per account followed")
    data = daily.drop_nulls("ratio") if not daily.is_empty() else daily
    if data.is_empty():
        _empty(ax, "no data yet")
        return fig
    ax.plot(data["day"].to_list(), data["ratio"].to_list(), color=_BLUE, marker="o", ms=3)
    fig.autofmt_xdate()
    return fig


def churn_figure(daily: pl.DataFrame) -> Figure:
    """New followers, unfollowers and purges per day, and the churn rate."""
    fig, ax = _figure("Arrivals, departures and churn per day")
    if daily.is_empty():
        _empty(ax, "no data yet")
        return fig
    days = daily["day"].to_list()
    ax.bar(days, daily["new_followers"].to_list(), color=_BLUE, label="new followers")
    ax.bar(days, [-v for v in daily["unfollowers"].to_list()], color=_RED, label="unfollowers")
    ax.bar(
        days,
        [-v for v in daily["purged"].to_list()],
        bottom=[-v for v in daily["unfollowers"].to_list()],
        color=_GREY,
        label="purged by platform",
    )
    ax.axhline(0, color="black", lw=0.6)
    ax.set_ylabel("accounts")
    churn = ax.twinx()
    churn.plot(
        days,
        [100 * (v or 0.0) for v in daily["churn_rate"].to_list()],
        color="black",
        lw=1,
        label="churn %",
    )
    churn.set_ylabel("churn rate (%)")
    ax.legend(frameon=False, loc="upper left", fontsize=8)
    fig.autofmt_xdate()
    return fig


def inactive_figure(snapshots: pl.DataFrame) -> Figure:
    """Share of followers with no post in 30 and in 90 days (from full scans)."""
    fig, ax = _figure("Inactive followers")
    data = snapshots.filter(pl.col("known") > 0) if not snapshots.is_empty() else snapshots
    if data.is_empty():
        _empty(ax, "no full scan yet")
        return fig
    at = data["at"].to_list()
    known = data["known"].to_numpy()
    ax.plot(
        at, 100 * data["inactive_30d"].to_numpy() / known, color=_ORANGE, label="no post in 30 days"
    )
    ax.plot(
        at, 100 * data["inactive_90d"].to_numpy() / known, color=_RED, label="no post in 90 days"
    )
    ax.set_ylabel("% of followers")
    ax.set_ylim(0, 100)
    ax.legend(frameon=False)
    fig.autofmt_xdate()
    return fig


def survival_figure(
    curves: Sequence[GroupCurve],
    title: str = "Follower retention",
    *,
    empty: str = "not enough data yet",
    xlabel: str = "days since following",
) -> Figure:
    """Kaplan–Meier curves with 95 % confidence bands, or the ``empty`` notice."""
    fig, ax = _figure(title)
    if not curves:
        _empty(ax, empty)
        return fig
    for curve, color in zip(curves, (_BLUE, _ORANGE), strict=False):
        label = f"{curve.label} (n={curve.n}, left={curve.events})"
        ax.step(curve.timeline, curve.survival, where="post", color=color, label=label)
        ax.fill_between(
            curve.timeline, curve.lower, curve.upper, step="post", color=color, alpha=0.2
        )
    ax.set_xlabel(xlabel)
    ax.set_ylabel("still following")
    ax.set_ylim(0, 1.02)
    ax.legend(frameon=False, loc="lower left", fontsize=8)
    return fig
