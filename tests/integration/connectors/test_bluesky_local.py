"""The Bluesky connector against the local AT Protocol network (PLC + PDS + AppView).

Started by ``scripts/start-bluesky.sh`` (``make test-connectors``); skipped only when
``FOLLOWBACK_TEST_BLUESKY_URL`` is unset. Tests wait for the AppView by asking dev-env
to index now (``bluesky_process``), never by sleeping.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from connector_support import BLUESKY_URL, BlueskyHarness, BlueskyPeer, bluesky_process
from followback.connectors.bluesky import BlueskyConnector
from followback.connectors.bluesky.client import record_key
from followback.connectors.registry import get_factory
from followback.domain import AuthExpiredError, FollowMode, MessageKind, Platform
from followback.services.inbox import DMS_STREAM, MENTIONS_STREAM, poll_inbox
from followback.store import AccountRepo, AuditRepo, open_store

pytestmark = [
    pytest.mark.bluesky,
    pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
]


def run(body: Any) -> None:
    async def main() -> None:
        harness = BlueskyHarness()
        try:
            await body(harness)
        finally:
            await harness.aclose()

    asyncio.run(main())


def test_wrong_app_password_is_auth_expired() -> None:
    async def body(h: BlueskyHarness) -> None:
        assert BLUESKY_URL
        bad = BlueskyConnector(h.brand_handle, {"app_password": "aaaa-bbbb-cccc-dddd"}, BLUESKY_URL)
        with pytest.raises(AuthExpiredError):
            await bad.whoami()
        await bad.aclose()

    run(body)


def test_profile_counts_come_from_the_appview() -> None:
    async def body(h: BlueskyHarness) -> None:
        peer = await h.new_peer()
        assert isinstance(peer, BlueskyPeer)
        await peer.follow_brand()
        await peer.mention_brand("hello")
        await asyncio.to_thread(bluesky_process)
        profile = await h.connector.fetch_profile(peer.remote_id)
        assert (profile.following_count, profile.posts_count) == (1, 1)
        me = await h.connector.whoami()
        assert me.followers_count == 1 and me.display_name == "Brand"
        assert me.bio == "test account ✨"
        assert me.labels == () and not me.suspended

    run(body)


def test_followers_page_with_cursor() -> None:
    async def body(h: BlueskyHarness) -> None:
        h.connector.capabilities = replace(h.connector.capabilities, page_size=2)
        peers = [await h.new_peer() for _ in range(3)]
        for peer in peers:
            await peer.follow_brand()
        await asyncio.to_thread(bluesky_process)
        first = await h.connector.list_followers()
        assert len(first.items) == 2 and first.next_cursor
        second = await h.connector.list_followers(first.next_cursor)
        seen = {p.remote_id for p in first.items + second.items}
        assert seen == {p.remote_id for p in peers}
        assert all(p.followers_count == 0 and p.following_count == 1 for p in first.items)

    run(body)


def test_reply_to_the_brand_is_a_reply_in_its_thread() -> None:
    async def body(h: BlueskyHarness) -> None:
        peer = await h.new_peer()
        assert isinstance(peer, BlueskyPeer)
        mention = await peer.mention_brand("question?")
        await asyncio.to_thread(bluesky_process)
        answer = await h.connector.send_reply(mention, "answer!")
        await asyncio.to_thread(bluesky_process)
        reply = await peer.conn.send_reply(answer, "thanks!")
        await asyncio.to_thread(bluesky_process)
        page = await h.connector.fetch_mentions()
        by_id = {m.remote_id: m for m in page.items}
        assert by_id[mention].kind is MessageKind.MENTION
        assert by_id[reply].kind is MessageKind.REPLY
        assert by_id[reply].in_reply_to_id == answer
        assert by_id[reply].thread_root_id == mention

    run(body)


def test_registry_builds_the_bluesky_connector() -> None:
    async def body(h: BlueskyHarness) -> None:
        factory = get_factory(Platform.BLUESKY)
        conn = factory(h.brand_handle, {"session": ""}, BLUESKY_URL)
        assert isinstance(conn, BlueskyConnector)
        await conn.aclose()

    run(body)


def test_recent_posts_of_an_account_from_the_appview() -> None:
    async def body(h: BlueskyHarness) -> None:
        peer = await h.new_peer()
        assert isinstance(peer, BlueskyPeer)
        await peer.mention_brand("hello from a second look")
        await asyncio.to_thread(bluesky_process)
        posts = await h.connector.fetch_recent_posts(peer.remote_id)
        assert [p.text for p in posts] == [f"@{h.brand_handle} hello from a second look"]
        assert not posts[0].reply and not posts[0].repost and posts[0].created_at is not None

    run(body)


def test_a_keyed_write_lands_once_and_unfollow_removes_every_follow_record() -> None:
    from datetime import UTC, datetime

    from followback.connectors.base import WriteKey

    follow = "app.bsky.graph.follow"

    async def follow_records(conn: BlueskyConnector, did: str) -> list[str]:
        records = await conn._own_records(follow, 5)
        return [str(r["uri"]) for r in records if r["value"]["subject"] == did]

    async def body(h: BlueskyHarness) -> None:
        peer = await h.new_peer()
        conn = h.connector
        key = WriteKey(f"follow:1:{peer.remote_id}:0", datetime.now(UTC))
        first = await conn.follow(peer.remote_id, key=key)
        assert first.endswith("/" + record_key(key))
        # The same action created again (as if the first answer had been lost): the PDS
        # refuses the taken record key and the record is read back; nothing new lands.
        record = {"subject": peer.remote_id, "createdAt": "2026-01-01T00:00:00Z"}
        again = await conn._create_record(follow, record, "follow", key=key)
        assert again == first and await follow_records(conn, peer.remote_id) == [first]
        # (This PDS replaces an older follow of the same subject itself; unfollow still
        # lists and deletes every follow record, for servers and records that do not.)
        await conn.unfollow(peer.remote_id)
        assert await follow_records(conn, peer.remote_id) == []

    run(body)


def test_a_reply_is_found_again_by_its_key() -> None:
    from datetime import UTC, datetime

    from followback.connectors.base import WriteKey

    async def body(h: BlueskyHarness) -> None:
        peer = await h.new_peer()
        assert isinstance(peer, BlueskyPeer)
        post = await peer.mention_brand("where is my order?")
        await h.settle()  # the reply reads the post from the AppView
        key = WriteKey("inbox-reply:1:abc", datetime.now(UTC))
        assert await h.connector.find_sent("reply", post, "On its way!", key=key) is None
        sent = await h.connector.send_reply(post, "On its way!", key=key)
        assert await h.connector.find_sent("reply", post, "On its way!", key=key) == sent
        # Found among the brand's own posts even without the key.
        assert await h.connector.find_sent("reply", post, "On its way!") == sent
        assert await h.connector.find_sent("reply", post, "Other text", key=key) is None

    run(body)


def test_the_missing_chat_service_pauses_dms_not_mentions(tmp_path: Path) -> None:
    # The local network runs no chat service (every chat.bsky call answers 500): each
    # cycle called it and audited an api_error. Three failed polls pause the DM stream
    # with one audit entry, and mentions keep arriving.
    store = open_store(f"sqlite:///{tmp_path / 'fb.db'}")

    async def body(h: BlueskyHarness) -> None:
        with store.session() as s:
            account_id = AccountRepo(s).add(
                Platform.BLUESKY, h.brand_handle, h.brand_id, FollowMode.REVIEW
            )
        peer = await h.new_peer()
        await peer.mention_brand("is the spring collection coming back?")
        await asyncio.to_thread(bluesky_process)
        now = datetime.now(UTC)
        reports = [
            await poll_inbox(store, h.connector, account_id, clock=lambda: now) for _ in range(4)
        ]
        assert [DMS_STREAM in r.paused for r in reports] == [False, False, True, True]
        assert [len(r.errors) for r in reports] == [1, 1, 1, 0]  # the 4th never called chat
        assert reports[0].streams[MENTIONS_STREAM] == 1
        with store.read() as s:
            paused = AuditRepo(s).list(None, account_id, "inbox.stream_paused")
        assert len(paused) == 1

    run(body)
    store.dispose()
