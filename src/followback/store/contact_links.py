"""One person's contacts on several platforms, as linked by team members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from followback.inbox.identity import Candidate, LinkRequest
from followback.store.tables import ContactLinkRow, ContactRow, ConversationRow

__all__ = ["ContactLinkRepo", "LinkedConversation", "LinkedIdentity"]


@dataclass(frozen=True, slots=True)
class LinkedIdentity:
    contact_id: int
    platform: str
    handle: str
    evidence: str
    note: str
    linked_by: str
    linked_at: datetime


@dataclass(frozen=True, slots=True)
class LinkedConversation:
    id: int
    platform: str
    handle: str
    status: str
    channel: str
    opened_at: datetime
    is_complaint: bool


class ContactLinkRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_contact(self, platform: str, handle: str) -> int | None:
        """The contact with this handle on ``platform`` (case-insensitive, ``@`` optional)."""
        wanted = handle.strip().lstrip("@").lower()
        return self.session.scalar(
            select(ContactRow.id).where(
                ContactRow.platform == platform, func.lower(ContactRow.handle) == wanted
            )
        )

    def list_candidates(self, handles: set[str], exclude: int) -> list[Candidate]:
        """Bluesky and Mastodon contacts with one of these (lower-case) handles."""
        if not handles:
            return []
        rows = self.session.execute(
            select(ContactRow.id, ContactRow.platform, ContactRow.handle)
            .where(
                ContactRow.platform.in_(("bluesky", "mastodon")),
                func.lower(ContactRow.handle).in_(sorted(handles)),
                ContactRow.id != exclude,
            )
            .order_by(ContactRow.id)
        )
        return [Candidate(i, p, h) for i, p, h in rows]

    def _person(self, contact_id: int) -> int | None:
        row = self.session.get(ContactLinkRow, contact_id)
        return None if row is None else row.person_id

    def link(self, req: LinkRequest, *, by: str, at: datetime) -> int:
        """Make both contacts one person (merging the people they already belonged to);
        returns the person's id."""
        a, b = self._person(req.contact_id), self._person(req.other_contact_id)
        person = min(p for p in (a, b, req.contact_id, req.other_contact_id) if p is not None)
        merging = [p for p in (a, b) if p is not None and p != person]
        if merging:
            self.session.execute(
                update(ContactLinkRow)
                .where(ContactLinkRow.person_id.in_(merging))
                .values(person_id=person)
            )
        for contact_id in (req.contact_id, req.other_contact_id):
            row = self.session.get(ContactLinkRow, contact_id)
            if row is None:
                self.session.add(
                    ContactLinkRow(
                        contact_id=contact_id,
                        person_id=person,
                        evidence=req.evidence.value,
                        note=req.note,
                        linked_by=by,
                        linked_at=at,
                    )
                )
            else:
                row.person_id = person
        self.session.flush()
        return person

    def unlink(self, contact_id: int) -> bool:
        """Take the contact out of its person (a person left with one contact dissolves)."""
        row = self.session.get(ContactLinkRow, contact_id)
        if row is None:
            return False
        person = row.person_id
        self.session.delete(row)
        self.session.flush()
        rest = list(
            self.session.scalars(select(ContactLinkRow).where(ContactLinkRow.person_id == person))
        )
        if len(rest) == 1:
            self.session.delete(rest[0])
        return True

    def list_linked(self, contact_id: int) -> list[LinkedIdentity]:
        """The person's other contacts (empty when the contact is linked to nobody)."""
        person = self._person(contact_id)
        if person is None:
            return []
        stmt = (
            select(ContactLinkRow, ContactRow.platform, ContactRow.handle)
            .join(ContactRow, ContactRow.id == ContactLinkRow.contact_id)
            .where(ContactLinkRow.person_id == person, ContactLinkRow.contact_id != contact_id)
            .order_by(ContactRow.platform, ContactRow.handle)
        )
        return [
            LinkedIdentity(
                row.contact_id,
                platform,
                handle,
                row.evidence,
                row.note,
                row.linked_by,
                row.linked_at,
            )
            for row, platform, handle in self.session.execute(stmt)
        ]

    def list_conversations(
        self, contact_ids: list[int], limit: int = 20
    ) -> list[LinkedConversation]:
        """Conversations of these contacts, newest first."""
        if not contact_ids:
            return []
        stmt = (
            select(ConversationRow, ContactRow.platform, ContactRow.handle)
            .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
            .where(ConversationRow.contact_id.in_(contact_ids))
            .order_by(ConversationRow.opened_at.desc(), ConversationRow.id.desc())
            .limit(limit)
        )
        return [
            LinkedConversation(
                c.id, platform, handle, c.status, c.channel, c.opened_at, c.is_complaint
            )
            for c, platform, handle in self.session.execute(stmt)
        ]
