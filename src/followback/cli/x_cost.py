"""The X cost forecast as ``connect x`` and ``status`` print it."""

from __future__ import annotations

from followback.config import Settings
from followback.domain.rulebook.prices import x_prices
from followback.tracking.x_forecast import MonthForecast, XActivity, forecast_x_month

__all__ = ["format_forecast", "x_month_forecast"]


def x_month_forecast(
    activity: XActivity, settings: Settings, *, owned_reads: bool, api_follow: bool | None
) -> MonthForecast:
    """A month's cost at this install's sync settings and the dated price table."""
    return forecast_x_month(
        activity,
        x_prices(),
        syncs_per_day=86_400 / settings.service.sync_interval_s,
        full_every=settings.service.full_reconcile_every,
        owned_reads=owned_reads,
        api_follow=api_follow,
    )


def format_forecast(forecast: MonthForecast, owned: MonthForecast | None = None) -> list[str]:
    """Plain lines: the total, each item, what it assumes."""
    a = forecast.activity
    basis = "measured over the last 30 days" if a.measured else "assumed from its size"
    out = [
        f"X cost forecast, 30 days: ${forecast.total_usd:.2f} "
        f"(${forecast.with_activity_api_usd:.2f} with the X Activity API)"
        + (f"; ${owned.total_usd:.2f} if the developer app is the brand's own" if owned else ""),
    ]
    out += [f"  {x.item}: {x.count:,} -> ${x.usd:.2f}" for x in forecast.lines]
    out.append(
        f"  a day ({basis}): {a.new_followers:.0f} new followers, {a.unfollows:.0f} unfollows, "
        f"{a.mentions:.0f} mentions, {a.dms:.0f} DMs, {a.replies:.0f} replies; "
        f"{a.followers:,} followers, {a.following:,} following; prices checked "
        f"{forecast.prices_checked}"
    )
    out += [f"  note: {n}" for n in forecast.notes]
    return out
