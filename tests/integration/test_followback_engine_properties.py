"""Property: whatever followers do (arrive, leave, come back), whatever the platform answers
(429, 5xx) and however often the engine restarts, the whole loop (sync, decide, act) never
exceeds a rate limit or the following cap, and never follows anyone twice."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine_support import StubScorer, add_sandbox_account
from followback.connectors.sandbox import FaultPlan, SandboxNetwork, WorldParams
from followback.domain import ConnectorError, FollowMode
from followback.services.act import run_actions
from followback.services.decide import decide_account
from followback.services.sync import sync_account
from followback.store import open_store

CAP = 40

event = st.one_of(
    st.tuples(st.just("hours"), st.integers(1, 12)),
    st.tuples(st.just("leave"), st.integers(0, 79)),
    st.tuples(st.just("return"), st.integers(0, 79)),
    st.tuples(st.just("cycle"), st.integers(1, 30)),
    st.tuples(st.just("restart"), st.just(0)),
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=st.lists(event, min_size=3, max_size=14),
    rate_429=st.floats(0, 0.3),
    rate_5xx=st.floats(0, 0.2),
)
def test_no_schedule_of_events_exceeds_limits_or_the_cap_or_follows_twice(
    events: list[tuple[str, int]], rate_429: float, rate_5xx: float
) -> None:
    with tempfile.TemporaryDirectory() as d:
        store = open_store(f"sqlite:///{Path(d) / 'e.db'}")
        net = SandboxNetwork(seed=13)
        world = net.add_brand(
            "acme", followers=80, params=WorldParams(new_followers_per_day=40, messages_per_day=0)
        )
        world.following.clear()
        world.capabilities = replace(
            world.capabilities, following_cap_floor=CAP, following_cap_ratio=0.0
        )
        account_id = add_sandbox_account(store, "acme", FollowMode.AUTO)
        faults = FaultPlan(seed=len(events), rate_429=rate_429, rate_5xx=rate_5xx)
        scorer = StubScorer()
        lease = timedelta(minutes=5)

        async def cycle(n: int) -> None:
            conn = net.connector("acme", faults=faults)
            # A platform error ends this cycle's stage; the next cycle picks up from there.
            with contextlib.suppress(ConnectorError):
                await sync_account(store, conn, account_id, clock=net.time)
                await decide_account(store, conn, account_id, clock=net.time, scorer=scorer)
            await run_actions(store, conn, account_id, clock=net.time, max_actions=n, lease=lease)

        async def run() -> None:
            for kind, arg in events:
                if kind == "hours":
                    net.advance(arg)
                elif kind == "leave":
                    net.peer_unfollow("acme", int(world.follower_ids[arg]))
                elif kind == "return":
                    net.peer_follow("acme", int(world.follower_ids[arg]))
                elif kind == "restart":
                    net.now += 600  # the next worker reclaims in-flight work after the lease
                else:
                    await cycle(arg)
                assert world.limit_violations == 0
                assert world.duplicate_follows == 0
                assert len(world.following) <= CAP

        asyncio.run(run())
        store.dispose()
        assert not world.follow_calls or max(world.follow_calls.values()) == 1
