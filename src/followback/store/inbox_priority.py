"""What the inbox's waiting-time ranking reads and writes: arrival priorities and waits.

A message's priority is stored when it arrives (``classification["priority"]``, nobody has
waited yet). The conversation's stored priority is re-computed from those numbers and how
long the customer has waited since the brand last wrote
(:func:`followback.actions.conversations.refresh_priorities`), so the list pages on one
stored column. Kept apart from :mod:`followback.store.inbox` for size; same aggregate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from followback.domain import ConversationStatus
from followback.store.tables import ConversationRow, MessageRow

__all__ = ["InboxPriorityRepo", "WaitingConversation"]


@dataclass(frozen=True, slots=True)
class WaitingConversation:
    """An open conversation, as the ranking sees it.

    ``arrival_priority`` is the highest arrival priority of the customer's messages since
    the brand last wrote (of all of them when the brand wrote last); ``waiting_since`` is
    when the first of those arrived, ``None`` when the brand wrote last.
    """

    conversation_id: int
    stored_priority: float
    arrival_priority: float
    waiting_since: datetime | None
    account_id: int | None = None  # whose business hours count


class InboxPriorityRepo:
    """Reads and writes for the waiting-time ranking, in the caller's session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _last_out() -> Any:
        return (
            select(func.max(MessageRow.created_at))
            .where(MessageRow.conversation_id == ConversationRow.id, MessageRow.direction == "out")
            .correlate(ConversationRow)
            .scalar_subquery()
        )

    def list_open(self, account_id: int | None = None) -> list[WaitingConversation]:
        """Every open conversation with a stored arrival priority, by id."""
        last_out = self._last_out()
        stmt = (
            select(
                ConversationRow.id,
                ConversationRow.priority,
                last_out,
                MessageRow.created_at,
                MessageRow.classification,
                ConversationRow.brand_account_id,
            )
            .join(MessageRow, MessageRow.conversation_id == ConversationRow.id)
            .where(
                ConversationRow.status == ConversationStatus.OPEN.value,
                MessageRow.direction == "in",
            )
            .order_by(ConversationRow.id, MessageRow.created_at, MessageRow.id)
        )
        if account_id is not None:
            stmt = stmt.where(ConversationRow.brand_account_id == account_id)
        grouped: dict[int, tuple[float, object, list[tuple[datetime, float]]]] = {}
        accounts: dict[int, int] = {}
        for cid, stored, out_at, created, cls, account in self.session.execute(stmt):
            arrival = (cls or {}).get("priority")
            entry = grouped.setdefault(cid, (float(stored), out_at, []))
            accounts[cid] = account
            if isinstance(arrival, int | float):
                entry[2].append((created, float(arrival)))
        return [
            replace(_waiting(cid, stored, out_at, messages), account_id=accounts[cid])
            for cid, (stored, out_at, messages) in grouped.items()
            if messages
        ]

    def waiting_since(self, conversation_ids: Iterable[int]) -> dict[int, datetime]:
        """When the customer's unanswered messages began, for those of ``conversation_ids``
        where the customer wrote last (for the "waiting 2 h" reasons)."""
        ids = sorted(set(conversation_ids))
        if not ids:
            return {}
        last_out = self._last_out()
        stmt = (
            select(ConversationRow.id, func.min(MessageRow.created_at))
            .join(MessageRow, MessageRow.conversation_id == ConversationRow.id)
            .where(
                ConversationRow.id.in_(ids),
                MessageRow.direction == "in",
                or_(last_out.is_(None), MessageRow.created_at > last_out),
            )
            .group_by(ConversationRow.id)
        )
        return {int(cid): since for cid, since in self.session.execute(stmt) if since}

    def set_priorities(self, priorities: Mapping[int, float]) -> int:
        """Store each conversation's priority; returns how many changed."""
        changed = 0
        for cid, value in priorities.items():
            row = self.session.get(ConversationRow, cid)
            if row is not None and row.priority != value:
                row.priority = value
                changed += 1
        return changed


def _waiting(
    cid: int, stored: float, out_at: object, messages: list[tuple[datetime, float]]
) -> WaitingConversation:
    unanswered = [(at, p) for at, p in messages if not isinstance(out_at, datetime) or at > out_at]
    if not unanswered:
        return WaitingConversation(cid, stored, max(p for _, p in messages), None)
    return WaitingConversation(
        cid, stored, max(p for _, p in unanswered), min(at for at, _ in unanswered)
    )
