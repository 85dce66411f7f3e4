"""Reply drafts waiting for an approver, and internal notes about contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from followback.domain.errors import ErrorCode, UserError
from followback.store.tables import ContactNoteRow, ReplyDraftRow

__all__ = ["DraftRepo", "DraftView", "NoteRepo", "NoteView"]


@dataclass(frozen=True, slots=True)
class DraftView:
    id: int
    conversation_id: int
    text: str
    written_by: str
    created_at: datetime
    state: str
    decided_by: str | None
    decided_at: datetime | None
    note: str | None


@dataclass(frozen=True, slots=True)
class NoteView:
    id: int
    text: str
    written_by: str
    created_at: datetime


def _draft(r: ReplyDraftRow) -> DraftView:
    return DraftView(
        r.id,
        r.conversation_id,
        r.text,
        r.written_by,
        r.created_at,
        r.state,
        r.decided_by,
        r.decided_at,
        r.note,
    )


class DraftRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, conversation_id: int, text: str, written_by: str, at: datetime) -> DraftView:
        row = ReplyDraftRow(
            conversation_id=conversation_id,
            text=text,
            written_by=written_by,
            created_at=at,
            state="pending",
        )
        self.session.add(row)
        self.session.flush()
        return _draft(row)

    def get_row(self, draft_id: int) -> ReplyDraftRow:
        row = self.session.get(ReplyDraftRow, draft_id)
        if row is None:
            raise UserError(f"no reply draft with id {draft_id}", ErrorCode.NOT_FOUND)
        return row

    def list_for(self, conversation_id: int, *, pending_only: bool = False) -> list[DraftView]:
        stmt = select(ReplyDraftRow).where(ReplyDraftRow.conversation_id == conversation_id)
        if pending_only:
            stmt = stmt.where(ReplyDraftRow.state == "pending")
        return [_draft(r) for r in self.session.scalars(stmt.order_by(ReplyDraftRow.id))]

    def list_pending(self, limit: int = 200) -> list[DraftView]:
        stmt = (
            select(ReplyDraftRow)
            .where(ReplyDraftRow.state == "pending")
            .order_by(ReplyDraftRow.created_at, ReplyDraftRow.id)
            .limit(limit)
        )
        return [_draft(r) for r in self.session.scalars(stmt)]


class NoteRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, contact_id: int, text: str, written_by: str, at: datetime) -> NoteView:
        row = ContactNoteRow(contact_id=contact_id, text=text, written_by=written_by, created_at=at)
        self.session.add(row)
        self.session.flush()
        return NoteView(row.id, row.text, row.written_by, row.created_at)

    def list_for(self, contact_id: int) -> list[NoteView]:
        stmt = (
            select(ContactNoteRow)
            .where(ContactNoteRow.contact_id == contact_id)
            .order_by(ContactNoteRow.created_at.desc(), ContactNoteRow.id.desc())
        )
        return [
            NoteView(r.id, r.text, r.written_by, r.created_at) for r in self.session.scalars(stmt)
        ]
