"""Workers retry transient failures, count expired tokens, and dead-letter the rest."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, ClassVar

import pytest
from sqlalchemy import select

from followback.domain import (
    AuthExpiredError,
    FollowMode,
    Platform,
    RateLimitedError,
    StageError,
    StageErrorKind,
    TransientError,
)
from followback.store import AccountRepo, Store
from followback.store.tables import AuditRow, BrandAccountRow, DeadLetterRow
from followback.workers.base import JobOutcome, JobResult, JobRunner, RetryPolicy, job

# Each step: an error to raise, a report to return, or None for a plain success.
SCRIPT: list[BaseException | object | None] = []
CALLS: list[int] = []


@job
class ScriptedJob:
    """Raises the next scripted error, returns the next scripted report, or succeeds."""

    name: ClassVar[str] = "test_scripted"

    async def __call__(
        self, store: Store, connector: Any, account_id: int, *, clock: Any
    ) -> object:
        CALLS.append(account_id)
        step = SCRIPT.pop(0) if SCRIPT else None
        if isinstance(step, BaseException):
            raise step
        return {"done": True} if step is None else step


class FakeConnector:
    closed = 0

    async def aclose(self) -> None:
        FakeConnector.closed += 1


def _account(store: Store, handle: str = "acme") -> int:
    with store.session() as s:
        return AccountRepo(s).add(Platform.SANDBOX, handle, handle, FollowMode.AUTO)


def _runner(store: Store, sleeps: list[float], **policy: Any) -> JobRunner:
    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return JobRunner(
        store,
        lambda s, a: FakeConnector(),  # type: ignore[arg-type,return-value]
        policy=RetryPolicy(jitter=0.0, base_s=1.0, **policy),
        sleep=fake_sleep,
    )


def _run(runner: JobRunner, account_id: int, payload: dict[str, Any] | None = None) -> Any:
    return asyncio.run(runner.run("test_scripted", account_id, payload))


def _verbs(store: Store) -> list[str]:
    with store.session() as s:
        return [r.verb for r in s.scalars(select(AuditRow).order_by(AuditRow.id))]


@pytest.fixture(autouse=True)
def _reset() -> None:
    SCRIPT.clear()
    CALLS.clear()


def test_transient_errors_are_retried_with_backoff_then_succeed(store: Store) -> None:
    account = _account(store)
    SCRIPT[:] = [TransientError("503"), TransientError("timeout"), None]
    sleeps: list[float] = []
    result = _run(_runner(store, sleeps), account)
    assert result.outcome is JobOutcome.OK and result.attempts == 3
    assert sleeps == [1.0, 2.0]
    assert _verbs(store) == ["job_retry", "job_retry"]  # every failure is visible


def test_rate_limit_waits_the_retry_after_the_platform_gave(store: Store) -> None:
    account = _account(store)
    SCRIPT[:] = [RateLimitedError("429", retry_after=7.0), None]
    sleeps: list[float] = []
    assert _run(_runner(store, sleeps), account).outcome is JobOutcome.OK
    assert sleeps == [7.0]


def test_a_long_rate_limit_wait_is_rescheduled_not_slept(store: Store) -> None:
    account = _account(store)
    SCRIPT[:] = [RateLimitedError("429", retry_after=3600.0)]
    sleeps: list[float] = []
    result = _run(_runner(store, sleeps, max_inline_wait_s=30.0), account)
    assert result.outcome is JobOutcome.RESCHEDULED
    assert result.retry_at is not None and sleeps == []


def test_exhausted_retries_go_to_dead_letters_with_the_payload(store: Store) -> None:
    account = _account(store)
    SCRIPT[:] = [TransientError("503")] * 5
    result = _run(_runner(store, [], max_attempts=3), account, {"reason": "scheduled"})
    assert result.outcome is JobOutcome.DEAD and result.attempts == 3
    with store.session() as s:
        dead = s.scalars(select(DeadLetterRow)).one()
    assert dead.kind == "job:test_scripted" and dead.brand_account_id == account
    assert dead.payload == {
        "job": "test_scripted",
        "account_id": account,
        "attempts": 3,
        "reason": "scheduled",
    }
    assert "TransientError" in dead.error


def test_unexpected_errors_are_dead_lettered_at_once(store: Store) -> None:
    account = _account(store)
    SCRIPT[:] = [ValueError("bug")]
    result = _run(_runner(store, []), account)
    assert result.outcome is JobOutcome.DEAD and len(CALLS) == 1
    with store.session() as s:
        assert "ValueError: bug" in s.scalars(select(DeadLetterRow.error)).one()


def test_expired_tokens_mark_the_account_for_reauth_after_the_threshold(store: Store) -> None:
    account = _account(store)
    runner = _runner(store, [], auth_threshold=2)
    SCRIPT[:] = [AuthExpiredError("401"), AuthExpiredError("401")]
    assert _run(runner, account).outcome is JobOutcome.REAUTH
    assert _run(runner, account).outcome is JobOutcome.REAUTH
    with store.session() as s:
        assert s.get(BrandAccountRow, account).needs_reauth is True  # type: ignore[union-attr]
    # From now on the account is left alone until someone reconnects it.
    assert _run(runner, account).outcome is JobOutcome.SKIPPED
    assert len(CALLS) == 2
    assert _verbs(store).count("auth_failed") == 2


def test_a_success_resets_the_count_of_expired_tokens(store: Store) -> None:
    account = _account(store)
    runner = _runner(store, [], auth_threshold=2)
    SCRIPT[:] = [AuthExpiredError("401"), None, AuthExpiredError("401")]
    outcomes = [_run(runner, account).outcome for _ in range(3)]
    assert outcomes == [JobOutcome.REAUTH, JobOutcome.OK, JobOutcome.REAUTH]
    with store.session() as s:
        row = s.get(BrandAccountRow, account)
        assert row is not None and row.auth_failures == 1 and not row.needs_reauth


def test_the_connector_is_closed_after_every_attempt(store: Store) -> None:
    account = _account(store)
    before = FakeConnector.closed
    SCRIPT[:] = [TransientError("503"), None]
    _run(_runner(store, []), account)
    assert FakeConnector.closed - before == 2


@dataclass
class StageReport:
    """A job that went on after a stage failed, like the cycle and the inbox poll."""

    errors: list[StageError] = field(default_factory=list)


def test_a_stage_stopped_by_refused_credentials_counts_against_the_account(
    store: Store,
) -> None:
    account = _account(store)
    runner = _runner(store, [], auth_threshold=2)
    refused = StageError.of("sync", AuthExpiredError("401 token revoked"))
    SCRIPT[:] = [StageReport([refused]), StageReport([refused])]
    assert _run(runner, account).outcome is JobOutcome.REAUTH
    assert _run(runner, account).outcome is JobOutcome.REAUTH
    with store.session() as s:
        assert s.get(BrandAccountRow, account).needs_reauth is True  # type: ignore[union-attr]
    assert _verbs(store).count("auth_failed") == 2


def test_the_worker_reads_the_kind_not_the_text(store: Store) -> None:
    # A transient failure whose message happens to name an expired token is not a login
    # problem: only the kind decides.
    account = _account(store)
    noisy = StageError("inbox.dms", StageErrorKind.TRANSIENT, "AuthExpiredError: 401?", "X")
    SCRIPT[:] = [StageReport([noisy])]
    result = _run(_runner(store, []), account)
    assert result.outcome is JobOutcome.OK and result.retry_at is None
    with store.session() as s:
        assert s.get(BrandAccountRow, account).auth_failures == 0  # type: ignore[union-attr]


def test_a_rate_limited_stage_holds_the_next_run_back(store: Store) -> None:
    account = _account(store)
    limited = StageError.of("listen #acme", RateLimitedError("429", retry_after=900.0))
    SCRIPT[:] = [StageReport([limited, StageError.skipped("act", "sync incomplete")])]
    result = _run(_runner(store, []), account)
    assert result.outcome is JobOutcome.OK and result.retry_at is not None
    now = result.retry_at - timedelta(seconds=900)
    # The platform's wait wins over a shorter interval; a longer interval wins over it.
    assert result.next_run_at(60.0, now) == result.retry_at
    assert result.next_run_at(3600.0, now) == now + timedelta(seconds=3600)


def test_a_rescheduled_job_runs_at_its_retry_time() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, tzinfo=UTC)
    soon = now + timedelta(seconds=5)
    result = JobResult("cycle", 1, JobOutcome.RESCHEDULED, retry_at=soon)
    assert result.next_run_at(3600.0, now) == soon
    assert JobResult("cycle", 1, JobOutcome.OK).next_run_at(60.0, now) == now + timedelta(
        seconds=60
    )
