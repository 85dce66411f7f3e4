"""Who may answer a conversation, and who is in it right now.

With ``inbox.lock_replies_to_assignee`` only the assignee sends replies, hand-offs and DMs;
anyone else is refused by name until an admin takes the conversation over (audited).
Presence (viewing, typing) is recorded from the dashboard's heartbeats; it is not audited,
being a few seconds' state refreshed every 15 seconds, not a decision anyone took.
"""

from __future__ import annotations

from dataclasses import dataclass

from followback.domain import Clock, Role
from followback.domain.errors import ErrorCode, UserError
from followback.inbox.assignment import reply_lock_refusal
from followback.store import AuditRepo, Store
from followback.store import StoreSession as Session
from followback.store.inbox import InboxRepo
from followback.store.presence import PresenceRepo, PresentMember
from followback.store.team import TeamRepo

__all__ = [
    "TakenOver",
    "check_reply_lock",
    "leave_conversation",
    "list_present",
    "record_presence",
    "take_over_conversation",
]


@dataclass(frozen=True, slots=True)
class TakenOver:
    conversation_id: int
    previous: str | None
    assignee: str
    changed: bool


def check_reply_lock(s: Session, conversation_id: int, author: str, *, locked: bool) -> None:
    """Refuse (``conflict``, naming the assignee) when replies are locked to someone else."""
    assignee = InboxRepo(s).get_row(conversation_id).assignee
    refusal = reply_lock_refusal(assignee, author, locked=locked)
    if refusal is not None:
        raise UserError(refusal, ErrorCode.CONFLICT, field="assignee", assignee=assignee)


def take_over_conversation(
    store: Store, conversation_id: int, *, by: str, clock: Clock
) -> TakenOver:
    """An admin assigns the conversation to themself to answer it; the previous assignee is
    named in the audit entry."""
    now = clock()
    with store.session() as s:
        TeamRepo(s).get_active(by, Role.ADMIN)
        repo = InboxRepo(s)
        row = repo.get_row(conversation_id)
        previous = row.assignee
        if previous == by:
            return TakenOver(conversation_id, previous, by, False)
        repo.assign(conversation_id, by, by=f"member:{by}", at=now)
        AuditRepo(s).record(
            f"member:{by}",
            "inbox.take_over",
            str(conversation_id),
            row.brand_account_id,
            now,
            previous=previous,
        )
    return TakenOver(conversation_id, previous, by, True)


def record_presence(
    store: Store, conversation_id: int, member: str, *, typing: bool, clock: Clock
) -> list[PresentMember]:
    """``member`` has the conversation open (typing or not); returns everyone present."""
    now = clock()
    with store.session() as s:
        InboxRepo(s).get_row(conversation_id)  # unknown conversation: not found
        repo = PresenceRepo(s)
        repo.record(conversation_id, member, typing=typing, at=now)
        return repo.list_present(conversation_id, now)


def leave_conversation(store: Store, conversation_id: int, member: str) -> None:
    """``member`` closed the conversation (the page was left)."""
    with store.session() as s:
        PresenceRepo(s).leave(conversation_id, member)


def list_present(store: Store, conversation_id: int, clock: Clock) -> list[PresentMember]:
    with store.session() as s:
        return PresenceRepo(s).list_present(conversation_id, clock())
