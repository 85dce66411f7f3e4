"""The PostgreSQL queue: one waiting job per account task, one worker per account at a time."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any, ClassVar

import pytest
from sqlalchemy import text

from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.workers.base import JobRunner, job
from followback.workers.queue import AccountQueue, account_lock, conninfo_for

# The queue exists on PostgreSQL only (SQLite runs everything in one process).
pytestmark = [pytest.mark.pg, pytest.mark.parametrize("store", ["postgres"], indirect=True)]

DONE: list[int] = []


@job
class RecordingJob:
    name: ClassVar[str] = "test_recording"

    async def __call__(
        self, store: Store, connector: Any, account_id: int, *, clock: Any
    ) -> object:
        DONE.append(account_id)
        return None


class FakeConnector:
    platform = Platform.SANDBOX
    capabilities = None

    async def aclose(self) -> None:
        return None


def _queue(store: Store) -> AccountQueue:
    with store.engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar()
    # Keep procrastinate's tables in this test's schema, like the store's.
    conninfo = f"{conninfo_for(store)}?options=-csearch_path%3D{schema}"
    runner = JobRunner(store, lambda s, a: FakeConnector())  # type: ignore[arg-type,return-value]
    return AccountQueue(store, runner, interval_s=3600.0, conninfo=conninfo)


def _accounts(store: Store, n: int) -> list[int]:
    with store.session() as s:
        repo = AccountRepo(s)
        return [repo.add(Platform.SANDBOX, f"q{i}", f"q{i}", FollowMode.AUTO) for i in range(n)]


def test_an_accounts_task_is_never_waiting_twice(store: Store) -> None:
    queue = _queue(store)
    (account,) = _accounts(store, 1)

    async def main() -> list[bool]:
        async with queue.app.open_async():
            await queue.ensure_schema()
            await queue.ensure_schema()  # idempotent: several processes start at once
            first = await queue.defer(account, "test_recording")
            second = await queue.defer(account, "test_recording")
            other_task = await queue.defer(account, "cycle")
            depth = await queue.queue_depth()
            return [first, second, other_task, depth == 2]

    assert asyncio.run(main()) == [True, False, True, True]


def test_the_account_lock_admits_one_holder_at_a_time(store: Store) -> None:
    conninfo = _queue(store).conninfo

    async def main() -> list[bool]:
        async with (
            account_lock(conninfo, 7) as first,
            account_lock(conninfo, 7) as second,
            account_lock(conninfo, 8) as other,
        ):
            held = [first, second, other]
        async with account_lock(conninfo, 7) as again:
            return [*held, again]

    assert asyncio.run(main()) == [True, False, True, True]


def test_run_once_works_every_account_then_returns(store: Store) -> None:
    DONE.clear()
    queue = _queue(store)
    ids = _accounts(store, 3)
    asyncio.run(queue.run_once("test_recording"))
    assert sorted(DONE) == ids


def test_a_busy_account_is_skipped_not_run_twice(store: Store) -> None:
    DONE.clear()
    queue = _queue(store)
    (account,) = _accounts(store, 1)

    async def main() -> None:
        async with account_lock(queue.conninfo, account) as got:
            assert got
            await queue.run_once("test_recording")  # another worker holds the account

    asyncio.run(main())
    assert DONE == [] and queue.skipped_locked == 1


def test_account_locks_are_per_schema(store: Store) -> None:
    # Deployments (and tests) sharing one database in schemas of their own: account 1 of
    # one schema is not busy because account 1 of another runs.
    here = _queue(store).conninfo
    other = f"t_{uuid.uuid4().hex[:12]}"
    with store.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{other}"'))
    there = f"{conninfo_for(store)}?options=-csearch_path%3D{other}"

    async def main() -> list[bool]:
        async with (
            account_lock(here, 1) as first,
            account_lock(there, 1) as elsewhere,
            account_lock(here, 1) as again,
        ):
            return [first, elsewhere, again]

    try:
        assert asyncio.run(main()) == [True, True, False]
    finally:
        with store.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{other}" CASCADE'))
