"""Observational retention comparisons, adjusted, and the survival tools they share.

These answer "do followers who got X stay longer?" from what happened, not from a
randomised experiment: whoever got X may differ from whoever did not, so every result
here is labelled *observational* and adjusted for what is known about the follower
(the screening score and the profile's counts and age). The randomised answer is in
:mod:`followback.tracking.experiment`.

Two comparisons:

* :func:`compare_followback`: followed back or not. Following back is a *time-varying*
  exposure (a follower counts as followed back only from the moment the follow-back
  began), so leavers who left before a late follow-back are not credited to the
  followed-back group (no immortal-time bias). Hazard ratio from a time-varying Cox
  model; the curves compare followers still following ``landmark_days`` after arriving,
  by whether they had been followed back by then.
* :func:`compare_groups_at_landmark`: any yes/no exposure known at a landmark time per
  follower (used for "answered within the SLA"); time zero is the landmark.

A departure is a follower choosing to unfollow; a platform purge (suspended, deleted,
moved, deactivated) censors. Edges imported on the first sync (``via = "baseline"``)
have no known start and are left out.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import polars as pl

__all__ = [
    "CONTACT_SCHEMA",
    "COVARIATES",
    "SURVIVAL_SCHEMA",
    "AdjustedComparison",
    "GroupCurve",
    "compare_followback",
    "compare_groups_at_landmark",
    "compare_sla",
    "km_curve",
    "km_risk",
    "prepare",
    "weekly_cohorts",
]

DAY_S = 86_400.0
MIN_PER_GROUP = 30
MIN_EVENTS = 5
LANDMARK_DAYS = 2.0
# Follower covariates the observational models adjust for (see :func:`_covariates`).
COVARIATES = ("bot_score", "log_followers", "log_posts", "log_age_days")

SURVIVAL_SCHEMA = pl.Schema(
    {
        "remote_id": pl.Utf8(),
        "first_seen": pl.Datetime("us", "UTC"),
        "ended_at": pl.Datetime("us", "UTC"),
        "last_seen": pl.Datetime("us", "UTC"),
        "end_reason": pl.Utf8(),
        "via": pl.Utf8(),
        "followed_back_at": pl.Datetime("us", "UTC"),
        "bot_score": pl.Float64(),
        "followers_count": pl.Float64(),
        "posts_count": pl.Float64(),
        "account_age_days": pl.Float64(),
    }
)


# Input of :func:`compare_sla`: each follower's first conversation while following.
CONTACT_SCHEMA = pl.Schema(
    {
        "remote_id": pl.Utf8(),
        "opened_at": pl.Datetime("us", "UTC"),
        "first_response_at": pl.Datetime("us", "UTC"),
        "ended_at": pl.Datetime("us", "UTC"),
        "end_reason": pl.Utf8(),
        "last_seen": pl.Datetime("us", "UTC"),
        "followed_back_at": pl.Datetime("us", "UTC"),
        "bot_score": pl.Float64(),
        "followers_count": pl.Float64(),
        "posts_count": pl.Float64(),
        "account_age_days": pl.Float64(),
    }
)


@dataclass(frozen=True)
class GroupCurve:
    """One group's Kaplan–Meier curve (days since time zero) with a 95 % interval."""

    label: str
    n: int
    events: int
    timeline: list[float]
    survival: list[float]
    lower: list[float]
    upper: list[float]
    median_days: float | None


@dataclass(frozen=True)
class AdjustedComparison:
    """An observational comparison; ``status`` is ``"ok"`` or ``"not_enough_data"``."""

    status: str
    message: str
    method: str = ""
    groups: list[GroupCurve] = field(default_factory=list)
    hazard_ratio: float | None = None  # exposed vs not, adjusted
    hazard_ratio_lower: float | None = None
    hazard_ratio_upper: float | None = None
    p_value: float | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def km_curve(label: str, durations: np.ndarray, events: np.ndarray) -> GroupCurve:
    """Kaplan–Meier curve of one group with its 95 % (exponential Greenwood) band."""
    from lifelines import KaplanMeierFitter

    kmf = KaplanMeierFitter(label=label).fit(durations, events.astype(bool))
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


