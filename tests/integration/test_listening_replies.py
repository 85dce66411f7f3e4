"""Answering what was heard: by a person, once, and on X only from an intent link."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from followback.actions.messages import send_reply
from followback.domain import (
    DEFAULT_CAPABILITIES,
    FollowMode,
    InboundMessage,
    MessageKind,
    Platform,
    Role,
    UserError,
)
from followback.store import AccountRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.team import TeamRepo

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@dataclass
class Replier:
    platform: Platform
    sent: list[tuple[str, str]] = field(default_factory=list)

    @property
    def capabilities(self):  # type: ignore[no-untyped-def]
        return DEFAULT_CAPABILITIES[self.platform]

    async def send_reply(self, in_reply_to: str, text: str, **kw: object) -> str:
        self.sent.append((in_reply_to, text))
        return f"r{len(self.sent)}"


def _heard(
    store: Store,
    platform: Platform,
    kind: MessageKind = MessageKind.HEARD,
    text: str = "acme tent leaked",
) -> int:
    with store.session() as s:
        account_id = AccountRepo(s).add(platform, "acme", "brand-id", FollowMode.REVIEW)
        TeamRepo(s).add_member("ana", Role.AGENT)
        msg = InboundMessage(platform, "post-1", "u1", "ursula", text, kind, NOW)
        return (
            InboxRepo(s).record_inbound(account_id, msg, classification={}, at=NOW).conversation_id
        )


def _reply(store: Store, conn: Replier, conv: int, text: str, **kw: object):  # type: ignore[no-untyped-def]
    return asyncio.run(
        send_reply(store, conn, conv, text, author="ana", clock=lambda: NOW, **kw)  # type: ignore[arg-type]
    )


def test_one_public_reply_written_by_a_person(store: Store) -> None:
    conv = _heard(store, Platform.BLUESKY)
    conn = Replier(Platform.BLUESKY)
    first = _reply(store, conn, conv, "Sorry to hear that. We'd like to help.")
    assert not first.already_sent and conn.sent == [
        ("post-1", "Sorry to hear that. We'd like to help.")
    ]
    again = _reply(store, conn, conv, "Sorry to hear that. We'd like to help.")
    assert again.already_sent and len(conn.sent) == 1  # the same reply is not a second one
    with pytest.raises(UserError, match="one public reply at most"):
        _reply(store, conn, conv, "Any news?")
    assert len(conn.sent) == 1


def test_a_hand_off_invitation_is_the_one_reply(store: Store) -> None:
    conv = _heard(store, Platform.MASTODON)
    conn = Replier(Platform.MASTODON)
    _reply(store, conn, conv, "Happy to help in a private message?", automated=True)
    with pytest.raises(UserError, match="one public reply at most"):
        _reply(store, conn, conv, "Hello?")
    assert len(conn.sent) == 1


def test_on_x_a_person_answers_from_the_intent_link(store: Store) -> None:
    conv = _heard(store, Platform.X)
    conn = Replier(Platform.X)
    with pytest.raises(UserError) as err:
        _reply(store, conn, conv, "We can help")
    assert err.value.fields["intent_url"] == "https://x.com/intent/post?in_reply_to=post-1"
    assert "x.com/intent/post" in err.value.message and conn.sent == []


def test_mentions_are_not_limited(store: Store) -> None:
    # An X mention names the brand in its text (X's rule lets an app answer it).
    conv = _heard(store, Platform.X, MessageKind.MENTION, "@acme tent leaked")
    conn = Replier(Platform.X)
    _reply(store, conn, conv, "one")
    _reply(store, conn, conv, "two")
    assert len(conn.sent) == 2
