"""Words of the model's bio lists that posts use in everyday senses count as promotion in a
post, not as what no person posts (``screening.recent``, session 16)."""

from __future__ import annotations

from datetime import UTC, datetime

from followback.domain import Platform, Profile, RecentPost
from followback.screening.recent import posts_evidence, with_recent_posts

SEEN = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _looked(*texts: str) -> Profile:
    profile = Profile(
        Platform.BLUESKY, "x", "x.bsky.social", SEEN, display_name="X", bio="Cebu City",
        has_avatar=True,
    )  # fmt: skip
    return with_recent_posts(profile, [RecentPost(t, SEEN) for t in texts])


def test_everyday_dating_and_giveaways_in_one_post_are_no_evidence() -> None:
    # A Cebuano nurse ("dating" = the rider arrives) and a wedding planner (giveaways are
    # the guests' favours), held-out set p: each was sent to a look for one such post.
    nurse = _looked("Dating ni kuya rider 7AM, saktong endorsement 😂", "12-hour duty done")
    planner = _looked(
        "Yes, we coordinate with local bakers for giveaways", "Book your 2027 dates early",
        "Sweet table for Carlo & Bea's garden wedding",
    )  # fmt: skip
    assert posts_evidence(nurse) == () and posts_evidence(planner) == ()
    # ... while a line no person posts still is, once in three.
    scam = _looked("Free signals in our VIP group", "Good morning", "Nice weather")
    assert posts_evidence(scam)[0].text == "− 1 of 3 recent posts sell something"


def test_giveaway_posts_still_count_as_promotion() -> None:
    # Two giveaway posts of two: promotion in every post is evidence, as before.
    shop = _looked("Giveaway time! Follow and tag 3 friends", "Our giveaway ends tonight")
    assert posts_evidence(shop)[0].text == "− 2 of 2 recent posts sell something"
