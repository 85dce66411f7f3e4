"""Follower tracking core (pure): snapshot diffs, audience metrics, retention and cost."""

from followback.tracking.cost import TrackingCost, cost_of, naive_full_scan_cost
from followback.tracking.diff import SnapshotDiff, diff_sorted, id_key, id_keys, is_member, snapshot
from followback.tracking.metrics import (
    ActivityCounts,
    AudienceSummary,
    activity_counts,
    daily_series,
    ratio,
    reciprocity,
    summarise,
)
from followback.tracking.retention import (
    GroupCurve,
    SurvivalComparison,
    compare_followback,
    compare_groups,
    holdout_experiment,
)

__all__ = [
    "ActivityCounts",
    "AudienceSummary",
    "GroupCurve",
    "SnapshotDiff",
    "SurvivalComparison",
    "TrackingCost",
    "activity_counts",
    "compare_followback",
    "compare_groups",
    "cost_of",
    "daily_series",
    "diff_sorted",
    "holdout_experiment",
    "id_key",
    "id_keys",
    "is_member",
    "naive_full_scan_cost",
    "ratio",
    "reciprocity",
    "snapshot",
    "summarise",
]
