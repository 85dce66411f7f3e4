"""Every write kind is paced by published limits, and mixed writes stay within each limit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followback.domain import DEFAULT_CAPABILITIES, Platform
from followback.engine.pacing import BucketState, bucket_specs, take

WRITES = ("follow", "unfollow", "reply", "dm", "repost")
REAL = [Platform.X, Platform.BLUESKY, Platform.MASTODON]


def _kinds(platform: Platform) -> list[str]:
    caps = DEFAULT_CAPABILITIES[platform]
    return [k for k in WRITES if k != "dm" or caps.dms]


@pytest.mark.parametrize("platform", REAL)
def test_every_write_kind_draws_on_a_limit_with_a_source(platform: Platform) -> None:
    limits = DEFAULT_CAPABILITIES[platform].limits
    for kind in _kinds(platform):
        assert any(limit.cost(kind) > 0 for limit in limits), f"{platform}: {kind} is unpaced"
    for limit in limits:
        assert limit.source.startswith(("https://", "followback:")), limit.name
        if limit.source.startswith("followback:"):
            # A cap of followback's own says what was checked, when, and why it exists.
            assert "checked 20" in limit.source and len(limit.source) > 120, limit.name


def test_published_values() -> None:
    def limit(platform: Platform, name: str) -> tuple[int, int]:
        spec = next(s for s in DEFAULT_CAPABILITIES[platform].limits if s.name == name)
        return spec.capacity, spec.period_s

    # Mastodon's RateLimiter: 300 statuses per 3 hours (not per 30 minutes), 400 follows a day.
    assert limit(Platform.MASTODON, "statuses_3h") == (300, 3 * 3600)
    assert limit(Platform.MASTODON, "follows_day") == (400, 86_400)
    assert limit(Platform.BLUESKY, "write_points_hour") == (5000, 3600)
    assert limit(Platform.BLUESKY, "write_points_day") == (35_000, 86_400)
    assert limit(Platform.X, "dms_day") == (500, 86_400)


@settings(max_examples=60, deadline=None)
@given(
    platform=st.sampled_from(REAL),
    steps=st.lists(
        st.tuples(st.sampled_from(WRITES), st.floats(0, 900, allow_nan=False)),
        min_size=1,
        max_size=400,
    ),
)
def test_mixed_writes_never_exceed_any_limit_on_any_window(
    platform: Platform, steps: list[tuple[str, float]]
) -> None:
    limits = DEFAULT_CAPABILITIES[platform].limits
    specs = bucket_specs(limits)
    states = [BucketState(s.burst, 0.0) for s in specs]
    now, taken = 0.0, []
    for op, gap in steps:
        now += gap
        charged = [i for i, s in enumerate(specs) if s.cost(op) > 0]
        new, wait = take([specs[i] for i in charged], [states[i] for i in charged], op, now)
        if wait == 0.0:
            for i, state in zip(charged, new, strict=True):
                states[i] = state
            taken.append((now, op))
    for limit in limits:
        for i, (start, _) in enumerate(taken):
            window = sum(limit.cost(op) for t, op in taken[i:] if t < start + limit.period_s)
            assert window <= limit.capacity, limit.name


def test_bluesky_write_points_follow_the_record_operation() -> None:
    # docs.bsky.app/docs/advanced-guides/rate-limits (checked 2026-11-30): a record create
    # costs 3 points, a delete 1; a follow, reply and repost each create one record, an
    # unfollow deletes one. DMs go through the chat service, not the repository.
    for name in ("write_points_hour", "write_points_day"):
        spec = next(s for s in DEFAULT_CAPABILITIES[Platform.BLUESKY].limits if s.name == name)
        assert {op: spec.cost(op) for op in WRITES} == {
            "follow": 3,
            "unfollow": 1,
            "reply": 3,
            "dm": 0,
            "repost": 3,
        }
        assert spec.source == "https://docs.bsky.app/docs/advanced-guides/rate-limits"
