"""The Mastodon connector against a local snac2 server (Mastodon client API).

Started by ``scripts/start-snac.sh`` (``make test-connectors``); skipped only when
``FOLLOWBACK_TEST_MASTODON_URL`` is unset. The contract suite covers follow, mention,
reply, boost and DM round trips; these add what is specific to the Mastodon client.
Known gaps of snac 2.75 (follower lists, statuses_count) are covered by
test_mastodon_recorded.py.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import requests

from connector_support import MASTODON_URL, MastodonHarness, mastodon_host
from followback.connectors.mastodon import MastodonConnector
from followback.connectors.registry import get_factory
from followback.domain import AuthExpiredError, Platform

pytestmark = [
    pytest.mark.mastodon,
    pytest.mark.skipif(not MASTODON_URL, reason="FOLLOWBACK_TEST_MASTODON_URL not set"),
]


def run(body: Any) -> None:
    async def main() -> None:
        harness = await MastodonHarness().start()
        try:
            await body(harness)
        finally:
            await harness.aclose()

    asyncio.run(main())


def test_account_fields_from_the_server() -> None:
    async def body(h: MastodonHarness) -> None:
        me = await h.connector.whoami()
        assert me.handle == h.brand_name and me.platform is Platform.MASTODON
        assert me.created_at is not None and me.created_at.tzinfo is not None
        assert not me.bot_flag and not me.locked and not me.suspended and me.moved_to is None
        other = await h.connector.fetch_profile(f"peer01@{mastodon_host()}")
        assert other.handle == f"peer01@{mastodon_host()}"
        assert other.last_post_at is not None

    run(body)


def test_follow_by_acct_looks_the_account_up_first() -> None:
    async def body(h: MastodonHarness) -> None:
        peer = await h.new_peer()
        ref = await h.connector.follow(peer.handle)
        assert ref == peer.remote_id
        rel = await h.eventually(
            lambda: h.connector.get_relationship(peer.remote_id), lambda r: r.following
        )
        assert rel.following
        await h.connector.unfollow(peer.remote_id)

    run(body)


def test_a_bad_token_is_auth_expired() -> None:
    async def body(h: MastodonHarness) -> None:
        assert MASTODON_URL
        bad = MastodonConnector(MASTODON_URL, "0" * 32)
        with pytest.raises(AuthExpiredError):
            await bad.whoami()
        await bad.aclose()

    run(body)


def test_registry_builds_the_mastodon_connector() -> None:
    async def body(h: MastodonHarness) -> None:
        factory = get_factory(Platform.MASTODON)
        conn = factory(h.brand_name, {"access_token": h.brand_token}, MASTODON_URL)
        assert (await conn.whoami()).remote_id == h.brand_id
        await conn.aclose()

    run(body)


def test_recent_posts_of_an_account_from_snac() -> None:
    async def body(h: MastodonHarness) -> None:
        peer = await h.new_peer()
        post = await peer.mention_brand("hello from a second look")
        # The brand boosts it (once it has it): snac then lists that boost among the peer's
        # statuses too (with the brand as its account), which is not the peer reposting.
        await h.eventually(
            lambda: h.connector.fetch_mentions(None),
            lambda page: post in {m.remote_id for m in page.items},
        )
        await h.connector.repost(post)
        posts = await h.connector.fetch_recent_posts(peer.remote_id)
        assert any("hello from a second look" in p.text for p in posts)
        assert all(not p.repost for p in posts)

    run(body)


def test_a_sent_reply_is_found_again_among_the_brands_statuses() -> None:
    import secrets

    from connector_support import MastodonPeer

    async def body(h: MastodonHarness) -> None:
        peer = await h.new_peer()
        assert isinstance(peer, MastodonPeer)
        post = await peer.mention_brand("is the shop open today?")
        text = f"Yes, until six. ({secrets.token_hex(3)})"
        assert await h.connector.find_sent("reply", post, text) is None
        sent = await h.connector.send_reply(post, text)
        assert await h.connector.find_sent("reply", post, text) == sent
        assert await h.connector.find_sent("reply", post, text + " again") is None

    run(body)


def test_what_snac_says_about_itself_and_its_queues() -> None:
    # snac serves the v1 instance (its character limit, no rules) and an empty follow
    # request list; it has no notification policy nor notification requests (404), so
    # followback reports "no policy API" (None) and reads no held-back messages.
    async def body(h: MastodonHarness) -> None:
        facts = await h.connector.fetch_server_facts()
        assert facts.max_characters == 100_000 and "snac" in facts.version
        assert facts.rules == () and facts.forbidding_automation == ()
        assert facts.notification_filters is None
        assert await h.connector.fetch_held_back_messages() == ([], [])
        page = await h.connector.list_follow_requests()
        assert page.items == [] and page.next_cursor is None

    run(body)


class _Paths(requests.Session):
    """A real session that notes the path of every request it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.paths.append(str(httpx.URL(str(request.url)).path))
        return super().send(request, **kwargs)


def test_snac_is_read_with_v1_notifications_and_never_asked_for_v2() -> None:
    # snac has no grouped notifications: its instance (v1; v2 is a 404) says "snac", so
    # the connector reads v1 from the first call on, and a mention arrives as with v1.
    async def body(h: MastodonHarness) -> None:
        assert MASTODON_URL
        peer = await h.new_peer()
        posted = await peer.mention_brand("does v1 still bring this in?")
        paths = _Paths()
        conn = MastodonConnector(MASTODON_URL, h.brand_token, session=paths)
        try:
            page = await h.eventually(
                lambda: conn.fetch_mentions(None),
                lambda p: posted in {m.remote_id for m in p.items},
            )
            await conn.fetch_follow_notifications(None)
        finally:
            await conn.aclose()
        assert posted in {m.remote_id for m in page.items}
        assert "/api/v2/notifications" not in paths.paths
        assert paths.paths.count("/api/v2/instance/") == 1  # asked once, then remembered
        assert "/api/v1/notifications" in paths.paths

    run(body)
