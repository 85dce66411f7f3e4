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

from followback.domain import utcnow
from followback.store import AccountRepo, DatabaseError, Store
from followback.workers.base import JobResult, JobRunner

__all__ = ["LocalScheduler", "active_account_ids"]

log = logging.getLogger("followback.workers.scheduler")


def active_account_ids(store: Store) -> list[int]:
    """Ids of the connected accounts whose credentials have not been refused."""
    with store.read() as s:
        return list(AccountRepo(s).usable_ids())


@dataclass
class LocalScheduler:
    """Runs each scheduled job for every active account at its own interval.

    ``schedule`` maps job names to intervals in seconds (default: ``{job: interval_s}``),
    e.g. ``{"cycle": 900, "inbox": 120}``: the full cycle every 15 minutes and the inbox
    every 2. One account never runs two jobs at once.
    """

    store: Store
    runner: JobRunner
    interval_s: float = 900.0
    workers: int = 1
    job: str = "cycle"
    schedule: dict[str, float] | None = None
    monotonic: Callable[[], float] = time.monotonic
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    # How to wait while nothing is due (tests pass one that moves a fake clock).
    idle: Callable[[float], Awaitable[None]] | None = None
    _due: dict[tuple[int, str], float] = field(default_factory=dict)
    _locks: dict[int, asyncio.Lock] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.schedule is None:
            self.schedule = {self.job: self.interval_s}

    @property
    def _jobs(self) -> dict[str, float]:
        return self.schedule or {self.job: self.interval_s}

    def _due_now(self, accounts: list[int], now: float) -> list[tuple[int, str]]:
        jobs = self._jobs
        first = next(iter(jobs))
        for a in accounts:
            for j, interval in jobs.items():
                # The first job (the full cycle) starts at once and covers the others.
                self._due.setdefault((a, j), now if j == first else now + interval)
        return [(a, j) for a in accounts for j in jobs if self._due[(a, j)] <= now]

    def pending(self) -> int:
        """Jobs due now (the queue depth of the in-process scheduler)."""
        return len(self._due_now(active_account_ids(self.store), self.monotonic()))

    async def run_once(self) -> list[JobResult]:
        """Run the first scheduled job once for every active account; return the results."""
        first = next(iter(self._jobs))
        return await self._run_batch([(a, first) for a in active_account_ids(self.store)])

    async def run_forever(self) -> None:
        """Run due jobs until :attr:`stop` is set; running jobs finish first."""
        while not self.stop.is_set():
            now = self.monotonic()
            try:
                accounts = active_account_ids(self.store)
            except DatabaseError as exc:
                log.warning("database unavailable; retrying", extra={"error": str(exc)[:200]})
                await (self.idle or self._wait_for_stop)(5.0)
                continue
            due = self._due_now(accounts, now)
            if due:
                await self._run_batch(due)
                continue
            upcoming = min(
                (self._due.get((a, j), now) for a in accounts for j in self._jobs),
                default=now + 5.0,
            )
            await (self.idle or self._wait_for_stop)(max(0.05, min(upcoming - now, 5.0)))

    async def _wait_for_stop(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stop.wait(), timeout=seconds)

    async def _run_batch(self, todo: list[tuple[int, str]]) -> list[JobResult]:
        gate = asyncio.Semaphore(max(1, self.workers))
        results: list[JobResult] = []

        async def one(account_id: int, job: str) -> None:
            async with gate:
                if self.stop.is_set():
                    return
                lock = self._locks.setdefault(account_id, asyncio.Lock())
                if lock.locked():
                    return  # another job of this account is running; this one stays due
                async with lock:
                    result = await self.runner.run(job, account_id)
                results.append(result)
                self._due[(account_id, job)] = self._next_due(result, self._jobs[job])
                if job == next(iter(self._jobs)):  # the cycle did the others' work too
                    now = self.monotonic()
                    for other, interval in self._jobs.items():
                        key = (account_id, other)
                        if other != job:
                            self._due[key] = max(self._due.get(key, now), now + interval)

        await asyncio.gather(*(one(a, j) for a, j in todo))
        return results

    def _next_due(self, result: JobResult, interval_s: float) -> float:
        wall = utcnow()
        wait = (result.next_run_at(interval_s, wall) - wall).total_seconds()
        return self.monotonic() + max(0.0, wait)
