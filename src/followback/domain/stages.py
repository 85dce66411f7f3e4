"""What a pipeline stage reports when a platform call stopped it: a typed error, not text.

A cycle (sync → inbox → decide → act → listen), an inbox poll and a listen pass keep going
after one stage or stream fails; each failure is one :class:`StageError`. The worker
decides what to do from its :class:`StageErrorKind` (count an expired login, wait out a
rate limit) and the CLI prints it; nobody parses the message back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from followback.domain.errors import (
    AuthExpiredError,
    ConnectorError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    RejectedError,
    TransientError,
)

__all__ = [
    "PAUSE_STREAM_AFTER",
    "StageError",
    "StageErrorKind",
    "longest_wait",
    "needs_login",
    "stream_pause",
]


class StageErrorKind(StrEnum):
    """Why a stage stopped; decides what the worker does next."""

    AUTH_EXPIRED = "auth_expired"  # credentials refused: count it, stop the cycle
    RATE_LIMITED = "rate_limited"  # wait ``retry_after`` before the next run
    TRANSIENT = "transient"  # may pass: the next scheduled run tries again
    OUTCOME_UNKNOWN = "outcome_unknown"  # a write's answer was lost: the outbox reads back
    REJECTED = "rejected"  # the platform refused the request
    NOT_FOUND = "not_found"  # the account, post or record is gone
    FAILED = "failed"  # any other platform error
    SKIPPED = "skipped"  # not run: a stage it depends on did not complete


# Most specific class first: RateLimitedError etc. are all ConnectorErrors.
_KINDS: tuple[tuple[type[ConnectorError], StageErrorKind], ...] = (
    (AuthExpiredError, StageErrorKind.AUTH_EXPIRED),
    (RateLimitedError, StageErrorKind.RATE_LIMITED),
    (OutcomeUnknownError, StageErrorKind.OUTCOME_UNKNOWN),
    (TransientError, StageErrorKind.TRANSIENT),
    (RejectedError, StageErrorKind.REJECTED),
    (NotFoundError, StageErrorKind.NOT_FOUND),
)


@dataclass(frozen=True)
class StageError:
    """One stage (or stream, or search term) that a platform error stopped."""

    stage: str
    kind: StageErrorKind
    message: str
    error: str = ""  # the exception's class name, for the audit log
    retry_after: float | None = None  # seconds the platform asked us to wait

    @classmethod
    def of(cls, stage: str, exc: ConnectorError) -> StageError:
        """The stage error for ``exc`` raised while running ``stage``."""
        kind = next((k for t, k in _KINDS if isinstance(exc, t)), StageErrorKind.FAILED)
        retry_after = exc.retry_after if isinstance(exc, RateLimitedError) else None
        return cls(stage, kind, str(exc), type(exc).__name__, retry_after)

    @classmethod
    def skipped(cls, stage: str, why: str) -> StageError:
        """``stage`` did not run, for the reason ``why``."""
        return cls(stage, StageErrorKind.SKIPPED, why)

    def __str__(self) -> str:
        # One line for people (CLI, logs): "sync: TransientError: timed out".
        name = f"{self.error}: " if self.error else ""
        return f"{self.stage}: {name}{self.message}"


def needs_login(errors: Iterable[StageError]) -> bool:
    """True when the platform refused the account's credentials in one of ``errors``."""
    return any(e.kind is StageErrorKind.AUTH_EXPIRED for e in errors)


def longest_wait(errors: Iterable[StageError]) -> float | None:
    """The longest wait (seconds) a platform asked for in ``errors``; None if none did."""
    waits = [
        e.retry_after
        for e in errors
        if e.kind is StageErrorKind.RATE_LIMITED and e.retry_after is not None
    ]
    return max(waits) if waits else None


# A read stream that failed this many polls in a row is paused (see ``stream_pause``).
PAUSE_STREAM_AFTER = 3
_FIRST_PAUSE = timedelta(minutes=15)
_LONGEST_PAUSE = timedelta(hours=24)


def stream_pause(failures: int, kind: StageErrorKind) -> timedelta | None:
    """How long to leave a read stream alone after ``failures`` failed polls in a row.

    A stream whose server keeps failing (a chat service that is down, or that a small or
    self-hosted server does not run at all) would otherwise be called, and its error
    audited, every cycle. From the third failure the stream waits 15 minutes, doubling up
    to a day. Only reads are paused: a read stream resumes from its cursor, so nothing it
    holds is lost meanwhile. Refused logins and rate limits have their own handling
    (needs-reauth, Retry-After), and a refusal is not a failing server: neither pauses.
    """
    if kind not in (StageErrorKind.TRANSIENT, StageErrorKind.FAILED):
        return None
    if failures < PAUSE_STREAM_AFTER:
        return None
    # The exponent is capped: 15 min * 2**7 is past a day, and a huge count must not overflow.
    doubled: timedelta = _FIRST_PAUSE * (2 ** min(failures - PAUSE_STREAM_AFTER, 7))
    return min(doubled, _LONGEST_PAUSE)
