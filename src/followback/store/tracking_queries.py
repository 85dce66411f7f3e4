"""Read models for follower tracking: frames for metrics and retention, CSV row streams."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import polars as pl
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from followback.domain import Direction, as_utc
from followback.store.tables import FollowEdgeRow, FollowEventRow, MetricSnapshotRow
from followback.tracking.metrics import EVENT_SCHEMA, SNAPSHOT_SCHEMA
from followback.tracking.retention import SURVIVAL_SCHEMA

__all__ = [
    "EDGE_COLUMNS",
    "EVENT_COLUMNS",
    "SNAPSHOT_COLUMNS",
    "iter_edges",
    "iter_events",
    "iter_snapshots",
    "load_events",
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


def load_survival_edges(session: Session, account_id: int, now: datetime) -> pl.DataFrame:
    """Follower edges (except the baseline import) with ``followed_back``: the brand
    followed the account while it followed (a ``following`` edge that began before the
    follower edge ended)."""
    following = aliased(FollowEdgeRow)
    back = (
        select(following.remote_id, func.min(following.first_seen).label("since"))
        .where(
            following.brand_account_id == account_id,
            following.direction == Direction.FOLLOWING.value,
        )
        .group_by(following.remote_id)
        .subquery()
    )
    stmt = (
        select(
            FollowEdgeRow.remote_id,
            FollowEdgeRow.first_seen,
            FollowEdgeRow.ended_at,
            FollowEdgeRow.last_seen,
            FollowEdgeRow.end_reason,
            FollowEdgeRow.via,
            FollowEdgeRow.holdout,
            back.c.since,
        )
        .outerjoin(back, and_(back.c.remote_id == FollowEdgeRow.remote_id))
        .where(
            FollowEdgeRow.brand_account_id == account_id,
            FollowEdgeRow.direction == Direction.FOLLOWER.value,
            # The imported audience has no known start and takes no part in retention;
            # leaving it out in SQL keeps large accounts' reports small.
            FollowEdgeRow.via != "baseline",
        )
    )
    rows = session.execute(stmt).all()

    def followed_back(r: Any) -> bool:
        if r.since is None:
            return False
        return bool(as_utc(r.since) <= (r.ended_at or max(r.last_seen, now)))

    return pl.DataFrame(
        {
            "remote_id": [r.remote_id for r in rows],
            "first_seen": [r.first_seen for r in rows],
            "ended_at": [r.ended_at for r in rows],
            "last_seen": [r.last_seen for r in rows],
            "end_reason": [r.end_reason for r in rows],
            "via": [r.via for r in rows],
            "holdout": [bool(r.holdout) for r in rows],
            "followed_back": [followed_back(r) for r in rows],
        },
        schema=SURVIVAL_SCHEMA,
    )


def _stream(session: Session, stmt: Any) -> Iterator[tuple[Any, ...]]:
    for part in session.execute(stmt.execution_options(yield_per=_STREAM)).partitions():
        for row in part:
            yield tuple(row)


def iter_edges(session: Session, account_id: int | None) -> Iterator[tuple[Any, ...]]:
    """Every follow edge (of one account or all), streamed, in :data:`EDGE_COLUMNS` order."""
    cols = [getattr(FollowEdgeRow, c) for c in EDGE_COLUMNS]
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
