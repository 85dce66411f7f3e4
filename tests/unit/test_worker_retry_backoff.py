"""The retry policy: exponential backoff with a cap, and the platform's retry-after wins."""

from __future__ import annotations

import random

from followback.domain import RateLimitedError, TransientError
from followback.workers.base import RetryPolicy


def test_backoff_doubles_per_attempt_until_the_cap() -> None:
    policy = RetryPolicy(base_s=1.0, cap_s=5.0, jitter=0.0)
    delays = [policy.delay(a, TransientError("503")) for a in range(1, 6)]
    assert delays == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_jitter_stays_within_its_share() -> None:
    policy = RetryPolicy(base_s=10.0, cap_s=100.0, jitter=0.1)
    rng = random.Random(3)
    delays = [policy.delay(1, TransientError("x"), rng) for _ in range(200)]
    assert min(delays) >= 9.0 and max(delays) <= 11.0
    assert len(set(delays)) > 1


def test_retry_after_from_the_platform_wins_over_backoff() -> None:
    policy = RetryPolicy(base_s=1.0, jitter=0.0)
    assert policy.delay(1, RateLimitedError("429", retry_after=42.0)) == 42.0
    assert policy.delay(2, RateLimitedError("429", retry_after=None)) == 2.0
