"""Accounts, profiles and follow relationships."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from followback.domain.platform import FollowMode, Platform

__all__ = [
    "BrandAccount",
    "Direction",
    "EndReason",
    "FollowEdge",
    "FollowEvent",
    "FollowEventKind",
    "Profile",
]


@dataclass(frozen=True, slots=True)
class Profile:
    """A snapshot of a remote account's public profile, as observed at ``observed_at``.

    Only fields every platform has are required; the rest default to "unknown".
    """

    platform: Platform
    remote_id: str
    handle: str
    observed_at: datetime
    display_name: str = ""
    bio: str = ""
    url: str = ""
    followers_count: int = 0
    following_count: int = 0
    posts_count: int = 0
    created_at: datetime | None = None
    has_avatar: bool = True
    bot_flag: bool = False
    locked: bool = False
    language: str = ""
    last_post_at: datetime | None = None
    moved_to: str | None = None
    suspended: bool = False
    labels: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        """A short hash of the fields screening looks at; it changes when the profile does."""
        parts = (
            self.handle,
            self.display_name,
            self.bio,
            self.url,
            str(self.followers_count // 10),
            str(self.following_count // 10),
            str(self.posts_count // 10),
            str(self.has_avatar),
            str(self.bot_flag),
            str(self.locked),
            ",".join(self.labels),
        )
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class BrandAccount:
    """An account followback manages for a brand."""

    id: int
    platform: Platform
    handle: str
    remote_id: str
    mode: FollowMode
    name: str = ""


class Direction(StrEnum):
    """Which way a follow edge points, seen from the brand."""

    FOLLOWER = "follower"  # the remote account follows the brand
    FOLLOWING = "following"  # the brand follows the remote account


class EndReason(StrEnum):
    """Why a follow edge ended; a platform purge is not an unfollow."""

    UNFOLLOWED = "unfollowed"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"
    DELETED = "deleted"
    MOVED = "moved"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class FollowEdge:
    """Who follows whom, since when, until when and why it ended."""

    brand_account_id: int
    remote_id: str
    direction: Direction
    first_seen: datetime
    last_seen: datetime
    ended_at: datetime | None = None
    end_reason: EndReason | None = None

    @property
    def active(self) -> bool:
        return self.ended_at is None


class FollowEventKind(StrEnum):
    """Something that happened to a follow edge."""

    FOLLOWED = "followed"  # remote account started following the brand
    UNFOLLOWED = "unfollowed"  # remote account stopped following the brand
    FOLLOWED_BACK = "followed_back"  # brand followed the remote account
    UNFOLLOWED_BY_BRAND = "unfollowed_by_brand"
    ENDED = "ended"  # edge ended for another reason (suspension, deletion, move)


@dataclass(frozen=True, slots=True)
class FollowEvent:
    """One change to a follow relationship."""

    brand_account_id: int
    remote_id: str
    kind: FollowEventKind
    at: datetime
    source: str = "sync"
    reason: EndReason | None = field(default=None)
