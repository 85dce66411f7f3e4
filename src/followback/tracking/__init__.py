"""Follower tracking core (pure): snapshot diffs, audience metrics, retention and cost."""

from followback.tracking.cost import TrackingCost, cost_of, naive_full_scan_cost
from followback.tracking.diff import SnapshotDiff, diff_sorted, id_key, id_keys, is_member, snapshot
from followback.tracking.experiment import ExperimentResult, analyse_experiment
from followback.tracking.metrics import (
    ActivityCounts,
    AudienceCounts,
    AudienceSummary,
    activity_counts,
    daily_series,
    ratio,
    reciprocity,
    summarise,
)
from followback.tracking.retention import (
    AdjustedComparison,
    GroupCurve,
    compare_followback,
    compare_sla,
    weekly_cohorts,
)
from followback.tracking.sequential import events_needed, obrien_fleming_boundaries

__all__ = [
    "ActivityCounts",
    "AdjustedComparison",
    "AudienceCounts",
    "AudienceSummary",
    "ExperimentResult",
    "GroupCurve",
    "SnapshotDiff",
    "TrackingCost",
    "activity_counts",
    "analyse_experiment",
    "compare_followback",
    "compare_sla",
    "cost_of",
    "daily_series",
    "diff_sorted",
    "events_needed",
    "id_key",
    "id_keys",
    "is_member",
    "naive_full_scan_cost",
    "obrien_fleming_boundaries",
    "ratio",
    "reciprocity",
    "snapshot",
    "summarise",
    "weekly_cohorts",
]
