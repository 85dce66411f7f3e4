"""What an account did over a recent window, for the X cost forecast (``followback status``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.domain import Direction, FollowEventKind, MessageKind
from followback.store.tables import ConversationRow, FollowEdgeRow, FollowEventRow, MessageRow
from followback.tracking.x_forecast import XActivity

__all__ = ["measured_activity"]

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
    stmt = select(func.count(FollowEdgeRow.id)).where(
        FollowEdgeRow.brand_account_id == account_id,
        FollowEdgeRow.direction == direction.value,
        FollowEdgeRow.ended_at.is_(None),
    )
    return int(s.scalar(stmt) or 0)


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
