"""Kept retention analyses come back as the figures they were computed as: every curve
point, estimate, look, arm and cohort cell, as the Retention page and its downloads show
them (the service keeps them as text; the page reads that text back)."""

from __future__ import annotations

import json
import math
from datetime import timedelta

import numpy as np
import polars as pl
from test_tracking_experiment import START, _frame
from test_tracking_retention import NOW, _edges

from followback.domain import BrandAccount, FollowMode, Platform
from followback.services.report import (
    RETENTION_FILES,
    retention_csv,
    retention_html,
    write_csv_text,
)
from followback.tracking.analyses import RetentionAnalyses, decode, encode
from followback.tracking.experiment import analyse_experiment
from followback.tracking.retention import (
    CONTACT_SCHEMA,
    compare_followback,
    compare_sla,
    weekly_cohorts,
)


def _analyses() -> RetentionAnalyses:
    edges = _edges(2000, 0.02, 2.0)
    end = START + timedelta(days=28)
    return RetentionAnalyses(
        as_of=NOW,
        sla_minutes=60,
        holdout_days=30,
        experiment=analyse_experiment(_frame(1200, 2.0, seed=4), end, horizon_days=30),
        observational=compare_followback(edges, NOW),
        sla=compare_sla(pl.DataFrame(schema=CONTACT_SCHEMA), NOW, 60),
        cohorts=weekly_cohorts(edges, NOW),
    )


def _same_floats(a: list[float], b: list[float]) -> bool:
    return np.array_equal(np.asarray(a), np.asarray(b), equal_nan=True)


def test_kept_analyses_come_back_figure_for_figure() -> None:
    made = _analyses()
    exp, obs = made.experiment, made.observational
    assert exp.curves and exp.looks and exp.hazard_ratio is not None, "a real experiment"
    assert obs.ok and obs.groups and not made.cohorts.is_empty(), "a real comparison"
    got = decode(encode(made))
    assert got is not None
    # Field by field, independently of the encoding.
    assert (got.as_of, got.as_of.utcoffset()) == (made.as_of, made.as_of.utcoffset())
    assert (got.experiment.arms, got.experiment.looks) == (exp.arms, exp.looks)
    assert (got.experiment.started_at, got.experiment.next_look) == (exp.started_at, exp.next_look)
    assert (got.experiment.hazard_ratio, got.experiment.risk_reduction) == (
        exp.hazard_ratio,
        exp.risk_reduction,
    )
    for kept, computed in zip(
        (*got.experiment.curves, *got.observational.groups),
        (*exp.curves, *obs.groups),
        strict=True,
    ):
        assert (kept.label, kept.n, kept.events, kept.median_days) == (
            computed.label,
            computed.n,
            computed.events,
            computed.median_days,
        )
        for field in ("timeline", "survival", "lower", "upper"):
            assert _same_floats(getattr(kept, field), getattr(computed, field)), field
    assert got.observational.hazard_ratio == obs.hazard_ratio
    assert got.sla == made.sla
    for frame, original in ((got.cohorts, made.cohorts), (got.experiment.cohorts, exp.cohorts)):
        assert frame.schema == original.schema and frame.equals(original)
    # As the page and its downloads show them.
    account = BrandAccount(1, Platform.SANDBOX, "brand", "brand", FollowMode.REVIEW)
    for name in RETENTION_FILES:
        assert write_csv_text(*retention_csv([(account, got)], name)) == write_csv_text(
            *retention_csv([(account, made)], name)
        ), name
    assert retention_html(got) == retention_html(made)
    assert got.same_as(made)


def test_not_a_number_and_other_formats() -> None:
    made = _analyses()
    curve = made.observational.groups[0]
    odd = RetentionAnalyses(
        **{
            **made.__dict__,
            "observational": type(made.observational)(
                **{
                    **made.observational.__dict__,
                    "groups": [type(curve)(**{**curve.__dict__, "upper": [math.nan, 1.0]})],
                }
            ),
        }
    )
    got = decode(encode(odd))
    assert got is not None and math.isnan(got.observational.groups[0].upper[0])
    # Text kept by another version of the format reads as missing (the service recomputes).
    older = json.loads(encode(made)) | {"format": 0}
    assert decode(json.dumps(older)) is None
