"""The contact panel of a conversation: who this person is to the brand.

Follows us, we follow them, their screening score and reasons, their other conversations
(on every platform where a team member linked the person), the linked identities, and the
team's internal notes. Reads only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from followback.domain import Direction
from followback.store import StoreSession as Session
from followback.store.contact_links import ContactLinkRepo, LinkedIdentity
from followback.store.decisions import DecisionRepo
from followback.store.drafts import NoteRepo, NoteView
from followback.store.edges import EdgeRepo
from followback.store.inbox import InboxRepo

__all__ = ["ContactPanel", "PastConversation", "contact_panel"]


@dataclass(frozen=True, slots=True)
class PastConversation:
    id: int
    status: str
    channel: str
    opened_at: datetime
    is_complaint: bool
    platform: str = ""
    handle: str = ""


@dataclass(frozen=True, slots=True)
class ContactPanel:
    handle: str
    name: str
    url: str
    platform: str
    followers: int
    follows_us: bool
    we_follow: bool
    bot_score: float | None
    verdict: str | None
    decision_state: str | None
    reasons: list[str] = field(default_factory=list)
    conversations: list[PastConversation] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)
    contact_id: int = 0
    linked: list[LinkedIdentity] = field(default_factory=list)


def _active_edge(s: Session, account_id: int, remote_id: str, direction: str) -> bool:
    return bool(EdgeRepo(s).find_active(account_id, Direction(direction), [remote_id]))


def contact_panel(s: Session, conversation_id: int) -> ContactPanel:
    repo = InboxRepo(s)
    summary = repo.get_summary(conversation_id)
    contact = repo.contact_of(conversation_id)
    account_id = summary.brand_account_id
    decision = DecisionRepo(s).find_current(account_id, contact.remote_id)
    others = repo.other_conversations(contact.id, conversation_id)
    links = ContactLinkRepo(s)
    linked = links.list_linked(contact.id)
    return ContactPanel(
        handle=summary.contact_handle,
        name=summary.contact_name,
        url=summary.contact_url,
        platform=summary.platform,
        followers=summary.contact_followers,
        follows_us=_active_edge(s, account_id, contact.remote_id, "follower"),
        we_follow=_active_edge(s, account_id, contact.remote_id, "following"),
        bot_score=decision.bot_score if decision else None,
        verdict=decision.verdict if decision else None,
        decision_state=decision.state if decision else None,
        reasons=[str(r.get("text", r)) if isinstance(r, dict) else str(r) for r in decision.reasons]
        if decision
        else [],
        conversations=[
            PastConversation(
                c.id, c.status, c.channel, c.opened_at, c.is_complaint, summary.platform
            )
            for c in others
        ]
        + [
            PastConversation(
                c.id, c.status, c.channel, c.opened_at, c.is_complaint, c.platform, c.handle
            )
            for c in links.list_conversations([i.contact_id for i in linked])
        ],
        notes=NoteRepo(s).list_for(contact.id),
        contact_id=contact.id,
        linked=linked,
    )
