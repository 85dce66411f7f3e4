"""Follow edges, follow events, metric snapshots and sync cursors of brand accounts.

Everything here is written in bulk: a page of followers becomes one ``executemany``
insert, an account's active edges are read back as two ``int64`` arrays streamed in
partitions, and edges end by row id in batches, so reconciling ten million followers
never holds a Python object per follower.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import (
    ColumnElement,
    Insert,
    and_,
    case,
    func,
    insert,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.util import AliasedClass

from followback.domain import Direction, EndReason, FollowEventKind, as_utc
from followback.store.edge_bulk import stage_arrivals, stream_active
from followback.store.follow_days import FollowDayRepo
from followback.store.tables import (
    FollowEdgeRow,
    FollowEventRow,
    MetricSnapshotRow,
    SyncStateRow,
    UtcDateTime,
)
from followback.tracking.diff import id_keys

__all__ = [
    "ActiveEdges",
    "EdgeRepo",
    "TrackingStateRepo",
    "active_edge",
    "last_seen_of",
    "seen_mark",
    "seen_stream",
]

_BATCH = 1000  # rows per executemany / IN (...) batch; within every backend's limits
_STREAM = 50_000  # rows per partition when streaming an account's edges
# Batches of at least this many arrivals take the bulk path (edge_bulk: COPY on
# PostgreSQL, a staged executemany on SQLite); smaller ones the portable one.
_COPY_MIN = 200


@dataclass(frozen=True, slots=True)
class ActiveEdges:
    """An account's active edges in one direction: sorted id keys and their row ids."""

    keys: npt.NDArray[np.int64]
    row_ids: npt.NDArray[np.int64]


def seen_stream(direction: Direction) -> str:
    """The ``sync_state`` stream whose ``updated_at`` is the account's last full scan of
    ``direction`` (see :meth:`EdgeRepo.touch_active`)."""
    return f"seen_{direction.value}"


def seen_mark(account_id: Any, direction: Any) -> Any:
    """The seen mark of an account and direction as a scalar subquery (``updated_at`` of
    its :func:`seen_stream` row; NULL before the first full scan). Given columns of an
    edge (``FollowEdgeRow.brand_account_id``, ``FollowEdgeRow.direction``) it is
    correlated; given values, computed once."""
    stream = (
        seen_stream(Direction(direction))
        if isinstance(direction, str)
        else literal("seen_") + direction
    )
    return (
        select(SyncStateRow.updated_at)
        .where(SyncStateRow.brand_account_id == account_id, SyncStateRow.stream == stream)
        .scalar_subquery()
    )


def last_seen_of(edge: Any, mark: Any) -> ColumnElement[datetime]:
    """When an edge was last seen: its own ``last_seen``, or, while it is active, the
    account's :func:`seen_mark` if that is later (see :meth:`EdgeRepo.touch_active`)."""
    return case(
        (and_(edge.ended_at.is_(None), mark > edge.last_seen), mark),
        else_=edge.last_seen,
    )


def active_edge(
    account_id: int | ColumnElement[int] | Any | None,
    direction: Direction,
    edge: type[FollowEdgeRow] | AliasedClass[FollowEdgeRow] = FollowEdgeRow,
) -> ColumnElement[bool]:
    """The one "active edge" predicate: ``edge`` belongs to ``account_id`` (a value, a
    column to join on, or None for every account), runs in ``direction`` and has not
    ended. Every query about who follows whom now uses it."""
    current = and_(edge.direction == direction.value, edge.ended_at.is_(None))
    return current if account_id is None else and_(edge.brand_account_id == account_id, current)


