"""Retention: Kaplan–Meier, log-rank and Cox on synthetic followers with a known effect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl

from followback.tracking.retention import (
    SURVIVAL_SCHEMA,
    compare_followback,
    holdout_experiment,
    prepare,
)

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _edges(
    n: int, hazard: float, factor: float, seed: int = 3, holdout: bool = False
) -> pl.DataFrame:
    """Exponential stays: not followed back leave ``factor`` times faster; 60-day window."""
    rng = np.random.default_rng(seed)
    back = rng.uniform(size=n) < 0.5
    start_days = rng.uniform(0, 60, size=n)
    stay = rng.exponential(1 / (hazard * np.where(back, 1.0, factor)))
    first = [NOW - timedelta(days=float(d)) for d in start_days]
    left = stay < start_days
    ended = [
        f + timedelta(days=float(s)) if lft else None
        for f, s, lft in zip(first, stay, left, strict=True)
    ]
    purged = rng.uniform(size=n) < 0.05
    return pl.DataFrame(
        {
            "remote_id": [str(i) for i in range(n)],
            "first_seen": first,
            "ended_at": ended,
            "last_seen": [NOW] * n,
            "end_reason": [
                None if not lft else ("suspended" if p else "unfollowed")
                for lft, p in zip(left, purged, strict=True)
            ],
            "via": ["notification"] * n,
            "holdout": (~back & holdout).tolist() if holdout else [False] * n,
            "followed_back": back.tolist(),
        },
        schema=SURVIVAL_SCHEMA,
    )


def test_known_hazard_ratio_is_recovered_within_its_interval() -> None:
    result = compare_followback(_edges(3000, hazard=0.03, factor=2.5), NOW)
    assert result.ok
    assert result.hazard_ratio_lower is not None and result.hazard_ratio_upper is not None
    assert result.hazard_ratio_lower <= 2.5 <= result.hazard_ratio_upper
    assert result.logrank_p is not None and result.logrank_p < 1e-6
    followed, not_followed = result.groups
    assert followed.label == "followed back" and not_followed.label == "not followed back"
    assert followed.survival[-1] > not_followed.survival[-1]
    assert all(
        lo <= s <= hi
        for lo, s, hi in zip(followed.lower, followed.survival, followed.upper, strict=True)
    )


def test_no_effect_gives_an_interval_around_one() -> None:
    result = compare_followback(_edges(3000, hazard=0.03, factor=1.0, seed=11), NOW)
    assert result.hazard_ratio_lower is not None and result.hazard_ratio_upper is not None
    assert result.hazard_ratio_lower <= 1.0 <= result.hazard_ratio_upper


def test_small_samples_say_not_enough_data() -> None:
    result = compare_followback(_edges(40, hazard=0.03, factor=2.5), NOW)
    assert not result.ok
    assert result.status == "not_enough_data"
    assert "not enough data yet" in result.message
    assert result.hazard_ratio is None and not result.groups


def test_purges_and_baseline_edges_do_not_count_as_leaving() -> None:
    edges = _edges(500, hazard=0.03, factor=2.5)
    prepared = prepare(edges, NOW)
    purged = prepared.filter(pl.col("end_reason") == "suspended")
    assert purged.height > 0 and not purged["event"].any()
    baseline = edges.with_columns(pl.lit("baseline").alias("via"))
    assert prepare(baseline, NOW).is_empty()


def test_cohort_table_reports_unknown_horizons_as_missing() -> None:
    result = compare_followback(_edges(3000, hazard=0.03, factor=2.5), NOW)
    cohorts = result.cohorts
    assert set(cohorts["group"].unique()) == {"followed back", "not followed back"}
    assert cohorts["n"].sum() == 3000
    newest = cohorts.filter(pl.col("cohort_week") == cohorts["cohort_week"].max())
    assert newest["retained_30d"].null_count() == newest.height  # too young to know


def test_holdout_experiment_compares_the_random_holdout_with_followed_back() -> None:
    result = holdout_experiment(_edges(3000, hazard=0.03, factor=2.0, holdout=True), NOW)
    assert result.ok
    assert [g.label for g in result.groups] == ["followed back", "held out"]
    assert result.hazard_ratio_lower is not None and result.hazard_ratio_upper is not None
    assert result.hazard_ratio_lower <= 2.0 <= result.hazard_ratio_upper
