"""Property: no schedule of time, restarts, crashes and 429/5xx responses makes the engine
exceed a platform limit, follow anyone twice, or lose a follow (or its event)."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from engine_support import add_sandbox_account
from followback.connectors.sandbox import FaultPlan, SandboxConnector, SandboxNetwork, WorldParams
from followback.domain import ActionKind, FollowMode
from followback.services.act import run_actions
from followback.store import Store, open_store
from followback.store.actions import ActionRepo, follow_key
from followback.store.tables import ActionRow, FollowEventRow

QUIET = WorldParams(
    new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0, messages_per_day=0
)


class Killed(BaseException):
    """The process dies here (not an Exception: nothing in followback may catch it)."""


class Crashy:
    """A sandbox connector that can 'kill the process' right before or after a call lands."""

    def __init__(self, inner: SandboxConnector) -> None:
        self.inner = inner
        self.platform = inner.platform
        self.capabilities = inner.capabilities
        self.kill_at: str | None = None  # "before" | "after" | None

    async def get_relationship(self, remote_id: str):  # type: ignore[no-untyped-def]
        return await self.inner.get_relationship(remote_id)

    async def follow(self, remote_id: str, **kw: object) -> str:
        if self.kill_at == "before":
            self.kill_at = None
            raise Killed
        ref = await self.inner.follow(remote_id)
        if self.kill_at == "after":
            self.kill_at = None
            raise Killed
        return ref

    async def unfollow(self, remote_id: str) -> None:
        await self.inner.unfollow(remote_id)


step = st.one_of(
    st.tuples(st.just("advance"), st.integers(1, 240)),
    st.tuples(st.just("run"), st.integers(1, 60)),
    st.tuples(st.just("kill"), st.sampled_from(["before", "after"])),
)


_TEMPLATE: dict[str, bytes] = {}


def _migrated_db(path: Path) -> Store:
    # Migrating once and copying the file keeps each example fast.
    if "db" not in _TEMPLATE:
        with tempfile.TemporaryDirectory() as d:
            open_store(f"sqlite:///{d}/t.db").dispose()
            _TEMPLATE["db"] = (Path(d) / "t.db").read_bytes()
    path.write_bytes(_TEMPLATE["db"])
    return open_store(f"sqlite:///{path}")


def _setup(tmp: Path, targets: int) -> tuple[Store, SandboxNetwork, int, list[str]]:
    store = _migrated_db(tmp / "p.db")
    net = SandboxNetwork(seed=3)
    world = net.add_brand("acme", followers=targets + 50, params=QUIET)
    world.following.clear()
    account_id = add_sandbox_account(store, "acme", FollowMode.AUTO)
    ids = [str(int(i)) for i in world.follower_ids[:targets]]
    with store.session() as s:
        repo = ActionRepo(s)
        for rid in ids:
            repo.enqueue(
                account_id,
                ActionKind.FOLLOW,
                rid,
                requested_by="test",
                at=net.time(),
                key=follow_key(account_id, ActionKind.FOLLOW, rid, 0),
            )
    return store, net, account_id, ids


async def _run(store: Store, conn: Crashy, account_id: int, net: SandboxNetwork, n: int) -> None:
    # Killed: the "process" died; the next run is the restart.
    with contextlib.suppress(Killed):
        await run_actions(
            store,
            conn,  # type: ignore[arg-type]
            account_id,
            clock=net.time,
            max_actions=n,
            lease=timedelta(0),
        )


def _open_actions(store: Store) -> int:
    with store.session() as s:
        return int(
            s.scalar(select(func.count()).where(ActionRow.state.in_(["pending", "in_flight"]))) or 0
        )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.lists(step, min_size=1, max_size=25),
    rate_429=st.floats(0, 0.3),
    rate_5xx=st.floats(0, 0.3),
    seed=st.integers(0, 1000),
)
def test_no_schedule_exceeds_a_limit_or_acts_twice_or_loses_a_follow(
    steps: list[tuple[str, object]], rate_429: float, rate_5xx: float, seed: int
) -> None:
    with tempfile.TemporaryDirectory() as d:
        store, net, account_id, ids = _setup(Path(d), targets=30)
        world = net.world("acme")
        faults = FaultPlan(seed=seed, rate_429=rate_429, rate_5xx=rate_5xx, retry_after_s=30)
        conn = Crashy(net.connector("acme", faults=faults))

        async def schedule() -> None:
            for kind, arg in steps:
                if kind == "advance":
                    net.now += int(arg) * 60  # type: ignore[call-overload]
                elif kind == "kill":
                    conn.kill_at = str(arg)
                else:
                    await _run(store, conn, account_id, net, int(arg))  # type: ignore[call-overload]
                assert world.limit_violations == 0
                assert world.duplicate_follows == 0
            # Then the faults stop and time passes: everything must get done exactly once.
            faults.rate_429 = faults.rate_5xx = 0.0
            conn.kill_at = None
            for _ in range(200):
                if len(world.following) == len(ids) and not _open_actions(store):
                    break
                net.now += 600
                await _run(store, conn, account_id, net, 1000)

        asyncio.run(schedule())
        with store.session() as s:
            states = dict(
                s.execute(select(ActionRow.state, func.count()).group_by(ActionRow.state)).all()
            )
            events = s.scalar(select(func.count()).select_from(FollowEventRow)) or 0
        store.dispose()
        assert world.limit_violations == 0
        assert world.duplicate_follows == 0
        assert max(world.follow_calls.values()) == 1
        assert set(map(str, world.following)) == set(ids)
        assert states == {"done": len(ids)}
        assert events == len(ids)
