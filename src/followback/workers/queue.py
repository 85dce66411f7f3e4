"""Scale-out on PostgreSQL: a procrastinate job queue shared by workers on any machine.

- One job per (account, task), deferred with a *queueing lock* ``"<task>:<account>"``: an
  account's task is never waiting in the queue twice.
- A running job holds a PostgreSQL *advisory lock* on its account for the whole run, on a
  connection of its own, so two workers never act for the same account at once. The lock
  dies with the connection, so a SIGKILLed worker cannot leave an account locked.
- Each finished job defers its successor ``interval_s`` later; :meth:`AccountQueue.defer_due`
  (run periodically by ``followback run``) defers a job now for any account that has
  none waiting, which re-starts chains broken by a crash. Jobs left ``doing`` by dead
  workers are marked failed so the queue's view stays true.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import datetime

import procrastinate
import psycopg
from procrastinate.exceptions import AlreadyEnqueued, ConnectorException

from followback.domain import utcnow
from followback.store import DatabaseError, Store
from followback.workers.base import JobOutcome, JobRunner
from followback.workers.scheduler import active_account_ids

__all__ = ["AccountQueue", "account_lock", "conninfo_for"]

_DB_ERRORS = (psycopg.Error, ConnectorException, DatabaseError, OSError)


def _error(task: asyncio.Task[None]) -> str:
    if task.cancelled():
        return "cancelled"
    exc = task.exception()
    return "none" if exc is None else f"{type(exc).__name__}: {exc}"[:200]


log = logging.getLogger("followback.workers.queue")

TASK_NAME = "followback.account_job"
QUEUE = "accounts"
# The advisory lock that serialises first starts' creation of procrastinate's tables (the
# key it has always had, so workers of older versions still wait for it).
_SCHEMA_LOCK = 0x0F0C
# The per-account lock's first key: a namespace and the schema the store lives in, so
# deployments (and tests) that share one database in schemas of their own never take each
# other's accounts for busy. PostgreSQL scopes advisory locks to a database, not a schema;
# with one key for all, a worker skipped "account 1" of its schema while another schema's
# account 1 ran (seen as a flaky queue test on a shared test database).
_ACCOUNT_KEY = "hashtext('followback.account:' || coalesce(current_schema(), ''))"


def conninfo_for(store: Store) -> str:
    """A libpq connection string for the store's PostgreSQL database."""
    url = store.engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


@asynccontextmanager
async def account_lock(conninfo: str, account_id: int) -> AsyncIterator[bool]:
    """Hold PostgreSQL's advisory lock for ``account_id`` in the connection's schema; yield
    whether we got it."""
    conn = await psycopg.AsyncConnection.connect(conninfo, autocommit=True, connect_timeout=5)
    try:
        cur = await conn.execute(f"SELECT pg_try_advisory_lock({_ACCOUNT_KEY}, %s)", (account_id,))
        row = await cur.fetchone()
        got = bool(row and row[0])
        try:
            yield got
        finally:
            if got and not conn.closed:
                # If the connection broke, the server released the lock with it.
                with suppress(psycopg.Error):
                    await conn.execute(
                        f"SELECT pg_advisory_unlock({_ACCOUNT_KEY}, %s)", (account_id,)
                    )
    finally:
        await conn.close()


