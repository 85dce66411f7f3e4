"""Plain-words reasons behind a bot score ("follows 4,900, followed by 12").

The model is additive, so each feature's contribution to the score is exact. Features are
grouped into signals a person recognises; for each row the scorer picks the two or three
signals that pushed hardest towards the verdict, and this module words them with the
account's actual numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = [
    "SIGNALS",
    "SIGNAL_FEATURES",
    "Facts",
    "describe",
    "format_age",
]

# Signal name -> the features whose contributions it sums. Order defines signal indices.
SIGNAL_FEATURES: dict[str, tuple[str, ...]] = {
    "audience": ("log_followers", "log_following", "log_follow_ratio", "log_follows_per_day"),
    "age": ("log_age_days",),
    "activity": ("log_posts", "log_posts_per_day"),
    "avatar": ("default_avatar",),
    "bio": ("bio_length", "bio_has_link"),
    "handle": ("handle_length", "handle_digits", "name_length", "name_matches_handle"),
    "link": ("has_url",),
    "bot_flag": (),  # not learned (no research collection has the flag): a fixed floor
}
SIGNALS: tuple[str, ...] = tuple(SIGNAL_FEATURES)


@dataclass(frozen=True, slots=True)
class Facts:
    """The numbers a reason quotes, for one account; None when unknown."""

    followers: int | None
    following: int | None
    posts: int | None
    age_days: float | None
    handle: str | None
    handle_length: int | None
    handle_digits: int | None
    name_matches_handle: bool | None
    name_length: int | None
    bio_length: int | None
    bio_has_link: bool | None
    has_avatar: bool | None
    has_url: bool | None


def _n(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def format_age(days: float) -> str:
    """Say "3 days", "5 months" or "6 years": the coarsest unit that still says something."""
    if days < 1:
        return "less than a day"
    if days < 61:
        d = math.floor(days)
        return f"{d} day" if d == 1 else f"{d} days"
    if days < 730:
        return f"{math.floor(days / 30.44)} months"
    return f"{math.floor(days / 365.25)} years"


def describe(signal: str, towards_bot: bool, f: Facts) -> str:
    """Word one signal for one account; ``towards_bot`` says which way it pushed."""
    if signal == "audience":
        return f"follows {_n(f.following)}, followed by {_n(f.followers)}"
    if signal == "age":
        if f.age_days is None:
            return "account age unknown"
        age = format_age(f.age_days)
        return f"created {age} ago" if towards_bot else f"account {age} old"
    if signal == "activity":
        return _activity(f)
    if signal == "avatar":
        return "default avatar" if f.has_avatar is False else "has a profile picture"
    if signal == "bio":
        return _bio(towards_bot, f)
    if signal == "handle":
        return _handle(towards_bot, f)
    if signal == "link":
        return "links a website" if f.has_url else "no website link"
    if signal == "bot_flag":
        return "marked as automated by its owner"
    raise ValueError(f"unknown signal {signal!r}")


def _activity(f: Facts) -> str:
    if f.posts is None:
        return "post count unknown"
    if f.posts == 0:
        return "no posts"
    if f.age_days is not None and f.age_days >= 1:
        per_day = f.posts / f.age_days
        if per_day >= 20:
            return f"{_n(f.posts)} posts, {per_day:,.0f} a day"
        return f"{_n(f.posts)} posts in {format_age(f.age_days)}"
    return f"{_n(f.posts)} posts"


def _bio(towards_bot: bool, f: Facts) -> str:
    if f.bio_length is None:
        return "bio unknown"
    if f.bio_length == 0:
        return "no bio"
    if towards_bot and f.bio_has_link:
        return f"bio of {f.bio_length} characters with a link"
    return f"bio of {f.bio_length} characters"


def _handle(towards_bot: bool, f: Facts) -> str:
    shown = f"@{f.handle}" if f.handle else "handle"
    if towards_bot:
        if f.handle_digits:
            return f"{shown} has {f.handle_digits} digits"
        if f.name_length == 0:
            return "no display name"
        if f.name_matches_handle is False:
            return f"display name unrelated to {shown}"
        return f"{shown} of {_n(f.handle_length)} characters"
    if f.name_matches_handle:
        return f"display name matches {shown}"
    if f.handle_digits == 0:
        return f"{shown} has no digits"
    return f"{shown} of {_n(f.handle_length)} characters"
