"""Jobs, the job registry and the one place where workers handle errors.

A job is one unit of work for one brand account (a whole cycle, or one retention pass).
:class:`JobRunner` runs a job with followback's error policy:

- ``TransientError`` and ``RateLimitedError`` are retried with exponential backoff (a
  ``retry_after`` from the platform wins); a long wait is handed back to the scheduler
  instead of holding a worker;
- ``AuthExpiredError`` counts against the account; after ``auth_threshold`` of them the
  account is marked as needing re-authentication and the scheduler leaves it alone;
- a job that carries on after a stage fails (the cycle, the inbox poll) returns a report
  whose ``errors`` are typed :class:`~followback.domain.StageError` values: an expired
  login among them counts as above, a rate limit's ``retry_after`` holds the next run back;
- any other error goes to ``dead_letters`` with the job's payload.

Every failure, retried or not, leaves a row in the audit log or in ``dead_letters``.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, ClassVar, Protocol, runtime_checkable

from followback.actions.jobs import (
    clear_auth_failures,
    record_auth_failure,
    record_dead_letter,
    record_job_retry,
)
from followback.connectors.base import Connector
from followback.domain import (
    AuthExpiredError,
    Clock,
    RateLimitedError,
    StageError,
    StageErrorKind,
    TransientError,
    utcnow,
)
from followback.domain.stages import longest_wait, needs_login
from followback.store import DatabaseError, Store
from followback.store.accounts import AccountRepo

__all__ = [
    "JOBS",
    "ConnectorFactory",
    "Job",
    "JobOutcome",
    "JobResult",
    "JobRunner",
    "RetryPolicy",
    "StageReport",
    "get_job",
    "job",
]

log = logging.getLogger("followback.workers")

ConnectorFactory = Callable[[Store, int], Connector]
ClockFactory = Callable[[Connector], Clock]
Sleep = Callable[[float], Awaitable[None]]


class Job(Protocol):
    """One unit of work for one brand account."""

    name: ClassVar[str]

    async def __call__(
        self, store: Store, connector: Connector, account_id: int, *, clock: Clock
    ) -> object: ...


@runtime_checkable
class StageReport(Protocol):
    """A job's report that lists the stages a platform error stopped (the job went on)."""

    @property
    def errors(self) -> Sequence[StageError]: ...


def _stage_errors(report: object) -> list[StageError]:
    if not isinstance(report, StageReport):
        return []
    return [e for e in report.errors if isinstance(e, StageError)]


JOBS: dict[str, type[Job]] = {}


def job(cls: type[Job]) -> type[Job]:
    """Class decorator: register a job under its ``name`` (names are unique)."""
    if cls.name in JOBS and JOBS[cls.name] is not cls:
        raise ValueError(f"job name {cls.name!r} registered twice")
    JOBS[cls.name] = cls
    return cls


def get_job(name: str) -> Job:
    """A fresh instance of the job registered as ``name``."""
    import followback.workers.jobs  # noqa: F401 - registers the built-in jobs

    try:
        return JOBS[name]()
    except KeyError:
        raise KeyError(f"no job named {name!r}; known: {', '.join(sorted(JOBS))}") from None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a job is retried."""

    max_attempts: int = 4
    base_s: float = 0.5
    cap_s: float = 60.0
    # Waits longer than this are not slept in the worker: the job is rescheduled.
    max_inline_wait_s: float = 30.0
    auth_threshold: int = 3
    jitter: float = 0.1

    def delay(self, attempt: int, exc: BaseException, rng: random.Random | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1``."""
        if isinstance(exc, RateLimitedError) and exc.retry_after is not None:
            return max(0.0, float(exc.retry_after))
        backoff = min(self.cap_s, self.base_s * 2.0 ** (attempt - 1))
        spread = (rng or random.Random()).uniform(-self.jitter, self.jitter)  # noqa: S311
        return max(0.0, backoff * (1.0 + spread))


class JobOutcome(StrEnum):
    OK = "ok"
    RESCHEDULED = "rescheduled"  # a long rate-limit wait: run again at ``retry_at``
    REAUTH = "reauth"  # an expired token was counted (``needs_reauth`` may now be set)
    DEAD = "dead"  # sent to dead_letters
    FAILED = "failed"  # the database was unreachable; the next schedule runs it again
    SKIPPED = "skipped"  # the account needs re-authentication or is gone


@dataclass
class JobResult:
    job: str
    account_id: int
    outcome: JobOutcome
    attempts: int = 0
    error: str | None = None
    retry_at: datetime | None = None
    report: object | None = None

    def next_run_at(self, interval_s: float, now: datetime) -> datetime:
        """When to run this job for this account again, given its regular interval."""
        regular = now + timedelta(seconds=interval_s)
        if self.retry_at is None:
            return regular
        if self.outcome is JobOutcome.RESCHEDULED:
            return self.retry_at
        # A run that completed but met a rate limit: the regular interval, or the
        # platform's wait if that is longer.
        return max(regular, self.retry_at)


