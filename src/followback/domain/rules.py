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
    uses; operations not listed do not draw on this limit. ``source`` is where the value is
    published (a URL), or ``followback:`` and why, for a cap followback sets itself where the
    platform publishes none.
    """

    name: str
    capacity: int
    period_s: int
    costs: Mapping[str, int]
    source: str = ""

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


# Where each default limit is published (read 2026-11; see docs/limits.md).
X_LIMITS_URL = "https://help.x.com/en/rules-and-policies/x-limits"
X_API_LIMITS_URL = "https://docs.x.com/x-api/fundamentals/rate-limits"
X_FOLLOWS_URL = "https://developer.x.com/en/docs/x-api/users/follows"
BLUESKY_LIMITS_URL = "https://docs.bsky.app/docs/advanced-guides/rate-limits"
MASTODON_RATE_LIMITER_URL = "https://github.com/mastodon/mastodon/blob/main/app/lib/rate_limiter.rb"
MASTODON_API_LIMITS_URL = "https://docs.joinmastodon.org/api/rate-limits/"
_ALL_WRITES = {"follow": 1, "unfollow": 1, "reply": 1, "dm": 1, "repost": 1}
_BLUESKY_POINTS = {"follow": 3, "unfollow": 1, "reply": 3, "repost": 3}  # create 3, delete 1

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
            LimitSpec("follows_day", 400, DAY, {"follow": 1}, X_LIMITS_URL),
            # POST and DELETE /2/users/:id/following: 50 requests / 15 min per user each.
            LimitSpec("follows_15min", 50, 900, {"follow": 1}, X_API_LIMITS_URL),
            LimitSpec("unfollows_15min", 50, 900, {"unfollow": 1}, X_API_LIMITS_URL),
            LimitSpec(
                "unfollows_day",
                500,
                DAY,
                {"unfollow": 1},
                "followback: X publishes no daily unfollow limit (only 50 per 15 minutes on "
                "DELETE /2/users/:id/following; docs.x.com and help.x.com/x-limits checked "
                "2026-11-30); mass unfollowing is what X's automation rules call aggressive, "
                "so a day is capped near the 400-follow limit",
            ),
            # 2,400 posts a day (reposts included), in semi-hourly slices.
            LimitSpec("posts_day", 2400, DAY, {"reply": 1, "repost": 1}, X_LIMITS_URL),
            # Unverified accounts: 200 replies a day; a verified brand may raise it.
            LimitSpec("replies_day", 200, DAY, {"reply": 1}, X_LIMITS_URL),
            # POST /2/tweets: 100 / 15 min per user; POST /2/users/:id/retweets: 50 / 15 min.
            LimitSpec("posts_15min", 100, 900, {"reply": 1}, X_API_LIMITS_URL),
            LimitSpec("reposts_15min", 50, 900, {"repost": 1}, X_API_LIMITS_URL),
            LimitSpec("dms_day", 500, DAY, {"dm": 1}, X_LIMITS_URL),
            # POST /2/dm_conversations/with/:id/messages: 15 / 15 min per user.
            LimitSpec("dms_15min", 15, 900, {"dm": 1}, X_API_LIMITS_URL),
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
    # 35,000 a day per account, shared with every other client of the account. DMs go
    # through the chat service, which is not a repository write and publishes no limit.
    Platform.BLUESKY: Capabilities(
        dms=True,
        automated_follow_allowed=False,
        bulk_approval_allowed=True,
        default_mode=FollowMode.REVIEW,
        page_size=100,
        limits=(
            LimitSpec("write_points_hour", 5000, 3600, _BLUESKY_POINTS, BLUESKY_LIMITS_URL),
            LimitSpec("write_points_day", 35000, DAY, _BLUESKY_POINTS, BLUESKY_LIMITS_URL),
            LimitSpec(
                "dms_hour",
                100,
                3600,
                {"dm": 1},
                "followback: Bluesky publishes no chat.bsky limit (docs.bsky.app/docs/"
                "advanced-guides/rate-limits checked 2026-11-30: PDS write points only, and "
                "DMs are not repository writes); every DM is a person's, so 100 an hour is "
                "far above a team's pace and bounds a runaway loop",
            ),
        ),
    ),
    # Mastodon: 400 follows per 24 hours and 300 statuses (replies, DMs and boosts are
    # statuses) per 3 hours per account, in Mastodon's RateLimiter; every API call counts
    # against 300 per 5 minutes. Following cap 7,500, then 1.1 x followers. Automated
    # following is allowed subject to the server's rules.
    Platform.MASTODON: Capabilities(
        dms=True,
        automated_follow_allowed=True,
        bulk_approval_allowed=True,
        default_mode=FollowMode.AUTO,
        page_size=80,
        limits=(
            LimitSpec("follows_day", 400, DAY, {"follow": 1}, MASTODON_RATE_LIMITER_URL),
            LimitSpec(
                "statuses_3h",
                300,
                3 * 3600,
                {"reply": 1, "dm": 1, "repost": 1},
                MASTODON_RATE_LIMITER_URL,
            ),
            LimitSpec("api_5min", 300, 300, _ALL_WRITES, MASTODON_API_LIMITS_URL),
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
