"""Linking one person's contacts across platforms (a team member's explicit act, naming the
public signal; see :mod:`followback.inbox.identity`), and unlinking them; both audited."""

from __future__ import annotations

from dataclasses import dataclass

from followback.connectors.base import Connector
from followback.domain import Clock, Platform, Role
from followback.domain.errors import ErrorCode, UserError
from followback.inbox.identity import Suggestion, candidate_handles, check_link, suggest_links
from followback.store import AuditRepo, Store
from followback.store.contact_links import ContactLinkRepo, LinkedIdentity
from followback.store.inbox import InboxRepo
from followback.store.team import TeamRepo

__all__ = ["Linked", "link_contact", "suggest_person_links", "unlink_contact"]


@dataclass(frozen=True, slots=True)
class Linked:
    contact_id: int
    person_id: int
    linked: list[LinkedIdentity]


def link_contact(
    store: Store,
    conversation_id: int,
    *,
    platform: str,
    handle: str,
    evidence: str,
    note: str,
    by: str,
    clock: Clock,
) -> Linked:
    """Link the conversation's contact with the contact ``handle`` on ``platform`` (someone
    who has written to the brand there)."""
    try:
        other_platform = Platform(platform).value
    except ValueError:
        raise UserError(
            f"unknown platform {platform!r}", ErrorCode.UNKNOWN_PLATFORM, field="platform"
        ) from None
    now = clock()
    with store.session() as s:
        TeamRepo(s).get_active(by, Role.AGENT)
        contact = InboxRepo(s).contact_of(conversation_id)
        repo = ContactLinkRepo(s)
        other = repo.find_contact(other_platform, handle)
        if other is None:
            raise UserError(
                f"no contact @{handle.strip().lstrip('@')} on {other_platform} has written to "
                "the brand; only people in the inbox can be linked",
                ErrorCode.NOT_FOUND,
                field="handle",
            )
        req = check_link(contact.id, other, evidence, note)
        person = repo.link(req, by=f"member:{by}", at=now)
        AuditRepo(s).record(
            f"member:{by}",
            "contact.link",
            # Both handles in the target, so the audit log finds the link by either.
            f"{contact.platform}:{contact.handle} + {other_platform}:{handle.strip().lstrip('@')}",
            at=now,
            evidence=req.evidence.value,
            note=req.note,
        )
        return Linked(contact.id, person, repo.list_linked(contact.id))


def unlink_contact(
    store: Store, conversation_id: int, contact_id: int, *, by: str, clock: Clock
) -> bool:
    """Take ``contact_id`` out of the person the conversation's contact belongs to."""
    now = clock()
    with store.session() as s:
        TeamRepo(s).get_active(by, Role.AGENT)
        contact = InboxRepo(s).contact_of(conversation_id)
        repo = ContactLinkRepo(s)
        ids = {contact.id, *(i.contact_id for i in repo.list_linked(contact.id))}
        if contact_id not in ids:
            raise UserError(
                "that contact is not linked to this one", ErrorCode.NOT_FOUND, field="contact"
            )
        removed = repo.unlink(contact_id)
        if removed:
            AuditRepo(s).record(
                f"member:{by}",
                "contact.unlink",
                f"{contact.platform}:{contact.handle}",
                at=now,
                contact_id=contact_id,
            )
        return removed


async def suggest_person_links(
    store: Store, connector: Connector, conversation_id: int
) -> list[Suggestion]:
    """Contacts on other platforms that the customer's *verified* profile links point to
    (read from the platform now). Changes nothing: a team member decides to link."""
    with store.session() as s:
        contact = InboxRepo(s).contact_of(conversation_id)
        contact_id, remote_id = contact.id, contact.remote_id
    profile = await connector.fetch_profile(remote_id)
    urls = profile.verified_urls
    with store.session() as s:
        repo = ContactLinkRepo(s)
        linked = {i.contact_id for i in repo.list_linked(contact_id)}
        candidates = [
            c
            for c in repo.list_candidates(candidate_handles(urls), contact_id)
            if c.contact_id not in linked
        ]
    return suggest_links(urls, candidates)
