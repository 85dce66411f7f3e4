"""Follower sync against the sandbox: arrivals, departures, purge reasons, call counts."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import (
    DEFAULT_CAPABILITIES,
    Direction,
    EndReason,
    FollowMode,
    Platform,
    UserError,
)
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store
from followback.store.edges import EdgeRepo
from followback.store.tables import FollowEdgeRow, FollowEventRow, MetricSnapshotRow

QUIET = WorldParams(
    new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0, messages_per_day=0
)


def _setup(
    store: Store, followers: int = 300, params: WorldParams = QUIET
) -> tuple[SandboxNetwork, int]:
    net = SandboxNetwork(seed=5)
    net.add_brand("acme", followers=followers, params=params)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    return net, account_id


def _sync(store: Store, net: SandboxNetwork, account_id: int, conn=None, **kw):  # type: ignore[no-untyped-def]
    conn = conn or net.connector("acme")
    return asyncio.run(sync_account(store, conn, account_id, clock=net.time, **kw))


def _active(store: Store, account_id: int, direction: Direction) -> set[str]:
    with store.session() as s:
        rows = s.scalars(
            select(FollowEdgeRow.remote_id).where(
                FollowEdgeRow.brand_account_id == account_id,
                FollowEdgeRow.direction == direction.value,
                FollowEdgeRow.ended_at.is_(None),
            )
        )
        return set(rows)


def _events(store: Store, account_id: int) -> list[tuple[str, str, str | None]]:
    with store.session() as s:
        rows = s.execute(
            select(FollowEventRow.remote_id, FollowEventRow.kind, FollowEventRow.reason)
            .where(FollowEventRow.brand_account_id == account_id)
            .order_by(FollowEventRow.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_first_sync_imports_the_audience_as_a_baseline_without_events(store: Store) -> None:
    net, account_id = _setup(store)
    world = net.world("acme")
    report = _sync(store, net, account_id)
    assert report.full and report.baseline
    assert report.followers == world.active_count() == 300
    assert _active(store, account_id, Direction.FOLLOWER) == {
        str(i) for i in world.follower_ids[:300]
    }
    assert _active(store, account_id, Direction.FOLLOWING) == {str(i) for i in world.following}
    assert report.new_count == 0 and _events(store, account_id) == []
    with store.session() as s:
        snap = s.scalars(select(MetricSnapshotRow)).one()
    assert snap.followers == 300 and snap.following == len(world.following)
    assert snap.data["activity"]["known"] == 300


def test_incremental_sync_reads_new_follows_from_notifications(store: Store) -> None:
    net, account_id = _setup(store)
    _sync(store, net, account_id)
    net.advance(1)
    for rid in (7_000_001, 7_000_002):
        net.peer_follow("acme", rid)
    report = _sync(store, net, account_id)
    assert not report.full
    assert sorted(report.new_followers) == ["7000001", "7000002"]
    assert report.calls_by_method == {"fetch_follow_notifications": 2}
    assert ("7000001", "followed", None) in _events(store, account_id)
    again = _sync(store, net, account_id)  # the cursor moved: nothing is read twice
    assert again.new_count == 0 and again.records == 0


def test_full_reconcile_tells_unfollows_from_platform_purges(store: Store) -> None:
    net, account_id = _setup(store)
    _sync(store, net, account_id)
    world = net.world("acme")
    left, suspended, deleted = (int(x) for x in world.follower_ids[10:13])
    net.peer_unfollow("acme", left)
    net.peer_purge("acme", suspended, "suspended")
    net.peer_purge("acme", deleted, "deleted")
    net.advance(1)
    report = _sync(store, net, account_id, full=True)
    assert report.departed == {
        str(left): EndReason.UNFOLLOWED,
        str(suspended): EndReason.SUSPENDED,
        str(deleted): EndReason.DELETED,
    }
    assert report.followers == 297 == world.active_count()
    events = {rid: (kind, reason) for rid, kind, reason in _events(store, account_id)}
    assert events[str(left)] == ("unfollowed", "unfollowed")
    assert events[str(suspended)] == ("ended", "suspended")
    assert events[str(deleted)] == ("ended", "deleted")
    with store.session() as s:
        edge = s.scalars(select(FollowEdgeRow).where(FollowEdgeRow.remote_id == str(deleted))).one()
    assert edge.end_reason == "deleted" and edge.ended_at == net.time()
    assert edge.last_seen == net.time() - timedelta(hours=1)


def test_profile_checks_beyond_the_cap_are_reported_unchecked(store: Store) -> None:
    net, account_id = _setup(store)
    _sync(store, net, account_id)
    for rid in net.world("acme").follower_ids[:5]:
        net.peer_unfollow("acme", int(rid))
    report = _sync(store, net, account_id, full=True, max_profile_checks=2)
    assert report.departed_count == 5 and report.unchecked_departures == 3
    assert report.calls_by_method["fetch_profile"] == 2


def test_incremental_sync_costs_fewer_calls_than_a_full_one(store: Store) -> None:
    net, account_id = _setup(store, followers=3000)
    _sync(store, net, account_id)
    net.peer_follow("acme", 7_000_001)
    incremental = _sync(store, net, account_id)
    full = _sync(store, net, account_id, full=True)
    assert incremental.calls < full.calls
    assert incremental.records < full.records / 100


def test_full_reconcile_runs_on_the_configured_cadence(store: Store) -> None:
    net, account_id = _setup(store)
    kinds = [_sync(store, net, account_id, full_every=3).full for _ in range(7)]
    assert kinds == [True, False, False, True, False, False, True]


def test_without_notifications_newest_first_listing_stops_at_the_first_known(store: Store) -> None:
    net, account_id = _setup(store, followers=2500)
    conn = net.connector("acme")
    conn.capabilities = replace(conn.capabilities, notifications=False, page_size=100)
    _sync(store, net, account_id, conn=conn)
    for rid in range(8_000_001, 8_000_151):
        net.peer_follow("acme", rid)
    report = _sync(store, net, account_id, conn=conn)
    assert report.new_count == 150
    assert report.calls_by_method == {"list_followers": 2}  # 150 new fit in two pages of 100
    assert report.followers == 2650


def test_x_reads_are_priced_per_record(store: Store) -> None:
    net = SandboxNetwork(seed=5, platform_rules=Platform.X)
    net.add_brand("acme", followers=1500, params=QUIET)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.X, "acme", "brand1", FollowMode.REVIEW)
    report = _sync(store, net, account_id)
    assert report.records >= 1500
    price = DEFAULT_CAPABILITIES[Platform.X].read_cost_usd
    assert price > 0
    assert report.cost_usd == pytest.approx(report.records * price)


def test_brand_follows_recorded_by_the_engine_are_not_rediscovered(store: Store) -> None:
    net, account_id = _setup(store)
    _sync(store, net, account_id)
    conn = net.connector("acme")
    target = str(net.world("acme").follower_ids[0])
    if int(target) in net.world("acme").following:
        asyncio.run(conn.unfollow(target))
        with store.session() as s:
            assert EdgeRepo(s).record_brand_unfollow(account_id, target, net.time())
    asyncio.run(conn.follow(target))
    with store.session() as s:
        repo = EdgeRepo(s)
        assert repo.record_brand_follow(account_id, target, net.time())
        assert not repo.record_brand_follow(account_id, target, net.time())  # idempotent
        assert repo.count_mutual(account_id) >= 1
    report = _sync(store, net, account_id, full=True)
    assert report.following_added == 0 and report.following_ended == 0
    with store.session() as s:
        assert EdgeRepo(s).record_brand_unfollow(account_id, target, net.time())
        count = s.scalar(
            select(func.count()).where(
                FollowEventRow.kind == "unfollowed_by_brand", FollowEventRow.remote_id == target
            )
        )
    assert count and count >= 1


def test_holdout_marks_the_active_follower_edge(store: Store) -> None:
    net, account_id = _setup(store)
    _sync(store, net, account_id)
    rid = str(net.world("acme").follower_ids[3])
    with store.session() as s:
        assert EdgeRepo(s).record_holdout(account_id, rid)
        assert not EdgeRepo(s).record_holdout(account_id, "no-such-id")


def test_syncing_an_unknown_account_names_it(store: Store) -> None:
    net, _ = _setup(store)
    with pytest.raises(UserError, match="no brand account with id 999"):
        _sync(store, net, 999)


class _Unlisted:
    """A server that answers follower listings with ``[]`` (snac does)."""

    def __init__(self, inner: object) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    async def list_followers(self, cursor: str | None = None) -> object:
        from followback.connectors.base import Page

        return Page([], None)


def test_an_empty_listing_ends_no_follower_who_still_follows(store: Store) -> None:
    net, account_id = _setup(store, followers=5)
    _sync(store, net, account_id)
    conn = _Unlisted(net.connector("acme"))
    report = _sync(store, net, account_id, conn=conn, full=True)
    assert report.departed_count == 0 and report.calls_by_method["get_relationship"] == 1
    assert len(_active(store, account_id, Direction.FOLLOWER)) == 5
    for rid in net.world("acme").follower_ids[:5]:  # now everyone really leaves
        net.peer_unfollow("acme", int(rid))
    report = _sync(store, net, account_id, conn=conn, full=True)
    assert report.departed_count == 5 and _active(store, account_id, Direction.FOLLOWER) == set()