def km_risk(durations: np.ndarray, events: np.ndarray, horizon: float) -> tuple[float, float]:
    """(share gone by ``horizon``, its Greenwood variance) from a Kaplan–Meier estimate.

    Computed here rather than through lifelines because the variance at one time is
    needed (lifelines exposes only the band) and this is a few vectorised lines.
    """
    d = np.asarray(durations, dtype=float)
    e = np.asarray(events, dtype=bool)
    times = np.unique(d[e & (d <= horizon)])
    if not len(times):
        return 0.0, 0.0
    at_risk = (d[None, :] >= times[:, None]).sum(axis=1)
    deaths = ((d[None, :] == times[:, None]) & e[None, :]).sum(axis=1)
    ok = at_risk > deaths
    surv = float(np.prod(1.0 - deaths / at_risk))
    green = float(np.sum(deaths[ok] / (at_risk[ok] * (at_risk[ok] - deaths[ok]))))
    return 1.0 - surv, surv * surv * green


def prepare(edges: pl.DataFrame, now: datetime) -> pl.DataFrame:
    """Durations (days since arrival), events, follow-back day and covariates.

    An active edge is censored when it was last seen (the last full scan that listed
    it), not at ``now``: between scans nobody knows whether the follower stayed.
    """
    end = pl.coalesce(
        pl.col("ended_at"), pl.col("last_seen"), pl.lit(now, dtype=pl.Datetime("us", "UTC"))
    )
    days = (end - pl.col("first_seen")).dt.total_seconds() / DAY_S
    back = (pl.col("followed_back_at") - pl.col("first_seen")).dt.total_seconds() / DAY_S
    return _covariates(
        edges.filter(pl.col("via") != "baseline").with_columns(
            days.clip(lower_bound=1e-6).alias("duration"),
            (pl.col("ended_at").is_not_null() & (pl.col("end_reason") == "unfollowed")).alias(
                "event"
            ),
            # A follow-back after the follower left (or never) is no follow-back.
            pl.when(back < days).then(back.clip(lower_bound=0.0)).otherwise(None).alias("back_day"),
        )
    )


def _covariates(frame: pl.DataFrame) -> pl.DataFrame:
    """Model covariates; a missing value takes the median so no follower is dropped."""
    out = frame.with_columns(
        pl.col("bot_score").alias("bot_score"),
        pl.col("followers_count").clip(lower_bound=0).log1p().alias("log_followers"),
        pl.col("posts_count").clip(lower_bound=0).log1p().alias("log_posts"),
        pl.col("account_age_days").clip(lower_bound=0).log1p().alias("log_age_days"),
    )
    return out.with_columns(
        pl.col(c).fill_null(pl.col(c).median()).fill_null(0.0) for c in COVARIATES
    )


def _usable(frame: pl.DataFrame, extra: tuple[str, ...] = ()) -> list[str]:
    """Covariates that vary (a constant column makes Cox's matrix singular)."""
    names = (*COVARIATES, *extra)
    return [c for c in names if frame.height and float(frame[c].std() or 0.0) > 1e-9]  # type: ignore[arg-type]


def _not_enough(sizes: list[int], events: int, labels: tuple[str, str]) -> AdjustedComparison:
    return AdjustedComparison(
        status="not_enough_data",
        message=(
            f"not enough data yet: {labels[0]} {sizes[0]}, {labels[1]} {sizes[1]} followers"
            f" and {events} departures; at least {MIN_PER_GROUP} followers per group and"
            f" {MIN_EVENTS} departures are needed"
        ),
    )


def _hr_message(hr: float, lo: float, hi: float, labels: tuple[str, str], what: str) -> str:
    direction = "lower" if hr < 1 else "higher"
    return (
        f"Observational, adjusted for {what}: {labels[1]} left at a"
        f" {abs(100 * (1 - hr)):.0f}% {direction} rate than {labels[0]}"
        f" (hazard ratio {hr:.2f}, 95% CI {lo:.2f}-{hi:.2f}). Not randomised: part of any"
        " difference may come from who they were, not from what was done."
    )


def _landmark_curves(
    frame: pl.DataFrame, labels: tuple[str, str], landmark: float
) -> list[GroupCurve]:
    """Followers still here at ``landmark`` days, by exposure by then, from the landmark."""
    at = frame.filter(pl.col("duration") > landmark).with_columns(
        (pl.col("duration") - landmark).alias("d"),
        (pl.col("back_day").is_not_null() & (pl.col("back_day") <= landmark)).alias("g"),
    )
    return [
        km_curve(labels[g], part["d"].to_numpy(), part["event"].to_numpy())
        for g in (0, 1)
        if not (part := at.filter(pl.col("g") == bool(g))).is_empty()
    ]


