"""Inbox judgment end to end on the local AT Protocol network, with the shipped models.

Realistic mentions of a brand (real complaints, sarcasm, a polite complaint, praise that
mentions a fixed problem, questions, a request, chatter) are posted by separate accounts
through the API, polled into the inbox and classified by the shipped classifier: every
complaint must be listed above every non-complaint, and the hard cases must land where a
person would put them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from connector_support import BLUESKY_URL, BlueskyHarness, BlueskyPeer, bluesky_process
from followback.domain import FollowMode, Platform
from followback.services.inbox import poll_inbox
from followback.store import AccountRepo, open_store
from followback.store.inbox import InboxRepo

pytestmark = [
    pytest.mark.bluesky,
    pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
]

COMPLAINTS = (
    "great, my flight got cancelled again, thanks",
    "you charged me twice for the same order and nobody answers my emails",
    "thanks for nothing. three weeks and still no refund",
    "my parcel says delivered but it never arrived. second time this month",
    "just wondering why my order from march still hasn't shown up?",
    "oh perfect, the app logged me out again and deleted my basket. love it",
)
NOT_COMPLAINTS = {
    "your support team fixed my issue in 10 minutes. Impressed!": "praise",
    "had a problem with my card but your team sorted it right away, thank you!": "praise",
    "is the spring collection coming back in stock?": "question",
    "do you ship to Portugal?": "question",
    "please send me the invoice for my last order": "request",
    "love the new store on main street, the staff were lovely": "praise",
}


def test_every_complaint_is_listed_above_every_other_message(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'inbox.db'}")

    async def body() -> dict[str, str]:
        harness = BlueskyHarness()
        try:
            by_text = {}
            for text in (*COMPLAINTS, *NOT_COMPLAINTS):
                peer = await harness.new_peer()
                assert isinstance(peer, BlueskyPeer)
                await peer.mention_brand(text)
                by_text[peer.remote_id] = text
            await asyncio.to_thread(bluesky_process)
            with store.session() as s:
                account_id = AccountRepo(s).add(
                    Platform.BLUESKY, harness.brand_handle, harness.brand_id, FollowMode.REVIEW
                )
            report = await poll_inbox(
                store, harness.connector, account_id, clock=lambda: datetime.now(UTC)
            )
            # chat.bsky (DMs) is not served by the local network; mentions must all arrive
            assert all(e.startswith("inbox.dms") for e in report.errors), report.errors
            assert report.streams.get("inbox.mentions") == len(by_text)
            return by_text
        finally:
            await harness.aclose()

    texts = asyncio.run(body())
    with store.session() as s:
        listed = InboxRepo(s).list_conversations(limit=100)
        classified = {texts[c.contact_remote_id]: c for c in listed if c.contact_remote_id in texts}
    store.dispose()
    assert set(classified) == set(texts.values())
    flagged = {text for text, c in classified.items() if c.is_complaint}
    assert flagged == set(COMPLAINTS)
    order = [texts[c.contact_remote_id] for c in listed if c.contact_remote_id in texts]
    last_complaint = max(order.index(t) for t in COMPLAINTS)
    first_other = min(order.index(t) for t in NOT_COMPLAINTS)
    assert last_complaint < first_other, order
    complaint_floor = min(classified[t].priority for t in COMPLAINTS)
    assert all(classified[t].priority < complaint_floor for t in NOT_COMPLAINTS)
