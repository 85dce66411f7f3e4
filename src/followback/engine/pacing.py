"""Pacing: token buckets derived from a platform's limits, with headroom and jitter.

Platforms enforce limits on a sliding window: at most ``capacity`` points in any
``period_s`` seconds. A token bucket holding at most ``B`` tokens and refilling ``r`` per
second admits at most ``B + r * T`` points in any window of length ``T``. So for each
limit we pick ``B`` and ``r`` with ``B + r * period <= headroom * capacity``: the bucket
can never let the engine exceed the limit, and ``1 - headroom`` of it stays free for the
brand's own manual use (and other tools sharing the account, as on Bluesky).

Everything here is pure maths over numbers; the durable state lives in the store.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from followback.domain.rules import Capabilities, LimitSpec

__all__ = [
    "DEFAULT_BURST_SHARE",
    "DEFAULT_HEADROOM",
    "BucketSpec",
    "BucketState",
    "apply_limit_overrides",
    "bucket_specs",
    "jittered",
    "refill",
    "take",
    "wait_for",
]

DEFAULT_HEADROOM = 0.8  # the engine uses at most 80% of any limit
DEFAULT_BURST_SHARE = 0.1  # of the engine's share that may be used in one burst


@dataclass(frozen=True, slots=True)
class BucketSpec:
    """One token bucket: at most ``burst`` tokens, refilled at ``rate`` tokens a second."""

    name: str
    burst: float
    rate: float
    costs: Mapping[str, int]
    period_s: int
    limit_capacity: int

    def cost(self, op: str) -> int:
        return self.costs.get(op, 0)

    def window_admits(self, window_s: float) -> float:
        """The most points this bucket can admit in any window of ``window_s`` seconds."""
        return self.burst + self.rate * window_s


@dataclass(frozen=True, slots=True)
class BucketState:
    """Tokens in a bucket at time ``at`` (seconds since the epoch)."""

    tokens: float
    at: float


def bucket_specs(
    limits: Sequence[LimitSpec],
    headroom: float = DEFAULT_HEADROOM,
    burst_share: float = DEFAULT_BURST_SHARE,
    run_interval_s: float | None = None,
) -> list[BucketSpec]:
    """Buckets that keep the engine within ``headroom`` of each limit on any sliding window.

    The burst ``B`` and rate ``r`` always satisfy ``B + r * period = headroom * capacity``.
    With ``run_interval_s`` (how often a worker runs the outbox), ``B = r * interval``: the
    tokens that refill between two runs fit in the bucket, so a worker that runs every
    ``interval`` loses none of its share. Otherwise ``B`` is ``burst_share`` of the budget.
    """
    if not 0.0 < headroom <= 1.0:
        raise ValueError(f"headroom must be in (0, 1], got {headroom}")
    if not 0.0 <= burst_share < 1.0:
        raise ValueError(f"burst_share must be in [0, 1), got {burst_share}")
    if run_interval_s is not None and run_interval_s <= 0:
        raise ValueError(f"run_interval_s must be positive, got {run_interval_s}")
    specs: list[BucketSpec] = []
    for limit in limits:
        budget = headroom * limit.capacity
        biggest = max(limit.costs.values(), default=1)
        if run_interval_s is not None:
            wanted = budget * run_interval_s / (run_interval_s + limit.period_s)
        else:
            wanted = math.floor(budget * burst_share)
        # The burst must hold at least one of the most expensive operations.
        burst = float(min(budget, max(biggest, wanted)))
        rate = max(budget - burst, 0.0) / limit.period_s
        specs.append(
            BucketSpec(limit.name, burst, rate, dict(limit.costs), limit.period_s, limit.capacity)
        )
    return specs


def apply_limit_overrides(
    caps: Capabilities, overrides: Mapping[str, tuple[int, int]]
) -> Capabilities:
    """``caps`` with limits replaced by ``{name: (capacity, period_s)}`` from the settings.

    Raises ``ValueError`` naming an override that matches no limit of the platform.
    """
    known = {limit.name: limit for limit in caps.limits}
    unknown = sorted(set(overrides) - set(known))
    if unknown:
        raise ValueError(
            f"unknown limit(s) {', '.join(unknown)}; this platform has {', '.join(sorted(known))}"
        )
    limits = tuple(
        replace(limit, capacity=overrides[limit.name][0], period_s=overrides[limit.name][1])
        if limit.name in overrides
        else limit
        for limit in caps.limits
    )
    return caps.with_limits(limits)


def refill(spec: BucketSpec, state: BucketState, now: float) -> BucketState:
    """The bucket at ``now``: refilled for the time elapsed, never above its burst."""
    elapsed = max(0.0, now - state.at)
    return BucketState(min(spec.burst, state.tokens + elapsed * spec.rate), max(now, state.at))


def wait_for(spec: BucketSpec, state: BucketState, op: str, now: float) -> float:
    """Seconds until ``op`` fits in the bucket (0 when it fits now; inf when it never will)."""
    cost = spec.cost(op)
    current = refill(spec, state, now)
    if current.tokens >= cost:
        return 0.0
    if spec.rate <= 0.0 or cost > spec.burst:
        return math.inf
    return (cost - current.tokens) / spec.rate


def take(
    specs: Sequence[BucketSpec], states: Sequence[BucketState], op: str, now: float
) -> tuple[list[BucketState], float]:
    """Take ``op``'s cost from every bucket at once, or from none.

    Returns the new states and 0.0, or the unchanged states and the seconds to wait.
    """
    waits = [wait_for(spec, state, op, now) for spec, state in zip(specs, states, strict=True)]
    longest = max(waits, default=0.0)
    if longest > 0.0:
        return list(states), longest
    new = []
    for spec, state in zip(specs, states, strict=True):
        current = refill(spec, state, now)
        new.append(BucketState(current.tokens - spec.cost(op), current.at))
    return new, 0.0


def jittered(seconds: float, rng: random.Random, spread: float = 0.25) -> float:
    """``seconds`` stretched by a random 0..``spread`` share, so actions do not tick regularly.

    Only ever later, never earlier: a wait computed from a bucket is a minimum.
    """
    return seconds * (1.0 + rng.uniform(0.0, spread)) if seconds > 0 else 0.0
