"""Follower retention: do followers the brand follows back stay longer?

Input is one row per follower edge (:data:`SURVIVAL_SCHEMA`): when it was first seen,
last seen and ended and why, and whether the brand followed the account back while it
followed. Only a choice to leave counts as an event: a platform purge (suspended,
deleted, moved...) censors the edge, like an edge still active at its last sighting.
Edges imported on the first sync (``via = "baseline"``) are left out: their start is
unknown.

:func:`compare_groups` gives Kaplan–Meier curves with 95 % confidence intervals per
group, a log-rank test, a Cox proportional-hazards ratio (with its interval) and a
table by cohort week — or says plainly that there is not enough data yet.
:func:`compare_followback` compares followed-back with not-followed-back followers
(observational); :func:`holdout_experiment` compares the random hold-out with eligible
followers who were followed back (a randomised experiment, so the effect is causal).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import polars as pl

__all__ = [
    "SURVIVAL_SCHEMA",
    "GroupCurve",
    "SurvivalComparison",
    "compare_followback",
    "compare_groups",
    "holdout_experiment",
    "prepare",
]

DAY_S = 86_400.0
MIN_PER_GROUP = 30
MIN_EVENTS = 5

SURVIVAL_SCHEMA = pl.Schema(
    {
        "remote_id": pl.Utf8(),
        "first_seen": pl.Datetime("us", "UTC"),
        "ended_at": pl.Datetime("us", "UTC"),
        "last_seen": pl.Datetime("us", "UTC"),
        "end_reason": pl.Utf8(),
        "via": pl.Utf8(),
        "holdout": pl.Boolean(),
        "followed_back": pl.Boolean(),
    }
)


@dataclass(frozen=True)
class GroupCurve:
    """One group's Kaplan–Meier curve (days since following) with a 95 % interval."""

    label: str
    n: int
    events: int
    timeline: list[float]
    survival: list[float]
    lower: list[float]
    upper: list[float]
    median_days: float | None


@dataclass(frozen=True)
class SurvivalComparison:
    """Two groups compared; ``status`` is ``"ok"`` or ``"not_enough_data"``."""

    status: str
    message: str
    groups: list[GroupCurve] = field(default_factory=list)
    logrank_p: float | None = None
    logrank_statistic: float | None = None
    hazard_ratio: float | None = None  # hazard of the second group relative to the first
    hazard_ratio_lower: float | None = None
    hazard_ratio_upper: float | None = None
    cohorts: pl.DataFrame = field(default_factory=pl.DataFrame)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def prepare(edges: pl.DataFrame, now: datetime) -> pl.DataFrame:
    """Durations (days) and events from follower edges; baseline edges are dropped.

    An active edge is censored when it was last seen (the last full scan that listed
    it), not at ``now``: between scans nobody knows whether the follower stayed.
    """
    end = pl.coalesce(
        pl.col("ended_at"), pl.col("last_seen"), pl.lit(now, dtype=pl.Datetime("us", "UTC"))
    )
    return (
        edges.filter(pl.col("via") != "baseline")
        .with_columns(
            ((end - pl.col("first_seen")).dt.total_seconds() / DAY_S)
            .clip(lower_bound=1e-6)
            .alias("duration"),
            (pl.col("ended_at").is_not_null() & (pl.col("end_reason") == "unfollowed")).alias(
                "event"
            ),
            pl.col("first_seen").dt.truncate("1w").dt.date().alias("cohort_week"),
        )
        .filter(pl.col("duration") > 0)
    )


def _curve(label: str, durations: np.ndarray, events: np.ndarray) -> GroupCurve:
    from lifelines import KaplanMeierFitter

    kmf = KaplanMeierFitter(label=label).fit(durations, events)
    ci = kmf.confidence_interval_survival_function_
    median = float(kmf.median_survival_time_)
    return GroupCurve(
        label=label,
        n=len(durations),
        events=int(events.sum()),
        timeline=[float(t) for t in kmf.survival_function_.index],
        survival=[float(v) for v in kmf.survival_function_.iloc[:, 0]],
        lower=[float(v) for v in ci.iloc[:, 0]],
        upper=[float(v) for v in ci.iloc[:, 1]],
        median_days=None if not np.isfinite(median) else median,
    )


