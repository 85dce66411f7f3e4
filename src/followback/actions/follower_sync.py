"""The follower sync's state changes: open arrivals (with the cursor that produced them),
end departures, mark a full scan's edges seen, and write the run's metric snapshot.

:func:`followback.services.sync.sync_account` reads the platform; every change it makes to
the store goes through these functions, one transaction each, so a cursor only moves with
the edges it produced.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from followback.domain import Direction, EndReason
from followback.store import Store
from followback.store.edges import EdgeRepo, TrackingStateRepo

__all__ = [
    "record_arrivals",
    "record_departures",
    "record_newest_arrivals",
    "record_scan_seen",
    "record_sync_snapshot",
    "refresh_edge_statistics",
]


def record_arrivals(
    store: Store,
    account_id: int,
    direction: Direction,
    arrivals: Sequence[tuple[str, datetime]],
    *,
    seen_at: datetime,
    via: str,
    event: bool = True,
    stream: str | None = None,
    cursor: str | None = None,
) -> list[str]:
    """Open an edge for each new ``(remote id, at)``; with ``stream``, move its cursor to
    ``cursor`` in the same transaction. Returns the remote ids whose edge was opened."""
    with store.session() as s:
        opened = EdgeRepo(s).record_arrivals(
            account_id, direction, list(arrivals), seen_at=seen_at, via=via, event=event
        )
        if stream is not None:
            TrackingStateRepo(s).record(account_id, stream, seen_at, cursor=cursor)
    return opened


def record_newest_arrivals(
    store: Store, account_id: int, newest_first: Sequence[str], now: datetime
) -> tuple[list[str], int]:
    """A page of followers listed newest first: everything before the first known follower
    is new. Returns the ids opened and how many were new on the page."""
    with store.session() as s:
        repo = EdgeRepo(s)
        known = repo.find_active(account_id, Direction.FOLLOWER, newest_first)
        fresh: list[str] = []
        for rid in newest_first:
            if rid in known:
                break
            fresh.append(rid)
        opened = repo.record_arrivals(
            account_id, Direction.FOLLOWER, [(r, now) for r in fresh], seen_at=now, via="listing"
        )
    return opened, len(fresh)


def record_departures(
    store: Store,
    account_id: int,
    direction: Direction,
    ends: Mapping[str, EndReason],
    now: datetime,
    *,
    unverified: Mapping[str, EndReason] | None = None,
) -> int:
    """End the edges that left (``unverified``: not checked, marked ``sync-unchecked``).
    Returns how many ended."""
    with store.session() as s:
        repo = EdgeRepo(s)
        total = repo.record_ends(account_id, direction, dict(ends), at=now, source="sync")
        if unverified:
            total += repo.record_ends(
                account_id, direction, dict(unverified), at=now, source="sync-unchecked"
            )
    return total


def record_scan_seen(
    store: Store, account_id: int, directions: Sequence[Direction], now: datetime
) -> None:
    """A full scan listed every active edge of ``directions`` at ``now``."""
    with store.session() as s:
        repo = EdgeRepo(s)
        for direction in directions:
            repo.touch_active(account_id, direction, now)


def refresh_edge_statistics(store: Store) -> bool:
    """After a big first import: refresh the planner's statistics (PostgreSQL)."""
    with store.session() as s:
        return EdgeRepo(s).refresh_statistics()


def record_sync_snapshot(
    store: Store,
    account_id: int,
    stream: str,
    now: datetime,
    snapshot: Mapping[str, Any],
    state: Mapping[str, Any],
) -> tuple[int, int]:
    """Write the run's metric snapshot (counts read in the same transaction, with
    ``snapshot``'s extra figures) and merge ``state`` into the sync state. Returns the
    follower and following counts."""
    with store.session() as s:
        repo = EdgeRepo(s)
        followers = repo.count_active(account_id, Direction.FOLLOWER)
        following = repo.count_active(account_id, Direction.FOLLOWING)
        mutual = repo.count_mutual(account_id)
        repo.record_metric_snapshot(
            account_id, now, followers, following, {"mutual": mutual, **snapshot}
        )
        TrackingStateRepo(s).record(account_id, stream, now, data=dict(state), keep_cursor=True)
    return followers, following
