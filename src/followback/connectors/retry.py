"""The connectors' retry policy: bounded exponential backoff with jitter, for reads only.

Reads retry :class:`~followback.domain.errors.TransientError` and
:class:`~followback.domain.errors.RateLimitedError`; a rate-limit error's ``retry_after``
is honoured when it is known. Everything else fails at once.

Writes (``write=True``: follow, unfollow, reply, DM, repost) are never re-sent here. A
write whose answer was lost (timeout, connection reset, 5xx) may have been applied, so it
raises :class:`~followback.domain.errors.OutcomeUnknownError` and the outbox reads back
whether it landed before anything is sent again. Only a 429 is retried for a write: the
platform refused it, so nothing was applied.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
)

from followback.domain.errors import OutcomeUnknownError, RateLimitedError, TransientError

__all__ = ["RetryPolicy", "call_with_retry"]

T = TypeVar("T")
_JITTER = secrets.SystemRandom()


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to retry.

    ``max_wait_s`` also caps a server's ``retry_after``: a limit that resets in an hour
    is not waited out inside one call; the error goes to the caller (the worker queue).
    """

    attempts: int = 4
    initial_s: float = 0.5
    max_s: float = 8.0
    jitter_s: float = 0.5
    max_wait_s: float = 60.0

    def wait(self, state: RetryCallState) -> float:
        """Seconds to sleep before the next attempt."""
        exponent = max(state.attempt_number - 1, 0)
        backoff: float = min(self.initial_s * 2.0**exponent, self.max_s)
        backoff += _JITTER.uniform(0, self.jitter_s) if self.jitter_s > 0 else 0.0
        outcome = state.outcome
        exc = outcome.exception() if outcome is not None else None
        if isinstance(exc, RateLimitedError) and exc.retry_after is not None:
            return float(min(max(exc.retry_after, backoff), self.max_wait_s))
        return float(min(backoff, self.max_wait_s))


def _give_up_on_long_limits(policy: RetryPolicy) -> Callable[[BaseException], bool]:
    def retryable(exc: BaseException) -> bool:
        if isinstance(exc, RateLimitedError):
            return exc.retry_after is None or exc.retry_after <= policy.max_wait_s
        return isinstance(exc, TransientError)

    return retryable


async def call_with_retry(
    fn: Callable[[], Awaitable[T]],
    policy: RetryPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    *,
    write: bool = False,
) -> T:
    """Await ``fn()``, retrying transient failures under ``policy``; re-raise the last error.

    With ``write``, only a 429 is retried; a transient failure becomes
    :class:`OutcomeUnknownError` (the write may have landed; the outbox reconciles).
    """
    policy = policy or RetryPolicy()
    kwargs: dict[str, object] = {}
    if sleep is not None:
        kwargs["sleep"] = sleep
    retryable = (RateLimitedError,) if write else (TransientError, RateLimitedError)
    retrying = AsyncRetrying(
        stop=stop_after_attempt(policy.attempts),
        wait=policy.wait,
        retry=retry_if_exception_type(retryable)
        & retry_if_exception(_give_up_on_long_limits(policy)),
        reraise=True,
        **kwargs,  # type: ignore[arg-type]
    )
    try:
        async for attempt in retrying:
            with attempt:
                return await fn()
    except TransientError as exc:
        if write:
            raise OutcomeUnknownError(
                f"{exc}: no answer after sending, it may have been applied; followback will "
                "check on the platform before sending it again"
            ) from exc
        raise
    raise AssertionError("unreachable")  # pragma: no cover