def _cohorts(
    frame: pl.DataFrame, labels: tuple[str, str], horizons: tuple[int, ...]
) -> pl.DataFrame:
    from lifelines import KaplanMeierFitter

    rows = []
    for (week, group), part in frame.group_by("cohort_week", "group", maintain_order=True):
        d = part["duration"].to_numpy()
        e = part["event"].to_numpy()
        row: dict[str, object] = {
            "cohort_week": week,
            "group": labels[int(group)],
            "n": len(d),
            "left": int(e.sum()),
        }
        kmf = KaplanMeierFitter().fit(d, e)
        for h in horizons:
            # A horizon beyond the cohort's follow-up is unknown, not "everyone stayed".
            row[f"retained_{h}d"] = (
                float(kmf.survival_function_at_times(h).iloc[0]) if d.max() >= h else None
            )
        rows.append(row)
    return pl.DataFrame(rows).sort("cohort_week", "group") if rows else pl.DataFrame()


def compare_groups(
    frame: pl.DataFrame,
    group: pl.Expr,
    labels: tuple[str, str],
    *,
    min_per_group: int = MIN_PER_GROUP,
    horizons: tuple[int, ...] = (7, 30),
) -> SurvivalComparison:
    """Compare group 0 with group 1 (``group`` is a boolean expression: True → group 1)."""
    from lifelines import CoxPHFitter
    from lifelines.statistics import logrank_test

    data = frame.with_columns(group.cast(pl.Int8).alias("group"))
    sizes = [data.filter(pl.col("group") == g).height for g in (0, 1)]
    events = int(data["event"].sum()) if data.height else 0
    if min(sizes) < min_per_group or events < MIN_EVENTS:
        return SurvivalComparison(
            status="not_enough_data",
            message=(
                f"not enough data yet: {labels[0]} {sizes[0]}, {labels[1]} {sizes[1]} followers"
                f" and {events} departures; at least {min_per_group} followers per group and"
                f" {MIN_EVENTS} departures are needed"
            ),
        )
    parts = [data.filter(pl.col("group") == g) for g in (0, 1)]
    d = [p["duration"].to_numpy() for p in parts]
    e = [p["event"].to_numpy().astype(bool) for p in parts]
    curves = [_curve(labels[g], d[g], e[g]) for g in (0, 1)]
    test = logrank_test(d[0], d[1], event_observed_A=e[0], event_observed_B=e[1])
    # lifelines works on pandas; built from numpy arrays (polars.to_pandas needs pyarrow).
    import pandas as pd  # type: ignore[import-untyped]

    cox_input = pd.DataFrame(
        {
            "duration": data["duration"].to_numpy(),
            "event": data["event"].to_numpy().astype(np.int8),
            "group": data["group"].to_numpy(),
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lifelines warns on tiny samples; we report CIs
        cph = CoxPHFitter().fit(cox_input, duration_col="duration", event_col="event")
    ci = cph.confidence_intervals_.loc["group"]
    return SurvivalComparison(
        status="ok",
        message=(
            f"{labels[1]} leave at {float(np.exp(cph.params_['group'])):.2f}x the rate of"
            f" {labels[0]} (95% CI {float(np.exp(ci.iloc[0])):.2f}-{float(np.exp(ci.iloc[1])):.2f},"
            f" log-rank p={float(test.p_value):.3g})"
        ),
        groups=curves,
        logrank_p=float(test.p_value),
        logrank_statistic=float(test.test_statistic),
        hazard_ratio=float(np.exp(cph.params_["group"])),
        hazard_ratio_lower=float(np.exp(ci.iloc[0])),
        hazard_ratio_upper=float(np.exp(ci.iloc[1])),
        cohorts=_cohorts(data, labels, horizons),
    )


def compare_followback(
    edges: pl.DataFrame, now: datetime, *, min_per_group: int = MIN_PER_GROUP
) -> SurvivalComparison:
    """Followed-back (group 0) vs not-followed-back (group 1) followers (observational:
    the policy chose whom to follow, so part of any difference may be selection)."""
    return compare_groups(
        prepare(edges, now),
        ~pl.col("followed_back"),
        ("followed back", "not followed back"),
        min_per_group=min_per_group,
    )


def holdout_experiment(
    edges: pl.DataFrame, now: datetime, *, min_per_group: int = MIN_PER_GROUP
) -> SurvivalComparison:
    """Followed back (group 0) vs the random hold-out left unfollowed (group 1).

    Only hold-out edges and followed-back edges take part: the hold-out was drawn at
    random among eligible followers, so the hazard ratio estimates the effect of
    following back itself.
    """
    frame = prepare(edges, now).filter(pl.col("holdout") | pl.col("followed_back"))
    return compare_groups(
        frame,
        pl.col("holdout"),
        ("followed back", "held out"),
        min_per_group=min_per_group,
    )
