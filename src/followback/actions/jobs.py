"""What the workers record about their own runs: retries, expired logins, dead letters and
platform errors. One function per change, each in its own transaction, audited."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from followback.domain import StageError, utcnow
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.tables import DeadLetterRow

__all__ = [
    "clear_auth_failures",
    "record_api_error",
    "record_auth_failure",
    "record_dead_letter",
    "record_job_retry",
    "record_stage_errors",
]

_WORKER = "worker"


def record_job_retry(
    store: Store, job: str, account_id: int, *, error: str, attempt: int, wait_s: float
) -> None:
    """A job failed for a passing reason and will run again after ``wait_s``."""
    with store.session() as s:
        AuditRepo(s).record(
            _WORKER,
            "job_retry",
            job,
            account_id,
            error=error,
            attempt=attempt,
            wait_s=round(wait_s, 3),
        )


def record_auth_failure(
    store: Store, job: str, account_id: int, *, error: str, threshold: int = 3
) -> bool:
    """Count an expired login; True once the account is marked as needing a new login."""
    with store.session() as s:
        needs = AccountRepo(s).record_auth_failure(account_id, threshold)
        AuditRepo(s).record(
            _WORKER, "auth_failed", job, account_id, error=error, needs_reauth=needs
        )
    return needs


def clear_auth_failures(store: Store, account_id: int) -> None:
    """A job succeeded: earlier expired-login counts no longer matter."""
    with store.session() as s:
        AccountRepo(s).clear_auth_failures(account_id)


def record_dead_letter(
    store: Store, kind: str, account_id: int | None, error: str, payload: dict[str, Any]
) -> None:
    """Give up on a job and keep its payload for a person to look at."""
    with store.session() as s:
        s.add(
            DeadLetterRow(
                at=utcnow(),
                brand_account_id=account_id,
                kind=kind,
                error=error,
                payload=payload,
            )
        )


def record_api_error(
    store: Store, account_id: int | None, method: str, error: str, message: str
) -> None:
    """A platform call failed (for the audit log's "what went wrong")."""
    with store.session() as s:
        AuditRepo(s).record(
            "connector", "api_error", method, account_id, error=error, message=message[:300]
        )


def record_stage_errors(
    store: Store,
    verb: str,
    account_id: int,
    errors: Iterable[StageError],
    at: datetime | None = None,
    **detail: Any,
) -> None:
    """Audit each stage error a cycle or poll reported and carried on after."""
    with store.session() as s:
        audit = AuditRepo(s)
        for e in errors:
            wait = {} if e.retry_after is None else {"retry_after": e.retry_after}
            audit.record(
                _WORKER,
                verb,
                e.stage,
                account_id,
                at,
                error=e.error or e.kind.value,
                kind=e.kind.value,
                **wait,
                **detail,
            )
