"""The write and read paths of follow edges as they were before the bulk paths (the
baseline rows of bench/bench_big_accounts.py), patched in for one benchmark process.

* every full scan rewrote ``last_seen`` on each active edge (one UPDATE of all rows);
* PostgreSQL staged arrivals with one ``write_row`` per row; SQLite wrote them through
  SQLAlchemy's ``executemany`` after looking up which were already active;
* active edges were read back through SQLAlchemy result rows;
* ``id_keys`` tested every id in Python.

Not reverted: on PostgreSQL the staged batch is opened by a plain INSERT first (ON
CONFLICT only after a conflict), so the baseline's server CPU is, if anything, lower
than the previous path's (which always used ON CONFLICT).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import select, update

from followback.domain import Direction, as_utc
from followback.store import edge_bulk, edges
from followback.store.tables import FollowEdgeRow
from followback.tracking import diff


def _touch_active(self: Any, account_id: int, direction: Direction, seen_at: datetime) -> int:
    stmt = (
        update(FollowEdgeRow)
        .where(
            FollowEdgeRow.brand_account_id == account_id,
            FollowEdgeRow.direction == direction.value,
            FollowEdgeRow.ended_at.is_(None),
        )
        .values(last_seen=seen_at)
    )
    result = self.session.execute(stmt, execution_options={"synchronize_session": False})
    return int(getattr(result, "rowcount", 0) or 0)


def _fill_postgresql(cur: Any, unique: Any) -> None:
    cur.execute(
        "CREATE TEMP TABLE IF NOT EXISTS follow_edges_stage"
        " (remote_id text, first_seen timestamptz) ON COMMIT DELETE ROWS"
    )
    cur.execute("TRUNCATE follow_edges_stage")
    with cur.copy("COPY follow_edges_stage (remote_id, first_seen) FROM STDIN") as cp:
        for rid, at in unique:
            cp.write_row((rid, as_utc(at)))


def _active_edges(self: Any, account_id: int, direction: Direction) -> Any:
    stmt = (
        select(FollowEdgeRow.id, FollowEdgeRow.remote_id)
        .where(
            FollowEdgeRow.brand_account_id == account_id,
            FollowEdgeRow.direction == direction.value,
            FollowEdgeRow.ended_at.is_(None),
        )
        .execution_options(yield_per=50_000)
    )
    keys, ids = [], []
    for part in self.session.execute(stmt).partitions():
        ids.append(np.fromiter((r[0] for r in part), dtype=np.int64, count=len(part)))
        keys.append(_id_keys([r[1] for r in part]))
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return edges.ActiveEdges(empty, empty)
    all_keys, all_ids = np.concatenate(keys), np.concatenate(ids)
    order = np.argsort(all_keys, kind="stable")
    return edges.ActiveEdges(all_keys[order], all_ids[order])


def _id_keys(remote_ids: Any) -> Any:
    ids = list(remote_ids)
    if not ids:
        return np.zeros(0, dtype=np.int64)
    arr = np.asarray(ids)
    if arr.dtype.kind == "U" and all(s.isdigit() and s.isascii() and len(s) < 19 for s in ids):
        return arr.astype(np.int64)
    return np.fromiter((diff.id_key(s) for s in ids), dtype=np.int64, count=len(ids))


def install(backend: str) -> None:
    """Patch the previous paths into this process (``backend``: sqlite or postgresql)."""
    import followback.services.sync as sync

    edges.EdgeRepo.touch_active = _touch_active  # type: ignore[assignment,method-assign]
    edges.EdgeRepo.active_edges = _active_edges  # type: ignore[method-assign]
    edge_bulk._fill_postgresql = _fill_postgresql  # type: ignore[attr-defined]
    sync.id_keys = _id_keys  # type: ignore[attr-defined]
    if backend == "sqlite":
        edges._COPY_MIN = 1 << 62  # type: ignore[attr-defined]  # the SQLAlchemy path
