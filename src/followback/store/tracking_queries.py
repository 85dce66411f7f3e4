"""Read models for follower tracking: frames for metrics and retention, CSV row streams."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import polars as pl
from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from followback.domain import Direction, as_utc
from followback.store.edges import last_seen_of, seen_mark
from followback.store.follow_days import EVENT_COUNTS, FollowDayRepo
from followback.store.tables import (
    BrandAccountRow,
    ContactRow,
    ConversationRow,
    DecisionRow,
    ExperimentAssignmentRow,
    FollowEdgeRow,
    FollowEventRow,
    MetricSnapshotRow,
    RemoteAccountRow,
    SyncStateRow,
)
from followback.tracking.experiment import ASSIGNMENT_SCHEMA
from followback.tracking.metrics import (
    DAY_COUNTS_SCHEMA,
    EVENT_SCHEMA,
    SNAPSHOT_SCHEMA,
    AudienceCounts,
)
from followback.tracking.retention import CONTACT_SCHEMA, SURVIVAL_SCHEMA

__all__ = [
    "EDGE_COLUMNS",
    "EVENT_COLUMNS",
    "SNAPSHOT_COLUMNS",
    "audience_counts",
    "event_counts",
    "iter_edges",
    "iter_events",
    "iter_snapshots",
    "last_full_scan_at",
    "last_sync_at",
    "load_day_counts",
    "load_events",
    "load_experiment",
    "load_first_contacts",
    "load_snapshots",
    "load_survival_edges",
]

_STREAM = 10_000

EDGE_COLUMNS = (
    "brand_account_id",
    "remote_id",
    "direction",
    "first_seen",
    "last_seen",
    "ended_at",
    "end_reason",
    "via",
    "holdout",
)
EVENT_COLUMNS = ("brand_account_id", "remote_id", "kind", "at", "source", "reason")
SNAPSHOT_COLUMNS = ("brand_account_id", "at", "followers", "following", "data")


def _account(col: Any, account_id: int | None) -> Any:
    return True if account_id is None else col == account_id


def load_snapshots(session: Session, account_id: int) -> pl.DataFrame:
    """Metric snapshots of one account, oldest first, with activity counts unpacked."""
    stmt = (
        select(
            MetricSnapshotRow.at,
            MetricSnapshotRow.followers,
            MetricSnapshotRow.following,
            MetricSnapshotRow.data,
        )
        .where(MetricSnapshotRow.brand_account_id == account_id)
        .order_by(MetricSnapshotRow.at, MetricSnapshotRow.id)
    )
    rows = session.execute(stmt).all()
    activity = [(r.data or {}).get("activity", {}) for r in rows]
    return pl.DataFrame(
        {
            "at": [r.at for r in rows],
            "followers": [r.followers for r in rows],
            "following": [r.following for r in rows],
            "mutual": [(r.data or {}).get("mutual", 0) for r in rows],
            "known": [a.get("known", 0) for a in activity],
            "inactive_30d": [a.get("inactive_30d", 0) for a in activity],
            "inactive_90d": [a.get("inactive_90d", 0) for a in activity],
            "activity_estimated": [bool(a.get("estimated", False)) for a in activity],
            "activity_sampled": [int(a.get("sampled", 0)) for a in activity],
            "calls": [(r.data or {}).get("calls", 0) for r in rows],
            "records": [(r.data or {}).get("records", 0) for r in rows],
            "cost_usd": [float((r.data or {}).get("cost_usd", 0.0)) for r in rows],
        },
        schema=pl.Schema(
            {
                **SNAPSHOT_SCHEMA,
                "mutual": pl.Int64(),
                "known": pl.Int64(),
                "inactive_30d": pl.Int64(),
                "inactive_90d": pl.Int64(),
                "activity_estimated": pl.Boolean(),
                "activity_sampled": pl.Int64(),
                "calls": pl.Int64(),
                "records": pl.Int64(),
                "cost_usd": pl.Float64(),
            }
        ),
    )


def load_events(session: Session, account_id: int) -> pl.DataFrame:
    """Follower events (followed, unfollowed, ended) of one account for daily series."""
    stmt = select(FollowEventRow.at, FollowEventRow.kind, FollowEventRow.reason).where(
        FollowEventRow.brand_account_id == account_id,
        FollowEventRow.kind.in_(("followed", "unfollowed", "ended")),
    )
    rows = session.execute(stmt).all()
    return pl.DataFrame(
        {
            "at": [r.at for r in rows],
            "kind": [r.kind for r in rows],
            "reason": [r.reason for r in rows],
        },
        schema=EVENT_SCHEMA,
    )


def load_day_counts(session: Session, account_id: int) -> pl.DataFrame:
    """Follower events of one account counted per UTC day (:data:`DAY_COUNTS_SCHEMA`),
    read from the daily counts: one row per day, not per event."""
    rows = sorted(FollowDayRepo(session).by_day(account_id).items())
    return pl.DataFrame(
        {
            "day": [d for d, _ in rows],
            "new_followers": [c["arrivals"] for _, c in rows],
            "unfollowers": [c["unfollowed"] for _, c in rows],
            "purged": [c["purged"] + c["deactivated"] for _, c in rows],
        },
        schema=DAY_COUNTS_SCHEMA,
    )


def _following(session: Session, account_id: int, among: Any) -> pl.DataFrame:
    """The ``following`` edges of the account to the remote ids selected by ``among``:
    who, from when, until when (only those a frame can join, not every account the
    brand follows)."""
    stmt = select(FollowEdgeRow.remote_id, FollowEdgeRow.first_seen, FollowEdgeRow.ended_at).where(
        FollowEdgeRow.brand_account_id == account_id,
        FollowEdgeRow.direction == Direction.FOLLOWING.value,
        FollowEdgeRow.remote_id.in_(among),
    )
    rows = session.execute(stmt).all()
    utc = pl.Datetime("us", "UTC")
    return pl.DataFrame(
        {
            "remote_id": [r.remote_id for r in rows],
            "back_from": [r.first_seen for r in rows],
            "back_until": [r.ended_at for r in rows],
        },
        schema={"remote_id": pl.Utf8, "back_from": utc, "back_until": utc},
    )


def _with_back(
    session: Session, account_id: int, frame: pl.DataFrame, since: str, among: Any
) -> pl.DataFrame:
    """Add ``followed_back_at``: the earliest start of a following edge of the same
    remote id still active at column ``since`` (a follow-back ended before it is not one).
    ``among`` selects the frame's remote ids in SQL (the following edges to read)."""
    if frame.is_empty():
        return frame.with_columns(
            pl.lit(None, dtype=pl.Datetime("us", "UTC")).alias("followed_back_at")
        )
    following = _following(session, account_id, among)
    keyed = frame.with_row_index("_row")
    back = (
        keyed.select("_row", "remote_id", since)
        .join(following, on="remote_id", how="inner")
        .filter(pl.col("back_until").is_null() | (pl.col("back_until") > pl.col(since)))
        .group_by("_row")
        .agg(pl.col("back_from").min().alias("followed_back_at"))
    )
    return keyed.join(back, on="_row", how="left").sort("_row").drop("_row")