def _default_clock(connector: Connector) -> Clock:
    # Connectors that live in simulated time (the sandbox) expose their clock.
    clock = getattr(connector, "clock", None)
    if callable(clock):
        return clock  # type: ignore[no-any-return]
    network = getattr(connector, "network", None)
    if network is not None and callable(getattr(network, "time", None)):
        return network.time  # type: ignore[no-any-return]
    return utcnow


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:2000]


@dataclass
class JobRunner:
    """Runs jobs for accounts with the retry, re-auth and dead-letter policy."""

    store: Store
    connector_factory: ConnectorFactory
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Sleep = asyncio.sleep
    clock_for: ClockFactory = _default_clock
    on_result: Callable[[JobResult], None] | None = None

    async def run(
        self, name: str, account_id: int, payload: Mapping[str, Any] | None = None
    ) -> JobResult:
        """Run job ``name`` for ``account_id`` until it succeeds or the policy gives up."""
        try:
            result = await self._run(get_job(name), name, account_id, dict(payload or {}))
        except DatabaseError as exc:
            # The database itself is away (restart, failover): nothing can be recorded;
            # the scheduler runs the job again later.
            result = JobResult(name, account_id, JobOutcome.FAILED, error=_describe(exc))
        log.info(
            "job finished",
            extra={
                "job": name,
                "account_id": account_id,
                "outcome": result.outcome.value,
                "attempts": result.attempts,
                "error": result.error,
            },
        )
        if self.on_result is not None:
            self.on_result(result)
        return result

    def _usable(self, account_id: int) -> bool:
        with self.store.read() as s:
            return AccountRepo(s).is_usable(account_id)

    async def _run(
        self, job_: Job, name: str, account_id: int, payload: dict[str, Any]
    ) -> JobResult:
        if not self._usable(account_id):
            return JobResult(name, account_id, JobOutcome.SKIPPED)
        attempt = 0
        while True:
            attempt += 1
            try:
                report = await self._attempt(job_, account_id)
            except (TransientError, RateLimitedError) as exc:
                wait = self.policy.delay(attempt, exc)
                self._audit_retry(name, account_id, attempt, exc, wait)
                if attempt >= self.policy.max_attempts:
                    self._dead_letter(name, account_id, payload, attempt, exc)
                    return JobResult(name, account_id, JobOutcome.DEAD, attempt, _describe(exc))
                if wait > self.policy.max_inline_wait_s:
                    at = utcnow() + timedelta(seconds=wait)
                    return JobResult(
                        name, account_id, JobOutcome.RESCHEDULED, attempt, _describe(exc), at
                    )
                await self.sleep(wait)
            except AuthExpiredError as exc:
                self._auth_failure(name, account_id, type(exc).__name__)
                return JobResult(name, account_id, JobOutcome.REAUTH, attempt, _describe(exc))
            except Exception as exc:
                self._dead_letter(name, account_id, payload, attempt, exc)
                return JobResult(name, account_id, JobOutcome.DEAD, attempt, _describe(exc))
            else:
                return self._completed(name, account_id, attempt, report)

    def _completed(self, name: str, account_id: int, attempt: int, report: object) -> JobResult:
        """The outcome of a job that ran to its end, from its report's typed stage errors."""
        errors = _stage_errors(report)
        if needs_login(errors):
            # A stage stopped on refused credentials: counted like a raised AuthExpiredError.
            auth = next(e for e in errors if e.kind is StageErrorKind.AUTH_EXPIRED)
            self._auth_failure(name, account_id, auth.error or auth.kind.value)
            return JobResult(name, account_id, JobOutcome.REAUTH, attempt, str(auth), None, report)
        self._reset_auth_failures(account_id)
        wait = longest_wait(errors)
        retry_at = None if wait is None else utcnow() + timedelta(seconds=wait)
        return JobResult(name, account_id, JobOutcome.OK, attempt, None, retry_at, report)

    async def _attempt(self, job_: Job, account_id: int) -> object:
        connector = self.connector_factory(self.store, account_id)
        try:
            return await job_(self.store, connector, account_id, clock=self.clock_for(connector))
        finally:
            await connector.aclose()

    def _audit_retry(
        self, name: str, account_id: int, attempt: int, exc: BaseException, wait: float
    ) -> None:
        record_job_retry(
            self.store, name, account_id, error=type(exc).__name__, attempt=attempt, wait_s=wait
        )

    def _auth_failure(self, name: str, account_id: int, error: str) -> None:
        needs = record_auth_failure(
            self.store, name, account_id, error=error, threshold=self.policy.auth_threshold
        )
        if needs:
            log.warning("account needs re-authentication", extra={"account_id": account_id})

    def _reset_auth_failures(self, account_id: int) -> None:
        clear_auth_failures(self.store, account_id)

    def _dead_letter(
        self,
        name: str,
        account_id: int,
        payload: dict[str, Any],
        attempts: int,
        exc: BaseException,
    ) -> None:
        record_dead_letter(
            self.store,
            f"job:{name}",
            account_id,
            _describe(exc),
            {"job": name, "account_id": account_id, "attempts": attempts, **payload},
        )
        log.error(
            "job dead-lettered",
            extra={"job": name, "account_id": account_id, "error": _describe(exc)},
        )
