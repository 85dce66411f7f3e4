"""Golden cases for the shipped model: a bought follower, a spammer and an ordinary person.

If a retrained model changes one of these verdicts or reasons, that is a behaviour change
someone must look at, not a number to update blindly.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from followback.domain import Platform, Profile, Verdict
from followback.screening import Score, load_default_scorer, verdicts

SEEN = datetime(2024, 6, 1, 12, tzinfo=UTC)

BOUGHT = Profile(
    platform=Platform.X, remote_id="1002", handle="jessica84736251", observed_at=SEEN,
    display_name="Jessica", bio="", url="", followers_count=12, following_count=4900,
    posts_count=0, created_at=SEEN - timedelta(days=3), has_avatar=False,
)  # fmt: skip
SPAM = Profile(
    platform=Platform.X, remote_id="1003", handle="deals4u_2019", observed_at=SEEN,
    display_name="Best Deals 24/7", bio="💰 Best deals every day!!! Click 👉 https://deals.example",
    url="https://deals.example", followers_count=150, following_count=3000, posts_count=25_000,
    created_at=SEEN - timedelta(days=63), has_avatar=True,
)  # fmt: skip
HUMAN = Profile(
    platform=Platform.BLUESKY, remote_id="did:plc:ana", handle="anaruiz.bsky.social",
    observed_at=SEEN, display_name="Ana Ruiz",
    bio="Nurse in Leeds. Runner, bad cook, good aunt. Opinions mine.",
    url="https://anaruiz.example", followers_count=342, following_count=289, posts_count=2140,
    created_at=SEEN - timedelta(days=6 * 365), has_avatar=True,
)  # fmt: skip
DECLARED = Profile(
    platform=Platform.MASTODON, remote_id="77", handle="weather@bots.example", observed_at=SEEN,
    display_name="Hourly weather", bio="I post the weather every hour.", followers_count=800,
    following_count=2, posts_count=30_000, created_at=SEEN - timedelta(days=900), bot_flag=True,
)  # fmt: skip


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    results = load_default_scorer().score_profiles([BOUGHT, SPAM, HUMAN, DECLARED])
    return dict(zip(["bought", "spam", "human", "declared"], results, strict=True))


def _verdict(score: Score) -> str:
    return str(verdicts(np.array([score.bot_score]))[0])


def test_bought_follower_is_skipped_with_its_numbers(scores: dict[str, Score]) -> None:
    s = scores["bought"]
    assert _verdict(s) == Verdict.SKIP
    texts = [r.text for r in s.reasons]
    assert texts[0] == "follows 4,900, followed by 12"
    assert "no posts" in texts
    assert all(r.rule.startswith("model:") for r in s.reasons)


def test_spammer_is_skipped(scores: dict[str, Score]) -> None:
    s = scores["spam"]
    assert _verdict(s) == Verdict.SKIP
    texts = [r.text for r in s.reasons]
    assert "follows 3,000, followed by 150" in texts


def test_ordinary_person_is_followed(scores: dict[str, Score]) -> None:
    s = scores["human"]
    assert _verdict(s) == Verdict.FOLLOW
    assert s.bot_score < 0.35
    assert "follows 289, followed by 342" in [r.text for r in s.reasons]


def test_declared_bot_is_never_followed_automatically(scores: dict[str, Score]) -> None:
    s = scores["declared"]
    assert s.bot_score >= 0.9
    assert s.reasons[0].text == "marked as automated by its owner"


def test_scores_are_probabilities_and_carry_the_version(scores: dict[str, Score]) -> None:
    version = load_default_scorer().model_version
    for s in scores.values():
        assert 0.0 <= s.bot_score <= 1.0
        assert s.model_version == version
        assert 1 <= len(s.reasons) <= 3
