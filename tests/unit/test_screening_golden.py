"""Golden cases for the shipped model: a bought follower, spammers, a declared bot, ordinary
people, and people one day old on Bluesky and on Mastodon.

If a retrained model changes one of these verdicts or reasons, that is a behaviour change
someone must look at, not a number to update blindly. The new people are the issue's case:
a complete, active profile is recommended whatever its age and follower count.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from followback.domain import Platform, Profile, Verdict
from followback.screening import Score, load_default_scorer, verdicts

SEEN = datetime(2026, 11, 1, 12, tzinfo=UTC)
MINUS = "\N{MINUS SIGN}"

BOUGHT = Profile(
    platform=Platform.BLUESKY, remote_id="did:plc:b1", handle="user83629174.bsky.social",
    observed_at=SEEN, display_name="", bio="", followers_count=3, following_count=900,
    posts_count=0, created_at=SEEN - timedelta(days=20), has_avatar=False,
)  # fmt: skip
BOUGHT_X = Profile(
    platform=Platform.X, remote_id="1002", handle="jessica84736251", observed_at=SEEN,
    display_name="Jessica", bio="", url="", followers_count=12, following_count=4900,
    posts_count=0, created_at=SEEN - timedelta(days=3), has_avatar=False,
)  # fmt: skip
SPAM = Profile(
    platform=Platform.MASTODON, remote_id="9", handle="cryptoking@mas.to", observed_at=SEEN,
    display_name="Crypto Signals Pro",
    bio="Daily crypto signals with 95% accuracy 🚀 Join our Telegram https://t.me/cryptoking",
    url="https://cryptoking.io", followers_count=150, following_count=3000, posts_count=25_000,
    created_at=SEEN - timedelta(days=63),
)  # fmt: skip
LABELLED = Profile(
    platform=Platform.BLUESKY, remote_id="did:plc:l1", handle="lena.bsky.social",
    observed_at=SEEN, display_name="Lena Fischer", bio="Photos and coffee.",
    followers_count=40, following_count=60, posts_count=30,
    created_at=SEEN - timedelta(days=40), labels=("spam",),
)  # fmt: skip
HUMAN = Profile(
    platform=Platform.X, remote_id="77", handle="anaruiz", observed_at=SEEN,
    display_name="Ana Ruiz", bio="Nurse in Leeds. Runner, bad cook, good aunt. Opinions mine.",
    url="https://anaruiz.example", followers_count=342, following_count=289, posts_count=2140,
    created_at=SEEN - timedelta(days=6 * 365),
)  # fmt: skip
NEW_ON_BLUESKY = Profile(
    platform=Platform.BLUESKY, remote_id="did:plc:tom", handle="tomasnovak.bsky.social",
    observed_at=SEEN, display_name="Tomás Novak",
    bio="Bus driver in Kraków. Birding on weekends.", followers_count=4, following_count=35,
    posts_count=6, created_at=SEEN - timedelta(hours=20),
)  # fmt: skip
NEW_ON_MASTODON = Profile(
    platform=Platform.MASTODON, remote_id="110", handle="elif@norden.social", observed_at=SEEN,
    display_name="Elif Yilmaz", bio="Translator. Tea, cats and old synths.", followers_count=2,
    following_count=18, posts_count=3, created_at=SEEN - timedelta(hours=10),
    last_post_at=SEEN - timedelta(hours=2),
)  # fmt: skip
DECLARED = Profile(
    platform=Platform.MASTODON, remote_id="78", handle="weather@bots.example", observed_at=SEEN,
    display_name="Hourly weather", bio="I post the weather every hour.", followers_count=800,
    following_count=2, posts_count=30_000, created_at=SEEN - timedelta(days=900), bot_flag=True,
)  # fmt: skip
CASES = {
    "bought": BOUGHT, "bought_x": BOUGHT_X, "spam": SPAM, "labelled": LABELLED,
    "human": HUMAN, "new_on_bluesky": NEW_ON_BLUESKY, "new_on_mastodon": NEW_ON_MASTODON,
    "declared": DECLARED,
}  # fmt: skip


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    results = load_default_scorer().score_profiles(list(CASES.values()))
    return dict(zip(CASES, results, strict=True))


def _verdict(score: Score) -> str:
    return str(verdicts(np.array([score.bot_score]))[0])


def _texts(score: Score) -> list[str]:
    return [r.text for r in score.reasons]


def test_bought_followers_are_screened_out_for_what_they_are(scores: dict[str, Score]) -> None:
    s = scores["bought"]
    assert _verdict(s) == Verdict.SKIP
    assert _texts(s)[0] == f"{MINUS} follows 900, followed by 3"
    assert set(_texts(s)[1:]) == {f"{MINUS} no posts", f"{MINUS} no display name, bio or avatar"}
    x = scores["bought_x"]
    assert _verdict(x) == Verdict.SKIP
    assert f"{MINUS} follows 4,900, followed by 12" in _texts(x)
    assert f"{MINUS} no posts" in _texts(x)


def test_crypto_signal_spam_is_screened_out_and_quoted(scores: dict[str, Score]) -> None:
    s = scores["spam"]
    assert _verdict(s) == Verdict.SKIP
    assert f"{MINUS} profile says “crypto signals”" in _texts(s)


def test_a_moderation_label_outweighs_a_tidy_profile(scores: dict[str, Score]) -> None:
    s = scores["labelled"]
    assert _verdict(s) == Verdict.SKIP
    assert _texts(s)[0] == f"{MINUS} labelled spam by a moderation service"


def test_an_ordinary_person_is_recommended(scores: dict[str, Score]) -> None:
    s = scores["human"]
    assert _verdict(s) == Verdict.FOLLOW
    assert "+ has a display name, bio, avatar and website" in _texts(s)
    assert all(t.startswith("+") for t in _texts(s))


@pytest.mark.parametrize("case", ["new_on_bluesky", "new_on_mastodon"])
def test_a_day_old_person_with_a_complete_profile_is_recommended(
    scores: dict[str, Score], case: str
) -> None:
    s = scores[case]
    assert _verdict(s) == Verdict.FOLLOW
    assert "+ has a display name, bio and avatar" in _texts(s)
    # being new and little followed is not held against them
    against = [t for t in _texts(s) if t.startswith(MINUS)]
    assert not any("created" in t or "followed by" in t for t in against)


def test_declared_bot_is_never_followed_automatically(scores: dict[str, Score]) -> None:
    s = scores["declared"]
    assert s.bot_score >= 0.9
    assert _texts(s)[0] == f"{MINUS} declares itself automated"


def test_scores_are_probabilities_and_carry_the_version(scores: dict[str, Score]) -> None:
    version = load_default_scorer().model_version
    for s in scores.values():
        assert 0.0 <= s.bot_score <= 1.0
        assert s.model_version == version
        assert 1 <= len(s.reasons) <= 3
        assert all(r.text.startswith(("+ ", f"{MINUS} ")) for r in s.reasons)
