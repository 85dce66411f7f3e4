"""The daily follower counts (``follow_days``) equal the computation over every edge and
event they replace, on a sandbox demo run, after each kind of change: the sync's arrivals
and departures, the engine's follow-backs, forgetting a person and the retention period.

Each check computes both ways: the old way (a scan of ``follow_edges``/``follow_events``,
written out here) and the way the dashboard now reads (``follow_days``); and the rows kept
incrementally are compared with the rows rebuilt from scratch.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from followback.actions.datacare import apply_retention, forget_person
from followback.config import RetentionSettings
from followback.connectors.sandbox import SandboxNetwork
from followback.domain import DecisionState, Direction, Lane, as_utc
from followback.services.demo import run_demo
from followback.services.report import account_analytics
from followback.store import Store, open_store
from followback.store.dashboard import QueueQuery, count_lanes
from followback.store.decisions import DecisionRepo
from followback.store.edges import EdgeRepo
from followback.store.engine import _alembic_config
from followback.store.follow_days import COUNT_COLUMNS, FollowDayRepo, event_column
from followback.store.overview import build_overview
from followback.store.tables import (
    DecisionCountRow,
    DecisionRow,
    FollowDayRow,
    FollowEdgeRow,
    FollowEventRow,
)
from followback.store.tracking_queries import (
    audience_counts,
    event_counts,
    load_events,
    load_snapshots,
)
from followback.tracking.metrics import daily_series

_KINDS = ("arrivals", "unfollowed", "purged", "deactivated")


def _rows(store: Store) -> dict[tuple[int, date], tuple[int, ...]]:
    with store.read() as s:
        rows = s.scalars(select(FollowDayRow)).all()
        return {
            (r.brand_account_id, r.day): tuple(getattr(r, c) for c in COUNT_COLUMNS)
            for r in rows
            if any(getattr(r, c) for c in COUNT_COLUMNS)
        }


def _scanned(store: Store) -> dict[tuple[int, date], tuple[int, ...]]:
    """The old way: every edge and event read and counted in Python."""
    counts: dict[tuple[int, date], Counter[str]] = {}
    with store.read() as s:
        for aid, kind, reason, at in s.execute(
            select(FollowEventRow.brand_account_id, FollowEventRow.kind, FollowEventRow.reason,
                   FollowEventRow.at)
        ):  # fmt: skip
            col = event_column(kind, reason)
            if col:
                counts.setdefault((aid, as_utc(at).date()), Counter())[col] += 1
        for aid, direction, first, ended in s.execute(
            select(FollowEdgeRow.brand_account_id, FollowEdgeRow.direction,
                   FollowEdgeRow.first_seen, FollowEdgeRow.ended_at)
        ):  # fmt: skip
            side = "followers" if direction == Direction.FOLLOWER.value else "following"
            counts.setdefault((aid, as_utc(first).date()), Counter())[f"{side}_opened"] += 1
            if ended is not None:
                counts.setdefault((aid, as_utc(ended).date()), Counter())[f"{side}_closed"] += 1
    return {k: tuple(c.get(n, 0) for n in COUNT_COLUMNS) for k, c in counts.items()}


def _decision_counts(store: Store) -> tuple[dict[tuple[int, str, str], int], ...]:
    """(kept decision counts, counted from the current decisions)."""
    with store.read() as s:
        kept = {
            (r.brand_account_id, r.state, r.verdict): r.n
            for r in s.scalars(select(DecisionCountRow))
            if r.n
        }
        counted = Counter(
            (a, st, v)
            for a, st, v in s.execute(
                select(DecisionRow.brand_account_id, DecisionRow.state, DecisionRow.verdict).where(
                    DecisionRow.superseded.is_(False)
                )
            )
        )
    return kept, dict(counted)


def _check_equal(store: Store, account_id: int) -> None:
    """Kept rows == scanned counts == rebuilt rows, and the readers agree with scans."""
    kept_decisions, counted = _decision_counts(store)
    assert kept_decisions == counted
    kept = _rows(store)
    assert kept == _scanned(store)
    with store.session() as s:
        FollowDayRepo(s).rebuild()
    assert _rows(store) == kept
    with store.read() as s:
        edges = EdgeRepo(s)
        counts = audience_counts(s, account_id)
        assert counts.followers == edges.count_active(account_id, Direction.FOLLOWER)
        assert counts.following == edges.count_active(account_id, Direction.FOLLOWING)
        assert counts.arrivals == event_counts(s, account_id).get("arrivals", 0)


def _ranges(end: datetime) -> list[tuple[datetime | None, datetime | None]]:
    """Whole days, partial days at either end, one partial day, open ends."""
    midnight = end.replace(hour=0, minute=0, second=0, microsecond=0)
    return [
        (None, None),
        (midnight - timedelta(days=1), None),
        (midnight - timedelta(days=1, hours=5), end - timedelta(hours=3)),
        (None, midnight - timedelta(hours=7, minutes=13)),
        (end - timedelta(hours=9), end - timedelta(hours=2)),
        (midnight - timedelta(days=1), midnight),
    ]


@pytest.fixture
def demo(store: Store, tmp_path: Path) -> tuple[Store, int, datetime]:
    result = run_demo(store, tmp_path, days=1, followers=200, seed=3, step_hours=2)
    return store, result.account_id, SandboxNetwork.load(result.state_path).time()


def test_daily_counts_equal_the_old_scans_after_every_change(
    demo: tuple[Store, int, datetime],
) -> None:
    """One demo per backend (a demo is the slow part): sync, engine, then the deletions."""
    _check_sync_and_engine(*demo)
    _check_overview_and_series(*demo)
    _check_forget_and_retention(*demo)


def _check_sync_and_engine(store: Store, account_id: int, end: datetime) -> None:
    assert _rows(store), "the demo's sync and engine wrote daily counts"
    _check_equal(store, account_id)
    with store.read() as s:
        for since, until in _ranges(end):
            for scope in (account_id, None):
                got = audience_counts(s, scope, since=since, until=until)
                want = event_counts(s, scope, since, until)
                assert {
                    k: getattr(got, k) for k in ("arrivals", "unfollowed", "purged", "deactivated")
                } == {
                    k: want.get(k, 0) for k in ("arrivals", "unfollowed", "purged", "deactivated")
                }


def _check_overview_and_series(store: Store, account_id: int, end: datetime) -> None:
    with store.read() as s:
        overview = build_overview(s, account_id, end, days=7)
        # The old overview: each event of the window put on its day.
        gains, losses = [0] * len(overview.days), [0] * len(overview.days)
        index = {d.date(): i for i, d in enumerate(overview.days)}
        for at, kind in s.execute(
            select(FollowEventRow.at, FollowEventRow.kind).where(
                FollowEventRow.brand_account_id == account_id,
                FollowEventRow.kind.in_(("followed", "unfollowed", "ended")),
            )
        ):
            i = index.get(as_utc(at).date())
            if i is not None:
                (gains if kind == "followed" else losses)[i] += 1
        assert sum(gains) > 0 and sum(losses) > 0
        assert (overview.gains, overview.losses) == (gains, losses)
        edges = EdgeRepo(s)
        assert overview.followers == edges.count_active(account_id, Direction.FOLLOWER)
        # The Retention page's daily table: from events (before) and from daily counts.
        snapshots = load_snapshots(s, account_id).select("at", "followers", "following")
        old = daily_series(snapshots, load_events(s, account_id))
        new = account_analytics(s, account_id, end).daily
    assert old.height > 1
    assert new.equals(old)


def _check_forget_and_retention(store: Store, account_id: int, end: datetime) -> None:
    with store.session() as s:  # a reviewer approves two and skips one of the current ones
        rows = s.scalars(
            select(DecisionRow).where(DecisionRow.superseded.is_(False)).limit(3)
        ).all()
        repo = DecisionRepo(s)
        repo.apply_review(rows[:2], DecisionState.APPROVED, reviewer="t", note=None, at=end)
        repo.apply_review(rows[2:], DecisionState.SKIPPED, reviewer="t", note=None, at=end)
    assert len(rows) == 3
    with store.read() as s:
        lanes = count_lanes(s, QueueQuery(account_id=account_id, state="approved"))
        want = Counter(
            Lane.of(v).value
            for (a, st, v), n in _decision_counts(store)[1].items()
            if a == account_id and st == "approved"
            for _ in range(n)
        )
        assert lanes == {lane.value: want.get(lane.value, 0) for lane in Lane}
    with store.read() as s:
        left = s.scalars(
            select(FollowEventRow.remote_id).where(FollowEventRow.kind == "unfollowed").limit(1)
        ).one()
    forget_person(store, f"sandbox:{left}", actor="test")
    _check_equal(store, account_id)
    deleted = apply_retention(
        store, RetentionSettings(events_days=1), now=end + timedelta(hours=12)
    )
    assert deleted["follow_events"] > 0
    _check_equal(store, account_id)


def test_the_migration_fills_the_counts_of_an_existing_database(tmp_path: Path) -> None:
    """A database from before ``follow_days`` gets its counts from its edges and events."""
    store = open_store(f"sqlite:///{tmp_path / 'old.db'}", migrate=False)
    command.upgrade(_alembic_config(store.engine), "0015_saved_replies")
    at = datetime(2026, 11, 3, 22, 30, tzinfo=UTC)
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO brand_accounts (id, platform, handle, remote_id, mode, name,"
                " needs_reauth, auth_failures, created_at)"
                " VALUES (1, 'x', 'b', '9', 'auto', '', 0, 0, :at)"
            ),
            {"at": at.replace(tzinfo=None)},
        )
        for i in range(3):
            conn.execute(
                text(
                    "INSERT INTO follow_edges (brand_account_id, remote_id, direction, first_seen,"
                    " last_seen, ended_at, end_reason, via, holdout) VALUES (1, :r, 'follower',"
                    " :at, :at, :end, :why, 'sync', 0)"
                ),
                {
                    "r": str(i),
                    "at": at.replace(tzinfo=None),
                    "end": (at + timedelta(hours=2)).replace(tzinfo=None) if i == 0 else None,
                    "why": "unfollowed" if i == 0 else None,
                },
            )
            conn.execute(
                text(
                    "INSERT INTO follow_events (brand_account_id, remote_id, kind, at, source)"
                    " VALUES (1, :r, 'followed', :at, 'sync')"
                ),
                {"r": str(i), "at": at.replace(tzinfo=None)},
            )
    store.migrate()
    assert _rows(store) == _scanned(store)
    with store.read() as s:
        counts = audience_counts(s, 1)
    assert (counts.followers, counts.arrivals) == (2, 3)
    store.dispose()