def _fit(
    data: object, *, time_varying: bool, covariates: list[str], exposure: str
) -> tuple[float, float, float, float]:
    """(hazard ratio, lower, upper, p) of ``exposure`` from a Cox model."""
    from lifelines import CoxPHFitter, CoxTimeVaryingFitter

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lifelines warns on small samples; the CI says it
        if time_varying:
            model: CoxPHFitter | CoxTimeVaryingFitter = CoxTimeVaryingFitter(penalizer=1e-4)
            model.fit(data, id_col="id", event_col="event", start_col="start", stop_col="stop")
        else:
            model = CoxPHFitter(penalizer=1e-4)
            model.fit(data, duration_col="duration", event_col="event")
    beta = float(model.params_[exposure])
    se = float(model.standard_errors_[exposure])
    p = float(model.summary.loc[exposure, "p"])
    return math.exp(beta), math.exp(beta - 1.96 * se), math.exp(beta + 1.96 * se), p


def _episodes(frame: pl.DataFrame, covariates: list[str]) -> object:
    """Long format for the time-varying model: one row before, one after a follow-back."""
    import pandas as pd  # type: ignore[import-untyped]

    n = frame.height
    d = frame["duration"].to_numpy()
    e = frame["event"].to_numpy().astype(np.int8)
    b = frame["back_day"].fill_null(np.inf).to_numpy()
    cov = {c: frame[c].to_numpy() for c in covariates}
    before = b > 0  # a part before the follow-back exists
    after = np.isfinite(b)
    rows = {
        "id": np.concatenate([np.arange(n)[before], np.arange(n)[after]]),
        "start": np.concatenate([np.zeros(before.sum()), b[after]]),
        "stop": np.concatenate([np.minimum(b, d)[before], d[after]]),
        "event": np.concatenate([np.where(after, 0, e)[before], e[after]]),
        "followed_back": np.concatenate([np.zeros(before.sum()), np.ones(after.sum())]),
        **{c: np.concatenate([v[before], v[after]]) for c, v in cov.items()},
    }
    return pd.DataFrame(rows)


def compare_followback(
    edges: pl.DataFrame, now: datetime, *, landmark_days: float = LANDMARK_DAYS
) -> AdjustedComparison:
    """Followed back vs not (observational, adjusted, time-varying; see module docstring)."""
    labels = ("not followed back", "followed back")
    frame = prepare(edges, now)
    exposed = int(frame["back_day"].is_not_null().sum()) if frame.height else 0
    sizes = [frame.height - exposed, exposed]
    events = int(frame["event"].sum()) if frame.height else 0
    if min(sizes) < MIN_PER_GROUP or events < MIN_EVENTS:
        return _not_enough(sizes, events, labels)
    covs = _usable(frame)
    hr, lo, hi, p = _fit(
        _episodes(frame, covs), time_varying=True, covariates=covs, exposure="followed_back"
    )
    what = "the screening score and the profile (followers, posts, account age)"
    return AdjustedComparison(
        status="ok",
        message=_hr_message(hr, lo, hi, labels, what),
        method=(
            "Observational: Cox model with following back as a time-varying exposure (from"
            f" the moment it began), adjusted for {what}. Curves: followers still following"
            f" {landmark_days:g} days after arriving, by whether they had been followed back"
            " by then."
        ),
        groups=_landmark_curves(frame, labels, landmark_days),
        hazard_ratio=hr,
        hazard_ratio_lower=lo,
        hazard_ratio_upper=hi,
        p_value=p,
    )


