"""Reasons are plain words with the account's real numbers, and say which way they push."""

from __future__ import annotations

import pytest

from followback.screening.features import FEATURE_NAMES, SIGNAL_NAMES
from followback.screening.reasons import (
    AGAINST,
    FOR,
    SIGNAL_FEATURES,
    SIGNALS,
    Facts,
    describe,
    format_age,
)


def _facts(**kw: object) -> Facts:
    base: dict[str, object] = {
        "followers": 12, "following": 4900, "posts": 0, "age_days": 3.2, "handle": "jess8473",
        "handle_length": 8, "handle_digits": 4, "has_name": False, "bio_length": 0,
        "bio_link_only": False, "has_avatar": False, "has_url": False,
    }  # fmt: skip
    base.update(kw)
    return Facts(**base)  # type: ignore[arg-type]


def _against(signal: str, f: Facts) -> str:
    text = describe(signal, True, f)
    assert text.startswith(f"{AGAINST} ")
    return text.removeprefix(f"{AGAINST} ")


def _for(signal: str, f: Facts) -> str:
    text = describe(signal, False, f)
    assert text.startswith(f"{FOR} ")
    return text.removeprefix(f"{FOR} ")


def test_every_feature_and_platform_signal_belongs_to_exactly_one_signal() -> None:
    grouped = [f for s in SIGNALS for f in SIGNAL_FEATURES[s]]
    assert sorted(grouped) == sorted((*FEATURE_NAMES, *SIGNAL_NAMES))


@pytest.mark.parametrize(
    ("days", "text"),
    [(0.2, "less than a day"), (1.5, "1 day"), (3.9, "3 days"), (90, "2 months"),
     (800, "2 years"), (6 * 365.25 + 1, "6 years")],
)  # fmt: skip
def test_format_age(days: float, text: str) -> None:
    assert format_age(days) == text


def test_the_sign_says_which_way_a_reason_pushes() -> None:
    assert describe("audience", True, _facts()) == "\N{MINUS SIGN} follows 4,900, followed by 12"
    big = _facts(followers=1_234_567, following=89)
    assert describe("audience", False, big) == "+ followed by 1,234,567, follows 89"


def test_profile_names_what_is_there_or_missing() -> None:
    assert _against("profile", _facts()) == "no display name, bio or avatar"
    assert _against("profile", _facts(has_name=True, bio_length=3)) == "no avatar"
    assert _against("profile", _facts(bio_link_only=True)) == "bio is little more than a link"
    linked_bio = _facts(has_name=True, bio_length=30, has_avatar=True, bio_has_link=True)
    assert _against("profile", linked_bio) == "bio carries a link"
    complete = _facts(has_name=True, bio_length=40, has_avatar=True)
    assert _for("profile", complete) == "has a display name, bio and avatar"
    linked = _facts(has_name=True, bio_length=40, has_avatar=True, has_url=True)
    assert _for("profile", linked) == "has a display name, bio, avatar and website"


def test_age_reads_differently_by_direction() -> None:
    assert _against("age", _facts()) == "account created 3 days ago"
    assert _for("age", _facts(age_days=2300)) == "account 6 years old"
    assert _against("age", _facts(age_days=None)) == "account age unknown"


def test_activity() -> None:
    assert _against("activity", _facts(posts=0)) == "no posts"
    assert _against("activity", _facts(posts=25_000, age_days=63)) == "25,000 posts, 397 a day"
    assert _for("activity", _facts(posts=2140, age_days=2281)) == "2,140 posts in 6 years"
    assert _for("activity", _facts(posts=3, age_days=0.5)) == "3 posts"
    assert _for("activity", _facts(posts=1, age_days=2)) == "1 post"
    assert _for("activity", _facts(posts=None)) == "post count unknown"


def test_handle() -> None:
    assert _against("handle", _facts()) == "@jess8473 has 4 digits"
    assert _for("handle", _facts(handle="anaruiz", handle_digits=0)) == "@anaruiz has no digits"
    # caverlee-2011: only the length of the screen name is known
    blind = _facts(handle=None, handle_digits=None)
    assert _against("handle", blind) == "handle of 8 characters"


def test_spam_words_are_quoted() -> None:
    f = _facts(text="Crypto Signals Pro \n Daily crypto signals, join our Telegram")
    assert _against("words", f) == "profile says “crypto signals”"
    assert _against("words", _facts(text="18+ 🔞 link in bio")) == "profile says “18+”"
    assert _against("words", _facts(text="Follow back 100%")) == "profile says “follow back”"
    assert _against("words", _facts(text="")) == "profile reads like spam"


def test_platform_signals() -> None:
    assert _against("labels", _facts(labels="spam,impersonation")) == (
        "labelled spam, impersonation by a moderation service"
    )
    assert _for("verified", _facts(verified=True)) == "verified by the platform"
    assert _for("verified", _facts(verified_links=2)) == "2 verified links on the profile"
    busy = _facts(pinned_post=True, posted_recently=True)
    assert _for("engaged", busy) == "pinned a post and posted in the last 30 days"
    chatty = _facts(recent_sampled=5, recent_replies=0.6)
    assert _for("recent_posts", chatty) == "3 of 5 recent posts reply to people"
    copied = _facts(recent_sampled=5, recent_duplicates=0.8, recent_links=0.2)
    assert _against("recent_posts", copied) == "4 of 5 recent posts repeat the same text"
    linky = _facts(recent_sampled=4, recent_duplicates=0.0, recent_links=1.0)
    assert _against("recent_posts", linky) == "4 of 4 recent posts carry a link"
    assert _against("bot_flag", _facts()) == "declares itself automated"


def test_unknown_signal_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown signal"):
        describe("vibes", True, _facts())


def test_a_reason_is_shown_only_when_its_facts_point_its_way() -> None:
    from followback.screening.reasons import agrees

    bought = _facts(followers=0, following=60, posts=0, age_days=0.1)
    new_person = _facts(followers=1, following=5, posts=4, age_days=0.1, has_name=True,
                        bio_length=40, has_avatar=True, handle_digits=0)  # fmt: skip
    # Being followed by nobody while following 60 is never a plus ...
    assert not agrees("audience", False, bought)
    assert agrees("audience", True, bought)
    # ... and four posts are never a minus (no posts, or a flood, are).
    assert not agrees("activity", True, new_person)
    assert agrees("activity", False, new_person)
    assert agrees("activity", True, bought)
    assert agrees("activity", True, _facts(posts=9_000, age_days=30))
    # A handful of follows says nothing either way.
    assert not agrees("audience", True, new_person)
    assert not agrees("audience", False, new_person)
    assert agrees("audience", False, _facts(followers=342, following=289))
    # A profile with nothing in it is no plus; a complete one is no minus.
    assert not agrees("profile", False, bought)
    assert not agrees("profile", True, new_person)
    # Spam words, labels and a bot flag only ever count against.
    assert not agrees("words", False, new_person)
    assert not agrees("engaged", False, bought)


def test_a_handle_counts_for_an_account_only_without_digits() -> None:
    from followback.screening.reasons import agrees

    assert not agrees("handle", False, _facts(handle="qk3v9x", handle_digits=2))
    assert agrees("handle", False, _facts(handle="mira", handle_digits=0, handle_length=4))
    assert agrees("handle", True, _facts(handle="user48213", handle_digits=5))
    assert not agrees("handle", True, _facts(handle="mira", handle_digits=0, handle_length=4))
