"""Replies that need an approver, and internal notes.

A member whose role the brand lists in ``[inbox] approval_roles`` writes a draft instead
of posting; an admin reads it, may edit it, and sends it (as the member who wrote it, with
the approver in the audit log) or rejects it with a note. Nothing reaches the platform
before an approver says so.
"""

from __future__ import annotations

from followback.actions.messages import ReplyResult, send_reply
from followback.actions.ownership import check_reply_lock
from followback.connectors.base import Connector
from followback.domain import Clock, Role
from followback.domain.errors import ErrorCode, UserError
from followback.notify.dispatch import record_notification
from followback.notify.event import NotifyEvent, Severity
from followback.store import AuditRepo, Store
from followback.store import StoreSession as Session
from followback.store.drafts import DraftRepo, DraftView, NoteRepo, NoteView
from followback.store.inbox import InboxRepo
from followback.store.team import TeamRepo

__all__ = ["approve_draft", "needs_approval", "record_draft", "record_note", "reject_draft"]


def needs_approval(role: Role, approval_roles: list[Role]) -> bool:
    """True when replies written by ``role`` wait for an approver (admins never do)."""
    return role is not Role.ADMIN and role in approval_roles


def record_draft(
    store: Store,
    conversation_id: int,
    text: str,
    *,
    author: str,
    clock: Clock,
    locked: bool = False,
) -> DraftView:
    """Keep the reply as a draft for an approver, and tell the approvers (refused when
    replies are ``locked`` to another assignee)."""
    body = text.strip()
    if not body:
        raise UserError("the reply is empty", ErrorCode.BAD_INPUT, field="text")
    now = clock()
    with store.session() as s:
        TeamRepo(s).get_active(author, Role.AGENT)
        check_reply_lock(s, conversation_id, author, locked=locked)
        summary = InboxRepo(s).get_summary(conversation_id)
        draft = DraftRepo(s).add(conversation_id, body, author, now)
        AuditRepo(s).record(
            f"member:{author}",
            "inbox.draft",
            str(conversation_id),
            summary.brand_account_id,
            now,
            draft_id=draft.id,
        )
        record_notification(
            s,
            NotifyEvent(
                kind="inbox.approval",
                title=f"A reply by {author} to @{summary.contact_handle} waits for approval",
                body=body[:500],
                url=f"/inbox/{conversation_id}#drafts",
                severity=Severity.WARNING,
                brand_account_id=summary.brand_account_id,
                key=f"inbox.approval|{draft.id}",
                fields={"draft": str(draft.id), "author": author},
            ),
            at=now,
        )
    return draft


def _pending(s: Session, draft_id: int, approver: str) -> tuple[int, str, str]:
    TeamRepo(s).get_active(approver, Role.ADMIN)
    row = DraftRepo(s).get_row(draft_id)
    if row.state != "pending":
        raise UserError(
            f"reply draft {draft_id} was already {row.state}", ErrorCode.CONFLICT, id=draft_id
        )
    return row.conversation_id, row.written_by, row.text


async def approve_draft(
    store: Store,
    connector: Connector,
    draft_id: int,
    *,
    approver: str,
    clock: Clock,
    text: str | None = None,
) -> ReplyResult:
    """Send the draft (edited to ``text`` if given) as its writer; only an admin approves."""
    with store.session() as s:
        conversation_id, writer, drafted = _pending(s, draft_id, approver)
    result = await send_reply(
        store,
        connector,
        conversation_id,
        text.strip() if text and text.strip() else drafted,
        author=writer,
        clock=clock,
        idempotency_key=f"inbox-draft:{draft_id}",
    )
    now = clock()
    with store.session() as s:
        row = DraftRepo(s).get_row(draft_id)
        row.state, row.decided_by, row.decided_at = "sent", approver, now
        account_id = InboxRepo(s).get_row(conversation_id).brand_account_id
        AuditRepo(s).record(
            f"member:{approver}",
            "inbox.draft.approve",
            str(conversation_id),
            account_id,
            now,
            draft_id=draft_id,
            written_by=writer,
            edited=bool(text and text.strip() and text.strip() != drafted),
        )
    return result


def reject_draft(
    store: Store, draft_id: int, *, approver: str, clock: Clock, note: str = ""
) -> None:
    """Turn the draft down with a note for its writer; nothing is posted."""
    now = clock()
    with store.session() as s:
        conversation_id, writer, _ = _pending(s, draft_id, approver)
        row = DraftRepo(s).get_row(draft_id)
        row.state, row.decided_by, row.decided_at = "rejected", approver, now
        row.note = note.strip() or None
        account_id = InboxRepo(s).get_row(conversation_id).brand_account_id
        AuditRepo(s).record(
            f"member:{approver}",
            "inbox.draft.reject",
            str(conversation_id),
            account_id,
            now,
            draft_id=draft_id,
            written_by=writer,
            note=row.note,
        )


def record_note(
    store: Store, conversation_id: int, text: str, *, author: str, clock: Clock
) -> NoteView:
    """An internal note on the conversation's contact (never sent to anyone)."""
    body = text.strip()
    if not body:
        raise UserError("the note is empty", ErrorCode.BAD_INPUT, field="text")
    now = clock()
    with store.session() as s:
        TeamRepo(s).get_active(author, Role.AGENT)
        repo = InboxRepo(s)
        contact = repo.contact_of(conversation_id)
        note = NoteRepo(s).add(contact.id, body, author, now)
        AuditRepo(s).record(
            f"member:{author}",
            "inbox.note",
            str(conversation_id),
            repo.get_row(conversation_id).brand_account_id,
            now,
            note_id=note.id,
        )
    return note
