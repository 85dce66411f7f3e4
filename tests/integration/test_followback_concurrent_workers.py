"""Two workers on the same outbox share its buckets and never run the same action twice."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select

from engine_support import add_sandbox_account
from followback.connectors.sandbox import SandboxConnector, SandboxNetwork, WorldParams
from followback.domain import ActionKind, FollowMode
from followback.engine.pacing import bucket_specs
from followback.services.act import run_actions
from followback.store import Store
from followback.store.actions import ActionRepo, follow_key
from followback.store.tables import ActionRow, RateBucketRow

QUIET = WorldParams(
    new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0, messages_per_day=0
)


class Yielding:
    """Hands control to the other worker around every platform call."""

    def __init__(self, inner: SandboxConnector) -> None:
        self.inner = inner
        self.platform = inner.platform
        self.capabilities = inner.capabilities

    async def get_relationship(self, remote_id: str) -> Any:
        await asyncio.sleep(0)
        return await self.inner.get_relationship(remote_id)

    async def follow(self, remote_id: str, **kw: object) -> str:
        await asyncio.sleep(0)
        ref = await self.inner.follow(remote_id)
        await asyncio.sleep(0)
        return ref


def test_two_workers_split_the_work_within_one_shared_budget(store: Store) -> None:
    net = SandboxNetwork(seed=4)
    world = net.add_brand("acme", followers=80, params=QUIET)
    world.following.clear()
    account_id = add_sandbox_account(store, "acme", FollowMode.AUTO)
    ids = [str(int(i)) for i in world.follower_ids[:60]]
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
    other = Store(store.engine)  # a second worker: its own sessions and transactions

    async def both() -> list[Any]:
        return list(
            await asyncio.gather(
                run_actions(store, Yielding(net.connector("acme")), account_id, clock=net.time),  # type: ignore[arg-type]
                run_actions(other, Yielding(net.connector("acme")), account_id, clock=net.time),  # type: ignore[arg-type]
            )
        )

    reports = asyncio.run(both())
    burst = min(spec.burst for spec in bucket_specs(world.capabilities.limits))
    # At one instant, the two workers together get exactly one burst, not one each.
    assert sum(r.done for r in reports) == int(burst)
    assert all(r.stopped == "buckets" for r in reports)
    for _ in range(30):
        net.now += 900
        asyncio.run(both())
    with store.session() as s:
        done = s.scalar(select(func.count()).where(ActionRow.state == "done"))
        used = s.scalar(select(func.max(RateBucketRow.used_total)))
    assert done == len(ids) == used
    assert world.duplicate_follows == 0 and world.limit_violations == 0
    assert max(world.follow_calls.values()) == 1
