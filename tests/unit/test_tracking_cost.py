"""API cost: records priced at X's published per-record rate; free elsewhere."""

from __future__ import annotations

import pytest

from followback.domain import DEFAULT_CAPABILITIES, Platform
from followback.tracking.cost import TrackingCost, cost_of, naive_full_scan_cost

X = DEFAULT_CAPABILITIES[Platform.X]


def test_x_reads_are_billed_per_record() -> None:
    cost = cost_of(calls=3, records=2500, capabilities=X)
    assert cost.cost_usd == pytest.approx(2500 * X.read_cost_usd)
    assert cost_of(3, 2500, DEFAULT_CAPABILITIES[Platform.MASTODON]).cost_usd == 0.0


def test_naive_tracker_reads_every_follower_every_scan() -> None:
    naive = naive_full_scan_cost(followers=100_000, scans=24, capabilities=X)
    assert naive.calls == 100 * 24  # X pages hold 1,000 followers
    assert naive.records == 2_400_000
    assert naive.cost_usd == pytest.approx(2_400_000 * X.read_cost_usd)


def test_costs_add_and_compare() -> None:
    a = TrackingCost(10, 100, 0.5)
    total = a + TrackingCost(5, 50, 0.25)
    assert total == TrackingCost(15, 150, 0.75)
    assert a.ratio_to(TrackingCost(100, 0, 0.0)) == 10.0
    assert TrackingCost(0, 0, 0.0).ratio_to(a) is None


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="must not be negative"):
        cost_of(-1, 0, X)
