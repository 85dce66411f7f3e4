"""The overview's figures: audience counts, growth, churn, inactivity and response times.

Read from the daily follower counts (``follow_days``), metric snapshots and
conversations: the cost grows with the days shown, not with the audience.
Daily series cover the last ``days`` days ending at ``now``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from statistics import median
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from followback.domain import as_utc
from followback.store.follow_days import FollowDayRepo
from followback.store.tables import (
    BrandAccountRow,
    ConversationRow,
    FollowEventRow,
    MetricSnapshotRow,
)
from followback.store.tracking_queries import audience_counts

__all__ = ["INACTIVE_AFTER_DAYS", "Overview", "Responses", "build_overview", "responses_from_rows"]

INACTIVE_AFTER_DAYS = 90
_LOSSES = ("unfollowed", "purged", "deactivated")


@dataclass
class Overview:
    """Figures and daily series for one account (or all accounts together)."""

    as_of: datetime
    followers: int
    following: int
    ratio: float | None
    gained: int
    lost: int
    churn: float | None
    inactive_share: float | None
    median_response_min: float | None
    answered: int
    unfollowed: int = 0
    purged: int = 0
    deactivated: int = 0
    last_full_scan_at: datetime | None = None
    days: list[datetime] = field(default_factory=list)
    gains: list[int] = field(default_factory=list)
    losses: list[int] = field(default_factory=list)
    followers_series: list[tuple[datetime, float]] = field(default_factory=list)
    following_series: list[tuple[datetime, float]] = field(default_factory=list)
    response_series: list[tuple[datetime, float]] = field(default_factory=list)

    @property
    def growth(self) -> int:
        return self.gained - self.lost

    def as_dict(self) -> dict[str, object]:
        return {
            "as_of": self.as_of.isoformat(),
            "followers": self.followers,
            "following": self.following,
            "ratio": self.ratio,
            "gained": self.gained,
            "lost": self.lost,
            "unfollowed": self.unfollowed,
            "purged": self.purged,
            "deactivated": self.deactivated,
            "last_full_scan_at": (
                self.last_full_scan_at.isoformat() if self.last_full_scan_at else None
            ),
            "growth": self.growth,
            "churn": self.churn,
            "inactive_share": self.inactive_share,
            "median_response_minutes": self.median_response_min,
            "answered": self.answered,
            "daily": [
                {"day": d.date().isoformat(), "gained": g, "lost": lost}
                for d, g, lost in zip(self.days, self.gains, self.losses, strict=True)
            ],
            "followers_series": [
                {"at": t.isoformat(), "value": v} for t, v in self.followers_series
            ],
            "response_minutes_series": [
                {"day": t.date().isoformat(), "value": v} for t, v in self.response_series
            ],
        }


def _scoped(stmt: Any, column: Any, account_id: int | None) -> Any:
    return stmt if account_id is None else stmt.where(column == account_id)


def _snapshots(
    session: Session, account_id: int | None, since: datetime
) -> list[tuple[datetime, int, int]]:
    stmt = select(MetricSnapshotRow.at, MetricSnapshotRow.followers, MetricSnapshotRow.following)
    stmt = stmt.where(MetricSnapshotRow.at >= since).order_by(MetricSnapshotRow.at)
    if account_id is not None:
        stmt = stmt.where(MetricSnapshotRow.brand_account_id == account_id)
        return [(t, f, g) for t, f, g in session.execute(stmt)]
    # Several accounts: sum each account's latest snapshot per day.
    per_day: dict[datetime, dict[int, tuple[int, int]]] = {}
    rows: Any = session.execute(stmt.add_columns(MetricSnapshotRow.brand_account_id))
    for t, f, g, aid in rows:
        day = t.replace(hour=0, minute=0, second=0, microsecond=0)
        per_day.setdefault(day, {})[aid] = (f, g)
    return [
        (d, sum(v[0] for v in m.values()), sum(v[1] for v in m.values()))
        for d, m in sorted(per_day.items())
    ]


def _daily_events(
    session: Session, account_id: int | None, days: list[datetime]
) -> tuple[list[int], list[int]]:
    """Arrivals and departures per day, from the daily counts (one row per day)."""
    counts = FollowDayRepo(session).by_day(account_id, days[0].date(), days[-1].date())
    empty: dict[str, int] = {}
    per_day = [counts.get(d.date(), empty) for d in days]
    gains = [c.get("arrivals", 0) for c in per_day]
    losses = [sum(c.get(k, 0) for k in _LOSSES) for c in per_day]
    return gains, losses


def _inactive_share(session: Session, account_id: int | None) -> float | None:
    """Share of followers with no post in 90 days, as the latest sync counted them.

    Each sync counts its followers' activity (:func:`followback.tracking.metrics.activity_counts`)
    and keeps it in its metric snapshot; the report shows the same figure. Reading it
    there costs one row per account instead of a join of every follower with a profile.
    """
    latest = (
        select(MetricSnapshotRow.brand_account_id, func.max(MetricSnapshotRow.at).label("at"))
        .group_by(MetricSnapshotRow.brand_account_id)
        .subquery()
    )
    stmt = select(MetricSnapshotRow.data).join(
        latest,
        (latest.c.brand_account_id == MetricSnapshotRow.brand_account_id)
        & (latest.c.at == MetricSnapshotRow.at),
    )
    stmt = _scoped(stmt, MetricSnapshotRow.brand_account_id, account_id)
    known = inactive = 0
    for (data,) in session.execute(stmt):
        activity = (data or {}).get("activity") or {}
        known += int(activity.get("known", 0))
        inactive += int(activity.get("inactive_90d", 0))
    return inactive / known if known else None


@dataclass(frozen=True)
class Responses:
    """First-response times of the conversations opened in the window."""

    answered: int
    median_min: float | None  # over all of them
    series: list[tuple[datetime, float]]  # (UTC day opened, median minutes), by day


def responses_from_rows(rows: Iterable[tuple[datetime, datetime | None]]) -> Responses:
    """:class:`Responses` from (opened, first response) pairs, in Python (SQLite's path,
    and the definition PostgreSQL's SQL is tested against)."""
    by_day: dict[datetime, list[float]] = {}
    all_minutes: list[float] = []
    for opened, answered in rows:
        if answered is None:
            continue
        minutes = max(0.0, (answered - opened).total_seconds() / 60)
        all_minutes.append(minutes)
        day = opened.replace(hour=0, minute=0, second=0, microsecond=0)
        by_day.setdefault(day, []).append(minutes)
    series = [(d, float(median(v))) for d, v in sorted(by_day.items())]
    overall = float(median(all_minutes)) if all_minutes else None
    return Responses(len(all_minutes), overall, series)


def _responses(session: Session, account_id: int | None, days: list[datetime]) -> Responses:
    window = (
        ConversationRow.first_response_at.is_not(None),
        ConversationRow.opened_at >= days[0],
    )
    if session.get_bind().dialect.name != "postgresql":
        stmt = select(ConversationRow.opened_at, ConversationRow.first_response_at).where(*window)
        rows = session.execute(_scoped(stmt, ConversationRow.brand_account_id, account_id))
        return responses_from_rows((opened, answered) for opened, answered in rows)
    # PostgreSQL takes the medians itself (percentile_cont(0.5) is the median as Python's
    # statistics.median takes it): a month of conversations at a big account is tens of
    # thousands of rows, which were fetched and converted one by one for two numbers a day.
    # One pass gives both the days' and the month's (GROUPING SETS), read from the answered
    # conversations' index alone (migration 0024): two scans of the table took 90-110 ms
    # at 100,000 conversations, this 20-25 ms.
    seconds = func.extract("epoch", ConversationRow.first_response_at - ConversationRow.opened_at)
    minutes = func.greatest(0.0, seconds / 60.0)
    day = func.date(func.timezone("UTC", ConversationRow.opened_at))
    med = func.percentile_cont(0.5).within_group(minutes)
    stmt = _scoped(
        select(day, med, func.count(), func.grouping(day))
        .where(*window)
        .group_by(func.grouping_sets(tuple_(day), tuple_())),
        ConversationRow.brand_account_id,
        account_id,
    )
    series, total_median, answered = [], None, 0
    for d, m, n, whole_window in session.execute(stmt):
        if whole_window:
            total_median, answered = m, int(n)
        else:
            series.append((datetime(d.year, d.month, d.day, tzinfo=UTC), float(m)))
    series.sort()
    return Responses(answered, None if total_median is None else float(total_median), series)


def _followers_from_events(
    now_count: int, days: list[datetime], gains: list[int], losses: list[int]
) -> list[tuple[datetime, float]]:
    """Walk back from today's count through the daily changes."""
    values = [float(now_count)] * len(days)
    for i in range(len(days) - 2, -1, -1):
        values[i] = values[i + 1] - gains[i + 1] + losses[i + 1]
    return list(zip(days, values, strict=True))


def _latest_activity(session: Session, account_id: int | None) -> datetime | None:
    times = []
    for row in (FollowEventRow, MetricSnapshotRow):
        if account_id is not None:
            stmt = select(func.max(row.at)).where(row.brand_account_id == account_id)
        else:  # each account's latest by its (account, at) index, not a scan of them all
            per = select(func.max(row.at)).where(row.brand_account_id == BrandAccountRow.id)
            stmt = select(func.max(per.scalar_subquery())).select_from(BrandAccountRow)
        times.append(session.scalar(stmt))
    found = [t for t in times if t is not None]
    return as_utc(max(found)) if found else None


def build_overview(
    session: Session, account_id: int | None, now: datetime, days: int = 30
) -> Overview:
    """All figures of the overview page for ``account_id`` (None: every account).

    The window is the ``days`` days up to the latest recorded activity (or ``now`` if
    that is sooner): a simulated or paused account still shows its last month.
    """
    latest = _latest_activity(session, account_id)
    if latest is not None and latest < now:
        now = latest
    start = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    day_list = [start + timedelta(days=i) for i in range(days)]
    # The one definition of followers, arrivals and departures (shared with the report,
    # the demo summary and the Retention page).
    counts = audience_counts(session, account_id, since=start)
    followers, following = counts.followers, counts.following
    snaps = _snapshots(session, account_id, start)
    if not followers and not following and snaps:
        followers, following = snaps[-1][1], snaps[-1][2]
    gains, losses = _daily_events(session, account_id, day_list)
    gained, lost = counts.arrivals, counts.departures
    responses = _responses(session, account_id, day_list)
    if len(snaps) >= 2:
        followers_series = [(t, float(f)) for t, f, _ in snaps]
        following_series = [(t, float(g)) for t, _, g in snaps]
    else:
        followers_series = _followers_from_events(followers, day_list, gains, losses)
        following_series = []
    at_start = followers - gained + lost
    return Overview(
        as_of=now,
        followers=followers,
        following=following,
        ratio=round(followers / following, 3) if following else None,
        gained=gained,
        lost=lost,
        churn=round(lost / at_start, 4) if at_start > 0 else None,
        inactive_share=_inactive_share(session, account_id),
        median_response_min=(
            None if responses.median_min is None else round(responses.median_min, 1)
        ),
        answered=responses.answered,
        unfollowed=counts.unfollowed,
        purged=counts.purged,
        deactivated=counts.deactivated,
        last_full_scan_at=counts.last_full_scan_at,
        days=day_list,
        gains=gains,
        losses=losses,
        followers_series=followers_series,
        following_series=following_series,
        response_series=responses.series,
    )
