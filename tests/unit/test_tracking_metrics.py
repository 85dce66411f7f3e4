"""Audience metrics: ratio, reciprocity, inactivity and the per-day series."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl
import pytest

from followback.tracking.metrics import (
    EVENT_SCHEMA,
    SNAPSHOT_SCHEMA,
    ActivityCounts,
    activity_counts,
    daily_series,
    merge_activity,
    ratio,
    reciprocity,
    summarise,
)

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_ratio_and_reciprocity_both_ways() -> None:
    assert ratio(300, 100) == 3.0
    assert ratio(300, 0) is None
    assert reciprocity(followers=200, following=50, mutual=40) == (0.2, 0.8)
    assert reciprocity(0, 0, 0) == (None, None)


def test_mutual_larger_than_either_side_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot exceed"):
        reciprocity(followers=10, following=5, mutual=6)


def test_inactive_followers_by_last_post_age() -> None:
    days_ago = np.array([1, 29, 31, 89, 91, 400, np.nan])
    times = NOW.timestamp() - days_ago * 86_400
    counts = activity_counts(times, NOW)
    assert counts == ActivityCounts(known=6, inactive_30d=4, inactive_90d=2)
    assert counts.active_reach == 2
    assert counts.share(counts.inactive_90d) == pytest.approx(2 / 6)


def test_activity_counts_add_up_page_by_page() -> None:
    a = ActivityCounts(10, 3, 1)
    b = ActivityCounts(5, 5, 5)
    assert merge_activity(a, b) == ActivityCounts(15, 8, 6)


def test_summary_dict_has_every_headline_number() -> None:
    s = summarise(100, 50, 25, ActivityCounts(80, 20, 10)).as_dict()
    assert s["ratio"] == 2.0
    assert s["reciprocity_followers"] == 0.25
    assert s["reciprocity_following"] == 0.5
    assert s["activity_active_reach"] == 60
    assert s["inactive_30d_share"] == 0.25


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 11, 1, hour, tzinfo=UTC) + timedelta(days=day)


def test_daily_series_counts_churn_without_purges_and_fills_gaps() -> None:
    snaps = pl.DataFrame(
        {
            "at": [_at(0, 1), _at(0, 23), _at(2)],
            "followers": [100, 104, 110],
            "following": [20, 20, 22],
        },
        schema=SNAPSHOT_SCHEMA,
    )
    events = pl.DataFrame(
        {
            "at": [_at(0), _at(0), _at(0), _at(1), _at(2), _at(2)],
            "kind": ["followed", "followed", "unfollowed", "ended", "followed", "unfollowed"],
            "reason": [None, None, "unfollowed", "suspended", None, "unfollowed"],
        },
        schema=EVENT_SCHEMA,
    )
    daily = daily_series(snaps, events)
    assert daily["day"].cast(pl.Utf8).to_list() == ["2026-11-01", "2026-11-02", "2026-11-03"]
    assert daily["followers"].to_list() == [104, 104, 110]  # day 2 carries day 1 forward
    assert daily["new_followers"].to_list() == [2, 0, 1]
    assert daily["unfollowers"].to_list() == [1, 0, 1]
    assert daily["purged"].to_list() == [0, 1, 0]  # a suspension is not an unfollow
    assert daily["net_growth"].to_list() == [4, 0, 6]
    assert daily["churn_rate"].to_list() == pytest.approx([1 / 100, 0.0, 1 / 104])
    assert daily["ratio"].to_list() == pytest.approx([5.2, 5.2, 5.0])


def test_daily_series_of_nothing_is_empty_with_columns() -> None:
    empty = daily_series(pl.DataFrame(schema=SNAPSHOT_SCHEMA), pl.DataFrame(schema=EVENT_SCHEMA))
    assert empty.is_empty()
    assert "churn_rate" in empty.columns


def test_unknown_last_posts_are_estimated_from_a_sample_and_marked() -> None:
    from followback.tracking.metrics import ActivityCounts, estimate_activity

    listed = ActivityCounts(known=100, inactive_30d=40, inactive_90d=10)
    sample = ActivityCounts(known=10, inactive_30d=5, inactive_90d=2)
    est = estimate_activity(listed, 1000, sample)
    assert est == ActivityCounts(
        known=1100, inactive_30d=540, inactive_90d=210, estimated=True, sampled=10
    )
    exact = estimate_activity(listed, 10, sample)  # every unknown follower was read
    assert exact.known == 110 and exact.inactive_30d == 45 and not exact.estimated
    assert estimate_activity(listed, 1000, ActivityCounts()) == listed  # nothing read
