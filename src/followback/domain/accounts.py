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
    "RecentPost",
]


@dataclass(frozen=True, slots=True)
class Profile:
    """A snapshot of a remote account's public profile, as observed at ``observed_at``.

    Only fields every platform has are required; the rest default to "unknown".

    Platform-native signals (each connector's ``mapping.py`` fills what its platform has;
    the defaults are neutral, so a field a platform lacks never pushes a score):

    - ``labels``: moderation labels on the profile (Bluesky: the platform's moderation
      service, labelers the brand subscribes to and the account's self-labels, e.g.
      ``spam``, ``impersonation``, ``!takedown``; Mastodon ``group``; X ``verified``).
    - ``bot_flag``: the account declares itself automated (Mastodon ``bot``, Bluesky's
      self-applied ``bot`` label, X ``automated``).
    - ``verified``: the platform (or a trusted verifier) vouches for the account
      (Bluesky verification, X ``verified_type`` other than ``none``).
    - ``verified_links``: profile links whose ownership the server checked (Mastodon
      profile fields with ``verified_at``); ``verified_urls``: those links' addresses
      (for linking one person across platforms, never for scoring).
    - ``pinned_post``: the account pinned a post to its profile.
    - ``associated_count``: things the account made for others (Bluesky ``associated``:
      lists + feeds + starter packs, + 1 if it runs a labeler).
    - ``discoverable``: the account opted into directories/search (Mastodon
      ``discoverable``); ``None`` when the platform does not say.
    - ``counts_reported``: the server reports follower, following and post counts. snac
      answers 0 / 0 / 0 for every account (with a last-post time), which must read as
      unknown, not as "followed by nobody, follows nobody, never posted".
    - ``has_banner``: a banner/header image is set (Bluesky ``banner``, Mastodon ``header``
      other than the server's default, X ``profile_banner_url``); ``None`` when the
      payload does not say (Bluesky's basic profile view has no banner field).

    Recent posts, sampled only for followers that stay uncertain after profile screening
    (when ``recent_sampled`` is false, read the shares as unknown, not as zero). Sampling
    also raises ``posts_count`` and ``last_post_at`` to what the posts show, since some
    servers (snac) report 0 posts. Shares are fractions of the sampled posts in [0, 1]:

    - ``recent_sampled``: recent posts were read (``recent_posts_sampled`` may then be 0:
      the account has none, which is itself telling).
    - ``recent_posts_sampled``: how many recent posts (own posts, replies, reposts) were read.
    - ``recent_reply_share``: replies to other people.
    - ``recent_repost_share``: reposts/boosts/retweets of others' posts.
    - ``recent_repost_sources``: how many different accounts wrote the reposted posts (0
      when there are none or the platform does not say).
    - ``recent_duplicate_share``: own posts whose text repeats another sampled post's text
      (after normalising case, whitespace, links and mentions) — copy-paste spam.
    - ``recent_link_share``: own posts carrying a link.
    - ``recent_one_link_share``: own posts linking to the site most of them link to
      (0 unless at least 3 own posts were read and 2 of them share that site).
    - ``recent_spam_share``: own posts that sell something (get-rich pitches, promotion,
      adult links, follow-for-follow; the screening word lists).
    - ``recent_languages``: distinct languages among the sampled posts (0 when unknown).
    - ``recent_own_site_share``: own posts linking to the account's own site (a newsroom,
      a shop, a band): not spam by itself.
    - ``recent_selling_share``: own posts that sell something, leaving out those that
      link to the account's own site (a shop's sale is no spam; a deal dropper's is).
    - ``recent_hard_sell_share``: of those, own posts selling what no person posts
      (get-rich pitches, adult come-ons, follow-for-follow).
    - ``recent_language``: the language most sampled posts declare ("" when unknown).
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
    verified: bool = False
    verified_links: int = 0
    verified_urls: tuple[str, ...] = ()
    pinned_post: bool = False
    associated_count: int = 0
    discoverable: bool | None = None
    has_banner: bool | None = None
    counts_reported: bool = True
    recent_sampled: bool = False
    recent_posts_sampled: int = 0
    recent_reply_share: float = 0.0
    recent_repost_share: float = 0.0
    recent_duplicate_share: float = 0.0
    recent_link_share: float = 0.0
    recent_one_link_share: float = 0.0
    recent_spam_share: float = 0.0
    recent_languages: int = 0
    # How many different accounts wrote the sampled reposts (0 when none or unknown).
    recent_repost_sources: int = 0
    # What a second look at a complete-looking profile weighs (screening/recent.py): own
    # posts linking to the account's own site (named in its bio, a verified link, or
    # named like the account), and own posts that sell something elsewhere than there.
    recent_own_site_share: float = 0.0
    recent_selling_share: float = 0.0
    # Of those, the ones that sell what no person posts: get-rich pitches, adult come-ons,
    # follow-for-follow (promotion alone, "check out my blog", is not among them).
    recent_hard_sell_share: float = 0.0
    # The language most of the sampled posts declare (Bluesky ``langs``, Mastodon
    # ``language``, X ``lang``) when at least half agree; "" when unknown.
    recent_language: str = ""
    # A few of the account's latest posts, where the connector fetched them: the policy's
    # language rule reads them when no language is declared.
    recent_posts: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        """A short hash of the fields screening looks at; it changes when the profile does."""
        parts: tuple[str, ...] = (
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
        # Newer signals join the hash only when set, so fingerprints stored before they
        # existed stay valid (no mass re-screen after an upgrade).
        extra = (
            ("verified", self.verified, False),
            ("verified_links", self.verified_links, 0),
            ("pinned_post", self.pinned_post, False),
            ("associated", self.associated_count, 0),
            ("discoverable", self.discoverable, None),
            ("banner", self.has_banner, None),
            ("counts", self.counts_reported, True),
            ("moved_to", self.moved_to, None),
            ("suspended", self.suspended, False),
        )
        parts += tuple(f"{name}={value}" for name, value, default in extra if value != default)
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RecentPost:
    """One of an account's recent posts, as much as screening needs of it."""

    text: str
    created_at: datetime | None = None
    reply: bool = False  # answers another account's post
    repost: bool = False  # a boost/repost/retweet of someone else's post
    has_link: bool = False
    language: str = ""
    # For a repost: who wrote the reposted post (a DID, an account id, a user name), so a
    # sample can tell a reader passing on many people's posts from an amplifier that
    # reposts one account; "" where the platform does not say.
    source: str = ""


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
    # A moderator of the brand's server cut the relationship (Mastodon 4.3's
    # ``severed_relationships``: a domain block or an account suspension), not the person.
    SEVERED = "severed"


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
