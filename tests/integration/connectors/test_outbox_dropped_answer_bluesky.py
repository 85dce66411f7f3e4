"""A write that reached the local AT Protocol network but whose answer was lost.

``bench/fault_proxy.py`` sits between followback and the real PDS and drops the answer of
every write after forwarding it (the record is created; the client sees a reset); the
connector's own immediate read-back is reset too, so the outcome stays unknown, as when a
network goes away for a while. Later the outbox must read the platform back and record
the write as done, never send it a second time: one follow record, one reply post.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from connector_support import BLUESKY_URL, BlueskyPeer, bluesky_account, bluesky_process
from followback.actions.messages import send_reply
from followback.connectors.bluesky import BlueskyConnector
from followback.connectors.retry import RetryPolicy
from followback.domain import (
    ActionKind,
    ActionState,
    FollowMode,
    OutcomeUnknownError,
    Platform,
    Role,
)
from followback.inbox.classify import Classification
from followback.services.act import run_actions
from followback.services.inbox import poll_inbox
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo, follow_key
from followback.store.inbox import InboxRepo
from followback.store.team import TeamRepo

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from fault_proxy import FaultProxy, FaultRates

pytestmark = [
    pytest.mark.bluesky,
    pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
]


class _Quiet:
    """A fixed classification: what is classified does not matter here."""

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        return [Classification(0.1, False, 1, "neutral", "question", "en", "test") for _ in texts]


class _Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    assert BLUESKY_URL
    # Every write is applied upstream and its answer dropped; reads pass untouched.
    started = FaultProxy(BLUESKY_URL, FaultRates(drop=1.0), FaultRates(), seed=1, enabled=False)
    started.start()
    yield started
    started.stop()


def _setup(store: Store, handle: str, did: str) -> int:
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.BLUESKY, handle, did, FollowMode.AUTO)
        TeamRepo(s).add_member("ana", Role.AGENT)
    return account_id


async def _follow_records(conn: BlueskyConnector, did: str) -> list[Any]:
    records = await conn._own_records("app.bsky.graph.follow", 5)
    return [r for r in records if r["value"]["subject"] == did]


async def _replies_to(conn: BlueskyConnector, post_uri: str) -> list[Any]:
    records = await conn._own_records("app.bsky.feed.post", 5)
    return [
        r
        for r in records
        if (r["value"].get("reply") or {}).get("parent", {}).get("uri") == post_uri
    ]


def test_a_follow_and_a_reply_whose_answers_were_lost_land_once(
    sqlite_store: Store, proxy: FaultProxy
) -> None:
    store, clock = sqlite_store, _Clock()
    brand = bluesky_account("brand")
    peer = BlueskyPeer(brand["did"], brand["handle"])
    account_id = _setup(store, brand["handle"], brand["did"])
    creds = {"app_password": brand["appPassword"]}
    # One attempt per read: the reset reads below fail at once instead of backing off.
    behind = BlueskyConnector(brand["handle"], creds, proxy.url, retry=RetryPolicy(attempts=1))
    direct = BlueskyConnector(brand["handle"], creds, BLUESKY_URL)

    async def body() -> None:
        post = await peer.mention_brand("is my order on its way?")
        await asyncio.to_thread(bluesky_process)
        await behind.whoami()  # logged in before the faults start
        await poll_inbox(store, behind, account_id, clock=clock, classifier=_Quiet())
        with store.read() as s:
            conv = InboxRepo(s).list_conversations(account_id)[0]
        proxy.enabled, proxy.read_rates = True, FaultRates(reset=1.0)
        proxy.only = ("createRecord", "getRecord")  # the write, and its immediate read-back
        with store.session() as s:
            ActionRepo(s).enqueue(
                account_id,
                ActionKind.FOLLOW,
                peer.remote_id,
                key=follow_key(account_id, ActionKind.FOLLOW, peer.remote_id, 0),
                requested_by="engine",
                at=clock(),
            )
        first = await run_actions(store, behind, account_id, clock=clock)
        assert (first.unknown, first.done) == (1, 0), (
            first,
            proxy.counts,
        )  # sent; the answer never came
        with pytest.raises(OutcomeUnknownError, match="will check before retrying"):
            await send_reply(
                store, behind, conv.id, "Yes, it ships today.", author="ana", clock=clock
            )
        assert proxy.counts["drop"] == 2  # both writes reached the server
        assert len(await _follow_records(direct, peer.remote_id)) == 1
        assert len(await _replies_to(direct, post)) == 1

        # Later (past the retry backoff; reads work again, writes would still lose their
        # answer), the outbox run reads both back instead of sending them again.
        proxy.read_rates = FaultRates()
        await asyncio.to_thread(bluesky_process)
        clock.now += timedelta(hours=2)
        second = await run_actions(store, behind, account_id, clock=clock)
        assert (second.done, second.reconciled) == (2, 2)
        assert proxy.counts["drop"] == 2  # no write went out again
        assert len(await _follow_records(direct, peer.remote_id)) == 1
        assert len(await _replies_to(direct, post)) == 1
        with store.read() as s:
            states = {r.kind: r.state for r in ActionRepo(s).list(account_id)}
            thread = InboxRepo(s).get_thread(conv.id)
        assert states == {"follow": ActionState.DONE.value, "reply": ActionState.DONE.value}
        assert [m.text for m in thread.messages if m.direction == "out"] == ["Yes, it ships today."]
        assert not thread.conversation.awaiting_reply

    async def main() -> None:
        try:
            await body()
        finally:
            for conn in (behind, direct, peer.conn):
                await conn.aclose()

    asyncio.run(main())
