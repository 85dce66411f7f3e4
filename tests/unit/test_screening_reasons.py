"""Reasons are plain words with the account's real numbers."""

from __future__ import annotations

import pytest

from followback.screening.features import FEATURE_NAMES
from followback.screening.reasons import SIGNAL_FEATURES, SIGNALS, Facts, describe, format_age


def _facts(**kw: object) -> Facts:
    base: dict[str, object] = {
        "followers": 12, "following": 4900, "posts": 0, "age_days": 3.2, "handle": "jess8473",
        "handle_length": 8, "handle_digits": 4, "name_matches_handle": True, "name_length": 7,
        "bio_length": 0, "bio_has_link": False, "has_avatar": False, "has_url": False,
    }  # fmt: skip
    base.update(kw)
    return Facts(**base)  # type: ignore[arg-type]


def test_every_feature_belongs_to_exactly_one_signal() -> None:
    grouped = [f for s in SIGNALS for f in SIGNAL_FEATURES[s]]
    assert sorted(grouped) == sorted(FEATURE_NAMES)


@pytest.mark.parametrize(
    ("days", "text"),
    [(0.2, "less than a day"), (1.5, "1 day"), (3.9, "3 days"), (90, "2 months"),
     (800, "2 years"), (6 * 365.25 + 1, "6 years")],
)  # fmt: skip
def test_format_age(days: float, text: str) -> None:
    assert format_age(days) == text


def test_audience_uses_thousands_separators() -> None:
    assert describe("audience", True, _facts()) == "follows 4,900, followed by 12"
    big = _facts(followers=1_234_567, following=89)
    assert describe("audience", False, big) == "follows 89, followed by 1,234,567"


def test_age_reads_differently_by_direction() -> None:
    assert describe("age", True, _facts()) == "created 3 days ago"
    assert describe("age", False, _facts(age_days=2300)) == "account 6 years old"
    assert describe("age", True, _facts(age_days=None)) == "account age unknown"


def test_activity() -> None:
    assert describe("activity", True, _facts(posts=0)) == "no posts"
    assert (
        describe("activity", True, _facts(posts=25_000, age_days=63)) == "25,000 posts, 397 a day"
    )
    assert (
        describe("activity", False, _facts(posts=2140, age_days=2281)) == "2,140 posts in 6 years"
    )
    assert describe("activity", False, _facts(posts=None)) == "post count unknown"


def test_avatar_bio_link_and_flag() -> None:
    assert describe("avatar", True, _facts(has_avatar=False)) == "default avatar"
    assert describe("avatar", False, _facts(has_avatar=True)) == "has a profile picture"
    assert describe("bio", True, _facts(bio_length=0)) == "no bio"
    spam = _facts(bio_length=40, bio_has_link=True)
    assert describe("bio", True, spam) == "bio of 40 characters with a link"
    assert describe("bio", False, _facts(bio_length=58)) == "bio of 58 characters"
    assert describe("link", True, _facts(has_url=False)) == "no website link"
    assert describe("link", False, _facts(has_url=True)) == "links a website"
    assert describe("bot_flag", True, _facts()) == "marked as automated by its owner"


def test_handle() -> None:
    assert describe("handle", True, _facts()) == "@jess8473 has 4 digits"
    unrelated = _facts(handle_digits=0, name_matches_handle=False)
    assert describe("handle", True, unrelated) == "display name unrelated to @jess8473"
    assert describe("handle", False, _facts()) == "display name matches @jess8473"
    plain = _facts(handle_digits=0, name_matches_handle=False)
    assert describe("handle", False, plain) == "@jess8473 has no digits"
    # caverlee-2011: only the length of the screen name is known
    blind = _facts(handle=None, handle_digits=None, name_length=None, name_matches_handle=None)
    assert describe("handle", True, blind) == "handle of 8 characters"


def test_unknown_signal_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown signal"):
        describe("vibes", True, _facts())
