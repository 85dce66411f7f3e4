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


def _fresh(platform: Platform, handle: str, **kw: object) -> Profile:
    """An account made hours ago on a small, young server (the local networks' shape)."""
    base: dict[str, object] = {
        "platform": platform, "remote_id": handle, "handle": handle, "observed_at": SEEN,
        "created_at": SEEN - timedelta(hours=3), "has_avatar": False,
    }  # fmt: skip
    base.update(kw)
    return Profile(**base)  # type: ignore[arg-type]


SMALL_SERVER_UNWANTED = {
    "bare, follows 20": _fresh(Platform.BLUESKY, "qk3v9x.bsky.social", following_count=20),
    "bare, follows 60": _fresh(Platform.MASTODON, "zt81qa@small.example", following_count=60),
    "bare, follows 2,000": _fresh(Platform.BLUESKY, "mwq.bsky.social", following_count=2000),
    "spam in Spanish": _fresh(
        Platform.MASTODON, "ganar@small.example", display_name="Lucía",
        bio="Señales de trading gratis 📈 gana dinero desde casa", following_count=50,
        posts_count=3,
    ),
    "get-rich pitch": _fresh(
        Platform.BLUESKY, "kalo3.bsky.social", display_name="Kalo Mira",
        bio="Earn 5x daily 🔥 https://kalo-bonus.example", following_count=60, posts_count=3,
        has_avatar=True,
    ),
    # A seller's stock first name, or the handle without its tail as the name, and nothing
    # else, following hundreds: the bought followers model 3 left in "needs a look" on the
    # local AT Protocol network (faceless_follower).
    "first name only, no posts": _fresh(
        Platform.BLUESKY, "lenaxq7.bsky.social", display_name="Lena", following_count=900
    ),
    "handle-like name, no posts": _fresh(
        Platform.BLUESKY, "user8hkpri3fa2b1.test", display_name="user8hkpri",
        following_count=650, followers_count=7,
    ),
    "avatar, no posts": _fresh(
        Platform.MASTODON, "rp4k2@small.example", following_count=450, has_avatar=True
    ),
}  # fmt: skip
# Profiles that cannot be told from a quiet person by the profile alone: never recommended,
# a person (or a second look at their posts) decides.
SMALL_SERVER_UNCLEAR = {
    # Never posted, only a first name or only a photo, following a few dozen: a newcomer
    # who followed a starter pack (up to 150 in one click) looks the same as a bought
    # follower that follows few. Until session 11 (silent_follower from 20 follows) these
    # were screened out; now a person decides.
    "first name only, follows 35": _fresh(
        Platform.BLUESKY, "lenaxq7.bsky.social", display_name="Lena", following_count=35
    ),
    "avatar only, follows 45": _fresh(
        Platform.MASTODON, "rp4k2@small.example", following_count=45, has_avatar=True
    ),
    "handle-like name, follows 90": _fresh(
        Platform.BLUESKY, "user8hkpri3fa2b1.test", display_name="user8hkpri",
        following_count=90, followers_count=7,
    ),
    "spam in the name only": _fresh(
        Platform.BLUESKY, "pro512.bsky.social", display_name="Forex Signals VIP",
        following_count=40, posts_count=6, has_avatar=True,
    ),
}  # fmt: skip
SMALL_SERVER_PEOPLE = {
    "new person": _fresh(
        Platform.BLUESKY, "miraoka.bsky.social", display_name="Mira Okafor",
        bio="Nurse on night shifts. Into birds and tea.", has_avatar=True, following_count=5,
        followers_count=1, posts_count=4, last_post_at=SEEN,
    ),
    "new person, Portuguese": _fresh(
        Platform.MASTODON, "tenmo@small.example", display_name="Tenmo Raka",
        bio="Professora de química. Ciclismo e café aos domingos.", has_avatar=True,
        following_count=6, posts_count=2, last_post_at=SEEN,
    ),
    # Quiet people with only a first name: a post, or following only a few, keeps them
    # recommended (faceless_follower needs both "follows 200 or more" and "never posted").
    "quiet person, a name and two posts": _fresh(
        Platform.BLUESKY, "mira42.bsky.social", display_name="Mira", following_count=40,
        followers_count=3, posts_count=2, last_post_at=SEEN,
    ),
}  # fmt: skip
# Followed a starter pack of 400 on day one: a person may look, never screened out.
STARTER_PACK = _fresh(
    Platform.BLUESKY, "jonasr.bsky.social", display_name="Jonas Ruiz",
    bio="Retired engineer. Jazz and kayaking.", has_avatar=True, following_count=400,
    followers_count=2, posts_count=3, last_post_at=SEEN,
)  # fmt: skip


@pytest.mark.parametrize("case", list(SMALL_SERVER_UNWANTED))
def test_bought_and_spam_on_a_small_new_server_are_screened_out(case: str) -> None:
    (s,) = load_default_scorer().score_profiles([SMALL_SERVER_UNWANTED[case]])
    assert _verdict(s) == Verdict.SKIP, (s.bot_score, _texts(s))
    # Nothing that says "followed by 0" or "no posts" may count in its favour.
    assert not any(t.startswith("+") and ("followed by 0" in t or "no " in t) for t in _texts(s))


@pytest.mark.parametrize("case", list(SMALL_SERVER_PEOPLE))
def test_new_people_on_a_small_server_are_recommended(case: str) -> None:
    (s,) = load_default_scorer().score_profiles([SMALL_SERVER_PEOPLE[case]])
    assert _verdict(s) == Verdict.FOLLOW, (s.bot_score, _texts(s))
    # A few posts are never held against a new person.
    assert not any(t.startswith(MINUS) and "post" in t for t in _texts(s)), _texts(s)


@pytest.mark.parametrize("case", list(SMALL_SERVER_UNCLEAR))
def test_unclear_profiles_are_never_recommended(case: str) -> None:
    (s,) = load_default_scorer().score_profiles([SMALL_SERVER_UNCLEAR[case]])
    assert _verdict(s) != Verdict.FOLLOW, (s.bot_score, _texts(s))
    assert any(t.startswith(MINUS) for t in _texts(s))


# Never posted yet, followed a starter pack: a bio only, a name only, a name and a photo.
# silent_follower from 20 follows screened out the first two (a held-out person with only
# a bio who follows 40, session 11). Not claimed: the learned follows-per-day curve still
# screens out one with only a name or only a bio who follows 150 (model card, Limitations).
QUIET_NEWCOMERS = {
    "a bio, follows 40": _fresh(
        Platform.BLUESKY, "old-signalman.bsky.social", following_count=40, followers_count=3,
        bio="Retired signalman. Trains, timetables, strong tea.",
    ),
    "a name, follows 80": _fresh(
        Platform.BLUESKY, "annika-l.bsky.social", display_name="Annika", following_count=80,
    ),
    "a name and a photo, follows 150": _fresh(
        Platform.BLUESKY, "kenji-m.bsky.social", display_name="Kenji M", has_avatar=True,
        following_count=150, followers_count=1,
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(QUIET_NEWCOMERS))
def test_a_quiet_newcomer_who_followed_a_starter_pack_is_never_screened_out(case: str) -> None:
    (s,) = load_default_scorer().score_profiles([QUIET_NEWCOMERS[case]])
    assert _verdict(s) != Verdict.SKIP, (s.bot_score, _texts(s))


def test_a_starter_pack_newcomer_is_never_screened_out() -> None:
    (s,) = load_default_scorer().score_profiles([STARTER_PACK])
    assert _verdict(s) != Verdict.SKIP, (s.bot_score, _texts(s))
    assert "+ has a display name, bio and avatar" in _texts(s)
