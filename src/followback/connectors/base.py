"""The connector protocol: one async interface over every platform.

Connectors return domain objects; payload shapes stay inside each connector's
``mapping.py``. Capabilities say what a platform cannot do, so callers never branch
on the platform name.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar, runtime_checkable

from followback.domain import InboundMessage, Platform, Profile, RecentPost
from followback.domain.rules import Capabilities, LimitSpec
from followback.domain.server import ServerFacts, Severance

__all__ = [
    "AccountEventStream",
    "Capabilities",
    "Connector",
    "CredentialKeeper",
    "DmAvailability",
    "DmAvailabilityReader",
    "FollowNotification",
    "FollowRequestQueue",
    "HeldBackMessages",
    "LimitSpec",
    "Page",
    "RecentPostsReader",
    "Relationship",
    "ServerFactsReader",
    "SeveranceReader",
    "WriteKey",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results and the opaque cursor of the next page (``None`` at the end)."""

    items: list[T]
    next_cursor: str | None = None


@dataclass(frozen=True, slots=True)
class Relationship:
    """The brand's relationship with one remote account."""

    following: bool  # the brand follows them
    followed_by: bool  # they follow the brand
    can_dm: bool = False  # a private message to them is possible now
    blocked: bool = False


@dataclass(frozen=True, slots=True)
class DmAvailability:
    """Whether the brand may open a private chat with one account, from the platform itself.

    ``allow_incoming`` is the account's chat declaration where the platform has one
    (Bluesky: ``all``, ``following`` (the default) or ``none``); ``follows_brand`` whether
    they follow the brand; ``brand_access`` False when the brand's credentials may not use
    the chat service at all (a Bluesky app password created without DM access).
    """

    can_dm: bool
    allow_incoming: str = ""
    follows_brand: bool = False
    brand_access: bool = True


@dataclass(frozen=True, slots=True)
class FollowNotification:
    """A "new follower" notification."""

    remote_id: str
    at: datetime
    profile: Profile | None = None


@dataclass(frozen=True, slots=True)
class WriteKey:
    """The outbox's idempotency key for one write, and when the intent was committed.

    Connectors whose platform lets a write name itself use it to make the write
    idempotent (Bluesky: a record key derived from it, so a second create of the same
    action fails instead of posting twice) and to find it again (``find_sent``).
    """

    value: str
    at: datetime


class CredentialKeeper(Protocol):
    """Where a connector's renewed credentials go (encrypted), shared by every worker.

    X refresh tokens are single-use and Bluesky limits session creation, so a connector
    never renews on its own when it has a keeper: :meth:`renew` runs ``renew_with`` under
    a lock on the account, unless another worker already renewed (then its stored
    credentials are returned and reused); :meth:`save` stores credentials the platform
    changed by itself (a refreshed session).
    """

    async def renew(
        self,
        current: Mapping[str, str],
        renew_with: Callable[[dict[str, str]], Awaitable[dict[str, str]]],
    ) -> dict[str, str]: ...

    def save(self, credentials: Mapping[str, str]) -> None: ...


