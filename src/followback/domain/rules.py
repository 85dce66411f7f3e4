"""Platform rules as data: capabilities, rate limits and following caps.

Defaults follow each platform's published rules (checked 2026); operators may override
any limit in ``followback.toml``. Pacing draws on these through durable token buckets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from followback.domain.platform import FollowMode, Platform

__all__ = ["DEFAULT_CAPABILITIES", "Capabilities", "LimitSpec", "following_cap"]

DAY = 86_400


@dataclass(frozen=True, slots=True)
class LimitSpec:
    """A rate or volume limit, as data: ``capacity`` points per ``period_s`` seconds.

    ``costs`` maps an operation (``follow``, ``unfollow``, ``reply``, ...) to the points it
    uses; operations not listed do not draw on this limit.
    """

    name: str
    capacity: int
    period_s: int
    costs: Mapping[str, int]

    def cost(self, op: str) -> int:
        return self.costs.get(op, 0)


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a platform (connector) can do, and the limits it imposes."""

    list_followers: bool = True
    list_following: bool = True
    notifications: bool = True
    mentions: bool = True
    dms: bool = False
    replies: bool = True
    reposts: bool = True
    # Platform developer rules: may followback follow without a person approving?
    automated_follow_allowed: bool = False
    # May a person approve many follow-backs in one click? (X: no, one click per account.)
    bulk_approval_allowed: bool = True
    default_mode: FollowMode = FollowMode.REVIEW
    followers_newest_first: bool = True
    page_size: int = 100
    limits: tuple[LimitSpec, ...] = ()
    # Following cap: max(following_cap_floor, following_cap_ratio * followers).
    following_cap_floor: int | None = None
    following_cap_ratio: float | None = None
    # Price in USD per record read and per write action (X bills per record); 0 where free.
    read_cost_usd: float = 0.0
    action_cost_usd: float = 0.0
    extra: Mapping[str, str] = field(default_factory=dict)

    def with_limits(self, limits: tuple[LimitSpec, ...]) -> Capabilities:
        return replace(self, limits=limits)


def following_cap(caps: Capabilities, followers: int) -> int | None:
    """How many accounts the brand may follow in all, given its follower count."""
    if caps.following_cap_floor is None:
        return None
    ratio_cap = int(followers * (caps.following_cap_ratio or 0.0))
    return max(caps.following_cap_floor, ratio_cap)


DEFAULT_CAPABILITIES: Mapping[Platform, Capabilities] = {
    # X: 400 follows a day per user, 50 per 15 minutes; the 5,000-following rule
    # (beyond 5,000 following, the ratio to followers limits further follows).
    # Developer rules: automated bulk following is spam; each follow-back approved
    # individually. Pay-per-use API prices per record read / per write.
    Platform.X: Capabilities(
        dms=True,
        automated_follow_allowed=False,
        bulk_approval_allowed=False,
        default_mode=FollowMode.REVIEW,
        page_size=1000,
        limits=(
            LimitSpec("follows_day", 400, DAY, {"follow": 1}),
            LimitSpec("follows_15min", 50, 900, {"follow": 1}),
            LimitSpec("unfollows_day", 500, DAY, {"unfollow": 1}),
            LimitSpec("posts_day", 2400, DAY, {"reply": 1, "dm": 1, "repost": 1}),
        ),
        following_cap_floor=5000,
        following_cap_ratio=1.1,
        # X pay-per-use prices (docs.x.com/x-api/getting-started/pricing, read 2026-11):
        # Following/Followers and User reads $0.010 per resource returned (Posts $0.005);
        # User Interaction / Content / DM Create $0.015 per request (Interaction: Delete
        # $0.010). Per-category prices live in followback.connectors.x.spend.
        read_cost_usd=0.010,
        action_cost_usd=0.015,
    ),
    # Bluesky: PDS write points, create 3 / update 2 / delete 1; 5,000 an hour and
    # 35,000 a day per account, shared with every other client of the account.
    Platform.BLUESKY: Capabilities(
        dms=True,
        automated_follow_allowed=False,
        bulk_approval_allowed=True,
        default_mode=FollowMode.REVIEW,
        page_size=100,
        limits=(
            LimitSpec(
                "write_points_hour",
                5000,
                3600,
                {"follow": 3, "unfollow": 1, "reply": 3, "repost": 3},
            ),
            LimitSpec(
                "write_points_day",
                35000,
                DAY,
                {"follow": 3, "unfollow": 1, "reply": 3, "repost": 3},
            ),
        ),
    ),
    # Mastodon: 400 follows per 24 hours; following cap 7,500, then 1.1 x followers.
    # Automated following is allowed subject to the server's rules.
    Platform.MASTODON: Capabilities(
        dms=True,
        automated_follow_allowed=True,
        bulk_approval_allowed=True,
        default_mode=FollowMode.AUTO,
        page_size=80,
        limits=(
            LimitSpec("follows_day", 400, DAY, {"follow": 1}),
            LimitSpec("statuses_30min", 300, 1800, {"reply": 1, "dm": 1, "repost": 1}),
        ),
        following_cap_floor=7500,
        following_cap_ratio=1.1,
    ),
    # The sandbox behaves like Mastodon by default: automated following allowed.
    Platform.SANDBOX: Capabilities(
        dms=True,
        automated_follow_allowed=True,
        bulk_approval_allowed=True,
        default_mode=FollowMode.AUTO,
        page_size=1000,
        limits=(
            LimitSpec("follows_day", 400, DAY, {"follow": 1}),
            LimitSpec("follows_15min", 50, 900, {"follow": 1}),
        ),
        following_cap_floor=7500,
        following_cap_ratio=1.1,
        read_cost_usd=0.0,
    ),
}
