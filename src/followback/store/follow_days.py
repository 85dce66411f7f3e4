"""Daily follower counts per account (``follow_days``): kept as changes happen, read by day.

Each row holds, for one account and one UTC day, the follower events by kind
(``arrivals``, ``unfollowed``, ``purged``, ``deactivated``, as
:func:`followback.store.tracking_queries.audience_counts` defines them) and how many
follower and following edges were opened (by ``first_seen``) and closed (by
``ended_at``). The table always equals a ``GROUP BY`` over ``follow_events`` and
``follow_edges``: :class:`~followback.store.edges.EdgeRepo` adds to it as it writes edges
and events, and the two places that delete them (forgetting a person, the retention
period) subtract what they delete. So the overview and the API read one row per day, not
every follower: the active followers are the opened minus the closed, summed over days.

:meth:`FollowDayRepo.rebuild` recomputes the rows from the tables (migration 0016 runs it
on existing databases, and the tests check the kept rows against it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, cast, delete, func, literal_column, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.domain import Direction, as_utc
from followback.store.tables import FollowDayRow, FollowEdgeRow, FollowEventRow

__all__ = [
    "COUNT_COLUMNS",
    "EVENT_COUNTS",
    "FollowDayRepo",
    "FollowTotals",
    "as_date",
    "event_column",
    "utc_day",
]

EVENT_COUNTS = ("arrivals", "unfollowed", "purged", "deactivated")
EDGE_COUNTS = ("followers_opened", "followers_closed", "following_opened", "following_closed")
COUNT_COLUMNS = EVENT_COUNTS + EDGE_COUNTS
_KINDS = ("followed", "unfollowed", "ended")

Deltas = dict[tuple[int, date], Counter[str]]


def event_column(kind: str, reason: str | None) -> str | None:
    """The count a follow event adds to (``None``: not a follower arrival or departure)."""
    if kind == "followed":
        return "arrivals"
    if kind == "unfollowed":
        return "unfollowed"
    if kind == "ended":
        return "deactivated" if reason == "deactivated" else "purged"
    return None


def _edge_column(direction: str, closed: bool) -> str:
    side = "followers" if direction == Direction.FOLLOWER.value else "following"
    return f"{side}_{'closed' if closed else 'opened'}"


def utc_day(column: Any, dialect: str) -> Any:
    """SQL for the UTC calendar day of a :class:`~followback.store.tables.UtcDateTime`."""
    if dialect == "postgresql":
        # A literal, not a parameter: the same SQL text in SELECT and GROUP BY.
        return cast(func.timezone(literal_column("'UTC'"), column), Date)
    return func.date(column)  # SQLite keeps naive UTC text: its first ten characters


def as_date(value: Any) -> date:
    """A day read back from SQL: a ``date`` (PostgreSQL) or ISO text (SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class FollowTotals:
    """Counts summed over a range of days (every day when unbounded)."""

    arrivals: int = 0
    unfollowed: int = 0
    purged: int = 0
    deactivated: int = 0
    followers_opened: int = 0
    followers_closed: int = 0
    following_opened: int = 0
    following_closed: int = 0

    @property
    def followers(self) -> int:
        """Active follower edges (over every day: now)."""
        return self.followers_opened - self.followers_closed

    @property
    def following(self) -> int:
        return self.following_opened - self.following_closed


class FollowDayRepo:
    """Adds to, subtracts from, rebuilds and reads ``follow_days`` within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    # -- changes ---------------------------------------------------------------------
    def record_events(
        self, account_id: int, events: Iterable[tuple[str, str | None, datetime]]
    ) -> None:
        """Count follow events ``(kind, reason, at)`` just written."""
        deltas: Deltas = {}
        for kind, reason, at in events:
            col = event_column(kind, reason)
            if col is not None:
                deltas.setdefault((account_id, as_utc(at).date()), Counter())[col] += 1
        self._apply(deltas)

    def record_edges(
        self, account_id: int, direction: Direction, times: Iterable[datetime], *, closed: bool
    ) -> None:
        """Count edges just opened (``times``: their ``first_seen``) or closed (``ended_at``)."""
        col = _edge_column(direction.value, closed)
        # A bulk import opens millions of edges at a handful of instants: convert each
        # distinct instant once, not each edge (it was a tenth of a 10M import's client CPU).
        days: Counter[date] = Counter()
        for at, n in Counter(times).items():
            days[as_utc(at).date()] += n
        self._apply({(account_id, d): Counter({col: n}) for d, n in days.items()})

    def forget_rows(self, events_where: Any, edges_where: Any) -> None:
        """Subtract the events and edges matching the conditions (call before deleting them)."""
        deltas = self._grouped(events_where, edges_where)
        for counter in deltas.values():
            for col in counter:
                counter[col] = -counter[col]
        self._apply(deltas)

    def rebuild(self, account_id: int | None = None) -> int:
        """Recompute the rows of one account (or all) from edges and events; rows written."""
        scope = true() if account_id is None else FollowDayRow.brand_account_id == account_id
        self.session.execute(delete(FollowDayRow).where(scope))
        ev = true() if account_id is None else FollowEventRow.brand_account_id == account_id
        ed = true() if account_id is None else FollowEdgeRow.brand_account_id == account_id
        deltas = self._grouped(ev, ed)
        self._apply(deltas)
        return len(deltas)

    def _grouped(self, events_where: Any, edges_where: Any) -> Deltas:
        """The counts of the matching events and edges, by account and day, in SQL."""
        deltas: Deltas = {}
        ev_day = utc_day(FollowEventRow.at, self._dialect)
        keys = (FollowEventRow.brand_account_id, ev_day, FollowEventRow.kind, FollowEventRow.reason)
        events = (
            select(*keys, func.count())
            .where(events_where, FollowEventRow.kind.in_(_KINDS))
            .group_by(*keys)
        )
        for aid, day, kind, reason, n in self.session.execute(events):
            col = event_column(kind, reason)
            if col is not None:
                deltas.setdefault((aid, as_date(day)), Counter())[col] += int(n)
        for closed, column in ((False, FollowEdgeRow.first_seen), (True, FollowEdgeRow.ended_at)):
            day = utc_day(column, self._dialect)
            edges = (
                select(FollowEdgeRow.brand_account_id, day, FollowEdgeRow.direction, func.count())
                .where(edges_where, column.is_not(None))
                .group_by(FollowEdgeRow.brand_account_id, day, FollowEdgeRow.direction)
            )
            for aid, d, direction, n in self.session.execute(edges):
                col = _edge_column(direction, closed)
                deltas.setdefault((aid, as_date(d)), Counter())[col] += int(n)
        return deltas

    def _apply(self, deltas: Deltas) -> None:
        """Add ``deltas`` to their rows (created at zero), in key order so that concurrent
        writers lock rows in the same order and cannot deadlock each other."""
        rows = [
            {"brand_account_id": aid, "day": day, **{c: int(n.get(c, 0)) for c in COUNT_COLUMNS}}
            for (aid, day), n in sorted(deltas.items())
            if any(n.values())
        ]
        if not rows:
            return
        if self._dialect == "postgresql":
            ins: Any = postgresql.insert(FollowDayRow)
        elif self._dialect == "sqlite":
            ins = sqlite.insert(FollowDayRow)
        else:  # pragma: no cover - the store supports these two
            raise NotImplementedError(f"follow_days needs SQLite or PostgreSQL: {self._dialect}")
        stmt = ins.on_conflict_do_update(
            index_elements=["brand_account_id", "day"],
            set_={c: getattr(FollowDayRow, c) + ins.excluded[c] for c in COUNT_COLUMNS},
        )
        self.session.execute(stmt, rows)

    # -- reads -----------------------------------------------------------------------
    def totals(
        self, account_id: int | None, first: date | None = None, last: date | None = None
    ) -> FollowTotals:
        """Counts summed over ``first <= day <= last`` (either bound may be open)."""
        sums = (func.coalesce(func.sum(getattr(FollowDayRow, c)), 0) for c in COUNT_COLUMNS)
        stmt = select(*sums).where(*self._range(account_id, first, last))
        row = self.session.execute(stmt).one()
        return FollowTotals(*(int(v) for v in row))

    def by_day(
        self, account_id: int | None, first: date | None = None, last: date | None = None
    ) -> dict[date, Mapping[str, int]]:
        """Event counts per day from ``first`` to ``last`` (days with none left out)."""
        cols = [func.sum(getattr(FollowDayRow, c)).label(c) for c in EVENT_COUNTS]
        stmt = (
            select(FollowDayRow.day, *cols)
            .where(*self._range(account_id, first, last))
            .group_by(FollowDayRow.day)
        )
        return {
            as_date(r.day): {c: int(getattr(r, c) or 0) for c in EVENT_COUNTS}
            for r in self.session.execute(stmt)
        }

    @staticmethod
    def _range(account_id: int | None, first: date | None, last: date | None) -> list[Any]:
        cond: list[Any] = []
        if account_id is not None:
            cond.append(FollowDayRow.brand_account_id == account_id)
        if first is not None:
            cond.append(FollowDayRow.day >= first)
        if last is not None:
            cond.append(FollowDayRow.day <= last)
        return cond
