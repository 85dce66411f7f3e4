"""The columnar profile layout shared by screening, the sandbox network and bulk input.

Scoring is vectorised: profiles travel as a polars DataFrame with these columns, so a
million profiles never become a million Python objects.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from followback.domain import Platform, Profile

__all__ = ["PROFILE_SCHEMA", "SIGNAL_SCHEMA", "empty_frame", "profiles_to_frame"]

# Times are epoch seconds (float64, null when unknown). Counts are Int64 (null when unknown).
PROFILE_SCHEMA: dict[str, pl.DataType] = {
    "platform": pl.String(),
    "user_id": pl.String(),
    "handle": pl.String(),
    "display_name": pl.String(),
    "bio": pl.String(),
    "url": pl.String(),
    "followers_count": pl.Int64(),
    "following_count": pl.Int64(),
    "posts_count": pl.Int64(),
    "created_at": pl.Float64(),
    "observed_at": pl.Float64(),
    "has_avatar": pl.Boolean(),
    "bot_flag": pl.Boolean(),
    "locked": pl.Boolean(),
    "language": pl.String(),
}

# Platform-native signals: optional columns (bulk files and the sandbox leave them out; an
# absent column reads as "the platform does not say", which scores nothing). ``labels`` is
# the profile's moderation labels joined with commas.
SIGNAL_SCHEMA: dict[str, pl.DataType] = {
    "labels": pl.String(),
    "verified": pl.Boolean(),
    "verified_links": pl.Int64(),
    "pinned_post": pl.Boolean(),
    "associated_count": pl.Int64(),
    "discoverable": pl.Boolean(),
    "has_banner": pl.Boolean(),
    "last_post_at": pl.Float64(),
    # False where the server counts nothing (snac): whom the account follows is unknown.
    "counts_reported": pl.Boolean(),
    "recent_posts_sampled": pl.Int64(),
    "recent_reply_share": pl.Float64(),
    "recent_repost_share": pl.Float64(),
    "recent_duplicate_share": pl.Float64(),
    "recent_link_share": pl.Float64(),
    "recent_one_link_share": pl.Float64(),
    "recent_spam_share": pl.Float64(),
}


def empty_frame() -> pl.DataFrame:
    """A frame with the profile schema and no rows."""
    return pl.DataFrame(schema=PROFILE_SCHEMA)


def _posts(p: Profile) -> int | None:
    # A server that counts nothing (snac), or says "0 posts" beside a last-post time, is
    # not reporting the count: unknown, not zero, so it must not read "never posted".
    # A second look at recent posts settles it (scoring_view raised the count to what the
    # sample shows, 0 when it found none).
    if p.recent_sampled:
        return p.posts_count
    if p.posts_count == 0 and (p.last_post_at is not None or not p.counts_reported):
        return None
    return p.posts_count


def _count(p: Profile, value: int) -> int | None:
    return value if p.counts_reported else None


def _website(p: Profile) -> str | None:
    # The owner's own link (``has_url``): X's ``url`` is that field; Bluesky has none and
    # Mastodon keeps links in profile fields, and both connectors put the profile page in
    # ``url`` (for links in the queue), which every account has and which says nothing.
    if p.platform in (Platform.BLUESKY, Platform.MASTODON):
        return None
    return p.url


def _last_post(p: Profile) -> float | None:
    # A server that counts nothing (snac) gives the account's last activity or creation
    # as its last-post time; only a sample that found posts makes it one.
    if p.last_post_at is None:
        return None
    if not p.counts_reported and not (p.recent_sampled and p.recent_posts_sampled > 0):
        return None
    return p.last_post_at.timestamp()


def profiles_to_frame(profiles: Sequence[Profile]) -> pl.DataFrame:
    """Turn domain profiles into the columnar layout (with the platform signals)."""
    return pl.DataFrame(
        {
            "platform": [p.platform.value for p in profiles],
            "user_id": [p.remote_id for p in profiles],
            "handle": [p.handle for p in profiles],
            "display_name": [p.display_name for p in profiles],
            "bio": [p.bio for p in profiles],
            "url": [_website(p) for p in profiles],
            "followers_count": [_count(p, p.followers_count) for p in profiles],
            "following_count": [_count(p, p.following_count) for p in profiles],
            "posts_count": [_posts(p) for p in profiles],
            "created_at": [p.created_at.timestamp() if p.created_at else None for p in profiles],
            "observed_at": [p.observed_at.timestamp() for p in profiles],
            "has_avatar": [p.has_avatar for p in profiles],
            "bot_flag": [p.bot_flag for p in profiles],
            "locked": [p.locked for p in profiles],
            "language": [p.language for p in profiles],
            "labels": [",".join(p.labels) for p in profiles],
            "verified": [p.verified for p in profiles],
            "verified_links": [p.verified_links for p in profiles],
            "pinned_post": [p.pinned_post for p in profiles],
            "associated_count": [p.associated_count for p in profiles],
            "discoverable": [p.discoverable for p in profiles],
            "has_banner": [p.has_banner for p in profiles],
            "last_post_at": [_last_post(p) for p in profiles],
            "counts_reported": [p.counts_reported for p in profiles],
            "recent_posts_sampled": [p.recent_posts_sampled for p in profiles],
            "recent_reply_share": [p.recent_reply_share for p in profiles],
            "recent_repost_share": [p.recent_repost_share for p in profiles],
            "recent_duplicate_share": [p.recent_duplicate_share for p in profiles],
            "recent_link_share": [p.recent_link_share for p in profiles],
            "recent_one_link_share": [p.recent_one_link_share for p in profiles],
            "recent_spam_share": [p.recent_spam_share for p in profiles],
        },
        schema={**PROFILE_SCHEMA, **SIGNAL_SCHEMA},
    )
