"""Contacts, conversations, messages and the team that answers them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from followback.domain.platform import Platform

__all__ = [
    "ConversationStatus",
    "InboundMessage",
    "MessageKind",
    "Role",
    "TeamMember",
]


class MessageKind(StrEnum):
    """How a message reached (or left) the brand."""

    MENTION = "mention"
    REPLY = "reply"
    QUOTE = "quote"
    DM = "dm"
    HEARD = "heard"  # names the brand without addressing it (found by listening)
    OUTBOUND = "outbound"  # written by the brand


class ConversationStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class Role(StrEnum):
    """Team roles: a viewer reads, an agent works the inbox and queue, an admin changes policy."""

    ADMIN = "admin"
    AGENT = "agent"
    VIEWER = "viewer"

    def can(self, needed: Role) -> bool:
        """True when this role includes ``needed`` (admin > agent > viewer)."""
        order = [Role.VIEWER, Role.AGENT, Role.ADMIN]
        return order.index(self) >= order.index(needed)


@dataclass(frozen=True, slots=True)
class TeamMember:
    name: str
    role: Role
    email: str = ""


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """A message as a connector returns it, before it is threaded into a conversation."""

    platform: Platform
    remote_id: str  # the platform's message id: the idempotency key
    author_id: str
    author_handle: str
    text: str
    kind: MessageKind
    created_at: datetime
    thread_root_id: str | None = None
    in_reply_to_id: str | None = None
    author_followers: int = 0
