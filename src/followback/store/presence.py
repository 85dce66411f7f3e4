"""Who has a conversation open and who is typing in it (short-lived rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from followback.store.tables import PresenceRow

__all__ = ["PresenceRepo", "PresentMember"]

# Browsers report every 15 s while the page is open and every few seconds while typing;
# a member unheard for longer has left (closed the tab, lost the network).
VIEWING_FOR = timedelta(seconds=45)
TYPING_FOR = timedelta(seconds=8)
PURGE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class PresentMember:
    member: str
    typing: bool
    seen_at: datetime


class PresenceRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, conversation_id: int, member: str, *, typing: bool, at: datetime) -> None:
        """``member`` has the conversation open now (and is typing, when ``typing``)."""
        self.session.execute(delete(PresenceRow).where(PresenceRow.seen_at < at - PURGE_AFTER))
        row = self.session.get(PresenceRow, (conversation_id, member))
        if row is None:
            row = PresenceRow(conversation_id=conversation_id, member=member)
            self.session.add(row)
        row.seen_at = at
        if typing:
            row.typing_at = at
        self.session.flush()

    def leave(self, conversation_id: int, member: str) -> None:
        self.session.execute(
            delete(PresenceRow).where(
                PresenceRow.conversation_id == conversation_id, PresenceRow.member == member
            )
        )

    def list_present(self, conversation_id: int, now: datetime) -> list[PresentMember]:
        """Members heard from recently, by name."""
        rows = self.session.scalars(
            select(PresenceRow)
            .where(
                PresenceRow.conversation_id == conversation_id,
                PresenceRow.seen_at >= now - VIEWING_FOR,
            )
            .order_by(PresenceRow.member)
        )
        return [
            PresentMember(
                r.member, r.typing_at is not None and r.typing_at >= now - TYPING_FOR, r.seen_at
            )
            for r in rows
        ]