@runtime_checkable
class Connector(Protocol):
    """An authenticated session for one brand account on one platform.

    Every method may raise :class:`~followback.domain.ConnectorError` subclasses:
    ``AuthExpiredError``, ``RateLimitedError`` (with ``retry_after``), ``TransientError``,
    ``RejectedError``, ``NotFoundError``, and for writes ``OutcomeUnknownError`` (sent,
    no answer: it may have landed). ``follow`` and ``unfollow`` are idempotent: following
    an account already followed succeeds and changes nothing. Writes are never retried
    inside the connector except after a 429; the outbox reconciles (``get_relationship``,
    ``find_sent``) before it sends again.
    """

    platform: Platform
    capabilities: Capabilities

    async def whoami(self) -> Profile:
        """The brand account's own profile."""
        ...

    async def list_followers(self, cursor: str | None = None) -> Page[Profile]:
        """One page of the brand's followers (newest first where the platform allows)."""
        ...

    async def list_following(self, cursor: str | None = None) -> Page[Profile]:
        """One page of the accounts the brand follows."""
        ...

    async def fetch_profile(self, remote_id: str) -> Profile:
        """One account's current profile."""
        ...

    async def fetch_follow_notifications(
        self, cursor: str | None = None
    ) -> Page[FollowNotification]:
        """New-follower notifications since ``cursor`` (oldest first)."""
        ...

    async def fetch_mentions(self, cursor: str | None = None) -> Page[InboundMessage]:
        """Mentions, replies and quotes since ``cursor`` (oldest first)."""
        ...

    async def fetch_dms(self, cursor: str | None = None) -> Page[InboundMessage]:
        """Direct messages since ``cursor`` (oldest first); empty where unsupported."""
        ...

    async def get_relationship(self, remote_id: str) -> Relationship:
        """The brand's relationship with ``remote_id``."""
        ...

    async def follow(self, remote_id: str, *, key: WriteKey | None = None) -> str:
        """Follow ``remote_id``; return the platform's reference for the follow."""
        ...

    async def unfollow(self, remote_id: str) -> None:
        """Stop following ``remote_id`` (every follow record of it, where there can be many)."""
        ...

    async def send_reply(self, in_reply_to: str, text: str, *, key: WriteKey | None = None) -> str:
        """Reply publicly to message ``in_reply_to``; return the new message's id."""
        ...

    async def send_dm(self, remote_id: str, text: str, *, key: WriteKey | None = None) -> str:
        """Send a private message; return its id. Raises ``RejectedError`` if not allowed."""
        ...

    async def repost(self, message_id: str, *, key: WriteKey | None = None) -> str:
        """Repost (boost, retweet) a message; return the repost's id."""
        ...

    async def find_sent(
        self, kind: str, target: str, text: str, *, key: WriteKey | None = None
    ) -> str | None:
        """The id of a ``reply``, ``dm`` or ``repost`` the brand already sent, else None.

        Read back by the outbox before it retries a write whose outcome is unknown:
        ``target`` and ``text`` are what was sent (the message replied to, the DM's
        recipient, the reposted message), ``key`` the write's idempotency key.
        """
        ...

    async def aclose(self) -> None:
        """Release network resources."""
        ...


@runtime_checkable
class DmAvailabilityReader(Protocol):
    """A connector that can ask the platform whether a chat with an account can open now
    (Bluesky's ``chat.bsky.convo.getConvoAvailability``), rather than guess from follows."""

    async def check_dm_availability(self, remote_id: str) -> DmAvailability:
        """The platform's answer for a chat between the brand and ``remote_id``."""
        ...


@runtime_checkable
class RecentPostsReader(Protocol):
    """A connector that can read an account's recent posts (one API call per account).

    Optional: screening samples recent posts of uncertain followers only where the
    connector offers this.
    """

    async def fetch_recent_posts(self, remote_id: str, limit: int = 10) -> list[RecentPost]:
        """Up to ``limit`` of the account's newest posts, replies and reposts."""
        ...


@runtime_checkable
class ServerFactsReader(Protocol):
    """A connector whose server publishes its own limits and rules (Mastodon)."""

    async def fetch_server_facts(self) -> ServerFacts:
        """The server's character limit, rules and the brand's notification policy."""
        ...


@runtime_checkable
class HeldBackMessages(Protocol):
    """A connector whose server may hold messages back as requests (Mastodon 4.3's
    notification policy): the inbox reads them so no complaint is lost."""

    async def fetch_held_back_messages(self) -> tuple[list[InboundMessage], list[str]]:
        """Messages held back, and the ids of the requests that held them."""
        ...

    async def accept_notification_requests(self, request_ids: list[str]) -> None:
        """Let the requests' accounts through from now on."""
        ...


@runtime_checkable
class FollowRequestQueue(Protocol):
    """A connector for a locked account: people ask to follow and the brand answers."""

    async def list_follow_requests(self, cursor: str | None = None) -> Page[Profile]:
        """One page of pending follow requests (the requesters' profiles)."""
        ...

    async def answer_follow_request(self, remote_id: str, *, accept: bool) -> bool:
        """Authorize or reject; False when no such request was pending."""
        ...


@runtime_checkable
class AccountEventStream(Protocol):
    """A connector that can read new followers and mentions from an event stream
    (Bluesky's Jetstream) instead of polling, for accounts that opt in."""

    @property
    def streams_account_events(self) -> bool:
        """Whether a stream is configured for this account."""
        ...

    async def read_follow_events(
        self, *, cursor_us: int | None, until_us: int
    ) -> tuple[list[FollowNotification], int | None]:
        """New followers from ``cursor_us`` (microseconds) to ``until_us``; the cursor."""
        ...

    async def read_mention_events(
        self, *, cursor_us: int | None, until_us: int
    ) -> tuple[list[InboundMessage], int | None]:
        """Mentions, replies and quotes from ``cursor_us`` to ``until_us``; the cursor."""
        ...


@runtime_checkable
class SeveranceReader(Protocol):
    """A connector whose server reports relationships its moderators severed (Mastodon
    4.3's ``severed_relationships``), so those departures are not counted as unfollows."""

    async def fetch_severances(self) -> list[Severance]:
        """Recent severance events."""
        ...
