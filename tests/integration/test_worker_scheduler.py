"""The in-process scheduler and the service around it (health, metrics, stop)."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any, ClassVar

import httpx
import pytest

import followback.workers.jobs  # noqa: F401 - the built-in jobs, registered before patching
from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.store.tables import BrandAccountRow
from followback.workers import base
from followback.workers.base import JobOutcome, JobRunner, job
from followback.workers.scheduler import LocalScheduler
from followback.workers.service import ServiceOptions, run_service

RUNS: list[int] = []
RUNNING: set[int] = set()
OVERLAPS: list[int] = []


@job
class CountingJob:
    """Records which account ran, and whether one account ever ran twice at once."""

    name: ClassVar[str] = "test_counting"

    async def __call__(
        self, store: Store, connector: Any, account_id: int, *, clock: Any
    ) -> object:
        if account_id in RUNNING:
            OVERLAPS.append(account_id)
        RUNNING.add(account_id)
        await asyncio.sleep(0)  # let other accounts interleave
        RUNS.append(account_id)
        RUNNING.discard(account_id)
        return None


class FakeConnector:
    platform = Platform.SANDBOX
    capabilities = None

    async def aclose(self) -> None:
        return None


def _factory(store: Store, account_id: int) -> Any:
    return FakeConnector()


@pytest.fixture(autouse=True)
def _reset() -> None:
    RUNS.clear()
    RUNNING.clear()
    OVERLAPS.clear()


def _accounts(store: Store, n: int) -> list[int]:
    with store.session() as s:
        repo = AccountRepo(s)
        return [repo.add(Platform.SANDBOX, f"b{i}", f"b{i}", FollowMode.AUTO) for i in range(n)]


def test_run_once_runs_every_active_account_once(sqlite_store: Store) -> None:
    ids = _accounts(sqlite_store, 4)
    with sqlite_store.session() as s:
        s.get(BrandAccountRow, ids[3]).needs_reauth = True  # type: ignore[union-attr]
    sched = LocalScheduler(
        sqlite_store, JobRunner(sqlite_store, _factory), workers=2, job="test_counting"
    )
    results = asyncio.run(sched.run_once())
    assert sorted(RUNS) == ids[:3]
    assert all(r.outcome is JobOutcome.OK for r in results)
    assert OVERLAPS == []


def test_run_forever_waits_the_interval_and_stops_on_request(sqlite_store: Store) -> None:
    ids = _accounts(sqlite_store, 2)
    now = [0.0]

    async def main() -> None:
        stop = asyncio.Event()

        def on_result(_: Any) -> None:
            now[0] += 10.0  # simulated time passes with every job
            if len(RUNS) >= 6:
                stop.set()

        async def idle(seconds: float) -> None:
            now[0] += seconds

        runner = JobRunner(sqlite_store, _factory, on_result=on_result)
        sched = LocalScheduler(
            sqlite_store,
            runner,
            interval_s=15.0,
            job="test_counting",
            monotonic=lambda: now[0],
            stop=stop,
            idle=idle,
        )
        await asyncio.wait_for(sched.run_forever(), timeout=20)

    asyncio.run(main())
    # Each account ran about every 15 simulated seconds, never twice at once.
    assert len(RUNS) >= 6 and set(RUNS) == set(ids)
    assert OVERLAPS == []


def test_the_service_serves_health_and_metrics_and_stops_gracefully(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accounts(sqlite_store, 2)
    monkeypatch.setitem(base.JOBS, "cycle", CountingJob)  # type: ignore[type-abstract]

    async def main() -> tuple[Any, str, dict[str, Any]]:
        stop = asyncio.Event()
        port = _free_port()
        options = ServiceOptions(interval_s=3600.0, metrics_port=port, queue=False)
        task = asyncio.create_task(
            run_service(
                sqlite_store, options, connector_factory=_factory, stop=stop, install_signals=False
            )
        )

        async def two_runs() -> None:
            while len(RUNS) < 2:
                await asyncio.sleep(0.01)

        await asyncio.wait_for(two_runs(), timeout=20)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health = (await client.get("/healthz")).json()
            metrics = (await client.get("/metrics")).text
        stop.set()
        summary = await asyncio.wait_for(task, timeout=10)
        return summary, metrics, health

    summary, metrics, health = asyncio.run(main())
    assert health["status"] == "ok" and health["accounts"] == 2
    assert 'followback_jobs_total{job="cycle",outcome="ok"} 2.0' in metrics
    assert "followback_queue_depth 0.0" in metrics
    assert summary.outcomes == {"ok": 2}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_platform_errors_are_counted_and_audited(sqlite_store: Store) -> None:
    from prometheus_client import generate_latest
    from sqlalchemy import select

    from followback.domain import TransientError
    from followback.store.tables import AuditRow
    from followback.workers.telemetry import MeteredConnector, Metrics

    (account,) = _accounts(sqlite_store, 1)

    class Flaky(FakeConnector):
        async def follow(self, remote_id: str, **kw: object) -> str:
            raise TransientError(f"503 on {remote_id}")

        async def whoami(self) -> str:
            return "me"

    metrics = Metrics()
    conn = MeteredConnector(Flaky(), metrics, sqlite_store, account)  # type: ignore[arg-type]

    async def main() -> None:
        assert await conn.whoami() == "me"
        with pytest.raises(TransientError):
            await conn.follow("42")

    asyncio.run(main())
    text = generate_latest(metrics.registry).decode()
    assert 'followback_api_calls_total{method="follow"} 1.0' in text
    assert 'followback_api_calls_total{method="whoami"} 1.0' in text
    assert 'followback_errors_total{kind="TransientError"} 1.0' in text
    with sqlite_store.session() as s:
        row = s.scalars(select(AuditRow)).one()
    assert (row.verb, row.target, row.brand_account_id) == ("api_error", "follow", account)
    assert row.detail == {"error": "TransientError", "message": "503 on 42"}


@job
class PollJob:
    """Stands in for the inbox poll: records (account, "poll")."""

    name: ClassVar[str] = "test_poll"

    async def __call__(
        self, store: Store, connector: Any, account_id: int, *, clock: Any
    ) -> object:
        POLLS.append((account_id, clock_now[0]))
        return None


POLLS: list[tuple[int, float]] = []
clock_now = [0.0]


def test_each_job_runs_at_its_own_interval(sqlite_store: Store) -> None:
    (_account,) = _accounts(sqlite_store, 1)
    POLLS.clear()
    clock_now[0] = 0.0

    async def main() -> None:
        stop = asyncio.Event()

        async def idle(seconds: float) -> None:
            clock_now[0] += seconds
            if clock_now[0] >= 300.0:
                stop.set()

        sched = LocalScheduler(
            sqlite_store,
            JobRunner(sqlite_store, _factory),
            schedule={"test_counting": 100.0, "test_poll": 30.0},
            monotonic=lambda: clock_now[0],
            stop=stop,
            idle=idle,
        )
        await asyncio.wait_for(sched.run_forever(), timeout=20)

    asyncio.run(main())
    # The cycle at 0, 100, 200; polls every 30 s in between (a cycle covers its poll).
    assert len(RUNS) == 3
    times = [t for _, t in POLLS]
    assert len(times) >= 6 and all(b - a >= 30.0 for a, b in itertools.pairwise(times))