def _latest_scores(account_id: int) -> Any:
    """The bot score of each follower's current (not superseded) decision."""
    return (
        select(DecisionRow.remote_id, func.max(DecisionRow.bot_score).label("bot_score"))
        .where(DecisionRow.brand_account_id == account_id, DecisionRow.superseded.is_(False))
        .group_by(DecisionRow.remote_id)
        .subquery()
    )


def _profile_join(stmt: Any, account_id: int, remote_col: Any) -> Any:
    platform = select(BrandAccountRow.platform).where(BrandAccountRow.id == account_id)
    return stmt.outerjoin(
        RemoteAccountRow,
        and_(
            RemoteAccountRow.platform == platform.scalar_subquery(),
            RemoteAccountRow.remote_id == remote_col,
        ),
    )


def _last_seen(account_id: int) -> Any:
    """An account's follower edges' last sighting (their row's, or the last full scan's
    while active), labelled ``last_seen``."""
    mark = seen_mark(account_id, Direction.FOLLOWER.value)
    return last_seen_of(FollowEdgeRow, mark).label("last_seen")


def _age_days(created: datetime | None, at: datetime) -> float | None:
    return None if created is None else max(0.0, (at - as_utc(created)).total_seconds() / 86_400)


def load_survival_edges(session: Session, account_id: int, now: datetime) -> pl.DataFrame:
    """Follower edges (except the baseline import) with when the brand began following
    each one back (``followed_back_at``), its screening score and profile covariates."""
    del now  # censoring uses each edge's last sighting (see retention.prepare)
    scores = _latest_scores(account_id)
    stmt = (
        select(
            FollowEdgeRow.remote_id,
            FollowEdgeRow.first_seen,
            FollowEdgeRow.ended_at,
            _last_seen(account_id),
            FollowEdgeRow.end_reason,
            FollowEdgeRow.via,
            scores.c.bot_score,
            RemoteAccountRow.followers_count,
            RemoteAccountRow.posts_count,
            RemoteAccountRow.created_at,
        )
        .outerjoin(scores, scores.c.remote_id == FollowEdgeRow.remote_id)
        .where(
            FollowEdgeRow.brand_account_id == account_id,
            FollowEdgeRow.direction == Direction.FOLLOWER.value,
            # The imported audience has no known start and takes no part in retention;
            # leaving it out in SQL keeps large accounts' reports small.
            FollowEdgeRow.via != "baseline",
        )
    )
    rows = session.execute(_profile_join(stmt, account_id, FollowEdgeRow.remote_id)).all()
    frame = pl.DataFrame(
        {
            "remote_id": [r.remote_id for r in rows],
            "first_seen": [r.first_seen for r in rows],
            "ended_at": [r.ended_at for r in rows],
            "last_seen": [r.last_seen for r in rows],
            "end_reason": [r.end_reason for r in rows],
            "via": [r.via for r in rows],
            "bot_score": [r.bot_score for r in rows],
            "followers_count": [r.followers_count for r in rows],
            "posts_count": [r.posts_count for r in rows],
            "account_age_days": [_age_days(r.created_at, r.first_seen) for r in rows],
        },
        schema={k: v for k, v in SURVIVAL_SCHEMA.items() if k != "followed_back_at"},
    )
    tracked = aliased(FollowEdgeRow)
    among = select(tracked.remote_id).where(
        tracked.brand_account_id == account_id,
        tracked.direction == Direction.FOLLOWER.value,
        tracked.via != "baseline",
    )
    return _with_back(session, account_id, frame, "first_seen", among).select(list(SURVIVAL_SCHEMA))


