"""Bulk paths for follow edges, through the driver's own cursor.

A first import of ten million followers, or a full reconcile reading them all back, is
dominated by per-row work. SQLAlchemy's ``executemany`` and result rows cost several
microseconds of Python per row (type processing, row objects), more than the database
itself spends; these helpers hand whole batches to the driver instead:

* arrivals are *staged* in a temporary table (PostgreSQL: one ``COPY`` of preformatted
  text; SQLite: one ``executemany`` of plain tuples), then one
  ``INSERT ... SELECT ... ON CONFLICT DO NOTHING RETURNING`` opens the edges not already
  active and says which they were. The partial unique index keeps its rule (one active
  edge per person) against concurrent writers, and the batch stays one transaction, so a
  crash loses the batch whole or not at all;
* active edges stream back as plain tuples from a server-side cursor (PostgreSQL) or
  ``fetchmany`` (SQLite).

bench/bench_big_accounts.py measures these against the SQLAlchemy paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from psycopg.errors import UniqueViolation
from sqlalchemy.orm import Session

from followback.domain import Direction, as_utc
from followback.store.tables import FollowEdgeRow

__all__ = ["stage_arrivals", "stream_active"]

_OPEN_STAGED = (
    "INSERT INTO follow_edges"
    " (brand_account_id, remote_id, direction, first_seen, last_seen, via, holdout)"
    " SELECT {p}, remote_id, {p}, first_seen, {p}, {p}, false FROM follow_edges_stage"
    " WHERE true"  # SQLite needs a WHERE to parse ON CONFLICT after a SELECT
    " ON CONFLICT (brand_account_id, direction, remote_id)"
    " WHERE ended_at IS NULL DO NOTHING RETURNING remote_id"
)
# The raw form of store.edges.active_edge (driver SQL, no SQLAlchemy rows).
_ACTIVE = (
    "SELECT id, remote_id FROM follow_edges"
    " WHERE brand_account_id = {p} AND direction = {p} AND ended_at IS NULL"
)
_COPY_SPECIAL = frozenset("\\\t\n\r")  # characters COPY's text format would need escaped


def _raw(session: Session) -> Any:
    return session.connection().connection.driver_connection


def _sqlite_time(session: Session) -> Callable[[datetime], Any]:
    """The column's own bind processing (UTC, naive text on SQLite), cached per value:
    a batch of a full scan shares one timestamp."""
    dialect = session.get_bind().dialect
    process = FollowEdgeRow.__table__.c.first_seen.type.bind_processor(dialect)
    cache: dict[datetime, Any] = {}

    def convert(at: datetime) -> Any:
        if at not in cache:
            cache[at] = process(at) if process else at
        return cache[at]

    return convert


def _copy_text(unique: Sequence[tuple[str, datetime]]) -> str | None:
    """The batch as COPY text lines, or None if an id holds a character COPY escapes."""
    stamps: dict[datetime, str] = {}
    lines = []
    for rid, at in unique:
        if _COPY_SPECIAL.intersection(rid):
            return None
        ts = stamps.get(at)
        if ts is None:
            ts = stamps[at] = as_utc(at).isoformat()
        lines.append(f"{rid}\t{ts}\n")
    return "".join(lines)


def _fill_postgresql(cur: Any, unique: Sequence[tuple[str, datetime]]) -> None:
    cur.execute(
        "CREATE TEMP TABLE IF NOT EXISTS follow_edges_stage"
        " (remote_id text, first_seen timestamptz) ON COMMIT DELETE ROWS"
    )
    cur.execute("TRUNCATE follow_edges_stage")
    text = _copy_text(unique)
    with cur.copy("COPY follow_edges_stage (remote_id, first_seen) FROM STDIN") as cp:
        if text is not None:
            cp.write(text)  # one buffer: psycopg's write_row costs ~2 µs a row
        else:
            for rid, at in unique:
                cp.write_row((rid, as_utc(at)))


def _fill_sqlite(session: Session, cur: Any, unique: Sequence[tuple[str, datetime]]) -> None:
    cur.execute(
        "CREATE TEMP TABLE IF NOT EXISTS follow_edges_stage (remote_id TEXT, first_seen TEXT)"
    )
    cur.execute("DELETE FROM follow_edges_stage")
    convert = _sqlite_time(session)
    cur.executemany(
        "INSERT INTO follow_edges_stage (remote_id, first_seen) VALUES (?, ?)",
        [(rid, convert(at)) for rid, at in unique],
    )


def _open_postgresql(cur: Any, params: tuple[Any, ...]) -> list[str]:
    """Open the staged edges: a plain INSERT first, ON CONFLICT only if one was active.

    The arbiter check of ``ON CONFLICT`` costs about a quarter of the server's time per
    row (measured on the CI cluster, bench/RESULTS.md "Big accounts"), and a full scan
    stages only ids it did not find active, so a conflict is rare: an id listed on two
    pages, or opened meanwhile by a notification. Then the plain INSERT fails whole
    inside its savepoint and the batch is redone with ``ON CONFLICT DO NOTHING``, in the
    same transaction.
    """
    plain = _OPEN_STAGED.format(p="%s").split(" WHERE true")[0] + " RETURNING remote_id"
    cur.execute("SAVEPOINT followback_stage")
    try:
        cur.execute(plain, params)
        opened = [row[0] for row in cur.fetchall()]
    except UniqueViolation:
        cur.execute("ROLLBACK TO SAVEPOINT followback_stage")
        cur.execute(_OPEN_STAGED.format(p="%s"), params)
        opened = [row[0] for row in cur.fetchall()]
    cur.execute("RELEASE SAVEPOINT followback_stage")
    return opened


def stage_arrivals(
    session: Session,
    account_id: int,
    direction: Direction,
    unique: Sequence[tuple[str, datetime]],
    seen_at: datetime,
    via: str,
) -> list[str]:
    """Open edges for the (duplicate-free) batch in one statement; the ids opened."""
    raw = _raw(session)
    cur = raw.cursor()
    try:
        if session.get_bind().dialect.name == "postgresql":
            _fill_postgresql(cur, unique)
            return _open_postgresql(cur, (account_id, direction.value, as_utc(seen_at), via))
        _fill_sqlite(session, cur, unique)
        seen = _sqlite_time(session)(seen_at)
        cur.execute(_OPEN_STAGED.format(p="?"), (account_id, direction.value, seen, via))
        opened = [row[0] for row in cur.fetchall()]
        cur.execute("DELETE FROM follow_edges_stage")
        return opened
    finally:
        cur.close()


def stream_active(
    session: Session, account_id: int, direction: Direction, size: int
) -> Iterator[list[tuple[int, str]]]:
    """The account's active edges of ``direction`` as ``(row id, remote id)`` tuples, in
    lists of up to ``size``, without building a result row object per edge."""
    raw = _raw(session)
    if session.get_bind().dialect.name == "postgresql":
        # A named (server-side) cursor: the rows come ``size`` at a time, not all at once.
        with raw.cursor(name="followback_active_edges") as cur:
            cur.itersize = size
            cur.execute(_ACTIVE.format(p="%s"), (account_id, direction.value))
            while rows := cur.fetchmany(size):
                yield rows
        return
    cur = raw.cursor()
    try:
        cur.execute(_ACTIVE.format(p="?"), (account_id, direction.value))
        while rows := cur.fetchmany(size):
            yield rows
    finally:
        cur.close()
