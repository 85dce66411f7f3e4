"""Observational retention: adjusted, time-varying Cox on synthetic followers with a known
effect; no immortal-time bias from late follow-backs; the SLA landmark comparison."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl

from followback.tracking.retention import (
    CONTACT_SCHEMA,
    SURVIVAL_SCHEMA,
    compare_followback,
    compare_sla,
    km_risk,
    prepare,
    weekly_cohorts,
)

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _edges(
    n: int, hazard: float, factor: float, seed: int = 3, delay_days: float = 0.0
) -> pl.DataFrame:
    """Exponential stays over a 60-day window. Half are followed back ``delay_days`` after
    arriving; from then on they leave at ``hazard``, everyone else at ``hazard * factor``.
    Bot score raises the hazard of everyone (a confounder the policy also acts on)."""
    rng = np.random.default_rng(seed)
    score = rng.uniform(0, 0.6, size=n)
    back = rng.uniform(size=n) < 0.5
    base = hazard * np.exp(score)  # the score matters whatever is done
    start_days = rng.uniform(0, 60, size=n)
    # Before the follow-back everyone is "not followed back".
    pre = rng.exponential(1 / (base * factor))
    post = rng.exponential(1 / np.where(back, base, base * factor))
    stay = np.where(back & (pre > delay_days), delay_days + post, np.where(back, pre, pre))
    first = [NOW - timedelta(days=float(d)) for d in start_days]
    left = stay < start_days
    ended = [
        f + timedelta(days=float(s)) if lft else None
        for f, s, lft in zip(first, stay, left, strict=True)
    ]
    purged = rng.uniform(size=n) < 0.05
    back_at = [
        f + timedelta(days=delay_days) if b and (not lft or s > delay_days) else None
        for f, b, lft, s in zip(first, back, left, stay, strict=True)
    ]
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
            "followed_back_at": back_at,
            "bot_score": score.tolist(),
            "followers_count": rng.integers(0, 500, size=n).astype(float).tolist(),
            "posts_count": rng.integers(0, 900, size=n).astype(float).tolist(),
            "account_age_days": rng.uniform(10, 2000, size=n).tolist(),
        },
        schema=SURVIVAL_SCHEMA,
    )


def test_known_hazard_ratio_is_recovered_within_its_interval() -> None:
    result = compare_followback(_edges(3000, hazard=0.03, factor=2.5), NOW)
    assert result.ok
    assert result.hazard_ratio_lower is not None and result.hazard_ratio_upper is not None
    # Followed back vs not: 1 / 2.5.
    assert result.hazard_ratio_lower <= 0.4 <= result.hazard_ratio_upper
    assert result.message.startswith("Observational, adjusted for")
    assert "Not randomised" in result.message
    not_followed, followed = result.groups
    assert followed.label == "followed back" and not_followed.label == "not followed back"
    assert followed.survival[-1] > not_followed.survival[-1]


def test_late_follow_backs_give_no_immortal_time_bias() -> None:
    # No effect at all, but follow-backs come 5 days late: counting "ever followed back"
    # from arrival would credit the followed-back group with 5 days nobody could leave.
    result = compare_followback(_edges(4000, hazard=0.05, factor=1.0, delay_days=5.0), NOW)
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
    cohorts = weekly_cohorts(_edges(3000, hazard=0.03, factor=2.5), NOW)
    assert cohorts["arrived"].sum() == 3000
    newest = cohorts.filter(pl.col("cohort_week") == cohorts["cohort_week"].max())
    assert newest["retained_30d"].null_count() == newest.height  # too young to know
    oldest = cohorts.filter(pl.col("cohort_week") == cohorts["cohort_week"].min())
    assert 0 < oldest["retained_7d"][0] < 1


def test_km_risk_matches_the_exponential_truth() -> None:
    rng = np.random.default_rng(5)
    d = rng.exponential(10.0, size=20_000)
    risk, var = km_risk(np.minimum(d, 30), d < 30, 7.0)
    assert abs(risk - (1 - np.exp(-0.7))) < 0.01
    assert 0 < var < 1e-4


def test_sla_comparison_is_a_landmark_from_the_deadline() -> None:
    rng = np.random.default_rng(8)
    n = 2000
    opened = [NOW - timedelta(days=float(d)) for d in rng.uniform(1, 60, size=n)]
    fast = rng.uniform(size=n) < 0.5
    answered = [
        o + timedelta(minutes=float(m)) if f else (o + timedelta(days=1) if i % 2 else None)
        for i, (o, f, m) in enumerate(zip(opened, fast, rng.uniform(1, 50, size=n), strict=True))
    ]
    stay = rng.exponential(np.where(fast, 40.0, 20.0))  # from the deadline
    ends = [o + timedelta(hours=1, days=float(s)) for o, s in zip(opened, stay, strict=True)]
    frame = pl.DataFrame(
        {
            "remote_id": [str(i) for i in range(n)],
            "opened_at": opened,
            "first_response_at": answered,
            "ended_at": [e if e < NOW else None for e in ends],
            "end_reason": ["unfollowed" if e < NOW else None for e in ends],
            "last_seen": [NOW] * n,
            "followed_back_at": [None] * n,
            "bot_score": rng.uniform(0, 0.5, size=n).tolist(),
            "followers_count": [10.0] * n,
            "posts_count": rng.integers(0, 100, size=n).astype(float).tolist(),
            "account_age_days": [None] * n,
        },
        schema=CONTACT_SCHEMA,
    )
    result = compare_sla(frame, NOW, 60)
    assert result.ok, result.message
    assert [g.label for g in result.groups] == ["left waiting", "answered within 60 minutes"]
    assert result.hazard_ratio_lower is not None and result.hazard_ratio_upper is not None
    assert result.hazard_ratio_lower <= 0.5 <= result.hazard_ratio_upper
    assert "Observational" in result.method and "landmark" in result.method
