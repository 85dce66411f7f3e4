"""Mastodon API payloads -> followback domain objects.

Everything here reads plain mappings shaped as Mastodon's REST API documents them
(Mastodon.py's entities are dict subclasses, so they read the same way). Dates may
arrive as ISO 8601 text or as datetimes already parsed by Mastodon.py.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from followback.connectors.base import FollowNotification, Relationship
from followback.connectors.payload import (
    opt_bool,
    opt_datetime,
    opt_int,
    opt_str,
    req_datetime,
    req_mapping,
    req_str,
    strip_html,
)
from followback.domain import InboundMessage, MessageKind, Platform, Profile, RecentPost

__all__ = [
    "DIRECT",
    "SNAC_DIRECT",
    "map_account",
    "map_follow_notification",
    "map_recent_status",
    "map_relationship",
    "map_status",
    "next_max_id",
    "ungroup_notifications",
]

DIRECT = frozenset({"direct"})
SNAC_DIRECT = frozenset({"direct", "private"})

# Images servers send for accounts that never set an avatar: Mastodon's missing.png,
# snac's susie.png (served from the server root).
_DEFAULT_AVATARS = ("/missing.png", "/susie.png")
# And for headers: Mastodon's missing.png; snac sends an empty string.
_DEFAULT_HEADERS = ("/missing.png",)


def _verified_links(account: Mapping[str, Any]) -> int:
    """Profile fields whose link the server verified (``Field.verified_at`` set)."""
    fields = account.get("fields")
    if not isinstance(fields, list):
        return 0
    return sum(1 for f in fields if isinstance(f, Mapping) and f.get("verified_at"))


_HREF = re.compile(r'href="(https?://[^"]{1,2000})"')


def _verified_urls(account: Mapping[str, Any]) -> tuple[str, ...]:
    """Addresses of the profile links the server verified (``rel="me"`` checked)."""
    fields = account.get("fields")
    if not isinstance(fields, list):
        return ()
    urls: list[str] = []
    for f in fields:
        if isinstance(f, Mapping) and f.get("verified_at") and isinstance(f.get("value"), str):
            urls.extend(html.unescape(u) for u in _HREF.findall(f["value"]))
    return tuple(urls[:10])


def _discoverable(account: Mapping[str, Any]) -> bool | None:
    """``discoverable`` (listed in the directory), or ``indexable`` (posts searchable);
    ``None`` when the server says neither (``discoverable`` may be null)."""
    for key in ("discoverable", "indexable"):
        value = account.get(key)
        if isinstance(value, bool):
            return value
    return None


def _labels(account: Mapping[str, Any]) -> tuple[str, ...]:
    """Account kinds and moderation states worth showing: ``group``, ``limited`` (hidden
    by the server's moderators), ``memorial``, ``noindex`` (asked not to be indexed)."""
    keys = ("group", "limited", "memorial", "noindex")
    return tuple(k for k in keys if opt_bool(account, k))


def _header(account: Mapping[str, Any]) -> bool | None:
    """A header image other than the server's default; ``None`` when not sent."""
    if "header" not in account and "header_static" not in account:
        return None
    header = opt_str(account, "header", 2048) or opt_str(account, "header_static", 2048)
    return bool(header) and not header.endswith(_DEFAULT_HEADERS)


def _counts_reported(account: Mapping[str, Any]) -> bool:
    """False for a server that counts nothing: snac says 0 followers, 0 following and 0
    posts for every account, next to a last-post time (an account that posted has at
    least one post on a server that counts)."""
    counts = ("followers_count", "following_count", "statuses_count")
    silent = all(opt_int(account, key) == 0 for key in counts)
    return not (silent and opt_datetime(account, "last_status_at") is not None)


def map_account(account: Mapping[str, Any], observed_at: datetime) -> Profile:
    """A Mastodon ``Account`` as a :class:`Profile`.

    ``avatar`` ending in ``missing.png`` (Mastodon) or ``/susie.png`` (snac) is the
    server's default image, i.e. no avatar;
    ``avatar_static`` is read when ``avatar`` is absent.
    """
    where = "mastodon account"
    remote_id = req_str(account, "id", where)
    handle = req_str(account, "acct", f"{where} {remote_id}")
    moved = account.get("moved")
    moved_to = opt_str(moved, "acct") or None if isinstance(moved, Mapping) else None
    avatar = opt_str(account, "avatar", 2048) or opt_str(account, "avatar_static", 2048)
    return Profile(
        platform=Platform.MASTODON,
        remote_id=remote_id,
        handle=handle,
        observed_at=observed_at,
        display_name=opt_str(account, "display_name", 200),
        bio=strip_html(opt_str(account, "note")),
        url=opt_str(account, "url", 2048),
        followers_count=opt_int(account, "followers_count"),
        following_count=opt_int(account, "following_count"),
        posts_count=opt_int(account, "statuses_count"),
        created_at=opt_datetime(account, "created_at"),
        has_avatar=bool(avatar) and not avatar.endswith(_DEFAULT_AVATARS),
        has_banner=_header(account),
        counts_reported=_counts_reported(account),
        bot_flag=opt_bool(account, "bot"),
        locked=opt_bool(account, "locked"),
        last_post_at=opt_datetime(account, "last_status_at"),
        moved_to=moved_to,
        suspended=opt_bool(account, "suspended"),
        labels=_labels(account),
        verified_links=_verified_links(account),
        verified_urls=_verified_urls(account),
        discoverable=_discoverable(account),
    )


def map_follow_notification(
    notification: Mapping[str, Any], observed_at: datetime
) -> FollowNotification:
    """A ``follow`` notification as a :class:`FollowNotification` with the follower's profile."""
    where = "mastodon notification"
    account = req_mapping(notification, "account", where)
    profile = map_account(account, observed_at)
    return FollowNotification(
        remote_id=profile.remote_id,
        at=req_datetime(notification, "created_at", where),
        profile=profile,
    )


def _by_id(results: Mapping[str, Any], key: str) -> dict[str, Mapping[str, Any]]:
    items = results.get(key)
    if not isinstance(items, list):
        return {}
    return {str(i["id"]): i for i in items if isinstance(i, Mapping) and i.get("id") is not None}


def ungroup_notifications(
    results: Mapping[str, Any], types: list[str]
) -> list[dict[str, Any]] | None:
    """A grouped-notifications page (``GET /api/v2/notifications``, Mastodon 4.3+) as v1
    ``Notification`` mappings of ``types``, so one mapping serves both versions.

    The page de-duplicates: ``notification_groups`` name their accounts by
    ``sample_account_ids`` and their status by ``status_id``, resolved here from the
    page's ``accounts`` (and ``partial_accounts``) and ``statuses``. followback asks the
    server to group only favourites and reblogs, so a group of ``types`` is one
    notification: its ``most_recent_notification_id`` is the notification's id and its
    ``latest_page_notification_at`` the notification's date. ``None`` when a group of
    ``types`` holds more than one notification (a server that grouped it anyway): its
    sample accounts are not every account, so the caller reads v1 instead.
    """
    accounts = {**_by_id(results, "partial_accounts"), **_by_id(results, "accounts")}
    statuses = _by_id(results, "statuses")
    groups = results.get("notification_groups")
    out: list[dict[str, Any]] = []
    for group in groups if isinstance(groups, list) else []:
        if not isinstance(group, Mapping) or group.get("type") not in types:
            continue
        if int(opt_int(group, "notifications_count") or 1) > 1:
            return None
        samples = group.get("sample_account_ids")
        account_id = str(samples[0]) if isinstance(samples, list) and samples else ""
        note: dict[str, Any] = {
            "id": group.get("most_recent_notification_id"),
            "type": group.get("type"),
            "created_at": group.get("latest_page_notification_at"),
            "account": accounts.get(account_id),
        }
        status_id = group.get("status_id")
        if status_id is not None:
            note["status"] = statuses.get(str(status_id))
        out.append(note)
    return out


def map_status(
    status: Mapping[str, Any], me: str, direct: frozenset[str] = DIRECT
) -> InboundMessage:
    """A ``Status`` addressed to the brand (id ``me``) as an :class:`InboundMessage`.

    ``direct`` lists the visibilities that mean a private message: ``direct`` on
    Mastodon; snac reports its direct messages as ``private``.
    """
    where = "mastodon status"
    remote_id = req_str(status, "id", where)
    account = req_mapping(status, "account", f"{where} {remote_id}")
    in_reply_to_account = opt_str(status, "in_reply_to_account_id")
    if opt_str(status, "visibility") in direct:
        kind = MessageKind.DM
    elif in_reply_to_account and in_reply_to_account == me:
        kind = MessageKind.REPLY
    elif isinstance(status.get("quote"), Mapping):
        kind = MessageKind.QUOTE
    else:
        kind = MessageKind.MENTION
    in_reply_to = opt_str(status, "in_reply_to_id") or None
    return InboundMessage(
        platform=Platform.MASTODON,
        remote_id=remote_id,
        author_id=req_str(account, "id", f"{where} {remote_id} account"),
        author_handle=req_str(account, "acct", f"{where} {remote_id} account"),
        text=strip_html(opt_str(status, "content")),
        kind=kind,
        created_at=req_datetime(status, "created_at", f"{where} {remote_id}"),
        thread_root_id=in_reply_to,
        in_reply_to_id=in_reply_to,
        author_followers=opt_int(account, "followers_count"),
    )


_LINK = re.compile(r"<a\s[^>]*href=", re.I)
_NOT_LINK = re.compile(r"<a\s[^>]*class=\"[^\"]*(mention|hashtag)", re.I)


def map_recent_status(status: Mapping[str, Any]) -> RecentPost:
    """One of an account's own ``Status`` entries (``GET /api/v1/accounts/:id/statuses``)."""
    content = opt_str(status, "content")
    links = len(_LINK.findall(content)) - len(_NOT_LINK.findall(content))
    reblog = status.get("reblog")
    boosted_author = reblog.get("account") if isinstance(reblog, Mapping) else None
    return RecentPost(
        text=strip_html(content),
        created_at=opt_datetime(status, "created_at"),
        reply=bool(opt_str(status, "in_reply_to_id")),
        repost=isinstance(reblog, Mapping),
        has_link=links > 0 or isinstance(status.get("card"), Mapping),
        language=opt_str(status, "language", 16),
        source=opt_str(boosted_author, "id") if isinstance(boosted_author, Mapping) else "",
    )


def map_relationship(rel: Mapping[str, Any]) -> Relationship:
    """A ``Relationship``; a pending follow request counts as not following yet."""
    blocked = opt_bool(rel, "blocking") or opt_bool(rel, "blocked_by")
    return Relationship(
        following=opt_bool(rel, "following"),
        followed_by=opt_bool(rel, "followed_by"),
        can_dm=not blocked,
        blocked=blocked,
    )


def next_max_id(page: Any) -> str | None:
    """The ``max_id`` of the next (older) page from Mastodon.py's Link-header parsing."""
    info = getattr(page, "_pagination_next", None)
    if isinstance(info, Mapping):
        value = info.get("max_id")
        if value is not None and not isinstance(value, bool):
            return str(getattr(value, "id", value))
    return None
