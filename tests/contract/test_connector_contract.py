"""The connector contract: every connector behaves the same through the protocol.

Each test runs against the sandbox, X (recorded payloads), Bluesky (local AT Protocol
network) and Mastodon (local snac2). Where a server lacks a feature the harness says so
(``followers_listed``, ``dm_peers``) and the platform's own tests cover it with recorded
responses instead.
"""

from __future__ import annotations

from connector_support import Harness
from followback.connectors.base import Connector, FollowNotification, Page
from followback.domain import (
    ConnectorError,
    InboundMessage,
    MessageKind,
    NotFoundError,
    Profile,
)


def test_is_a_connector_with_capabilities(contract) -> None:
    async def body(h: Harness) -> None:
        assert isinstance(h.connector, Connector)
        assert h.connector.capabilities.page_size > 0
        assert "token" not in repr(h.connector).lower() or "<redacted>" in repr(h.connector)

    contract.run(body)


def test_whoami_is_the_brand(contract) -> None:
    async def body(h: Harness) -> None:
        me = await h.connector.whoami()
        assert isinstance(me, Profile)
        assert me.platform == h.connector.platform
        assert me.remote_id == h.brand_id
        assert me.handle
        assert me.observed_at.tzinfo is not None

    contract.run(body)


def test_new_follower_is_notified_once_and_listed(contract) -> None:
    async def body(h: Harness) -> None:
        first = await h.connector.fetch_follow_notifications()
        cursor = first.next_cursor
        peer = await h.new_peer()
        await peer.follow_brand()

        page = await h.eventually(
            lambda: h.connector.fetch_follow_notifications(cursor),
            lambda p: any(n.remote_id == peer.remote_id for n in p.items),
        )
        assert isinstance(page, Page)
        notes = [n for n in page.items if n.remote_id == peer.remote_id]
        assert len(notes) == 1 and isinstance(notes[0], FollowNotification)
        assert notes[0].at.tzinfo is not None
        again = await h.connector.fetch_follow_notifications(page.next_cursor)
        assert peer.remote_id not in [n.remote_id for n in again.items]

        rel = await h.connector.get_relationship(peer.remote_id)
        assert rel.followed_by and not rel.following

        followers = await h.connector.list_followers()
        assert isinstance(followers, Page)
        if h.followers_listed:
            assert peer.remote_id in [p.remote_id for p in followers.items]

    contract.run(body)


def test_fetch_profile_of_a_peer(contract) -> None:
    async def body(h: Harness) -> None:
        peer = await h.new_peer()
        profile = await h.connector.fetch_profile(peer.remote_id)
        assert profile.remote_id == peer.remote_id
        assert profile.platform == h.connector.platform
        assert profile.handle

    contract.run(body)


def test_fetch_profile_of_a_missing_account_is_not_found(contract) -> None:
    async def body(h: Harness) -> None:
        try:
            await h.connector.fetch_profile(h.missing_id)
        except NotFoundError:
            return
        raise AssertionError("expected NotFoundError")

    contract.run(body)


def test_follow_and_unfollow_are_idempotent(contract) -> None:
    async def body(h: Harness) -> None:
        peer = await h.new_peer()
        ref = await h.connector.follow(peer.remote_id)
        assert isinstance(ref, str) and ref
        assert isinstance(await h.connector.follow(peer.remote_id), str)  # again: no error
        rel = await h.eventually(
            lambda: h.connector.get_relationship(peer.remote_id), lambda r: r.following
        )
        assert rel.following
        following = await h.eventually(
            h.connector.list_following,
            lambda p: peer.remote_id in [x.remote_id for x in p.items],
        )
        assert peer.remote_id in [p.remote_id for p in following.items]

        await h.connector.unfollow(peer.remote_id)
        await h.connector.unfollow(peer.remote_id)  # again: no error
        rel = await h.eventually(
            lambda: h.connector.get_relationship(peer.remote_id), lambda r: not r.following
        )
        assert not rel.following

    contract.run(body)


def test_mention_arrives_once_and_can_be_answered(contract) -> None:
    async def body(h: Harness) -> None:
        start = await h.connector.fetch_mentions()
        peer = await h.new_peer()
        await peer.mention_brand("is the shop open on Sundays? ☕️")

        page = await h.eventually(
            lambda: h.connector.fetch_mentions(start.next_cursor),
            lambda p: any(m.author_id == peer.remote_id for m in p.items),
        )
        mine = [m for m in page.items if m.author_id == peer.remote_id]
        assert len(mine) == 1
        message = mine[0]
        assert isinstance(message, InboundMessage)
        assert message.kind in (MessageKind.MENTION, MessageKind.REPLY)
        assert "Sundays" in message.text
        assert message.created_at.tzinfo is not None
        assert message.platform == h.connector.platform

        again = await h.connector.fetch_mentions(page.next_cursor)
        assert message.remote_id not in [m.remote_id for m in again.items]

        reply_id = await h.connector.send_reply(message.remote_id, "Yes, 9 to 1!")
        assert isinstance(reply_id, str) and reply_id
        repost_id = await h.connector.repost(message.remote_id)
        assert isinstance(repost_id, str) and repost_id

    contract.run(body)


def test_direct_messages_round_trip(contract) -> None:
    async def body(h: Harness) -> None:
        if not h.dm_peers:  # covered by the platform's recorded-response tests
            page = await h.connector.fetch_dms() if h.name != "bluesky" else Page([])
            assert isinstance(page, Page)
            return
        start = await h.connector.fetch_dms()
        peer = await h.new_peer()
        await peer.follow_brand()
        await h.connector.follow(peer.remote_id)
        await peer.dm_brand("do you ship to Porto?")
        page = await h.eventually(
            lambda: h.connector.fetch_dms(start.next_cursor),
            lambda p: any(m.author_id == peer.remote_id for m in p.items),
        )
        mine = [m for m in page.items if m.author_id == peer.remote_id]
        assert len(mine) == 1 and mine[0].kind is MessageKind.DM
        assert "Porto" in mine[0].text
        sent = await h.connector.send_dm(peer.remote_id, "We do!")
        assert isinstance(sent, str) and sent

    contract.run(body)


def test_errors_are_followbacks_own(contract) -> None:
    async def body(h: Harness) -> None:
        for call in (
            lambda: h.connector.get_relationship(h.missing_id),
            lambda: h.connector.follow(h.missing_id),
        ):
            try:
                await call()
            except ConnectorError:
                continue
            except Exception as exc:
                raise AssertionError(f"foreign exception leaked: {exc!r}") from exc

    contract.run(body)
