"""The follow-back experiment, analysed as randomised (intention to treat).

Each follower the policy found eligible for a follow-back was assigned, at decision time,
to *follow back* or *hold out* (:func:`followback.engine.policy.assign_arm`). Here the
arms are compared as assigned, whatever happened next: time zero is the assignment, a
departure is the follower choosing to unfollow within ``horizon_days``, and a platform
purge or the end of follow-up censors. The share actually followed back in each arm is
reported beside the comparison, since the effect measured is that of *the policy of
following back*, diluted by any follow-back that was never sent.

The experiment is looked at once a week (from its first assignment); every look uses
only data up to its cutoff and is judged against an O'Brien–Fleming-type boundary
(:mod:`followback.tracking.sequential`), so weekly monitoring keeps the overall chance
of a false "difference found" at 5 %. Intervals are 95 % *repeated* confidence
intervals, valid however many looks came before.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
import polars as pl

from followback.tracking.retention import DAY_S, GroupCurve, km_curve, km_risk
from followback.tracking.sequential import events_needed, obrien_fleming_boundaries

__all__ = [
    "ASSIGNMENT_SCHEMA",
    "ArmSummary",
    "ExperimentResult",
    "Look",
    "analyse_experiment",
    "as_of",
]

ASSIGNMENT_SCHEMA = pl.Schema(
    {
        "remote_id": pl.Utf8(),
        "arm": pl.Utf8(),
        "assigned_at": pl.Datetime("us", "UTC"),
        "bot_score": pl.Float64(),
        "ended_at": pl.Datetime("us", "UTC"),
        "end_reason": pl.Utf8(),
        "last_seen": pl.Datetime("us", "UTC"),
        "followed_back_at": pl.Datetime("us", "UTC"),
    }
)
LABELS = {"follow_back": "followed back", "hold_out": "held out"}
MIN_EVENTS = 5  # per arm, before a hazard ratio is worth showing
DETECT_HR = 0.8  # the difference the power calculation plans for: a 20 % lower rate


@dataclass(frozen=True)
class Look:
    """One weekly look: its cutoff, information and verdict."""

    at: datetime
    events: int
    fraction: float
    boundary: float
    z: float | None
    hazard_ratio: float | None
    lower: float | None  # repeated 95 % CI of the hazard ratio
    upper: float | None
    crossed: bool


@dataclass(frozen=True)
class ArmSummary:
    """One arm as of the latest look."""

    arm: str
    label: str
    assigned: int
    followed_back: int
    departures: int
    left_by_horizon: float | None  # Kaplan–Meier share gone by ``horizon`` days


@dataclass(frozen=True)
class ExperimentResult:
    """The experiment's status and plain answer. ``status`` is one of ``not_running``,
    ``first_look_pending``, ``collecting``, ``difference_found``, ``no_difference``."""

    status: str
    headline: str
    method: str
    horizon_days: int
    started_at: datetime | None = None
    as_of: datetime | None = None
    next_look: datetime | None = None
    arms: tuple[ArmSummary, ...] = ()
    looks: tuple[Look, ...] = ()
    curves: tuple[GroupCurve, ...] = ()
    hazard_ratio: float | None = None  # hold-out hazard / follow-back hazard
    hazard_ratio_lower: float | None = None  # repeated 95 % CI
    hazard_ratio_upper: float | None = None
    risk_reduction: float | None = None  # 1 - risk(followed back) / risk(held out)
    risk_reduction_lower: float | None = None
    risk_reduction_upper: float | None = None
    risk_horizon_days: float | None = None
    events_needed: int | None = None
    weeks_needed: int | None = None
    cohorts: pl.DataFrame = field(default_factory=pl.DataFrame)

    @property
    def significant(self) -> bool:
        return self.status == "difference_found"


def as_of(frame: pl.DataFrame, cutoff: datetime, horizon_days: int) -> pl.DataFrame:
    """Durations (days from assignment) and events as they were known at ``cutoff``.

    A departure counts if the follower unfollowed (not a purge) by the cutoff and within
    ``horizon_days`` of assignment; everyone else is censored at the earliest of the
    cutoff, the last full scan that saw them, their purge and the horizon.
    """
    cut = pl.lit(cutoff, dtype=pl.Datetime("us", "UTC"))
    ended = pl.col("ended_at").is_not_null() & (pl.col("ended_at") <= cut)
    stop = pl.when(ended).then(pl.col("ended_at")).otherwise(pl.min_horizontal("last_seen", cut))
    days = (stop - pl.col("assigned_at")).dt.total_seconds() / DAY_S
    left = ended & (pl.col("end_reason") == "unfollowed") & (days <= horizon_days)
    return frame.filter(pl.col("assigned_at") < cut).with_columns(
        days.clip(1e-6, float(horizon_days)).alias("duration"),
        left.alias("event"),
        (pl.col("arm") == "hold_out").cast(pl.Int8).alias("hold_out"),
        (pl.col("followed_back_at").is_not_null() & (pl.col("followed_back_at") <= cut)).alias(
            "was_followed_back"
        ),
        pl.col("assigned_at").dt.truncate("1w").dt.date().alias("cohort_week"),
    )


def _cox(data: pl.DataFrame) -> tuple[float, float] | None:
    """(log hazard ratio of hold-out vs follow-back, its standard error)."""
    per_arm = [data.filter(pl.col("hold_out") == g) for g in (0, 1)]
    if any(int(p["event"].sum()) < MIN_EVENTS for p in per_arm):
        return None
    import pandas as pd  # type: ignore[import-untyped]
    from lifelines import CoxPHFitter

    cox_input = pd.DataFrame(
        {
            "duration": data["duration"].to_numpy(),
            "event": data["event"].to_numpy().astype(np.int8),
            "hold_out": data["hold_out"].to_numpy(),
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lifelines warns on small samples; CIs say it
        cph = CoxPHFitter().fit(cox_input, duration_col="duration", event_col="event")
    return float(cph.params_["hold_out"]), float(cph.standard_errors_["hold_out"])


def _looks(
    frame: pl.DataFrame, cutoffs: list[datetime], horizon: int
) -> list[tuple[datetime, pl.DataFrame, tuple[float, float] | None, int]]:
    out = []
    for cutoff in cutoffs:
        data = as_of(frame, cutoff, horizon)
        out.append((cutoff, data, _cox(data), int(data["event"].sum())))
    return out


def _judge(
    raw: list[tuple[datetime, pl.DataFrame, tuple[float, float] | None, int]], needed: int
) -> list[Look]:
    """One :class:`Look` per cutoff. Boundaries are spent over the looks with departures;
    a look without any has nothing to test (boundary ``inf``)."""
    fractions: list[float] = []
    for *_, ev in raw:
        if ev > 0:
            f = ev / needed
            fractions.append(f if not fractions or f > fractions[-1] else fractions[-1] + 1e-9)
    bounds = iter(obrien_fleming_boundaries(fractions).z if fractions else ())
    looks = []
    for at, _, fit, ev in raw:
        c = next(bounds) if ev > 0 else math.inf
        frac = ev / needed
        if fit is None:
            looks.append(Look(at, ev, frac, c, None, None, None, None, False))
            continue
        beta, se = fit
        width = c * se
        finite = math.isfinite(width)
        looks.append(
            Look(
                at,
                ev,
                frac,
                c,
                beta / se,
                math.exp(beta),
                math.exp(beta - width) if finite else 0.0,
                math.exp(beta + width) if finite else math.inf,
                abs(beta / se) >= c,
            )
        )
    return looks


def _reported(looks: list[Look]) -> int:
    """The look whose estimate is reported: the latest one, unless the planned
    information was reached earlier — then the first look that reached it (the design's
    final analysis; later looks have no alpha left to spend)."""
    for i, look in enumerate(looks):
        if look.fraction >= 1.0 and look.hazard_ratio is not None:
            return i
    return len(looks) - 1


def _risk_reduction(
    data: pl.DataFrame, horizon: int, crit: float
) -> tuple[float | None, float | None, float | None, float | None]:
    """1 - risk(followed back)/risk(held out) by the longest common follow-up ≤ horizon."""
    parts = [data.filter(pl.col("hold_out") == g) for g in (0, 1)]
    if any(p.is_empty() for p in parts):
        return None, None, None, None
    h = min(float(horizon), *(float(p["duration"].max()) for p in parts))  # type: ignore[arg-type]
    risks = [km_risk(p["duration"].to_numpy(), p["event"].to_numpy(), h) for p in parts]
    (r_fb, v_fb), (r_ho, v_ho) = risks
    if r_fb <= 0 or r_ho <= 0 or not math.isfinite(crit):
        return None, None, None, h
    log_rr = math.log(r_fb / r_ho)
    se = math.sqrt(v_fb / r_fb**2 + v_ho / r_ho**2)  # delta method on log risks (Greenwood)
    return (
        1 - math.exp(log_rr),
        1 - math.exp(log_rr + crit * se),
        1 - math.exp(log_rr - crit * se),
        h,
    )


def _cutoffs(start: datetime, now: datetime, every_days: int) -> list[datetime]:
    step = timedelta(days=every_days)
    out, at = [], start + step
    while at <= now:
        out.append(at)
        at += step
    return out


def _arms(data: pl.DataFrame, horizon: float | None) -> tuple[ArmSummary, ...]:
    out = []
    for arm, code in (("follow_back", 0), ("hold_out", 1)):
        part = data.filter(pl.col("hold_out") == code)
        risk = (
            km_risk(part["duration"].to_numpy(), part["event"].to_numpy(), horizon)[0]
            if horizon is not None and not part.is_empty()
            else None
        )
        out.append(
            ArmSummary(
                arm,
                LABELS[arm],
                part.height,
                int(part["was_followed_back"].sum()),
                int(part["event"].sum()),
                risk,
            )
        )
    return tuple(out)


def _cohorts(data: pl.DataFrame, horizon: int) -> pl.DataFrame:
    rows = []
    for (week, arm), part in data.sort("cohort_week").group_by(
        "cohort_week", "arm", maintain_order=True
    ):
        d, e = part["duration"].to_numpy(), part["event"].to_numpy()
        row: dict[str, object] = {
            "cohort_week": week,
            "arm": LABELS[str(arm)],
            "assigned": part.height,
            "followed_back": int(part["was_followed_back"].sum()),
            "left": int(e.sum()),
        }
        for h in sorted({7, horizon}):
            # A horizon beyond the cohort's follow-up is unknown, not "everyone stayed".
            row[f"retained_{h}d"] = 1 - km_risk(d, e, h)[0] if d.max() >= h else None
        rows.append(row)
    return pl.DataFrame(rows) if rows else pl.DataFrame()


def _pct(value: float) -> str:
    return f"{abs(100 * value):.0f}%"


def _effect_sentence(res_rr: tuple[float | None, ...], look: Look, horizon: float) -> str:
    rr, lo, hi = res_rr[0], res_rr[1], res_rr[2]
    days = f"{horizon:.0f} days" if horizon >= 2 else f"{24 * horizon:.0f} hours"
    if rr is not None and lo is not None and hi is not None:
        word = "less" if rr >= 0 else "more"
        lo_, hi_ = (lo, hi) if rr >= 0 else (-hi, -lo)
        return (
            f"Followers you followed back were {_pct(rr)} {word} likely to leave within {days}"
            f" (95% CI {100 * lo_:.0f}% to {100 * hi_:.0f}%)."
        )
    return (
        f"Followers held out left at {look.hazard_ratio:.2f} times the rate of those followed"
        f" back (95% CI {look.lower:.2f}-{look.upper:.2f})."
    )


def _weeks_needed(looks: list[Look], needed: int, every_days: int) -> int | None:
    if not looks or looks[-1].events >= needed:
        return None
    recent = looks[-5:]
    gained = recent[-1].events - (recent[0].events if len(recent) > 1 else 0)
    weeks = (len(recent) - 1 if len(recent) > 1 else 1) * every_days / 7
    rate = gained / weeks if weeks else 0.0
    return math.ceil((needed - looks[-1].events) / rate) if rate > 0 else None


def _method(share: float, horizon: int) -> str:
    return (
        "Randomised experiment, analysed as randomised (intention to treat): followers"
        f" eligible for a follow-back were assigned at random ({100 * share:.0f}% held out)"
        " and are compared in the arm they were assigned to, from the moment of assignment."
        f" A departure is an unfollow within {horizon} days; accounts purged by the platform"
        " are censored. Looked at weekly with Lan-DeMets O'Brien-Fleming-type alpha spending,"
        " so weekly monitoring keeps the false-positive rate at 5%; intervals are 95%"
        " repeated confidence intervals."
    )


def analyse_experiment(
    frame: pl.DataFrame,
    now: datetime,
    *,
    horizon_days: int = 30,
    look_every_days: int = 7,
    detect_hazard_ratio: float = DETECT_HR,
) -> ExperimentResult:
    """The experiment as of its latest weekly look before ``now`` (see module docstring).

    ``frame`` has :data:`ASSIGNMENT_SCHEMA` (one row per assigned follower).
    """
    if frame.is_empty() or frame.filter(pl.col("arm") == "hold_out").is_empty():
        return ExperimentResult(
            "not_running",
            "No experiment is running: set holdout_share (for example 0.1) to hold out a"
            " random share of eligible followers and measure what following back changes.",
            "",
            horizon_days,
        )
    start: datetime = frame["assigned_at"].min()  # type: ignore[assignment]
    held = frame.filter(pl.col("arm") == "hold_out").height
    share = min(max(held / frame.height, 0.05), 0.95)
    needed = events_needed(1 / detect_hazard_ratio, share=share)
    method = _method(share, horizon_days)
    cutoffs = _cutoffs(start, now, look_every_days)
    next_look = start + timedelta(days=look_every_days * (len(cutoffs) + 1))
    if not cutoffs:
        data = as_of(frame, now, horizon_days)
        return ExperimentResult(
            "first_look_pending",
            f"The experiment started on {start:%Y-%m-%d}; {data.height} followers assigned so"
            f" far. The first weekly look is on {next_look:%Y-%m-%d}.",
            method,
            horizon_days,
            started_at=start,
            next_look=next_look,
            arms=_arms(data, None),
            events_needed=needed,
        )
    raw = _looks(frame, cutoffs, horizon_days)
    looks = _judge(raw, needed)
    index = _reported(looks)
    cutoff, data = raw[index][0], raw[index][1]
    last = looks[index]
    crit = last.boundary
    rr = _risk_reduction(data, horizon_days, crit)
    found = any(look.crossed for look in looks[: index + 1])
    weeks = _weeks_needed(looks[: index + 1], needed, look_every_days)
    if found and last.hazard_ratio is not None:
        status = "difference_found"
        first = next(look for look in looks if look.crossed)
        headline = (
            f"{_effect_sentence(rr, last, rr[3] or horizon_days)} The difference was"
            f" established at the weekly look of {first.at:%Y-%m-%d}."
        )
    elif last.fraction >= 1.0:
        status = "no_difference"
        headline = (
            f"No difference detected: with {last.events} departures the experiment would"
            " have found a 20% difference in the rate of leaving 4 times out of 5."
        )
    else:
        status = "collecting"
        wait = (
            f"at your arrival rate about {weeks} more week{'s' if weeks != 1 else ''} are"
            " needed to detect a 20% difference"
            if weeks is not None
            else f"{needed} departures are needed to detect a 20% difference"
        )
        headline = f"No difference detected yet: {wait}."
    return ExperimentResult(
        status,
        headline,
        method,
        horizon_days,
        started_at=start,
        as_of=cutoff,
        next_look=next_look,
        arms=_arms(data, rr[3]),
        looks=tuple(looks),
        curves=tuple(
            km_curve(
                LABELS[arm],
                data.filter(pl.col("arm") == arm)["duration"].to_numpy(),
                data.filter(pl.col("arm") == arm)["event"].to_numpy(),
            )
            for arm in ("follow_back", "hold_out")
            if not data.filter(pl.col("arm") == arm).is_empty()
        ),
        hazard_ratio=last.hazard_ratio,
        hazard_ratio_lower=last.lower,
        hazard_ratio_upper=last.upper,
        risk_reduction=rr[0],
        risk_reduction_lower=rr[1],
        risk_reduction_upper=rr[2],
        risk_horizon_days=rr[3],
        events_needed=needed,
        weeks_needed=weeks,
        cohorts=_cohorts(data, horizon_days),
    )