def _chunks(items: Sequence[Any], size: int = _BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _end_kind(direction: Direction, reason: EndReason) -> FollowEventKind:
    if direction is Direction.FOLLOWING:
        return FollowEventKind.UNFOLLOWED_BY_BRAND
    return FollowEventKind.UNFOLLOWED if reason is EndReason.UNFOLLOWED else FollowEventKind.ENDED


class EdgeRepo:
    """Reads and writes follow edges and events within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- inserts -----------------------------------------------------------------------
    def _insert_ignoring_active(self) -> Insert:
        # A second active edge for the same (account, direction, remote id) is refused by
        # the partial unique index; ignore it so concurrent writers (sync, engine) agree.
        dialect = self.session.get_bind().dialect.name
        where = FollowEdgeRow.ended_at.is_(None)
        cols = ["brand_account_id", "direction", "remote_id"]
        if dialect == "postgresql":
            return postgresql.insert(FollowEdgeRow).on_conflict_do_nothing(
                index_elements=cols, index_where=where
            )
        if dialect == "sqlite":
            return sqlite.insert(FollowEdgeRow).on_conflict_do_nothing(
                index_elements=cols, index_where=where
            )
        raise NotImplementedError(f"follow edges need SQLite or PostgreSQL, not {dialect}")

    def find_active(
        self, account_id: int, direction: Direction, remote_ids: Sequence[str]
    ) -> set[str]:
        """Which of ``remote_ids`` (a page) have an active edge."""
        found: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(remote_ids))):
            stmt = select(FollowEdgeRow.remote_id).where(
                active_edge(account_id, direction),
                FollowEdgeRow.remote_id.in_(chunk),
            )
            found.update(self.session.scalars(stmt))
        return found

    def record_arrivals(
        self,
        account_id: int,
        direction: Direction,
        arrivals: Sequence[tuple[str, datetime]],
        *,
        seen_at: datetime,
        via: str,
        event: bool = True,
    ) -> list[str]:
        """Open edges for ``(remote_id, first_seen)`` pairs not already active.

        Writes a ``followed`` (follower) or ``followed_back`` (following) event for each
        new edge unless ``event`` is false (the first import of an existing audience is
        not news). Returns the remote ids of the edges opened.
        """
        unique = list(dict(arrivals).items())
        if len(unique) >= _COPY_MIN:
            opened = set(stage_arrivals(self.session, account_id, direction, unique, seen_at, via))
            new = [(rid, at) for rid, at in unique if rid in opened]
        else:
            new = self._insert_arrivals(account_id, direction, unique, seen_at, via)
        if not new:
            return []
        FollowDayRepo(self.session).record_edges(
            account_id, direction, [at for _, at in new], closed=False
        )
        if event:
            kind = (
                FollowEventKind.FOLLOWED
                if direction is Direction.FOLLOWER
                else FollowEventKind.FOLLOWED_BACK
            )
            self._events(account_id, [(rid, kind, at, None) for rid, at in new], source=via)
        return [rid for rid, _ in new]

    def _insert_arrivals(
        self,
        account_id: int,
        direction: Direction,
        unique: Sequence[tuple[str, datetime]],
        seen_at: datetime,
        via: str,
    ) -> list[tuple[str, datetime]]:
        """Portable path: find the active ones, ``executemany`` the rest."""
        active = self.find_active(account_id, direction, [rid for rid, _ in unique])
        new = [(rid, at) for rid, at in unique if rid not in active]
        rows = [
            {
                "brand_account_id": account_id,
                "remote_id": rid,
                "direction": direction.value,
                "first_seen": at,
                "last_seen": seen_at,
                "via": via,
                "holdout": False,
            }
            for rid, at in new
        ]
        for chunk in _chunks(rows):
            self.session.execute(self._insert_ignoring_active(), list(chunk))
        return new

    def _events(
        self,
        account_id: int,
        events: Sequence[tuple[str, FollowEventKind, datetime, EndReason | None]],
        *,
        source: str,
    ) -> None:
        rows = [
            {
                "brand_account_id": account_id,
                "remote_id": rid,
                "kind": kind.value,
                "at": at,
                "source": source,
                "reason": None if reason is None else reason.value,
            }
            for rid, kind, at, reason in events
        ]
        for chunk in _chunks(rows):
            self.session.execute(insert(FollowEventRow), list(chunk))
        FollowDayRepo(self.session).record_events(
            account_id,
            ((kind.value, None if r is None else r.value, at) for _, kind, at, r in events),
        )

    # -- ends --------------------------------------------------------------------------
    def record_ends(
        self,
        account_id: int,
        direction: Direction,
        ends: Mapping[str, EndReason],
        *,
        at: datetime,
        source: str = "sync",
    ) -> int:
        """End the active edges of ``ends`` (remote id → reason) and write one event each.

        A follower who chose to leave gets an ``unfollowed`` event; a purge (suspended,
        deactivated, deleted, moved, blocked) an ``ended`` event with its reason, so churn
        counts people, not platform clean-ups. Returns how many edges ended.
        """
        ended: list[tuple[str, FollowEventKind, datetime, EndReason | None]] = []
        # The edge leaves the active set, so the account's seen mark no longer covers
        # it: its row keeps the last full scan that listed it.
        seen = self._seen_mark(account_id, direction) if ends else None
        values: dict[str, Any] = {"ended_at": at}
        if seen is not None:
            mark = literal(seen, UtcDateTime())
            values["last_seen"] = case(
                (FollowEdgeRow.last_seen < mark, mark), else_=FollowEdgeRow.last_seen
            )
        by_reason: dict[EndReason, list[str]] = {}
        for rid, reason in ends.items():
            by_reason.setdefault(reason, []).append(rid)
        for reason, rids in by_reason.items():
            for chunk in _chunks(rids):
                stmt = (
                    update(FollowEdgeRow)
                    .where(
                        active_edge(account_id, direction),
                        FollowEdgeRow.remote_id.in_(chunk),
                    )
                    .values(**values, end_reason=reason.value)
                    .returning(FollowEdgeRow.remote_id)
                )
                closed = list(
                    self.session.scalars(stmt, execution_options={"synchronize_session": False})
                )
                ended.extend((rid, _end_kind(direction, reason), at, reason) for rid in closed)
        FollowDayRepo(self.session).record_edges(
            account_id, direction, [at] * len(ended), closed=True
        )
        self._events(account_id, ended, source=source)
        return len(ended)

    def touch_active(self, account_id: int, direction: Direction, seen_at: datetime) -> None:
        """A full scan listed every active edge of ``direction`` at ``seen_at``.

        Recorded once per account and direction (the ``seen_<direction>`` mark in
        ``sync_state``), not by rewriting ``last_seen`` on every active row: that UPDATE
        rewrote all ten million rows of a big account on every full reconcile (about
        8 server CPU-s per million rows on PostgreSQL, measured in bench/RESULTS.md "Big
        accounts"). An active edge was last seen at the later of its own ``last_seen``
        and this mark (:func:`last_seen_of`); an edge that ends takes the mark into its
        row (:meth:`record_ends`). The mark never moves backwards.
        """
        stream = seen_stream(direction)
        row = self.session.scalars(
            select(SyncStateRow).where(
                SyncStateRow.brand_account_id == account_id, SyncStateRow.stream == stream
            )
        ).first()
        if row is None:
            self.session.add(
                SyncStateRow(
                    brand_account_id=account_id, stream=stream, data={}, updated_at=seen_at
                )
            )
        elif as_utc(row.updated_at) < as_utc(seen_at):
            row.updated_at = seen_at
        self.session.flush()

    def _seen_mark(self, account_id: int, direction: Direction) -> datetime | None:
        stmt = select(SyncStateRow.updated_at).where(
            SyncStateRow.brand_account_id == account_id,
            SyncStateRow.stream == seen_stream(direction),
        )
        return self.session.scalar(stmt)

    # -- the follow-back engine's entry points ----------------------------------------------
    def record_brand_follow(
        self, account_id: int, remote_id: str, at: datetime, via: str = "engine"
    ) -> bool:
        """The brand now follows ``remote_id``: open a ``following`` edge if none is active.

        No event is written here: the engine records its own ``followed_back`` event.
        Returns whether a new edge was opened.
        """
        opened = self.record_arrivals(
            account_id, Direction.FOLLOWING, [(remote_id, at)], seen_at=at, via=via, event=False
        )
        return bool(opened)

    def record_brand_unfollow(
        self,
        account_id: int,
        remote_id: str,
        at: datetime,
        via: str = "engine",
        reason: EndReason = EndReason.UNFOLLOWED,
    ) -> bool:
        """The brand stopped following ``remote_id``: end the edge, write
        ``unfollowed_by_brand``. Returns whether an active edge ended."""
        return bool(
            self.record_ends(
                account_id, Direction.FOLLOWING, {remote_id: reason}, at=at, source=via
            )
        )

    def record_holdout(self, account_id: int, remote_id: str, holdout: bool = True) -> bool:
        """Mark the active follower edge of ``remote_id`` as held out of follow-back
        (the retention experiment). Returns whether an active edge was marked."""
        stmt = (
            update(FollowEdgeRow)
            .where(
                active_edge(account_id, Direction.FOLLOWER),
                FollowEdgeRow.remote_id == remote_id,
            )
            .values(holdout=holdout)
        )
        result = self.session.execute(stmt, execution_options={"synchronize_session": False})
        return bool(getattr(result, "rowcount", 0))

    def refresh_statistics(self) -> bool:
        """After a bulk import, give PostgreSQL's planner fresh statistics of the edges.

        Autovacuum gets to a freshly filled table only after a while; until then the
        planner takes it for nearly empty and joins it with nested loops (measured by
        bench/bench_steady.py: 0.7 s instead of 5 ms for the decide stage's query at
        1,000 followers). ``ANALYZE`` samples a fixed number of rows, so it costs about
        the same at any size. SQLite plans from its indexes without statistics; nothing
        to do there. Returns whether statistics were refreshed.
        """
        if self.session.get_bind().dialect.name != "postgresql":
            return False
        self.session.execute(text("ANALYZE follow_edges"))
        return True

    # -- reads -------------------------------------------------------------------------
    def active_edges(self, account_id: int, direction: Direction) -> ActiveEdges:
        """All active edges of one direction as sorted key and row-id arrays, streamed."""
        keys: list[npt.NDArray[np.int64]] = []
        ids: list[npt.NDArray[np.int64]] = []
        for part in stream_active(self.session, account_id, direction, _STREAM):
            ids.append(np.fromiter((r[0] for r in part), dtype=np.int64, count=len(part)))
            keys.append(id_keys([r[1] for r in part]))
        if not keys:
            empty = np.zeros(0, dtype=np.int64)
            return ActiveEdges(empty, empty)
        all_keys = np.concatenate(keys)
        keys.clear()
        all_ids = np.concatenate(ids)
        ids.clear()
        # Reorder one array at a time so at most one extra copy exists at once.
        order = np.argsort(all_keys, kind="stable")
        all_keys = all_keys[order]
        all_ids = all_ids[order]
        del order
        return ActiveEdges(all_keys, all_ids)

    def remote_ids_of(self, row_ids: Iterable[int]) -> list[str]:
        """Remote ids of edges given by row id (a departure batch)."""
        out: list[str] = []
        for chunk in _chunks(list(row_ids)):
            stmt = select(FollowEdgeRow.remote_id).where(FollowEdgeRow.id.in_(chunk))
            out.extend(self.session.scalars(stmt))
        return out

    def count_active(self, account_id: int, direction: Direction) -> int:
        stmt = select(func.count()).where(
            active_edge(account_id, direction),
        )
        return int(self.session.scalar(stmt) or 0)

    def count_mutual(self, account_id: int) -> int:
        """Active followers the brand actively follows."""
        following = aliased(FollowEdgeRow)
        stmt = (
            select(func.count())
            .select_from(FollowEdgeRow)
            .join(
                following,
                and_(
                    active_edge(FollowEdgeRow.brand_account_id, Direction.FOLLOWING, following),
                    following.remote_id == FollowEdgeRow.remote_id,
                ),
            )
            .where(
                active_edge(account_id, Direction.FOLLOWER),
            )
        )
        return int(self.session.scalar(stmt) or 0)

    # -- metric snapshots ------------------------------------------------------------
    def record_metric_snapshot(
        self,
        account_id: int,
        at: datetime,
        followers: int,
        following: int,
        data: Mapping[str, Any] | None = None,
    ) -> int:
        row = MetricSnapshotRow(
            brand_account_id=account_id,
            at=at,
            followers=followers,
            following=following,
            data=dict(data or {}),
        )
        self.session.add(row)
        self.session.flush()
        return row.id


class TrackingStateRepo:
    """The follower tracker's cursors and counters, kept in ``sync_state``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, account_id: int, stream: str) -> SyncStateRow | None:
        stmt = select(SyncStateRow).where(
            SyncStateRow.brand_account_id == account_id, SyncStateRow.stream == stream
        )
        return self.session.scalars(stmt).first()

    def record(
        self,
        account_id: int,
        stream: str,
        at: datetime,
        *,
        cursor: str | None = None,
        data: Mapping[str, Any] | None = None,
        keep_cursor: bool = False,
    ) -> None:
        """Save ``cursor`` and merge ``data`` into the stream's state."""
        row = self.find(account_id, stream)
        if row is None:
            row = SyncStateRow(brand_account_id=account_id, stream=stream, data={}, updated_at=at)
            self.session.add(row)
        if not keep_cursor:
            row.cursor = cursor
        row.data = {**(row.data or {}), **dict(data or {})}
        row.updated_at = at
        self.session.flush()
