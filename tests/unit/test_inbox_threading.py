"""Threading keeps a person's public thread together by its root and a DM thread by its
partner; two people under one post are two conversations."""

from __future__ import annotations

from datetime import UTC, datetime

from followback.domain import InboundMessage, MessageKind, Platform
from followback.inbox.threading import channel_of, thread_key

T = datetime(2026, 11, 1, tzinfo=UTC)


def _msg(
    remote_id: str,
    kind: MessageKind = MessageKind.MENTION,
    author: str = "7",
    root: str | None = None,
    parent: str | None = None,
) -> InboundMessage:
    return InboundMessage(
        Platform.SANDBOX, remote_id, author, "someone", "hi", kind, T, root, parent
    )


def test_a_new_mention_starts_its_own_thread() -> None:
    assert thread_key(_msg("m1")) == "post:m1:by:7"
    assert channel_of(_msg("m1")) == "public"


def test_replies_and_quotes_join_their_root_thread() -> None:
    assert thread_key(_msg("m3", MessageKind.REPLY, root="m1", parent="m2")) == "post:m1:by:7"
    assert thread_key(_msg("m3", MessageKind.QUOTE, parent="m2")) == "post:m2:by:7"


def test_two_people_answering_one_post_are_two_threads() -> None:
    # The brand's announcement "b1" is answered by two customers: seen on the local AT
    # Protocol network, one conversation held both and showed the second as the first.
    a = _msg("r1", MessageKind.REPLY, author="ana", root="b1", parent="b1")
    b = _msg("r2", MessageKind.REPLY, author="bo", root="b1", parent="b1")
    assert thread_key(a) != thread_key(b)


def test_direct_messages_thread_by_partner_whatever_their_ids() -> None:
    a = _msg("d1", MessageKind.DM, author="42")
    b = _msg("d9", MessageKind.DM, author="42", parent="d1")
    assert thread_key(a) == thread_key(b) == "dm:42"
    assert channel_of(a) == "private"
