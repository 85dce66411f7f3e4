"""What screening scores after a second look at recent posts (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from followback.domain import Platform, Profile, RecentPost
from followback.screening.frame import profiles_to_frame
from followback.screening.recent import recent_reasons, scoring_view, summarize, with_recent_posts

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


def _silent_follower(p: Profile) -> float:
    from followback.screening.features import FEATURE_NAMES, extract_features

    x = extract_features(profiles_to_frame([scoring_view(p)])).values
    return float(x[0, FEATURE_NAMES.index("silent_follower")])


def test_on_a_server_hiding_follows_a_bioless_account_found_to_never_post_only_follows() -> None:
    # snac shows nobody whom an account follows: an account with no bio that a second
    # look found no posts of is read as following and doing nothing else (unless it shows
    # a name or a photo: test_screening_features).
    bare = _snac(counts_reported=False, display_name="", has_avatar=False)
    assert _silent_follower(with_recent_posts(bare, [])) == 1.0
    # Not before the look (posts unknown), nor once it found a post, nor with a bio.
    assert np.isnan(_silent_follower(bare))
    posted = with_recent_posts(bare, [RecentPost(text="hello from the garden", created_at=SEEN)])
    assert _silent_follower(posted) == 0.0
    with_bio = with_recent_posts(_snac(counts_reported=False, bio="Nurse in Leeds."), [])
    assert np.isnan(_silent_follower(with_bio))
    # A server that counts: following a few and never posting is no silent follower.
    counted = _snac(counts_reported=True, following_count=5, last_post_at=None)
    assert _silent_follower(with_recent_posts(counted, [])) == 0.0


def test_the_hidden_follows_reason_is_worded_and_pushes_against() -> None:
    from followback.screening.model import load_default_scorer

    bare = with_recent_posts(_snac(counts_reported=False, display_name="", has_avatar=False), [])
    texts = [r.text for r in load_default_scorer().score_profiles([scoring_view(bare)])[0].reasons]
    assert "− follows and does nothing else (the server hides how many it follows)" in texts


def test_links_written_in_the_text_count_and_one_destination_is_measured() -> None:
    # A post made without the client's link markup (no Bluesky facet) still links.
    drops = [RecentPost(text=t) for t in ("wow https://go12.example/a", "look go12.example/b",
                                          "https://www.go12.example", "nothing here")]  # fmt: skip
    s = summarize(drops)
    assert s["recent_link_share"] == 0.75
    assert s["recent_one_link_share"] == 0.75
    varied = [RecentPost(text=f"read https://site{i}.example/x") for i in range(4)]
    assert summarize(varied)["recent_one_link_share"] == 0.0  # a person links to many
    assert summarize(drops[:2])["recent_one_link_share"] == 0.0  # fewer than 3 own posts
    reasons = [r.text for r in recent_reasons(with_recent_posts(_snac(), drops))]
    assert "− 75% of recent posts link to the same site" in reasons


def test_a_plain_reply_said_twice_is_no_copy_paste_but_three_times_or_selling_is() -> None:
    def dup(*posts: RecentPost) -> object:
        return summarize(posts)["recent_duplicate_share"]

    thanks = RecentPost(text="Thanks for sharing this.", reply=True)
    other = RecentPost(text="Lovely photo of the harbour", reply=True)
    assert dup(thanks, thanks, other) == 0.0
    assert dup(thanks, thanks, thanks, other) == 0.75
    pitch = RecentPost(text="Nice post! Visit my profile for more", reply=True)
    assert dup(pitch, pitch, other) == 2 / 3
    plain = RecentPost(text="Thanks for sharing this.")  # not a reply: copy-paste
    assert dup(plain, plain, other) == 2 / 3


def test_one_short_text_and_nothing_else_is_a_template_from_three() -> None:
    def dup(*posts: RecentPost) -> object:
        return summarize(posts)["recent_duplicate_share"]

    gm, hi = RecentPost(text="gm"), RecentPost(text="Hi all")
    assert dup(gm, gm, gm) == 1.0
    assert dup(gm, gm) == 0.0  # twice says little
    assert dup(gm, gm, gm, hi) == 0.0  # short and mixed with other words: a person's habit


def test_reposts_only_are_said_from_two() -> None:
    reposts = [RecentPost(text="", repost=True)] * 2
    reasons = [r.text for r in recent_reasons(with_recent_posts(_snac(), reposts))]
    assert "− all 2 recent posts are reposts" in reasons
