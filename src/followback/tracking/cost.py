"""What tracking costs in API calls and, where reads are billed (X), in dollars.

X's pay-per-use API bills per record read (followers lists and user lookups alike):
``Capabilities.read_cost_usd`` holds the published price. Counting is done by the sync
service; this module turns counts into figures that compare trackers.
"""

from __future__ import annotations

from dataclasses import dataclass

from followback.domain.rules import Capabilities

__all__ = ["TrackingCost", "cost_of", "naive_full_scan_cost"]


@dataclass(frozen=True, slots=True)
class TrackingCost:
    """API calls and records read over a period, and their price."""

    calls: int
    records: int
    cost_usd: float

    def __add__(self, other: TrackingCost) -> TrackingCost:
        return TrackingCost(
            self.calls + other.calls, self.records + other.records, self.cost_usd + other.cost_usd
        )

    def ratio_to(self, other: TrackingCost) -> float | None:
        """How many times cheaper in calls this is than ``other`` (``None`` if free)."""
        return other.calls / self.calls if self.calls else None


def cost_of(calls: int, records: int, capabilities: Capabilities) -> TrackingCost:
    """Price ``records`` read at the platform's published per-record rate."""
    if calls < 0 or records < 0:
        raise ValueError(f"counts must not be negative (calls={calls}, records={records})")
    return TrackingCost(calls, records, records * capabilities.read_cost_usd)


def naive_full_scan_cost(followers: int, scans: int, capabilities: Capabilities) -> TrackingCost:
    """A tracker that lists every follower ``scans`` times: pages of ``page_size``."""
    if followers < 0 or scans < 0:
        raise ValueError(f"counts must not be negative (followers={followers}, scans={scans})")
    pages = max(1, -(-followers // capabilities.page_size))
    return cost_of(pages * scans, followers * scans, capabilities)
