"""Inactive followers and the ``languages`` rule on the local AT Protocol network, where
profiles carry neither a last-post date nor a language: both come from the followers'
feeds (``getAuthorFeed``), read within a call budget, and a sampled count says so."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from connector_support import BLUESKY_URL, BlueskyHarness, BlueskyPeer, bluesky_process
from followback.domain import FollowMode, Platform
from followback.services.decide import decide_account
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store
from followback.store.policies import PolicyRepo
from followback.store.tables import DecisionRow

pytestmark = [
    pytest.mark.bluesky,
    pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
]


def _now_iso() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


async def _post(peer: BlueskyPeer, text: str, lang: str) -> None:
    record = {"text": text, "createdAt": _now_iso(), "langs": [lang]}
    await peer.conn._create_record("app.bsky.feed.post", record, "post")


def _clock() -> datetime:
    return datetime.now(UTC)


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_feeds_date_last_posts_and_tell_languages(store: Store) -> None:
    async def main() -> dict[str, Any]:
        h = BlueskyHarness()
        try:
            peers = [await h.new_peer() for _ in range(3)]
            for peer in peers:
                await peer.follow_brand()
            pt, en, silent = peers
            assert isinstance(pt, BlueskyPeer) and isinstance(en, BlueskyPeer)
            await _post(pt, "Bom dia! Hoje o café está ótimo e o sol brilha na praia", "pt")
            await _post(en, "Good morning, the coffee is great today", "en")
            await asyncio.to_thread(bluesky_process)
            with store.session() as s:
                account_id = AccountRepo(s).add(
                    Platform.BLUESKY, h.brand_handle, h.brand_id, FollowMode.REVIEW
                )
                PolicyRepo(s).record(account_id, {"languages": ["en"]}, by="test")
            sampled = await sync_account(
                store, h.connector, account_id, clock=_clock, full=True, last_post_sample=2
            )
            exact = await sync_account(store, h.connector, account_id, clock=_clock, full=True)
            await decide_account(store, h.connector, account_id, clock=_clock)
            with store.session() as s:
                rows = s.scalars(
                    select(DecisionRow).where(DecisionRow.brand_account_id == account_id)
                )
                decisions = {r.remote_id: (r.verdict, r.reasons) for r in rows}
            return {
                "sampled": sampled, "exact": exact, "decisions": decisions,
                "ids": (pt.remote_id, en.remote_id, silent.remote_id),
            }  # fmt: skip
        finally:
            await h.aclose()

    out = asyncio.run(main())
    sampled, exact = out["sampled"], out["exact"]
    assert sampled.calls_by_method["fetch_recent_posts"] == 2  # within the budget
    assert exact.calls_by_method["fetch_recent_posts"] == 3
    with store.session() as s:
        from followback.store.tracking_queries import load_snapshots

        account_id = AccountRepo(s).list()[0].id
        snaps = load_snapshots(s, account_id).to_dicts()
    first, second = snaps[-2], snaps[-1]
    assert first["known"] == 3 and first["activity_estimated"] and first["activity_sampled"] == 2
    # Every feed read: exact, one of three (no post at all) inactive.
    assert (second["known"], second["inactive_30d"], second["activity_estimated"]) == (3, 1, False)
    pt_id, en_id, _ = out["ids"]
    pt_verdict, pt_reasons = out["decisions"][pt_id]
    assert pt_verdict == "skip"
    assert any("'pt' (declared on its recent posts)" in str(r) for r in pt_reasons)
    assert not any("language" in str(r) for r in out["decisions"][en_id][1])