@dataclass
class AccountQueue:
    """The procrastinate app and the account task, bound to one store and job runner."""

    store: Store
    runner: JobRunner
    interval_s: float = 900.0
    concurrency: int = 1
    conninfo: str = ""  # default: the store's database
    # Jobs and their intervals (default: the full cycle every ``interval_s``).
    schedule: dict[str, float] | None = None

    def __post_init__(self) -> None:
        self.conninfo = self.conninfo or conninfo_for(self.store)
        self.schedule = self.schedule or {"cycle": self.interval_s}
        self.app = procrastinate.App(
            connector=procrastinate.PsycopgConnector(
                conninfo=self.conninfo,
                kwargs={"connect_timeout": 5},
                min_size=1,
                max_size=max(2, self.concurrency + 2),
            )
        )
        self.app.task(name=TASK_NAME, queue=QUEUE, pass_context=False)(self._task)
        self.skipped_locked = 0
        self.depth = 0

    async def ensure_schema(self) -> None:
        """Create procrastinate's tables once (safe to call from many processes)."""
        conn = await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True)
        try:
            # Serialise concurrent first starts on a lock of their own.
            await conn.execute("SELECT pg_advisory_lock(%s, 0)", (_SCHEMA_LOCK,))
            cur = await conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL")
            row = await cur.fetchone()
            if not (row and row[0]):
                await self.app.schema_manager.apply_schema_async()
            await conn.execute("SELECT pg_advisory_unlock(%s, 0)", (_SCHEMA_LOCK,))
        finally:
            await conn.close()

    async def _task(self, account_id: int, job: str = "cycle", chain: bool = True) -> None:
        async with account_lock(self.conninfo, account_id) as got:
            if not got:
                self.skipped_locked += 1
                log.info("account busy in another worker", extra={"account_id": account_id})
                return
            result = await self.runner.run(job, account_id)
        if chain and result.outcome in (JobOutcome.OK, JobOutcome.DEAD, JobOutcome.RESCHEDULED):
            interval = (self.schedule or {}).get(job, self.interval_s)
            at = result.next_run_at(interval, utcnow())
            await self.defer(account_id, job, at)

    async def defer(
        self,
        account_id: int,
        job: str = "cycle",
        at: datetime | None = None,
        *,
        chain: bool = True,
    ) -> bool:
        """Queue ``job`` for ``account_id`` (at ``at``); False if one is already waiting.

        One-off jobs (``chain=False``, from ``--once``) have a queueing lock of their own,
        so a successor a running service scheduled for later does not hide them.
        """
        prefix = "" if chain else "once:"
        try:
            await self.app.configure_task(
                TASK_NAME,
                queueing_lock=f"{prefix}{job}:{account_id}",
                schedule_at=at,
                task_kwargs={"account_id": account_id, "job": job, "chain": chain},
            ).defer_async()
        except AlreadyEnqueued:
            return False
        return True

    async def defer_due(self, job: str = "cycle", *, chain: bool = True) -> int:
        """Queue ``job`` now for every active account with none waiting; return how many."""
        queued = 0
        for account_id in active_account_ids(self.store):
            queued += await self.defer(account_id, job, chain=chain)
        return queued

    async def queue_depth(self) -> int:
        """Jobs waiting (``todo``) in the accounts queue."""
        rows = await self.app.job_manager.list_queues_async(queue=QUEUE)
        self.depth = sum(int(r.get("todo", 0)) for r in rows)
        return self.depth

    async def fail_stalled(self) -> int:
        """Mark jobs of workers that stopped sending heartbeats as failed."""
        stalled = await self.app.job_manager.get_stalled_jobs(task_name=TASK_NAME)
        n = 0
        for j in stalled:
            if j.id is not None:
                await self.app.job_manager.finish_job_by_id_async(
                    j.id, procrastinate.jobs.Status.FAILED, delete_job=False
                )
                n += 1
        return n

    async def work(self, *, wait: bool, name: str = "followback") -> None:
        """Run a worker: until cancelled (``wait``) or until the queue is empty."""
        await self.app.run_worker_async(
            queues=[QUEUE],
            concurrency=self.concurrency,
            wait=wait,
            name=name,
            install_signal_handlers=False,
            fetch_job_polling_interval=1.0,
            delete_jobs="successful",
        )

    async def _until_ready(self, stop: asyncio.Event) -> None:
        while True:
            try:
                await self.ensure_schema()
                return
            except _DB_ERRORS as exc:
                if stop.is_set():
                    raise
                log.warning("database unavailable; retrying", extra={"error": str(exc)[:200]})
                with suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=2.0)

    async def run_once(self, job: str = "cycle") -> None:
        """Queue every active account once and work until the queue is drained."""
        async with self.app.open_async():
            await self.ensure_schema()
            await self.defer_due(job, chain=False)
            await self.work(wait=False)

    async def _tend(self, schedule: bool) -> None:
        try:
            if schedule:
                for job in self.schedule or {}:
                    await self.defer_due(job)
                await self.fail_stalled()
            await self.queue_depth()
        except _DB_ERRORS as exc:
            log.warning("database unavailable; retrying", extra={"error": str(exc)[:200]})

    async def run(self, stop: asyncio.Event, *, schedule: bool = True) -> None:
        """Work (and, with ``schedule``, keep every account queued) until ``stop`` is set.

        A database restart does not end the service: the scheduling step retries, and a
        worker that stopped on a lost connection is started again.
        """
        async with self.app.open_async():
            await self._until_ready(stop)
            worker = asyncio.create_task(self.work(wait=True))
            try:
                while not stop.is_set():
                    if worker.done():
                        log.warning("worker stopped; restarting", extra={"error": _error(worker)})
                        worker = asyncio.create_task(self.work(wait=True))
                    await self._tend(schedule)
                    with suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), timeout=min(self.interval_s, 5.0))
            finally:
                worker.cancel()  # procrastinate stops gracefully: running jobs finish
                with suppress(asyncio.CancelledError):
                    await worker
