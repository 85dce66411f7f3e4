"""What an account did over a recent window, for the X cost forecast (``followback status``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.domain import Direction, FollowEventKind, MessageKind
from followback.store.edges import EdgeRepo
from followback.store.tables import (
    ConversationRow,
    FollowEventRow,
    MessageRow,
    SyncStateRow,
)
from followback.tracking.x_forecast import XActivity

__all__ = ["XSpendRepo", "measured_activity"]

WINDOW_DAYS = 30


def _events(s: Session, account_id: int, kind: FollowEventKind, since: datetime) -> int:
    stmt = select(func.count(FollowEventRow.id)).where(
        FollowEventRow.brand_account_id == account_id,
        FollowEventRow.kind == kind.value,
        FollowEventRow.at >= since,
    )
    return int(s.scalar(stmt) or 0)


def _messages(
    s: Session, account_id: int, direction: str, kinds: tuple[str, ...], since: datetime
) -> int:
    stmt = (
        select(func.count(MessageRow.id))
        .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
        .where(
            ConversationRow.brand_account_id == account_id,
            MessageRow.direction == direction,
            MessageRow.kind.in_(kinds),
            MessageRow.created_at >= since,
        )
    )
    return int(s.scalar(stmt) or 0)


def _edges(s: Session, account_id: int, direction: Direction) -> int:
    return EdgeRepo(s).count_active(account_id, direction)


def measured_activity(s: Session, account_id: int, now: datetime) -> XActivity:
    """Per-day rates over the last 30 days (arrivals, unfollows, mentions, DMs, answers
    sent, follow-backs) and today's follower counts, from what followback recorded."""
    since = now - timedelta(days=WINDOW_DAYS)
    followers = _edges(s, account_id, Direction.FOLLOWER)
    following = _edges(s, account_id, Direction.FOLLOWING)
    talk = (MessageKind.MENTION.value, MessageKind.REPLY.value, MessageKind.QUOTE.value)
    per_day = 1 / WINDOW_DAYS
    return XActivity(
        followers=followers,
        following=following,
        new_followers=_events(s, account_id, FollowEventKind.FOLLOWED, since) * per_day,
        unfollows=_events(s, account_id, FollowEventKind.UNFOLLOWED, since) * per_day,
        mentions=_messages(s, account_id, "in", talk, since) * per_day,
        dms=_messages(s, account_id, "in", (MessageKind.DM.value,), since) * per_day,
        replies=_messages(s, account_id, "out", (MessageKind.OUTBOUND.value,), since) * per_day,
        follows=_events(s, account_id, FollowEventKind.FOLLOWED_BACK, since) * per_day,
        measured=True,
    )


class XSpendRepo:
    """An account's X spend per calendar month (UTC), kept in ``sync_state`` as
    ``x_spend:YYYY-MM`` so every process and every run adds to the same total, and the
    spend cap holds across them."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _stream(at: datetime) -> str:
        return f"x_spend:{at:%Y-%m}"

    def _row(self, account_id: int, at: datetime, lock: bool) -> SyncStateRow | None:
        stmt = select(SyncStateRow).where(
            SyncStateRow.brand_account_id == account_id, SyncStateRow.stream == self._stream(at)
        )
        return self.session.scalars(stmt.with_for_update() if lock else stmt).first()

    def month_to_date(self, account_id: int, at: datetime) -> Decimal:
        row = self._row(account_id, at, lock=False)
        return Decimal(row.cursor) if row is not None and row.cursor else Decimal(0)

    def add(self, account_id: int, usd: Decimal, at: datetime) -> Decimal:
        """Add ``usd`` (negative for a refund) to this month's total; the new total."""
        row = self._row(account_id, at, lock=True)  # PostgreSQL: one writer at a time
        if row is None:
            row = SyncStateRow(
                brand_account_id=account_id, stream=self._stream(at), data={}, updated_at=at
            )
            self.session.add(row)
        total = (Decimal(row.cursor) if row.cursor else Decimal(0)) + usd
        row.cursor, row.updated_at = str(total), at
        self.session.flush()
        return total
