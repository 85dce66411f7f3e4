"""The sandbox network is deterministic, lazy, enforces limits and simulates churn."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from followback.connectors.sandbox import (
    AccountKind,
    FaultPlan,
    Population,
    SandboxNetwork,
    WorldParams,
)
from followback.domain import NotFoundError, RateLimitedError, RejectedError, TransientError


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def test_population_is_deterministic_and_row_consistent() -> None:
    pop = Population(seed=5)
    ids = np.arange(1, 2001)
    a = pop.frame(ids)
    b = Population(seed=5).frame(ids)
    assert a.equals(b)
    one = pop.profile(1234)
    row = a.filter(a["user_id"] == "1234").row(0, named=True)
    assert one.handle == row["handle"]
    assert one.followers_count == row["followers_count"]


def test_population_kinds_follow_their_shapes() -> None:
    pop = Population(seed=1)
    ids = np.arange(1, 20001)
    num = pop.numeric(ids)
    kinds = num["kind"]
    bought = kinds == AccountKind.BOUGHT
    human = kinds == AccountKind.HUMAN_DAILY
    # Bought followers follow many and are followed by few; daily humans post a lot.
    assert np.median(num["following_count"][bought]) > 5 * np.median(num["followers_count"][bought])
    assert np.median(num["posts_count"][human]) > 100 * np.median(num["posts_count"][bought])
    assert 0.10 < bought.mean() < 0.18


def test_a_million_followers_are_arrays_not_objects() -> None:
    net = SandboxNetwork(seed=2)
    world = net.add_brand("big", followers=1_000_000)
    assert world.active_count() == 1_000_000
    page = run(net.connector("big").list_followers())
    assert len(page.items) == net.capabilities.page_size
    assert page.next_cursor is not None
    # Newest first: the first page holds the most recent arrivals.
    assert page.items[0].remote_id == str(world.follower_ids[world.n - 1])


def test_pagination_visits_every_active_follower_once() -> None:
    net = SandboxNetwork(seed=3)
    world = net.add_brand("acme", followers=2500)
    net.advance(48)
    conn = net.connector("acme")
    seen: list[str] = []
    cursor = None
    while True:
        page = run(conn.list_followers(cursor))
        seen.extend(p.remote_id for p in page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == world.active_count()


def test_not_followed_back_followers_leave_faster() -> None:
    params = WorldParams(
        new_followers_per_day=0,
        leave_rate_per_day=0.02,
        not_followed_back_factor=3.0,
        purge_rate_per_day=0.0,
        messages_per_day=0,
        initial_followback_share=0.5,
    )
    net = SandboxNetwork(seed=4)
    world = net.add_brand("acme", followers=20000, params=params)
    followed = set(world.following)
    net.advance(24 * 10, step_hours=6)
    ids = world.follower_ids[: world.n]
    left = world.left[: world.n]
    fb = np.isin(ids, np.fromiter(followed, dtype=np.int64))
    left_fb, left_not = left[fb].mean(), left[~fb].mean()
    assert 2.0 < left_not / left_fb < 4.5


def test_follow_is_idempotent_and_limits_are_enforced() -> None:
    net = SandboxNetwork(seed=5)
    world = net.add_brand("acme", followers=300, params=WorldParams(initial_followback_share=0))
    conn = net.connector("acme")
    targets = [str(i) for i in world.follower_ids[:60]]
    for t in targets[:50]:
        run(conn.follow(t))
    run(conn.follow(targets[0]))
    assert world.duplicate_follows == 1
    assert max(world.follow_calls.values()) == 1
    with pytest.raises(RateLimitedError) as info:
        run(conn.follow(targets[50]))  # 51st follow inside 15 minutes
    assert info.value.retry_after and info.value.retry_after > 0
    assert world.limit_violations == 1
    net.advance(0.25)
    run(conn.follow(targets[50]))


def test_messages_and_dm_rules() -> None:
    net = SandboxNetwork(seed=6)
    world = net.add_brand("acme", followers=500)
    net.advance(24)
    conn = net.connector("acme")
    page = run(conn.fetch_mentions())
    assert page.items and all(m.text for m in page.items)
    again = run(conn.fetch_mentions(page.next_cursor))
    assert {m.remote_id for m in again.items}.isdisjoint({m.remote_id for m in page.items})
    stranger = str(world.follower_ids[0] + 10**8)
    with pytest.raises(RejectedError, match="mutual follow"):
        run(conn.send_dm(stranger, "hi"))


def test_purged_accounts_are_not_unfollows() -> None:
    net = SandboxNetwork(seed=7)
    world = net.add_brand("acme", followers=100)
    victim = int(world.follower_ids[3])
    net.peer_purge("acme", victim, "suspended")
    profile = run(net.connector("acme").fetch_profile(str(victim)))
    assert profile.suspended
    net.peer_purge("acme", victim, "deleted")
    with pytest.raises(NotFoundError):
        run(net.connector("acme").fetch_profile(str(victim)))


def test_faults_are_injected_deterministically() -> None:
    net = SandboxNetwork(seed=8)
    net.add_brand("acme", followers=100)
    plan = FaultPlan(seed=1, rate_5xx=0.5)
    conn = net.connector("acme", faults=plan)
    failures = 0
    for _ in range(100):
        try:
            run(conn.whoami())
        except TransientError:
            failures += 1
    assert 30 < failures < 70
    assert plan.injected["5xx"] == failures


def test_save_and_load_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    net = SandboxNetwork(seed=9)
    world = net.add_brand("acme", followers=1000)
    net.advance(5)
    net.save(tmp_path / "net.pkl")
    back = SandboxNetwork.load(tmp_path / "net.pkl")
    assert back.world("acme").active_count() == world.active_count()
    assert back.now == net.now


def test_a_brand_built_alone_at_its_index_is_the_same_as_built_after_others() -> None:
    # bench_scaling builds only the brand a job needs, in any process: brand 3 built alone
    # with index=3 must have the followers and follow-backs of the third brand added.
    full = SandboxNetwork(seed=4)
    for i in (1, 2, 3):
        full.add_brand(f"brand{i}", followers=200)
    alone = SandboxNetwork(seed=4)
    world = alone.add_brand("brand3", followers=200, index=3)
    third = full.world("brand3")
    assert world.remote_id == third.remote_id == "brand3"
    assert (world.follower_ids[: world.n] == third.follower_ids[: third.n]).all()
    assert world.following == third.following
    assert world.next_new == third.next_new
