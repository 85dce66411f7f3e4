"""The planner's ordering and modes, pacing maths, and the churn guard."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followback.domain import (
    DEFAULT_CAPABILITIES,
    FollowEventKind,
    FollowMode,
    LimitSpec,
    Platform,
    Verdict,
)
from followback.engine.pacing import (
    BucketState,
    apply_limit_overrides,
    bucket_specs,
    jittered,
    take,
)
from followback.engine.planner import (
    Candidate,
    effective_mode,
    engagement_priority,
    plan_follows,
)
from followback.engine.safety import build_histories, check_follow, check_unfollow

T0 = datetime(2026, 11, 1, tzinfo=UTC)
SANDBOX = DEFAULT_CAPABILITIES[Platform.SANDBOX]


def _cand(
    i: int,
    *,
    approved: bool = True,
    reviewed: str | None = None,
    prio: float = 0.0,
    verdict: Verdict = Verdict.FOLLOW,
) -> Candidate:
    return Candidate(i, f"r{i}", verdict, approved, reviewed, T0 + timedelta(minutes=i), prio)


def _plan(cands: list[Candidate], **kw: object):  # type: ignore[no-untyped-def]
    args: dict[str, object] = {
        "mode": FollowMode.AUTO,
        "caps": SANDBOX,
        "already_following": set(),
        "queued": set(),
        "blocked": {},
        "engagement": {},
        "following_room": None,
    }
    args.update(kw)
    return plan_follows(cands, **args)  # type: ignore[arg-type]


# -- planner -------------------------------------------------------------------------
def test_engaged_followers_go_first_then_priority_then_oldest() -> None:
    plan = _plan(
        [_cand(1), _cand(2, prio=1.0), _cand(3), _cand(4)],
        engagement={"r4": 5.0, "r3": 1.0},
    )
    assert [p.remote_id for p in plan.follows] == ["r4", "r3", "r2", "r1"]


def test_dry_run_plans_nothing() -> None:
    plan = _plan([_cand(1)], mode=FollowMode.DRY_RUN)
    assert plan.follows == [] and plan.left_out["dry_run"] == 1


def test_review_mode_needs_a_person_and_auto_falls_back_on_x() -> None:
    x = DEFAULT_CAPABILITIES[Platform.X]
    assert effective_mode(FollowMode.AUTO, x) is FollowMode.REVIEW
    assert effective_mode(FollowMode.AUTO, SANDBOX) is FollowMode.AUTO
    plan = _plan([_cand(1), _cand(2, reviewed="member:ana")], caps=x)
    assert [p.remote_id for p in plan.follows] == ["r2"]
    assert plan.left_out["needs_review"] == 1


def test_a_person_may_approve_a_grey_zone_decision_but_policy_may_not() -> None:
    plan = _plan(
        [_cand(1, verdict=Verdict.REVIEW), _cand(2, verdict=Verdict.REVIEW, reviewed="member:ana")]
    )
    assert [p.remote_id for p in plan.follows] == ["r2"]


def test_followed_queued_blocked_and_duplicates_are_left_out() -> None:
    plan = _plan(
        [_cand(1), _cand(2), _cand(3), _cand(4), _cand(4), _cand(5, approved=False)],
        already_following={"r1"},
        queued={"r2"},
        blocked={"r3": "churn_loop"},
    )
    assert [p.remote_id for p in plan.follows] == ["r4"]
    assert plan.left_out == {
        "already_following_or_queued": 2,
        "churn_loop": 1,
        "duplicate": 1,
        "not_approved": 1,
    }


def test_following_cap_truncates_the_plan() -> None:
    plan = _plan([_cand(i) for i in range(10)], following_room=3)
    assert len(plan.follows) == 3 and plan.left_out["following_cap"] == 7
    assert _plan([_cand(1)], following_room=-5).follows == []


def test_engagement_priority_weights_and_caps_floods() -> None:
    assert engagement_priority({"dm": 1, "mention": 1}) == 5.0
    assert engagement_priority({"mention": 1000}) == engagement_priority({"mention": 5})


# -- pacing --------------------------------------------------------------------------
@pytest.mark.parametrize("platform", list(Platform))
def test_buckets_never_admit_more_than_headroom_of_any_limit(platform: Platform) -> None:
    caps = DEFAULT_CAPABILITIES[platform]
    for spec, limit in zip(bucket_specs(caps.limits), caps.limits, strict=True):
        assert spec.window_admits(limit.period_s) <= 0.8 * limit.capacity + 1e-9
        assert spec.burst >= max(limit.costs.values())
        assert spec.rate > 0


@given(
    capacity=st.integers(1, 50_000),
    period=st.integers(1, 86_400),
    cost=st.integers(1, 5),
    gaps=st.lists(st.floats(0, 5000, allow_nan=False), min_size=1, max_size=300),
)
def test_bucket_takes_within_any_sliding_window_stay_under_the_limit(
    capacity: int, period: int, cost: int, gaps: list[float]
) -> None:
    spec = bucket_specs([LimitSpec("l", capacity, period, {"op": cost})])[0]
    state, now, taken = [BucketState(spec.burst, 0.0)], 0.0, []
    for gap in gaps:
        now += gap
        new, wait = take([spec], state, "op", now)
        if wait == 0.0:
            state = new
            taken.append(now)
    for i, start in enumerate(taken):
        in_window = sum(cost for t in taken[i:] if t < start + period)
        assert in_window <= capacity


def test_take_is_all_or_nothing_and_reports_the_wait() -> None:
    specs = bucket_specs(SANDBOX.limits)
    states = [BucketState(s.burst, 0.0) for s in specs]
    states[1] = BucketState(0.0, 0.0)
    new, wait = take(specs, states, "follow", 0.0)
    assert new == states and wait == pytest.approx(1 / specs[1].rate)
    assert take(specs, states, "reply", 0.0) == (states, 0.0)  # costs nothing here


def test_limit_overrides_replace_named_limits_and_reject_unknown_names() -> None:
    caps = apply_limit_overrides(SANDBOX, {"follows_day": (100, 86_400)})
    assert caps.limits[0].capacity == 100
    with pytest.raises(ValueError, match="unknown limit"):
        apply_limit_overrides(SANDBOX, {"nope": (1, 1)})
    with pytest.raises(ValueError, match="headroom"):
        bucket_specs(SANDBOX.limits, headroom=1.5)


def test_jitter_only_delays() -> None:
    rng = random.Random(1)
    values = [jittered(10.0, rng) for _ in range(100)]
    assert all(10.0 <= v <= 12.5 for v in values) and len(set(values)) > 90
    assert jittered(0.0, rng) == 0.0
    assert math.isinf(
        take(bucket_specs([LimitSpec("x", 1, 10, {"f": 2})]), [BucketState(0.0, 0.0)], "f", 0.0)[1]
    )


# -- safety --------------------------------------------------------------------------
def _h(*events: tuple[str, str, str, int]):  # type: ignore[no-untyped-def]
    return build_histories((r, k, s, T0 + timedelta(days=d)) for r, k, s, d in events)


def test_never_refollow_an_account_unfollowed_by_hand() -> None:
    h = _h(
        ("a", FollowEventKind.FOLLOWED_BACK, "engine", 0),
        ("a", FollowEventKind.UNFOLLOWED_BY_BRAND, "sync", 1),
    )
    reason = check_follow(h["a"])
    assert reason is not None and reason.rule == "churn_manual_unfollow"


def test_no_follow_unfollow_loops() -> None:
    h = _h(
        ("a", FollowEventKind.FOLLOWED_BACK, "engine", 0),
        ("a", FollowEventKind.UNFOLLOWED_BY_BRAND, "undo", 1),
    )
    reason = check_follow(h["a"])
    assert reason is not None and reason.rule == "churn_loop"
    assert check_follow(None) is None
    assert check_follow(_h(("b", FollowEventKind.FOLLOWED_BACK, "engine", 0))["b"]) is None


def test_automatic_unfollow_waits_the_minimum_gap_a_person_does_not() -> None:
    h = _h(("a", FollowEventKind.FOLLOWED_BACK, "engine", 0))["a"]
    gap = timedelta(days=7)
    early = check_unfollow(h, T0 + timedelta(days=2), gap, automatic=True)
    assert early is not None and early.rule == "churn_min_gap"
    assert check_unfollow(h, T0 + timedelta(days=8), gap, automatic=True) is None
    assert check_unfollow(h, T0 + timedelta(days=2), gap, automatic=False) is None


@given(
    capacity=st.integers(1, 50_000),
    period=st.integers(60, 86_400),
    interval=st.floats(1, 86_400),
)
def test_buckets_sized_for_the_run_interval_keep_the_window_bound(
    capacity: int, period: int, interval: float
) -> None:
    spec = bucket_specs([LimitSpec("l", capacity, period, {"op": 1})], run_interval_s=interval)[0]
    assert spec.window_admits(period) <= 0.8 * capacity * (1 + 1e-9)
    if spec.burst > 1:  # the burst holds what refills between two runs
        assert spec.burst == pytest.approx(spec.rate * interval)


def test_hourly_runs_get_bigger_bursts_than_the_default() -> None:
    hourly = {s.name: s.burst for s in bucket_specs(SANDBOX.limits, run_interval_s=3600)}
    default = {s.name: s.burst for s in bucket_specs(SANDBOX.limits)}
    assert hourly["follows_15min"] == 32.0 > default["follows_15min"] == 4.0
    with pytest.raises(ValueError, match="run_interval_s"):
        bucket_specs(SANDBOX.limits, run_interval_s=0)