def load_experiment(session: Session, account_id: int) -> pl.DataFrame:
    """Every experiment assignment with the follower edge it was made on (the edge active
    at assignment) and when, if ever, the brand followed that follower back."""
    a = ExperimentAssignmentRow
    stmt = (
        select(
            a.remote_id,
            a.arm,
            a.assigned_at,
            a.bot_score,
            FollowEdgeRow.ended_at,
            FollowEdgeRow.end_reason,
            _last_seen(account_id),
        )
        .join(
            FollowEdgeRow,
            and_(
                FollowEdgeRow.brand_account_id == a.brand_account_id,
                FollowEdgeRow.remote_id == a.remote_id,
                FollowEdgeRow.direction == Direction.FOLLOWER.value,
                FollowEdgeRow.first_seen <= a.assigned_at,
                or_(FollowEdgeRow.ended_at.is_(None), FollowEdgeRow.ended_at >= a.assigned_at),
            ),
        )
        .where(a.brand_account_id == account_id)
        .order_by(a.assigned_at, a.id)
    )
    rows = session.execute(stmt).all()
    frame = pl.DataFrame(
        {
            "remote_id": [r.remote_id for r in rows],
            "arm": [r.arm for r in rows],
            "assigned_at": [r.assigned_at for r in rows],
            "bot_score": [r.bot_score for r in rows],
            "ended_at": [r.ended_at for r in rows],
            "end_reason": [r.end_reason for r in rows],
            "last_seen": [r.last_seen for r in rows],
        },
        schema={k: v for k, v in ASSIGNMENT_SCHEMA.items() if k != "followed_back_at"},
    )
    among = select(a.remote_id).where(a.brand_account_id == account_id)
    return _with_back(session, account_id, frame, "assigned_at", among).select(
        list(ASSIGNMENT_SCHEMA)
    )


