"""Screening features: the profile frame -> a float32 matrix, vectorised.

Only signals every platform has are used (counts, account age at observation, the shape of
handle, display name, bio and link, avatar present), so a model trained on Twitter research
collections carries over to Bluesky and Mastodon. Unknown values are NaN, never a guess: a
file that lacks the bio column must not look like an account with an empty bio.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

__all__ = ["FEATURE_NAMES", "FeatureMatrix", "extract_features", "handle_local_part"]

FEATURE_NAMES: tuple[str, ...] = (
    "log_followers",  # log1p(followers)
    "log_following",  # log1p(following)
    "log_posts",  # log1p(posts)
    "log_follow_ratio",  # log1p(followers) - log1p(following)
    "log_age_days",  # log1p(account age in days at observation)
    "log_posts_per_day",  # log1p(posts / max(age, 1 day))
    "log_follows_per_day",  # log1p(following / max(age, 1 day))
    "handle_length",  # characters in the handle's local part
    "handle_digits",  # digits in the handle's local part
    "name_length",  # characters in the display name
    "name_matches_handle",  # 1 if name and handle start alike (see below), else 0
    "bio_length",  # characters in the bio
    "bio_has_link",  # 1 if the bio holds a URL
    "has_url",  # 1 if the profile's link field is set
    "default_avatar",  # 1 if no avatar / the platform's default image
)

_DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class FeatureMatrix:
    """Features for a batch of profiles: ``values[i, j]`` is feature ``names[j]`` of row ``i``."""

    values: npt.NDArray[np.float32]
    names: tuple[str, ...] = FEATURE_NAMES


def handle_local_part(handle: pl.Expr) -> pl.Expr:
    """The user-chosen part of a handle: ``@alice``, ``alice@mastodon.social`` and
    ``alice.bsky.social`` all give ``alice``.

    X and Mastodon usernames cannot contain dots, so cutting at the first ``.`` or ``@``
    is right on every platform (a Bluesky custom domain keeps its first label).
    """
    return handle.str.extract(r"^@?([^@.]*)", 1)


def _opt(df: pl.DataFrame, name: str, dtype: pl.DataType) -> pl.Expr:
    """A column that bulk files may lack (e.g. ``bio_length``): null when absent."""
    return pl.col(name) if name in df.columns else pl.lit(None, dtype=dtype)


def _flag(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.Float32)


def _feature_exprs(df: pl.DataFrame) -> list[pl.Expr]:
    followers = pl.col("followers_count").cast(pl.Float64)
    following = pl.col("following_count").cast(pl.Float64)
    posts = pl.col("posts_count").cast(pl.Float64)
    # Age at observation, never against today: research snapshots are years old.
    age = ((pl.col("observed_at") - pl.col("created_at")) / _DAY).clip(lower_bound=0.0)
    age_floor = age.clip(lower_bound=1.0)
    local = handle_local_part(pl.col("handle"))
    name = pl.col("display_name")
    # A person's handle usually starts like their name ("Ana Ruiz" / @anaruiz88); generated
    # accounts often pair a stock name with an unrelated handle. Comparing the first three
    # characters, case-folded, catches most of it for the price of two tiny slices; a full
    # containment test with Unicode normalisation cost 10x the rest of the features.
    match = (local.str.len_chars() >= 3) & (
        local.str.slice(0, 3).str.to_lowercase() == name.str.slice(0, 3).str.to_lowercase()
    )
    bio = pl.col("bio")
    return [
        followers.log1p().alias("log_followers"),
        following.log1p().alias("log_following"),
        posts.log1p().alias("log_posts"),
        (followers.log1p() - following.log1p()).alias("log_follow_ratio"),
        age.log1p().alias("log_age_days"),
        (posts / age_floor).log1p().alias("log_posts_per_day"),
        (following / age_floor).log1p().alias("log_follows_per_day"),
        pl.coalesce(
            local.str.len_chars().cast(pl.Float64),
            _opt(df, "handle_length", pl.Int64()).cast(pl.Float64),
        ).alias("handle_length"),
        local.str.count_matches(r"[0-9]").alias("handle_digits"),
        name.str.len_chars().alias("name_length"),
        pl.when(local.is_not_null() & name.is_not_null())
        .then(match.cast(pl.Float32))
        .alias("name_matches_handle"),
        pl.coalesce(
            bio.str.len_chars().cast(pl.Float64),
            _opt(df, "bio_length", pl.Int64()).cast(pl.Float64),
        ).alias("bio_length"),
        _flag(bio.str.contains(r"(?i)https?://|www\.")).alias("bio_has_link"),
        _flag(pl.col("url").str.strip_chars() != "").alias("has_url"),
        _flag(~pl.col("has_avatar")).alias("default_avatar"),
    ]


def extract_features(df: pl.DataFrame) -> FeatureMatrix:
    """Compute :data:`FEATURE_NAMES` for every row of a profile frame (see ``frame.py``).

    Missing inputs give NaN. Runs as one polars query; no Python work per row.
    """
    out = df.lazy().select(_feature_exprs(df)).collect()
    # Column-major, as polars hands it over: the scorer walks one feature at a time, so
    # ``values[:, j]`` (and ``values.T``) stay contiguous without a copy.
    values = np.asfortranarray(out.select(pl.all().cast(pl.Float32)).to_numpy(), np.float32)
    return FeatureMatrix(values=values)
