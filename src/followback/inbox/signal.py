"""Seeing the signal: mention volume per day, complaint share, and complaint spikes.

:func:`detect_spike` is the alert's decision, pure and unit-tested. A day is a spike when its
complaint count is far above the brand's normal level over the previous days, judged two
ways that must both agree:

* **robust z-score**: ``(today - median) / (1.4826 * MAD)`` at least ``k`` (default 4). The
  median and the median absolute deviation ignore the odd bad day in the baseline, unlike a
  mean and standard deviation that one earlier spike would inflate. When the MAD is 0 (a
  quiet brand: most days 0 or the same count) the scale falls back to ``sqrt(median)``, 1 at
  least, which is the Poisson spread of a count with that mean.
* **Poisson tail**: the chance of at least ``today`` complaints when complaints arrive at
  the baseline's median rate (at least ``min_rate``) is below ``alpha`` (default 0.001).

and the day must have at least ``min_count`` complaints (default 5), so two complaints after
a month of zero do not page anyone. Baselines shorter than ``min_days`` days (default 7) are
too short to know what is normal: no alert.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

__all__ = ["DayVolume", "SpikeVerdict", "detect_spike", "poisson_tail"]

_MAD_TO_SIGMA: Final = 1.4826  # MAD of a normal distribution times this is its sigma


@dataclass(frozen=True, slots=True)
class DayVolume:
    """Inbound public posts naming the brand on one UTC day."""

    day: date
    mentions: int  # addressed to the brand (mentions, replies, quotes)
    heard: int  # found by listening
    complaints: int  # of both, classified as complaints

    @property
    def total(self) -> int:
        return self.mentions + self.heard

    @property
    def complaint_share(self) -> float:
        return self.complaints / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class SpikeVerdict:
    spike: bool
    today: int
    baseline: float  # median complaints per day over the baseline days
    scale: float  # robust spread used for the z-score
    z: float
    p_value: float
    reason: str


def poisson_tail(k: int, rate: float) -> float:
    """P(X >= k) for X ~ Poisson(rate), summed exactly (k is a daily count, small)."""
    if k <= 0:
        return 1.0
    if rate <= 0:
        return 0.0
    term = math.exp(-rate)
    below = term
    for i in range(1, k):
        term *= rate / i
        below += term
    return max(0.0, 1.0 - below)


def detect_spike(
    history: Sequence[int],
    today: int,
    *,
    k: float = 4.0,
    alpha: float = 0.001,
    min_count: int = 5,
    min_days: int = 7,
    min_rate: float = 0.5,
) -> SpikeVerdict:
    """Is ``today``'s complaint count a spike against ``history`` (the previous days' counts)?

    Pass 14 to 28 previous days. Raises ``ValueError`` on negative counts.
    """
    if today < 0 or any(c < 0 for c in history):
        raise ValueError("complaint counts cannot be negative")
    if len(history) < min_days:
        return SpikeVerdict(False, today, 0.0, 0.0, 0.0, 1.0, "baseline too short")
    median = float(statistics.median(history))
    mad = float(statistics.median(abs(c - median) for c in history))
    scale = _MAD_TO_SIGMA * mad if mad > 0 else max(math.sqrt(median), 1.0)
    z = (today - median) / scale
    p = poisson_tail(today, max(median, min_rate))
    if today < min_count:
        reason = f"{today} complaints is below the minimum of {min_count}"
    elif z < k:
        reason = f"{z:.1f} robust deviations above normal, below {k}"
    elif p >= alpha:
        reason = f"a Poisson tail of {p:.2g} is not unusual enough (alpha {alpha})"
    else:
        reason = f"{today} complaints against a usual {median:g}: {z:.1f} robust deviations"
        return SpikeVerdict(True, today, median, scale, z, p, reason)
    return SpikeVerdict(False, today, median, scale, z, p, reason)