def compare_groups_at_landmark(
    frame: pl.DataFrame,
    labels: tuple[str, str],
    *,
    what: str,
    method: str,
    extra: tuple[str, ...] = (),
) -> AdjustedComparison:
    """Exposed (``exposed`` True) vs not from each row's landmark, adjusted for covariates.

    ``frame`` has ``duration`` (days from the landmark), ``event``, ``exposed`` and the
    :data:`COVARIATES` (as made by :func:`prepare`).
    """
    sizes = (
        [int((~frame["exposed"]).sum()), int(frame["exposed"].sum())] if frame.height else [0, 0]
    )
    events = int(frame["event"].sum()) if frame.height else 0
    if min(sizes) < MIN_PER_GROUP or events < MIN_EVENTS:
        return _not_enough(sizes, events, labels)
    import pandas as pd

    covs = _usable(frame, extra)
    data = pd.DataFrame(
        {
            "duration": frame["duration"].to_numpy(),
            "event": frame["event"].to_numpy().astype(np.int8),
            "exposed": frame["exposed"].to_numpy().astype(np.int8),
            **{c: frame[c].to_numpy() for c in covs},
        }
    )
    hr, lo, hi, p = _fit(data, time_varying=False, covariates=covs, exposure="exposed")
    groups = [
        km_curve(labels[g], part["duration"].to_numpy(), part["event"].to_numpy())
        for g in (0, 1)
        if not (part := frame.filter(pl.col("exposed") == bool(g))).is_empty()
    ]
    return AdjustedComparison(
        status="ok",
        message=_hr_message(hr, lo, hi, labels, what),
        method=method,
        groups=groups,
        hazard_ratio=hr,
        hazard_ratio_lower=lo,
        hazard_ratio_upper=hi,
        p_value=p,
    )


def weekly_cohorts(
    edges: pl.DataFrame, now: datetime, horizons: tuple[int, ...] = (7, 30)
) -> pl.DataFrame:
    """One row per arrival week: arrivals, how many were followed back, how many left, and
    the Kaplan–Meier share still following after each horizon (empty while a cohort has
    not been followed that long: unknown is not "everyone stayed")."""
    frame = prepare(edges, now).with_columns(
        pl.col("first_seen").dt.truncate("1w").dt.date().alias("cohort_week")
    )
    rows = []
    for (week,), part in frame.sort("cohort_week").group_by("cohort_week", maintain_order=True):
        d, e = part["duration"].to_numpy(), part["event"].to_numpy()
        row: dict[str, object] = {
            "cohort_week": week,
            "arrived": part.height,
            "followed_back": int(part["back_day"].is_not_null().sum()),
            "left": int(e.sum()),
            "purged": int(
                (part["ended_at"].is_not_null() & (part["end_reason"] != "unfollowed")).sum()
            ),
        }
        for h in horizons:
            row[f"retained_{h}d"] = 1.0 - km_risk(d, e, h)[0] if d.max() >= h else None
        rows.append(row)
    return pl.DataFrame(rows) if rows else pl.DataFrame()


def compare_sla(contacts: pl.DataFrame, now: datetime, sla_minutes: int) -> AdjustedComparison:
    """Followers whose first message was answered within the SLA vs those left waiting.

    Time zero is each follower's SLA deadline (first message + ``sla_minutes``, wall
    clock): by then it is known which group they are in, and only followers still
    following then take part, so nobody is credited with time before their group was
    known. Observational, adjusted for the covariates and for being followed back by then.
    """
    deadline = pl.col("opened_at") + pl.duration(minutes=sla_minutes)
    end = pl.coalesce(
        pl.col("ended_at"), pl.col("last_seen"), pl.lit(now, dtype=pl.Datetime("us", "UTC"))
    )
    frame = _covariates(
        contacts.filter(pl.col("ended_at").is_null() | (pl.col("ended_at") > deadline))
        .with_columns(
            ((end - deadline).dt.total_seconds() / DAY_S).alias("duration"),
            (pl.col("ended_at").is_not_null() & (pl.col("end_reason") == "unfollowed")).alias(
                "event"
            ),
            (
                pl.col("first_response_at").is_not_null()
                & (pl.col("first_response_at") <= deadline)
            ).alias("exposed"),
            (pl.col("followed_back_at").is_not_null() & (pl.col("followed_back_at") <= deadline))
            .cast(pl.Float64)
            .alias("followed_back"),
        )
        .filter(pl.col("duration") > 0)
    )
    what = "the screening score, the profile and whether they were followed back"
    return compare_groups_at_landmark(
        frame,
        ("left waiting", f"answered within {sla_minutes} minutes"),
        what=what,
        method=(
            f"Observational: followers whose first message was answered within the"
            f" {sla_minutes}-minute SLA against those who were not, from the SLA deadline"
            f" (landmark), among followers still following then; Cox model adjusted for {what}."
        ),
        extra=("followed_back",),
    )
