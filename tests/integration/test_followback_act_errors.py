"""How run_actions handles platform errors: 429, transient, expired auth, gone accounts."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta

from sqlalchemy import select

from engine_support import add_sandbox_account
from followback.connectors.sandbox import FaultPlan, SandboxNetwork, WorldParams
from followback.domain import ActionKind, ActionState, FollowMode
from followback.services.act import MAX_ATTEMPTS, run_actions
from followback.store import Store
from followback.store.actions import ActionRepo, follow_key
from followback.store.tables import ActionRow, BrandAccountRow, DeadLetterRow

QUIET = WorldParams(
    new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0, messages_per_day=0
)


def _world(store: Store, targets: int = 3) -> tuple[SandboxNetwork, int, list[str]]:
    net = SandboxNetwork(seed=2)
    world = net.add_brand("acme", followers=targets + 5, params=QUIET)
    world.following.clear()
    account_id = add_sandbox_account(store, "acme", FollowMode.AUTO)
    ids = [str(int(i)) for i in world.follower_ids[:targets]]
    with store.session() as s:
        for rid in ids:
            ActionRepo(s).enqueue(
                account_id,
                ActionKind.FOLLOW,
                rid,
                key=follow_key(account_id, ActionKind.FOLLOW, rid, 0),
                requested_by="test",
                at=net.time(),
            )
    return net, account_id, ids


def _actions(store: Store) -> list[ActionRow]:
    with store.session() as s:
        return list(s.scalars(select(ActionRow).order_by(ActionRow.id)))


def test_429_reschedules_after_retry_after_and_stops_the_run(store: Store) -> None:
    net, account_id, _ = _world(store)
    conn = net.connector("acme", faults=FaultPlan(rate_429=1.0, retry_after_s=120))
    report = asyncio.run(run_actions(store, conn, account_id, clock=net.time))
    first = _actions(store)[0]
    assert (report.rate_limited, report.stopped, report.done) == (1, "rate_limited", 0)
    assert first.state == ActionState.PENDING.value and first.not_before is not None
    assert timedelta(seconds=120) <= first.not_before - net.time() <= timedelta(seconds=150)
    # Before not_before nothing is tried again; after it, the follow goes out (reconciled first).
    conn.faults.rate_429 = 0.0  # type: ignore[union-attr]
    early = asyncio.run(run_actions(store, conn, account_id, clock=net.time, max_actions=1))
    assert _actions(store)[0].state == ActionState.PENDING.value and early.done == 1
    net.now += 200
    asyncio.run(run_actions(store, conn, account_id, clock=net.time))
    assert all(a.state == ActionState.DONE.value for a in _actions(store))
    assert net.world("acme").duplicate_follows == 0


def test_transient_errors_retry_with_backoff_then_give_up_with_a_dead_letter(
    store: Store,
) -> None:
    net, account_id, _ = _world(store, targets=1)
    conn = net.connector("acme", faults=FaultPlan(rate_5xx=1.0))
    rng = random.Random(1)
    for _ in range(MAX_ATTEMPTS):
        report = asyncio.run(run_actions(store, conn, account_id, clock=net.time, rng=rng))
        net.now += 4 * 3600
    action = _actions(store)[0]
    with store.session() as s:
        letters = list(s.scalars(select(DeadLetterRow)))
    assert report.failed == 1 and action.state == ActionState.FAILED.value
    assert action.attempts == MAX_ATTEMPTS
    assert len(letters) == 1 and letters[0].payload["target"] == action.target


def test_expired_auth_is_counted_and_stops_without_losing_the_action(store: Store) -> None:
    net, account_id, _ = _world(store)
    conn = net.connector("acme", faults=FaultPlan(rate_expired=1.0))
    report = asyncio.run(run_actions(store, conn, account_id, clock=net.time))
    with store.session() as s:
        account = s.get(BrandAccountRow, account_id)
        assert account is not None and account.auth_failures == 1
    assert report.auth_expired and report.stopped == "auth"
    assert [a.state for a in _actions(store)] == [ActionState.PENDING.value] * 3


def test_a_suspended_account_fails_its_follow_with_a_dead_letter(store: Store) -> None:
    net, account_id, ids = _world(store)
    net.peer_purge("acme", int(ids[1]))
    report = asyncio.run(run_actions(store, net.connector("acme"), account_id, clock=net.time))
    states = [a.state for a in _actions(store)]
    assert states == ["done", "failed", "done"] and report.failed == 1
    with store.session() as s:
        letter = s.scalars(select(DeadLetterRow)).one()
    assert letter.kind == "action.follow" and "NotFoundError" in letter.error


def test_with_sleep_the_run_waits_for_tokens_with_jittered_gaps_and_stays_in_limits(
    store: Store,
) -> None:
    net, account_id, ids = _world(store, targets=60)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        net.now += seconds

    report = asyncio.run(
        run_actions(store, net.connector("acme"), account_id, clock=net.time, sleep=sleep)
    )
    world = net.world("acme")
    assert report.done == len(ids) and report.stopped == "empty"
    assert world.limit_violations == 0 and len(world.following) == len(ids)
    gaps = [w for w in waits if w <= 8.0]
    assert len(gaps) >= len(ids) - 1 and len(set(gaps)) > len(ids) // 2  # not regular
    assert report.waited_s == sum(waits)


def test_run_interval_sizes_the_burst_of_each_run(store: Store) -> None:
    net, account_id, _ = _world(store, targets=40)
    conn = net.connector("acme")
    first = asyncio.run(run_actions(store, conn, account_id, clock=net.time))
    assert (first.done, first.stopped) == (4, "buckets")  # a tenth of the 15-minute budget
    assert first.next_run_at is not None and first.next_run_at > net.time()
    net.now += 3600
    hourly = asyncio.run(run_actions(store, conn, account_id, clock=net.time, run_interval_s=3600))
    # The day bucket (320 a day for hourly runs) now allows 12 per run.
    assert hourly.done == 12 and net.world("acme").limit_violations == 0