def load_first_contacts(session: Session, account_id: int) -> pl.DataFrame:
    """Each follower's first conversation with the brand while following, with when it was
    first answered, the follower edge's fate, follow-back time and covariates."""
    first = (
        select(
            ContactRow.remote_id.label("remote_id"),
            func.min(ConversationRow.opened_at).label("opened_at"),
        )
        .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
        .where(ConversationRow.brand_account_id == account_id)
        .group_by(ContactRow.remote_id)
        .subquery()
    )
    answered = (
        select(
            ContactRow.remote_id.label("remote_id"),
            ConversationRow.opened_at.label("opened_at"),
            func.min(ConversationRow.first_response_at).label("first_response_at"),
        )
        .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
        .where(ConversationRow.brand_account_id == account_id)
        .group_by(ContactRow.remote_id, ConversationRow.opened_at)
        .subquery()
    )
    scores = _latest_scores(account_id)
    stmt = (
        select(
            first.c.remote_id,
            first.c.opened_at,
            answered.c.first_response_at,
            FollowEdgeRow.ended_at,
            FollowEdgeRow.end_reason,
            _last_seen(account_id),
            scores.c.bot_score,
            RemoteAccountRow.followers_count,
            RemoteAccountRow.posts_count,
            RemoteAccountRow.created_at,
        )
        .join(
            answered,
            and_(
                answered.c.remote_id == first.c.remote_id,
                answered.c.opened_at == first.c.opened_at,
            ),
        )
        .join(
            FollowEdgeRow,
            and_(
                FollowEdgeRow.brand_account_id == account_id,
                FollowEdgeRow.remote_id == first.c.remote_id,
                FollowEdgeRow.direction == Direction.FOLLOWER.value,
                FollowEdgeRow.first_seen <= first.c.opened_at,
                or_(FollowEdgeRow.ended_at.is_(None), FollowEdgeRow.ended_at >= first.c.opened_at),
            ),
        )
        .outerjoin(scores, scores.c.remote_id == first.c.remote_id)
    )
    rows = session.execute(_profile_join(stmt, account_id, first.c.remote_id)).all()
    frame = pl.DataFrame(
        {
            "remote_id": [r.remote_id for r in rows],
            "opened_at": [as_utc(r.opened_at) for r in rows],
            "first_response_at": [
                None if r.first_response_at is None else as_utc(r.first_response_at) for r in rows
            ],
            "ended_at": [r.ended_at for r in rows],
            "end_reason": [r.end_reason for r in rows],
            "last_seen": [r.last_seen for r in rows],
            "bot_score": [r.bot_score for r in rows],
            "followers_count": [r.followers_count for r in rows],
            "posts_count": [r.posts_count for r in rows],
            "account_age_days": [_age_days(r.created_at, as_utc(r.opened_at)) for r in rows],
        },
        schema={k: v for k, v in CONTACT_SCHEMA.items() if k != "followed_back_at"},
    )
    among = (
        select(ContactRow.remote_id)
        .join(ConversationRow, ConversationRow.contact_id == ContactRow.id)
        .where(ConversationRow.brand_account_id == account_id)
    )
    return _with_back(session, account_id, frame, "opened_at", among).select(list(CONTACT_SCHEMA))


def last_sync_at(session: Session, account_id: int) -> datetime | None:
    """When the account's latest metric snapshot (one per sync) was taken, if ever."""
    at = session.execute(
        select(func.max(MetricSnapshotRow.at)).where(
            MetricSnapshotRow.brand_account_id == account_id
        )
    ).scalar_one_or_none()
    return None if at is None else as_utc(at)


def last_full_scan_at(session: Session, account_id: int | None) -> datetime | None:
    """When the follower list was last scanned in full (the oldest such time over all
    accounts when ``account_id`` is None: departures are known up to then)."""
    stmt = select(SyncStateRow.brand_account_id, SyncStateRow.data).where(
        SyncStateRow.stream == "followers",
        _account(SyncStateRow.brand_account_id, account_id),
    )
    times = [
        as_utc(datetime.fromisoformat(str(data["last_full_at"])))
        for _, data in session.execute(stmt)
        if data and data.get("last_full_at")
    ]
    return min(times) if times else None


