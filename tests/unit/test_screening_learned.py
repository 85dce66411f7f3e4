"""The brand's learned adjustment: learns a house rule, stays put with little evidence,
shows where it pushed, and round-trips through its stored form."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from followback.domain import Platform, Profile, Reason
from followback.screening.frame import profiles_to_frame
from followback.screening.learned import MIN_DECISIONS, Adjustment, agreement, features, fit
from followback.screening.model import Score

AT = datetime(2026, 11, 22, tzinfo=UTC)


def _people(n: int, seed: int) -> tuple[list[Profile], np.ndarray, np.ndarray]:
    """Genuine-looking people, half without a bio; the brand skips those without one."""
    rng = np.random.default_rng(seed)
    profiles, labels = [], []
    for i in range(n):
        bio = "" if i % 2 else "Baker, cyclist, reader."
        profiles.append(
            Profile(
                Platform.BLUESKY, f"did:{seed}:{i}", f"p{i}.test", AT,
                display_name=f"Person {i}", bio=bio,
                posts_count=int(rng.integers(3, 60)), following_count=int(rng.integers(5, 80)),
                followers_count=int(rng.integers(2, 90)),
            )
        )  # fmt: skip
        labels.append(0.0 if bio else 1.0)
    base = np.full(n, 0.3)  # the shipped model calls them all people
    return profiles, base, np.array(labels)


def test_learns_a_house_rule_and_agrees_on_unseen_accounts() -> None:
    train, base, y = _people(80, 1)
    adj = fit(features(profiles_to_frame(train), base), base, y)
    assert adj is not None and adj.decisions == 80 and adj.skips == 40
    test, tbase, ty = _people(60, 2)
    adjusted = adj.adjust(tbase, features(profiles_to_frame(test), tbase))
    assert agreement(tbase, ty) == 0.5  # the shipped model alone
    assert agreement(adjusted, ty) > 0.9
    assert adj.describe() == "learned from 80 of your decisions"


def test_too_few_decisions_learn_nothing() -> None:
    profiles, base, y = _people(MIN_DECISIONS - 1, 3)
    assert fit(features(profiles_to_frame(profiles), base), base, y) is None


def test_agreeing_decisions_leave_scores_close_to_the_model() -> None:
    profiles, _, _ = _people(60, 4)
    base = np.where(np.arange(60) % 2 == 0, 0.2, 0.8)
    labels = (base > 0.5).astype(float)  # the brand agrees with the model
    adj = fit(features(profiles_to_frame(profiles), base), base, labels)
    assert adj is not None
    adjusted = adj.adjust(base, features(profiles_to_frame(profiles), base))
    assert agreement(adjusted, labels) == 1.0


def test_apply_adds_a_reason_and_versions_round_trip() -> None:
    train, base, y = _people(60, 5)
    adj = fit(features(profiles_to_frame(train), base), base, y)
    assert adj is not None
    scores = [Score(0.3, (Reason("model:bio", "+ has a bio"),), "m1") for _ in train[:2]]
    out = adj.apply(train[:2], scores)
    assert out[0].bot_score < 0.3 < out[1].bot_score  # bio kept, no bio pushed out
    assert out[1].reasons[-1].rule == "learned"
    assert out[1].reasons[-1].text.startswith("+ learned from 60 of your decisions")
    assert out[0].learned_version == adj.version and out[0].model_version == "m1"
    again = Adjustment.from_json(adj.to_json())
    assert again is not None and again.version == adj.version
    assert Adjustment.from_json({}) is None


def test_platform_signals_are_worded_for_the_queue() -> None:
    from followback.screening.signals import platform_reasons

    p = Profile(
        Platform.BLUESKY, "did:1", "mira.test", AT, labels=("spam", "bot"), verified=True,
        verified_links=1, associated_count=3, pinned_post=True,
    )  # fmt: skip
    assert [r.text for r in platform_reasons(p)] == [
        "− labelled spam by moderation",
        "+ verified by the platform",
        "+ 1 verified link",
        "+ made 3 lists/feeds/packs",
        "+ pinned a post",
    ]
    assert platform_reasons(Profile(Platform.X, "1", "a", AT)) == ()


def test_a_model_far_off_the_brand_is_corrected_not_inverted() -> None:
    # The model calls everyone genuine with near-zero scores (a platform model on old
    # Twitter data); plain Newton steps overshot here and ranked accounts backwards.
    train, _, y = _people(80, 6)
    base = np.linspace(0.001, 0.01, 80)
    adj = fit(features(profiles_to_frame(train), base), base, y)
    assert adj is not None
    test, _, ty = _people(60, 7)
    tbase = np.linspace(0.001, 0.01, 60)
    adjusted = adj.adjust(tbase, features(profiles_to_frame(test), tbase))
    assert agreement(tbase, ty) == 0.5 and agreement(adjusted, ty) > 0.9
