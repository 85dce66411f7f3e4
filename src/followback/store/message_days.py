"""Daily inbound post counts per account (``message_days``): kept as messages are stored,
read by day.

Each row holds, for one account and one UTC day, the inbound public posts naming the
brand: ``mentions`` (mentions, replies and quotes addressed to it), ``heard`` (posts found
by listening) and ``complaints`` (of both, classified as complaints). The table always
equals a ``GROUP BY`` over ``messages``: :class:`~followback.store.inbox.InboxRepo` adds to
it as it stores an inbound message, and the two places that delete messages (forgetting a
person, the retention period) subtract what they delete. So the overview's and the
Listening page's volume charts and the spike check read one row per day, not a month of
messages (:meth:`MessageDayRepo.rebuild` recomputes the rows: migration 0023 runs it, and
the tests check the kept rows against it).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, delete, func, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.domain import as_utc
from followback.domain.inbox import MessageKind
from followback.store.follow_days import as_date, utc_day
from followback.store.tables import ConversationRow, MessageDayRow, MessageRow

__all__ = ["ADDRESSED", "COUNTED", "MessageDayRepo", "day_column"]

ADDRESSED = (MessageKind.MENTION.value, MessageKind.REPLY.value, MessageKind.QUOTE.value)
COUNTED = (*ADDRESSED, MessageKind.HEARD.value)
_COLUMNS = ("mentions", "heard", "complaints")

Deltas = dict[tuple[int, date], Counter[str]]


def day_column(kind: str) -> str | None:
    """The count an inbound message of ``kind`` adds to (``None``: not counted)."""
    if kind in ADDRESSED:
        return "mentions"
    return "heard" if kind == MessageKind.HEARD.value else None


class MessageDayRepo:
    """Adds to, subtracts from, rebuilds and reads ``message_days`` within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    # -- changes ---------------------------------------------------------------------
    def record(self, account_id: int, kind: str, at: datetime, *, complaint: bool) -> None:
        """Count one inbound message just stored (created at ``at``)."""
        col = day_column(kind)
        if col is None:
            return
        counts = Counter({col: 1, "complaints": int(complaint)})
        self._apply({(account_id, as_utc(at).date()): counts})

    def record_complaint(self, account_id: int, kind: str, at: datetime) -> None:
        """Count a message already stored (created at ``at``) as a complaint now: it was
        re-read as the follow-up of an unanswered complaint."""
        if day_column(kind) is None:
            return
        self._apply({(account_id, as_utc(at).date()): Counter({"complaints": 1})})

    def forget(self, messages_where: Any) -> None:
        """Subtract the messages matching the condition (call before deleting them)."""
        deltas = self._grouped(messages_where)
        for counter in deltas.values():
            for col in counter:
                counter[col] = -counter[col]
        self._apply(deltas)

    def rebuild(self, account_id: int | None = None) -> int:
        """Recompute the rows of one account (or all) from the messages; rows written."""
        scope = true() if account_id is None else MessageDayRow.brand_account_id == account_id
        self.session.execute(delete(MessageDayRow).where(scope))
        where = true() if account_id is None else ConversationRow.brand_account_id == account_id
        deltas = self._grouped(where)
        self._apply(deltas)
        return len(deltas)

    def _grouped(self, where: Any) -> Deltas:
        """The counts of the matching inbound messages, by account and day, in SQL."""
        day = utc_day(MessageRow.created_at, self._dialect)
        complaint = MessageRow.classification["is_complaint"].as_boolean()
        keys = (ConversationRow.brand_account_id, day, MessageRow.kind)
        stmt = (
            select(*keys, func.count(), func.coalesce(func.sum(case((complaint, 1), else_=0)), 0))
            .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
            .where(where, MessageRow.direction == "in", MessageRow.kind.in_(COUNTED))
            .group_by(*keys)
        )
        deltas: Deltas = {}
        for aid, d, kind, n, complaints in self.session.execute(stmt):
            counter = deltas.setdefault((aid, as_date(d)), Counter())
            counter[str(day_column(kind))] += int(n)
            counter["complaints"] += int(complaints)
        return deltas

    def _apply(self, deltas: Deltas) -> None:
        """Add ``deltas`` to their rows (created at zero), in key order so that concurrent
        writers lock rows in the same order."""
        rows = [
            {"brand_account_id": aid, "day": day, **{c: int(n.get(c, 0)) for c in _COLUMNS}}
            for (aid, day), n in sorted(deltas.items())
            if any(n.values())
        ]
        if not rows:
            return
        ins: Any = (postgresql if self._dialect == "postgresql" else sqlite).insert(MessageDayRow)
        stmt = ins.on_conflict_do_update(
            index_elements=["brand_account_id", "day"],
            set_={c: getattr(MessageDayRow, c) + ins.excluded[c] for c in _COLUMNS},
        )
        self.session.execute(stmt, rows)

    # -- reads -----------------------------------------------------------------------
    def by_day(
        self, account_id: int | None, first: date, last: date
    ) -> dict[date, tuple[int, int, int]]:
        """(mentions, heard, complaints) per day from ``first`` to ``last`` (days with none
        left out); ``account_id`` ``None``: every account together."""
        stmt = (
            select(MessageDayRow.day, *(func.sum(getattr(MessageDayRow, c)) for c in _COLUMNS))
            .where(MessageDayRow.day >= first, MessageDayRow.day <= last)
            .group_by(MessageDayRow.day)
        )
        if account_id is not None:
            stmt = stmt.where(MessageDayRow.brand_account_id == account_id)
        return {
            as_date(d): (int(m or 0), int(h or 0), int(c or 0))
            for d, m, h, c in self.session.execute(stmt)
        }
