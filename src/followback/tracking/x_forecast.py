"""A month's X API cost for one account, forecast from its size and activity (pure).

Priced from the one dated price table (``x_prices.json``) the connector charges by, for
the path followback takes on X: followers read newest first at every sync (a first page
of 100, billed per follower returned) and listed in full every ``full_every`` syncs;
mentions and DMs billed per item returned (X counts a resource once per UTC day, so a day's
distinct items); replies at the summoned-reply price; follows through the API only where
the plan allows them (else a person follows from the intent link, free). The same figures
with the X Activity API (follow events instead of listings) are given beside them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from followback.domain.rulebook.prices import XPriceTable

__all__ = ["ForecastLine", "MonthForecast", "XActivity", "assumed_activity", "forecast_x_month"]

DAYS = 30
FIRST_PAGE = 100  # the connector's first follower page on an incremental sync


@dataclass(frozen=True, slots=True)
class XActivity:
    """What one account does a day (measured, or assumed from its size at connect time)."""

    followers: int
    following: int
    new_followers: float
    unfollows: float
    mentions: float
    dms: float
    replies: float
    follows: float
    measured: bool = False  # False: assumed from the account's size, and said so


@dataclass(frozen=True, slots=True)
class ForecastLine:
    item: str
    count: int
    usd: Decimal


@dataclass(frozen=True, slots=True)
class MonthForecast:
    lines: list[ForecastLine]
    total_usd: Decimal
    with_activity_api_usd: Decimal
    activity: XActivity
    prices_checked: str
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "days": DAYS,
            "total_usd": str(self.total_usd.quantize(Decimal("0.01"))),
            "with_activity_api_usd": str(self.with_activity_api_usd.quantize(Decimal("0.01"))),
            "lines": [
                {"item": x.item, "count": x.count, "usd": str(x.usd.quantize(Decimal("0.01")))}
                for x in self.lines
            ],
            "activity_per_day": {
                k: getattr(self.activity, k)
                for k in ("new_followers", "unfollows", "mentions", "dms", "replies", "follows")
            },
            "measured": self.activity.measured,
            "prices_checked": self.prices_checked,
            "notes": self.notes,
        }


def assumed_activity(followers: int, following: int) -> XActivity:
    """Rates assumed from an account's size alone (connect time): 0.2 % new followers and
    0.1 % unfollows a day, one mention a day per 2,000 followers, a DM per five mentions,
    a reply per two. Stated with the forecast; ``status`` replaces them with measured ones."""
    mentions = max(1.0, followers / 2000)
    new = max(1.0, followers * 0.002)
    return XActivity(
        followers, following, new, followers * 0.001, mentions, mentions / 5, mentions / 2, new / 2
    )


def forecast_x_month(
    activity: XActivity,
    prices: XPriceTable,
    *,
    syncs_per_day: float,
    full_every: int,
    owned_reads: bool,
    api_follow: bool | None,
) -> MonthForecast:
    """The month's cost line by line (``api_follow``: the detected plan, None if unknown)."""
    follows_read = prices.price("follows_read", owned=owned_reads)
    posts_read = prices.price("posts_read", owned=owned_reads)
    syncs = round(syncs_per_day * DAYS)
    incremental = syncs * min(FIRST_PAGE, activity.followers)
    full = (syncs // max(full_every, 1)) * (activity.followers + activity.following)
    mentions = round(activity.mentions * DAYS)
    dms = round(activity.dms * DAYS)
    replies = round(activity.replies * DAYS)
    follows = round(activity.follows * DAYS) if api_follow is not False else 0
    lines = [
        ForecastLine(
            "followers, newest first (each sync)", incremental, incremental * follows_read
        ),
        ForecastLine("followers + following, full listing", full, full * follows_read),
        ForecastLine("mentions read", mentions, mentions * posts_read),
        ForecastLine("DM events read", dms, dms * prices.price("dm_event_read")),
        ForecastLine(
            "replies (summoned)", replies, replies * prices.price("content_create_summoned")
        ),
        ForecastLine(
            "follows through the API", follows, follows * prices.price("user_interaction_create")
        ),
    ]
    total = sum((x.usd for x in lines), Decimal(0))
    events = round((activity.new_followers + activity.unfollows) * DAYS)
    event_usd = events * prices.price("follow.follow")
    listing = lines[0].usd + lines[1].usd
    notes = [
        "prices per resource returned (reads) and per request (writes)"
        + (
            ", owned reads for the brand's own followers, following and mentions"
            if owned_reads
            else ""
        )
    ]
    if api_follow is False:
        notes.append(
            "follows: this plan has no API follows; a person follows from intent links (free)"
        )
    if not activity.measured:
        notes.append("activity assumed from the account's size; `followback status` measures it")
    return MonthForecast(lines, total, total - listing + event_usd, activity, prices.checked, notes)
