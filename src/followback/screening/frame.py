"""The columnar profile layout shared by screening, the sandbox network and bulk input.

Scoring is vectorised: profiles travel as a polars DataFrame with these columns, so a
million profiles never become a million Python objects.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from followback.domain import Profile

__all__ = ["PROFILE_SCHEMA", "empty_frame", "profiles_to_frame"]

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


def empty_frame() -> pl.DataFrame:
    """A frame with the profile schema and no rows."""
    return pl.DataFrame(schema=PROFILE_SCHEMA)


def profiles_to_frame(profiles: Sequence[Profile]) -> pl.DataFrame:
    """Turn domain profiles into the columnar layout."""
    return pl.DataFrame(
        {
            "platform": [p.platform.value for p in profiles],
            "user_id": [p.remote_id for p in profiles],
            "handle": [p.handle for p in profiles],
            "display_name": [p.display_name for p in profiles],
            "bio": [p.bio for p in profiles],
            "url": [p.url for p in profiles],
            "followers_count": [p.followers_count for p in profiles],
            "following_count": [p.following_count for p in profiles],
            "posts_count": [p.posts_count for p in profiles],
            "created_at": [p.created_at.timestamp() if p.created_at else None for p in profiles],
            "observed_at": [p.observed_at.timestamp() for p in profiles],
            "has_avatar": [p.has_avatar for p in profiles],
            "bot_flag": [p.bot_flag for p in profiles],
            "locked": [p.locked for p in profiles],
            "language": [p.language for p in profiles],
        },
        schema=PROFILE_SCHEMA,
    )
