"""One cycle runs sync → inbox → decide → act, and does not act on a stale graph."""

from __future__ import annotations

import asyncio
from typing import Any

from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import FollowMode, Platform, StageErrorKind, TransientError
from followback.services.cycle import run_cycle
from followback.store import AccountRepo, Store
from followback.store.candidates import CandidateRepo
from followback.store.decisions import DecisionRepo, QueueFilter


class FailingFollowingList:
    """Wraps a connector so listing the brand's following fails (a 5xx on that call)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def list_following(self, cursor: str | None = None) -> Any:
        raise TransientError("503 on list_following")


def _setup(store: Store) -> tuple[SandboxNetwork, int]:
    net = SandboxNetwork(seed=11)
    world = net.add_brand("acme", followers=300, params=WorldParams(messages_per_day=48))
    with store.session() as s:
        aid = AccountRepo(s).add(Platform.SANDBOX, "acme", world.remote_id, FollowMode.AUTO)
    return net, aid


def test_a_cycle_follows_back_and_reads_the_inbox(store: Store) -> None:
    net, aid = _setup(store)
    net.advance(6)
    report = asyncio.run(run_cycle(store, net.connector("acme"), aid, clock=net.time))
    assert report.errors == []
    assert report.sync is not None and report.decide is not None
    assert report.inbox is not None
    world = net.world("acme")
    assert world.duplicate_follows == 0
    assert world.limit_violations == 0


def test_decide_and_act_wait_for_a_complete_sync(store: Store) -> None:
    net, aid = _setup(store)
    net.advance(6)
    world = net.world("acme")
    followed_before = dict(world.following)
    conn = FailingFollowingList(net.connector("acme"))
    report = asyncio.run(run_cycle(store, conn, aid, clock=net.time))
    assert report.sync is None
    assert report.decide is None and report.act is None
    skipped = [e for e in report.errors if e.kind is StageErrorKind.SKIPPED]
    assert [e.stage for e in skipped] == ["decide", "act"]
    assert [e.kind for e in report.errors if e.stage == "sync"] == [StageErrorKind.TRANSIENT]
    assert report.inbox is not None  # the inbox does not depend on the follower graph
    assert world.following == followed_before
    assert world.duplicate_follows == 0


def test_followers_who_talk_to_the_brand_rank_first_from_the_first_cycle(store: Store) -> None:
    """The inbox is read before deciding, so a new follower who mentioned the brand since
    the last cycle is an engaged follower in this cycle's review queue, not the next one's."""
    net = SandboxNetwork(seed=11)
    world = net.add_brand("acme", followers=300, params=WorldParams(messages_per_day=48))
    with store.session() as s:
        aid = AccountRepo(s).add(Platform.SANDBOX, "acme", world.remote_id, FollowMode.REVIEW)
    net.advance(12)
    report = asyncio.run(run_cycle(store, net.connector("acme"), aid, clock=net.time))
    assert report.errors == []
    with store.read() as s:
        talked = set(CandidateRepo(s).inbound_by_author(aid))
        pending = DecisionRepo(s).list_matching(aid, QueueFilter())
    engaged = [d for d in pending if d.remote_id in talked]
    assert engaged, "the sandbox week should have new followers who mention the brand"
    assert all(d.priority > 0 for d in engaged)
    assert max(d.priority for d in pending if d.remote_id not in talked) < min(
        d.priority for d in engaged
    )
