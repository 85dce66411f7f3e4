"""The experiment analysis: intention to treat from assignment, weekly looks with
O'Brien–Fleming-type boundaries, plain answers, and the power calculation."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl
import pytest

from followback.tracking.experiment import ASSIGNMENT_SCHEMA, analyse_experiment, as_of
from followback.tracking.sequential import (
    events_needed,
    obrien_fleming_boundaries,
    spent_alpha,
)

START = datetime(2026, 11, 2, tzinfo=UTC)


def test_boundaries_match_published_lan_demets_obrien_fleming_values() -> None:
    # gsDesign (sfLDOF, 5 equally spaced looks, two-sided symmetric alpha 0.05).
    z = obrien_fleming_boundaries([0.2, 0.4, 0.6, 0.8, 1.0]).z
    assert z == pytest.approx((4.877, 3.357, 2.680, 2.290, 2.031), abs=0.01)
    assert obrien_fleming_boundaries([1.0]).z[0] == pytest.approx(1.96, abs=1e-3)
    assert spent_alpha(1.0) == 0.05 and spent_alpha(0.0) == 0.0


def test_weekly_looks_under_the_null_reject_about_five_percent() -> None:
    fractions = [k / 8 for k in range(1, 9)]
    z = np.array(obrien_fleming_boundaries(fractions).z)
    rng = np.random.default_rng(0)
    t = np.array(fractions)
    b = (rng.normal(size=(200_000, 8)) * np.sqrt(np.diff(np.r_[0.0, t]))).cumsum(axis=1)
    crossed = (np.abs(b / np.sqrt(t)) >= z).any(axis=1).mean()
    assert crossed == pytest.approx(0.05, abs=0.003)
    # Naive weekly p < 0.05 would be far worse: the reason for the boundaries.
    assert (np.abs(b / np.sqrt(t)) >= 1.96).any(axis=1).mean() > 0.15


def test_events_needed_follows_schoenfeld() -> None:
    # (1.96 + 0.84)^2 / (0.25 * log(0.8)^2) = 631, plus 3 % for the sequential design.
    assert events_needed(0.8) == math.ceil(1.03 * 630.8) or abs(events_needed(0.8) - 650) <= 1
    assert events_needed(0.8, share=0.1) > events_needed(0.8)


def _frame(n: int, factor: float, seed: int, days: float = 28.0) -> pl.DataFrame:
    """Assignments over ``days``; held-out followers leave ``factor`` times faster."""
    rng = np.random.default_rng(seed)
    at = [START + timedelta(days=float(d)) for d in rng.uniform(0, days, size=n)]
    hold = rng.uniform(size=n) < 0.5
    stay = rng.exponential(1 / (0.05 * np.where(hold, factor, 1.0)))
    ends = [a + timedelta(days=float(s)) for a, s in zip(at, stay, strict=True)]
    end_of_data = START + timedelta(days=days)
    return pl.DataFrame(
        {
            "remote_id": [str(i) for i in range(n)],
            "arm": ["hold_out" if h else "follow_back" for h in hold],
            "assigned_at": at,
            "bot_score": [0.1] * n,
            "ended_at": [e if e <= end_of_data else None for e in ends],
            "end_reason": ["unfollowed" if e <= end_of_data else None for e in ends],
            "last_seen": [end_of_data] * n,
            "followed_back_at": [None if h else a for h, a in zip(hold, at, strict=True)],
        },
        schema=ASSIGNMENT_SCHEMA,
    )


def test_a_clear_effect_reads_as_a_plain_sentence_with_its_interval() -> None:
    frame = _frame(4000, 2.0, seed=1)
    result = analyse_experiment(frame, START + timedelta(days=28))
    assert result.status == "difference_found"
    assert result.headline.startswith("Followers you followed back were ")
    assert "less likely to leave within" in result.headline and "95% CI" in result.headline
    assert result.hazard_ratio_lower is not None and result.hazard_ratio_upper is not None
    assert result.hazard_ratio_lower <= 2.0 <= result.hazard_ratio_upper
    assert len(result.looks) == 3  # weekly from the first assignment (just after START)
    assert "O'Brien-Fleming" in result.method and "intention to treat" in result.method
    follow_back, held_out = result.arms
    assert follow_back.followed_back == follow_back.assigned and held_out.followed_back == 0


def test_no_effect_yet_says_how_many_more_weeks() -> None:
    result = analyse_experiment(_frame(300, 1.0, seed=2), START + timedelta(days=28))
    assert result.status == "collecting"
    assert result.headline.startswith("No difference detected yet: at your arrival rate about")
    assert "to detect a 20% difference" in result.headline
    assert result.weeks_needed is not None and result.weeks_needed > 0


def test_looks_use_only_data_known_at_their_cutoff() -> None:
    frame = _frame(500, 2.0, seed=3)
    cutoff = START + timedelta(days=7)
    early = as_of(frame, cutoff, 30)
    assert early["assigned_at"].max() < cutoff  # type: ignore[operator]
    stops = [
        a + timedelta(days=d) for a, d in zip(early["assigned_at"], early["duration"], strict=True)
    ]
    assert max(stops) <= cutoff + timedelta(seconds=1)
    # Departures after the cutoff are not known at it.
    assert early["event"].sum() < as_of(frame, START + timedelta(days=28), 30)["event"].sum()


def test_before_the_first_look_and_without_a_holdout() -> None:
    frame = _frame(200, 1.0, seed=4, days=3)
    pending = analyse_experiment(frame, START + timedelta(days=3))
    assert pending.status == "first_look_pending" and "first weekly look" in pending.headline
    off = analyse_experiment(frame.filter(pl.col("arm") == "follow_back"), START)
    assert off.status == "not_running" and "holdout_share" in off.headline
