"""The in-process scheduler: every account's cycle on a timer, in one asyncio loop.

Used with SQLite (one process owns the database) and for ``--once`` runs. Up to
``workers`` accounts run at once; a per-account lock means an account never has two
cycles at a time. A stop request lets running cycles finish, then returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from followback.domain import utcnow
from followback.store import Store
from followback.store.tables import BrandAccountRow
from followback.workers.base import JobOutcome, JobResult, JobRunner

__all__ = ["LocalScheduler", "active_account_ids"]

log = logging.getLogger("followback.workers.scheduler")


def active_account_ids(store: Store) -> list[int]:
    """Ids of the connected accounts whose credentials have not been refused."""
    with store.session() as s:
        stmt = (
            select(BrandAccountRow.id)
            .where(BrandAccountRow.needs_reauth.is_(False))
            .order_by(BrandAccountRow.id)
        )
        return list(s.scalars(stmt))


@dataclass
class LocalScheduler:
    """Runs job ``job`` for every active account every ``interval_s`` seconds."""

    store: Store
    runner: JobRunner
    interval_s: float = 900.0
    workers: int = 1
    job: str = "cycle"
    monotonic: Callable[[], float] = time.monotonic
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    # How to wait while nothing is due (tests pass one that moves a fake clock).
    idle: Callable[[float], Awaitable[None]] | None = None
    _due: dict[int, float] = field(default_factory=dict)
    _locks: dict[int, asyncio.Lock] = field(default_factory=dict)

    def pending(self) -> int:
        """Accounts due now (the queue depth of the in-process scheduler)."""
        now = self.monotonic()
        return sum(1 for a in active_account_ids(self.store) if self._due.get(a, 0.0) <= now)

    async def run_once(self) -> list[JobResult]:
        """Run the job once for every active account; return the results."""
        return await self._run_batch(active_account_ids(self.store))

    async def run_forever(self) -> None:
        """Run due accounts until :attr:`stop` is set; running jobs finish first."""
        while not self.stop.is_set():
            now = self.monotonic()
            try:
                accounts = active_account_ids(self.store)
            except SQLAlchemyError as exc:
                log.warning("database unavailable; retrying", extra={"error": str(exc)[:200]})
                await (self.idle or self._wait_for_stop)(5.0)
                continue
            due = [a for a in accounts if self._due.get(a, 0.0) <= now]
            if due:
                await self._run_batch(due)
                continue
            upcoming = min((self._due.get(a, now) for a in accounts), default=now + 5.0)
            await (self.idle or self._wait_for_stop)(max(0.05, min(upcoming - now, 5.0)))

    async def _wait_for_stop(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stop.wait(), timeout=seconds)

    async def _run_batch(self, account_ids: list[int]) -> list[JobResult]:
        gate = asyncio.Semaphore(max(1, self.workers))
        results: list[JobResult] = []

        async def one(account_id: int) -> None:
            async with gate:
                if self.stop.is_set():
                    return
                lock = self._locks.setdefault(account_id, asyncio.Lock())
                if lock.locked():
                    return  # this account's job is already running
                async with lock:
                    result = await self.runner.run(self.job, account_id)
                results.append(result)
                self._due[account_id] = self._next_due(result)

        await asyncio.gather(*(one(a) for a in account_ids))
        return results

    def _next_due(self, result: JobResult) -> float:
        now = self.monotonic()
        if result.outcome is JobOutcome.RESCHEDULED and result.retry_at is not None:
            return now + max(0.0, (result.retry_at - utcnow()).total_seconds())
        return now + self.interval_s
