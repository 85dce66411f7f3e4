"""The complaint-spike alert's decision, on planted spikes and planted non-spikes."""

from __future__ import annotations

import random

import pytest

from followback.inbox.signal import DayVolume, detect_spike, poisson_tail


def _poisson_days(rate: float, n: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        # Knuth's method: fine for the small daily rates used here.
        limit, k, p = pow(2.718281828459045, -rate), 0, 1.0
        while True:
            p *= rng.random()
            if p <= limit:
                break
            k += 1
        out.append(k)
    return out


@pytest.mark.parametrize("seed", range(20))
def test_planted_spike_is_found(seed: int) -> None:
    history = _poisson_days(3.0, 28, seed)
    verdict = detect_spike(history, 25)
    assert verdict.spike, verdict.reason
    assert verdict.baseline <= 5 and verdict.p_value < 0.001


@pytest.mark.parametrize("seed", range(20))
def test_ordinary_busy_day_is_not_a_spike(seed: int) -> None:
    history = _poisson_days(3.0, 28, seed)
    assert not detect_spike(history, 6).spike


def test_a_big_brand_with_steady_complaints_is_not_paged_for_noise() -> None:
    history = [40, 44, 38, 51, 47, 42, 39, 45, 50, 41, 43, 46, 48, 44]
    assert not detect_spike(history, 58).spike  # within normal spread
    assert detect_spike(history, 120).spike


def test_one_earlier_spike_does_not_hide_the_next() -> None:
    history = [2, 3, 1, 2, 60, 2, 3, 2, 1, 2, 3, 2, 2, 1]  # a mean/stdev baseline would be ~6±15
    assert detect_spike(history, 30).spike


def test_quiet_brand_needs_a_minimum_count() -> None:
    history = [0] * 28
    assert not detect_spike(history, 3).spike  # 3 after silence: below min_count
    verdict = detect_spike(history, 8)
    assert verdict.spike and verdict.scale == 1.0


def test_short_baseline_never_alerts() -> None:
    assert detect_spike([1, 1, 1], 50).reason == "baseline too short"


def test_negative_counts_are_a_bug() -> None:
    with pytest.raises(ValueError):
        detect_spike([1, -1] * 5, 3)


def test_poisson_tail_values() -> None:
    assert poisson_tail(0, 3.0) == 1.0
    assert poisson_tail(1, 0.0) == 0.0
    assert poisson_tail(1, 2.0) == pytest.approx(1 - 2.718281828459045**-2)
    assert poisson_tail(10, 2.0) == pytest.approx(4.65e-5, rel=0.01)


def test_day_volume_share() -> None:
    from datetime import date

    v = DayVolume(date(2026, 11, 1), mentions=6, heard=4, complaints=3)
    assert v.total == 10 and v.complaint_share == pytest.approx(0.3)
    assert DayVolume(date(2026, 11, 1), 0, 0, 0).complaint_share == 0.0
