"""Being followed by many more accounts than it follows is evidence of a person."""

from __future__ import annotations

from datetime import UTC, datetime

from followback.domain import Platform, Profile
from followback.screening.followed import followed_evidence

AT = datetime(2026, 12, 1, tzinfo=UTC)


def _p(followers: int, following: int, *, counted: bool = True) -> Profile:
    return Profile(
        Platform.BLUESKY, "1", "a.test", AT,
        followers_count=followers, following_count=following, counts_reported=counted,
    )  # fmt: skip


def test_followed_by_many_more_than_it_follows_is_said_with_its_counts() -> None:
    (reason,) = followed_evidence(_p(13, 3))
    assert reason.rule == "followed:by_others"
    assert reason.text == "+ followed by 13, follows 3: others chose to follow it"
    assert followed_evidence(_p(1_200, 0))[0].text.startswith("+ followed by 1,200, follows 0")


def test_few_followers_or_following_as_many_is_no_evidence() -> None:
    assert followed_evidence(_p(9, 0)) == ()  # fewer than ten
    assert followed_evidence(_p(13, 7)) == ()  # not twice as many
    assert followed_evidence(_p(14, 7)) != ()
    assert followed_evidence(_p(0, 1_700)) == ()  # what a bought follower shows


def test_a_server_that_counts_nothing_gives_no_evidence() -> None:
    assert followed_evidence(_p(13, 3, counted=False)) == ()
