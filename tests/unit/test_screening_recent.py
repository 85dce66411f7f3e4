"""What screening scores after a second look at recent posts (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followback.domain import Platform, Profile, RecentPost
from followback.screening.frame import profiles_to_frame
from followback.screening.recent import scoring_view, with_recent_posts

SEEN = datetime(2026, 11, 1, 12, tzinfo=UTC)


def _snac(**kw: object) -> Profile:
    # snac says 0 posts for everyone and gives a last-post time: the count is unknown.
    base: dict[str, object] = {
        "platform": Platform.MASTODON, "remote_id": "1", "handle": "u1@snac.example",
        "observed_at": SEEN, "posts_count": 0, "last_post_at": SEEN - timedelta(hours=1),
    }  # fmt: skip
    base.update(kw)
    return Profile(**base)  # type: ignore[arg-type]


def _posts_column(p: Profile) -> object:
    return profiles_to_frame([scoring_view(p)])["posts_count"][0]


def test_unsampled_snac_count_stays_unknown() -> None:
    assert _posts_column(_snac()) is None


def test_a_sample_with_no_posts_settles_the_count_at_zero() -> None:
    assert _posts_column(with_recent_posts(_snac(), [])) == 0


def test_a_sample_with_posts_raises_the_count() -> None:
    posts = [RecentPost(text=f"post {i} about birds", created_at=SEEN) for i in range(3)]
    assert _posts_column(with_recent_posts(_snac(), posts)) == 3


def test_posts_that_sell_something_are_counted_and_said() -> None:
    from followback.screening.recent import recent_reasons, summarize

    pitch = [
        RecentPost(text="Limited offer, claim now https://x.example/1", has_link=True),
        RecentPost(text="🚀 Turn $100 into $5,000! Crypto signals, DM me"),
        RecentPost(text="Lovely walk by the river today"),
        RecentPost(text="Anyone into trading card games? Looking for tips"),
    ]
    assert summarize(pitch)["recent_spam_share"] == 0.5
    texts = [r.text for r in recent_reasons(with_recent_posts(_snac(), pitch))]
    assert "− 50% of recent posts sell something" in texts
    people = [RecentPost(text="Trying a new bread recipe tonight"), RecentPost(text="Go vote!")]
    assert summarize(people)["recent_spam_share"] == 0.0


def test_a_server_that_counts_nothing_gives_unknown_counts_until_a_second_look() -> None:
    silent = _snac(counts_reported=False, last_post_at=None)
    frame = profiles_to_frame([scoring_view(silent)])
    assert frame["followers_count"][0] is None and frame["following_count"][0] is None
    assert frame["posts_count"][0] is None
    looked = profiles_to_frame([scoring_view(with_recent_posts(silent, []))])
    assert looked["posts_count"][0] == 0 and looked["following_count"][0] is None
    # Its "last post" time is its last activity, not a post: unknown until posts are seen.
    assert profiles_to_frame([_snac(counts_reported=False)])["last_post_at"][0] is None