def event_counts(
    session: Session,
    account_id: int | None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> dict[str, int]:
    """Follower arrivals and departures by kind with ``since <= at <= until``, counted
    from the events themselves (the parts of days :func:`audience_counts` cannot read
    from the daily counts, and the reference those counts are checked against)."""
    kind = case(
        (FollowEventRow.kind == "followed", "arrivals"),
        (FollowEventRow.kind == "unfollowed", "unfollowed"),
        (FollowEventRow.reason == "deactivated", "deactivated"),
        else_="purged",
    )
    stmt = (
        select(kind.label("k"), func.count())
        .where(
            FollowEventRow.kind.in_(("followed", "unfollowed", "ended")),
            _account(FollowEventRow.brand_account_id, account_id),
        )
        .group_by("k")
    )
    if since is not None:
        stmt = stmt.where(FollowEventRow.at >= since)
    if until is not None:
        stmt = stmt.where(FollowEventRow.at <= until)
    return {k: int(n) for k, n in session.execute(stmt)}


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _whole_days(
    since: datetime | None, until: datetime | None
) -> tuple[tuple[date | None, date | None] | None, list[tuple[datetime, datetime]]]:
    """The whole UTC days inside ``[since, until]`` (``None`` if there are none; an open
    bound stays open) and the stretches of partial days at either end."""
    us = timedelta(microseconds=1)
    first = None if since is None else (as_utc(since) - us).date() + timedelta(days=1)
    last = None if until is None else (as_utc(until) + us).date() - timedelta(days=1)
    if since is not None and until is not None and first > last:  # type: ignore[operator]
        return None, [(since, until)]
    parts: list[tuple[datetime, datetime]] = []
    if since is not None and first is not None and since < _midnight(first):
        parts.append((since, _midnight(first) - us))
    if until is not None and last is not None and until >= _midnight(last + timedelta(days=1)):
        parts.append((_midnight(last + timedelta(days=1)), until))
    return (first, last), parts


def audience_counts(
    session: Session,
    account_id: int | None,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> AudienceCounts:
    """Followers and following now, and arrivals and departures (by kind) with
    ``since <= at <= until`` — the one definition the demo summary, the dashboard, the
    report and the API all use.

    Read from the daily counts (``follow_days``): one row per day, whatever the audience;
    only the parts of days at either end of a range that does not start or end at
    midnight are counted from the events.
    """
    days = FollowDayRepo(session)
    now = days.totals(account_id)
    whole, parts = _whole_days(since, until)
    counts: dict[str, int] = {}
    if whole is not None:
        totals = now if whole == (None, None) else days.totals(account_id, *whole)
        counts = {c: getattr(totals, c) for c in EVENT_COUNTS}
    for lo, hi in parts:
        for k, n in event_counts(session, account_id, lo, hi).items():
            counts[k] = counts.get(k, 0) + n
    return AudienceCounts(
        followers=now.followers,
        following=now.following,
        arrivals=counts.get("arrivals", 0),
        unfollowed=counts.get("unfollowed", 0),
        purged=counts.get("purged", 0),
        deactivated=counts.get("deactivated", 0),
        last_full_scan_at=last_full_scan_at(session, account_id),
    )


def _stream(session: Session, stmt: Any) -> Iterator[tuple[Any, ...]]:
    for part in session.execute(stmt.execution_options(yield_per=_STREAM)).partitions():
        for row in part:
            yield tuple(row)


def iter_edges(session: Session, account_id: int | None) -> Iterator[tuple[Any, ...]]:
    """Every follow edge (of one account or all), streamed, in :data:`EDGE_COLUMNS` order."""
    mark = seen_mark(FollowEdgeRow.brand_account_id, FollowEdgeRow.direction)
    cols = [
        last_seen_of(FollowEdgeRow, mark).label(c)
        if c == "last_seen"
        else getattr(FollowEdgeRow, c)
        for c in EDGE_COLUMNS
    ]
    stmt = (
        select(*cols)
        .where(_account(FollowEdgeRow.brand_account_id, account_id))
        .order_by(FollowEdgeRow.id)
    )
    return _stream(session, stmt)


def iter_events(session: Session, account_id: int | None) -> Iterator[tuple[Any, ...]]:
    """Every follow event, streamed, in :data:`EVENT_COLUMNS` order."""
    cols = [getattr(FollowEventRow, c) for c in EVENT_COLUMNS]
    stmt = (
        select(*cols)
        .where(_account(FollowEventRow.brand_account_id, account_id))
        .order_by(FollowEventRow.at, FollowEventRow.id)
    )
    return _stream(session, stmt)


def iter_snapshots(session: Session, account_id: int | None) -> Iterator[tuple[Any, ...]]:
    """Every metric snapshot, streamed, in :data:`SNAPSHOT_COLUMNS` order."""
    cols = [getattr(MetricSnapshotRow, c) for c in SNAPSHOT_COLUMNS]
    stmt = (
        select(*cols)
        .where(_account(MetricSnapshotRow.brand_account_id, account_id))
        .order_by(MetricSnapshotRow.at, MetricSnapshotRow.id)
    )
    return _stream(session, stmt)
