"""The listening chart: posts naming the brand per day (mentions and heard, stacked) with the
share that are complaints drawn as a line (0-100% over the chart's height)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from markupsafe import Markup

from followback.inbox.signal import DayVolume
from followback.web.charts import _H, _PAD_B, _PAD_L, _PAD_R, _PAD_T, _W, _empty, _frame

__all__ = ["volume_chart"]


def volume_chart(days: Sequence[DayVolume], title: str) -> Markup:
    """Stacked bars (mentions blue, heard amber) and the complaint share as a red line."""
    if not days or not any(d.total for d in days):
        return _empty(title)
    peak = max(max(d.total for d in days), 1)
    inner_w = _W - _PAD_L - _PAD_R
    inner_h = _H - _PAD_T - _PAD_B
    base = _PAD_T + inner_h
    slot = inner_w / len(days)
    bar = max(1.0, slot * 0.7)
    first = datetime.combine(days[0].day, time(0))
    last = datetime.combine(days[-1].day, time(0))
    parts = _frame(title, 0, peak, first, last, len(days))
    share_points = []
    for i, d in enumerate(days):
        x = _PAD_L + slot * i + (slot - bar) / 2
        hm = inner_h * d.mentions / peak
        hh = inner_h * d.heard / peak
        label = (
            f"{d.day:%d %b}: {d.mentions} mentions, {d.heard} heard, "
            f"{d.complaints} complaints ({d.complaint_share:.0%})"
        )
        parts.append(
            f'<rect class="series" x="{x:.1f}" y="{base - hm:.1f}" width="{bar:.1f}" '
            f'height="{hm:.1f}" fill="#2f6fde"><title>{label}</title></rect>'
            f'<rect class="series" x="{x:.1f}" y="{base - hm - hh:.1f}" width="{bar:.1f}" '
            f'height="{hh:.1f}" fill="#e0a526"><title>{label}</title></rect>'
        )
        if d.total:
            share_points.append(f"{x + bar / 2:.1f},{base - inner_h * d.complaint_share:.1f}")
    if len(share_points) > 1:
        parts.append(
            '<polyline class="share" fill="none" stroke="#d9534f" stroke-width="2" '
            f'points="{" ".join(share_points)}"/>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - numbers and escaped titles only
