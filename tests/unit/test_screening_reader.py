"""Reposting others' posts, with a name and a photo and following few, is a reader."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from followback.domain import Platform, Profile
from followback.screening.reader import READER_FOLLOWS_UNDER, reader_evidence

AT = datetime(2026, 12, 2, tzinfo=UTC)


def _reposter(following: int = 120, reposts: int = 6) -> Profile:
    return Profile(
        Platform.BLUESKY, "1", "naima.test", AT, display_name="Naïma", has_avatar=True,
        following_count=following, followers_count=3, recent_sampled=True,
        recent_posts_sampled=reposts, recent_repost_share=1.0,
        recent_repost_sources=min(reposts, 4),
    )  # fmt: skip


def test_a_named_reposter_following_few_is_said_with_its_numbers() -> None:
    (reason,) = reader_evidence(_reposter(), AT)
    assert reason.rule == "recent:reader"
    assert reason.text == (
        "+ reposts what others post (6 of 6 recent posts, from 4 accounts), follows 120"
    )


def test_following_many_is_no_evidence() -> None:
    # A repost farm or a bought follower dressed as a person is bought to follow.
    assert reader_evidence(_reposter(READER_FOLLOWS_UNDER - 1), AT) != ()
    assert reader_evidence(_reposter(READER_FOLLOWS_UNDER), AT) == ()
    assert reader_evidence(_reposter(1_400), AT) == ()


def test_one_repost_own_posts_or_no_sample_is_no_evidence() -> None:
    assert reader_evidence(_reposter(reposts=1), AT) == ()  # one click
    assert reader_evidence(replace(_reposter(), recent_repost_share=0.5), AT) == ()
    assert reader_evidence(replace(_reposter(), recent_sampled=False), AT) == ()
    assert reader_evidence(replace(_reposter(), recent_posts_sampled=0), AT) == ()


def test_an_amplifier_of_one_account_or_unknown_sources_is_no_evidence() -> None:
    # cresci-2017's retweeters of one political candidate follow fewer than 200 in 47%
    # of cases; a reader passes on several people's posts.
    assert reader_evidence(replace(_reposter(), recent_repost_sources=1), AT) == ()
    assert reader_evidence(replace(_reposter(), recent_repost_sources=0), AT) == ()
    assert reader_evidence(replace(_reposter(), recent_repost_sources=2), AT) != ()


def test_a_faceless_or_nameless_reposter_is_no_evidence() -> None:
    assert reader_evidence(replace(_reposter(), has_avatar=False), AT) == ()
    assert reader_evidence(replace(_reposter(), display_name="  "), AT) == ()


def test_hidden_counts_or_a_long_silence_where_the_server_says_are_no_evidence() -> None:
    # snac reports 0 follows for everyone: following "few" there says nothing.
    assert reader_evidence(replace(_reposter(), counts_reported=False), AT) == ()
    old = replace(_reposter(), last_post_at=AT - timedelta(days=200))
    assert reader_evidence(old, AT) == ()
    assert reader_evidence(replace(old, last_post_at=AT - timedelta(days=10)), AT) != ()
