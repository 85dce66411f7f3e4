"""Small server-rendered SVG charts (line and paired bars) drawn from real metric series.

Drawn with presentation attributes only (no inline CSS), so they pass a strict CSP.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from markupsafe import Markup

__all__ = ["bar_chart", "line_chart"]

_W, _H = 560, 200
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 48, 12, 14, 26


def _fmt(v: float) -> str:
    if abs(v) >= 10_000:
        return f"{v / 1000:.0f}k"
    if abs(v) >= 1000:
        return f"{v / 1000:.1f}k"
    return f"{v:.0f}" if float(v).is_integer() or abs(v) >= 10 else f"{v:.2f}"


def _scale(lo: float, hi: float) -> tuple[float, float]:
    if hi == lo:
        return lo - 1, hi + 1
    pad = (hi - lo) * 0.08
    return lo - pad, hi + pad


def _frame(title: str, lo: float, hi: float, first: datetime, last: datetime, n: int) -> list[str]:
    inner_h = _H - _PAD_T - _PAD_B
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {_W} {_H}" '
        f'role="img" aria-label="{escape(title)}" data-points="{n}">',
        f"<title>{escape(title)}</title>",
    ]
    for i in range(3):
        y = _PAD_T + inner_h * i / 2
        value = hi - (hi - lo) * i / 2
        parts.append(
            f'<line x1="{_PAD_L}" y1="{y:.1f}" x2="{_W - _PAD_R}" y2="{y:.1f}" '
            'stroke="#e3e6ea" stroke-width="1"/>'
            f'<text x="{_PAD_L - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#5b6570">{_fmt(value)}</text>'
        )
    parts.append(
        f'<text x="{_PAD_L}" y="{_H - 6}" font-size="11" fill="#5b6570">'
        f"{first:%d %b}</text>"
        f'<text x="{_W - _PAD_R}" y="{_H - 6}" font-size="11" fill="#5b6570" '
        f'text-anchor="end">{last:%d %b}</text>'
    )
    return parts


def _empty(title: str) -> Markup:
    # Safe: titles are escaped and everything else interpolated is a number.
    return Markup(  # noqa: S704
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-empty" '
        f'viewBox="0 0 {_W} 60" role="img" aria-label="{escape(title)}" data-points="0">'
        f"<title>{escape(title)}</title>"
        '<text x="10" y="34" font-size="13" fill="#5b6570">No data yet</text></svg>'
    )


def line_chart(
    points: Sequence[tuple[datetime, float]], title: str, *, color: str = "#2f6fde"
) -> Markup:
    """A line over time; ``points`` sorted by time. Fewer than two points: a "no data" note."""
    if len(points) < 2:
        return _empty(title)
    t0 = points[0][0].timestamp()
    t1 = points[-1][0].timestamp()
    span = (t1 - t0) or 1.0
    lo, hi = _scale(min(v for _, v in points), max(v for _, v in points))
    inner_w = _W - _PAD_L - _PAD_R
    inner_h = _H - _PAD_T - _PAD_B
    coords = " ".join(
        f"{_PAD_L + inner_w * (t.timestamp() - t0) / span:.1f},"
        f"{_PAD_T + inner_h * (hi - v) / (hi - lo):.1f}"
        for t, v in points
    )
    parts = _frame(title, lo, hi, points[0][0], points[-1][0], len(points))
    parts.append(
        f'<polyline class="series" fill="none" stroke="{color}" stroke-width="2" '
        f'points="{coords}"/>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - escaped titles and numbers only


def bar_chart(
    days: Sequence[datetime],
    up: Sequence[float],
    down: Sequence[float],
    title: str,
) -> Markup:
    """Paired bars per day: ``up`` above the axis (green), ``down`` below it (red)."""
    if not days or (not any(up) and not any(down)):
        return _empty(title)
    peak = max([*up, *down, 1])
    lo, hi = -peak, peak
    inner_w = _W - _PAD_L - _PAD_R
    inner_h = _H - _PAD_T - _PAD_B
    zero = _PAD_T + inner_h / 2
    slot = inner_w / len(days)
    bar = max(1.0, slot * 0.7)
    parts = _frame(title, lo, hi, days[0], days[-1], len(days))
    for i, (u, d) in enumerate(zip(up, down, strict=True)):
        x = _PAD_L + slot * i + (slot - bar) / 2
        hu = inner_h / 2 * u / peak
        hd = inner_h / 2 * d / peak
        parts.append(
            f'<rect class="series" x="{x:.1f}" y="{zero - hu:.1f}" width="{bar:.1f}" '
            f'height="{hu:.1f}" fill="#2e9e5b"><title>{days[i]:%d %b}: +{u:.0f}</title></rect>'
            f'<rect class="series" x="{x:.1f}" y="{zero:.1f}" width="{bar:.1f}" '
            f'height="{hd:.1f}" fill="#d9534f"><title>{days[i]:%d %b}: -{d:.0f}</title></rect>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - escaped titles and numbers only
