"""Error translation helpers and the retry policy."""

from __future__ import annotations

import asyncio
import email.utils

import pytest

from followback.connectors.errors import error_for_status, retry_after_from_headers
from followback.connectors.retry import RetryPolicy, call_with_retry
from followback.domain import (
    AuthExpiredError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    RejectedError,
    TransientError,
)

NOW = 1_795_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "30"}, 30.0),
        ({"retry-after": email.utils.formatdate(NOW + 60, usegmt=True)}, 60.0),
        ({"ratelimit-reset": str(int(NOW + 90))}, 90.0),  # Bluesky: epoch seconds
        ({"X-RateLimit-Reset": "2026-11-19T06:00:00.000Z"}, None),  # Mastodon: ISO date
        ({"x-rate-limit-reset": str(int(NOW - 5))}, 0.0),  # X: epoch, already passed
        ({"retry-after": "soon"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_retry_after_from_headers(headers: dict[str, str] | None, expected: float | None) -> None:
    got = retry_after_from_headers(headers, now=NOW)
    if expected is None and headers and "X-RateLimit-Reset" in headers:
        assert got is not None and got >= 0  # a real date, relative to NOW
    elif expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected, abs=1)


def test_huge_waits_are_clamped() -> None:
    assert retry_after_from_headers({"retry-after": str(10**9)}, now=NOW) == 24 * 3600


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, AuthExpiredError),
        (403, RejectedError),
        (404, NotFoundError),
        (410, NotFoundError),
        (408, TransientError),
        (422, RejectedError),
        (429, RateLimitedError),
        (500, TransientError),
        (503, TransientError),
    ],
)
def test_status_codes_map_to_our_tree(status: int, error: type[Exception]) -> None:
    assert type(error_for_status(status, "x", {"retry-after": "3"})) is error


def _sleeps() -> tuple[list[float], object]:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    return slept, sleep


def test_transient_errors_are_retried_then_raised() -> None:
    slept, sleep = _sleeps()
    calls = {"n": 0}

    async def flaky() -> str:
        calls["n"] += 1
        raise TransientError("boom")

    policy = RetryPolicy(attempts=3, initial_s=1, max_s=8, jitter_s=0)
    with pytest.raises(TransientError):
        asyncio.run(call_with_retry(flaky, policy, sleep))  # type: ignore[arg-type]
    assert calls["n"] == 3 and slept == [1.0, 2.0]


def test_rate_limit_retry_after_is_honoured_within_bounds() -> None:
    slept, sleep = _sleeps()
    calls = {"n": 0}

    async def limited() -> str:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RateLimitedError("slow down", retry_after=7)
        return "ok"

    policy = RetryPolicy(attempts=3, initial_s=1, jitter_s=0)
    assert asyncio.run(call_with_retry(limited, policy, sleep)) == "ok"  # type: ignore[arg-type]
    assert slept == [7.0]


def test_long_rate_limits_and_rejections_are_not_retried() -> None:
    slept, sleep = _sleeps()

    async def long_limit() -> str:
        raise RateLimitedError("come back in an hour", retry_after=3600)

    async def rejected() -> str:
        raise RejectedError("no")

    for fn, error in ((long_limit, RateLimitedError), (rejected, RejectedError)):
        with pytest.raises(error):
            asyncio.run(call_with_retry(fn, RetryPolicy(), sleep))  # type: ignore[arg-type]
    assert slept == []


def test_a_write_is_never_resent_after_a_lost_answer() -> None:
    slept, sleep = _sleeps()
    calls = {"n": 0}

    async def timed_out_write() -> str:
        calls["n"] += 1
        raise TransientError("timed out")

    with pytest.raises(OutcomeUnknownError, match="may have been applied") as info:
        asyncio.run(call_with_retry(timed_out_write, RetryPolicy(), sleep, write=True))  # type: ignore[arg-type]
    assert calls["n"] == 1 and slept == []
    assert isinstance(info.value.__cause__, TransientError)


def test_a_write_refused_with_429_is_retried() -> None:
    slept, sleep = _sleeps()
    calls = {"n": 0}

    async def limited_write() -> str:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RateLimitedError("slow down", retry_after=2)  # refused: nothing applied
        return "ok"

    policy = RetryPolicy(attempts=3, jitter_s=0)
    assert asyncio.run(call_with_retry(limited_write, policy, sleep, write=True)) == "ok"  # type: ignore[arg-type]
    assert calls["n"] == 2 and slept == [2.0]
