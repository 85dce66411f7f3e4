"""Bluesky (AT Protocol) payloads -> followback domain objects.

Reads plain JSON mappings as the XRPC lexicons define them: ``app.bsky.actor.defs``
profile views, ``app.bsky.notification.listNotifications`` entries,
``chat.bsky.convo.defs`` messages and Jetstream commit events.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from followback.connectors.base import FollowNotification, Relationship
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.payload import (
    opt_bool,
    opt_datetime,
    opt_int,
    opt_str,
    parse_datetime,
    req_datetime,
    req_mapping,
    req_str,
)
from followback.domain import InboundMessage, MessageKind, Platform, Profile, RecentPost

__all__ = [
    "FOLLOW_COLLECTION",
    "allow_incoming",
    "can_dm",
    "map_chat_message",
    "map_feed_item",
    "map_jetstream_follow",
    "map_notification_message",
    "map_profile",
    "map_relationship",
    "reply_refs",
]

FOLLOW_COLLECTION = "app.bsky.graph.follow"
_SUSPENDED_LABELS = {"!takedown", "!suspend"}
_BOT_LABELS = {"bot", "automated"}
_MESSAGE_KINDS = {
    "mention": MessageKind.MENTION,
    "reply": MessageKind.REPLY,
    "quote": MessageKind.QUOTE,
}


def _labels(obj: Mapping[str, Any]) -> tuple[str, ...]:
    raw = obj.get("labels")
    if not isinstance(raw, list):
        return ()
    # A label with ``neg`` set withdraws an earlier one: it is not on the account.
    vals = (
        opt_str(item, "val", 128)
        for item in raw
        if isinstance(item, Mapping) and not opt_bool(item, "neg")
    )
    return tuple(sorted({v for v in vals if v}))


def _associated_count(associated: Mapping[str, Any]) -> int:
    """Lists, feeds and starter packs the account made, plus one if it runs a labeler."""
    made = sum(opt_int(associated, key) for key in ("lists", "feedgens", "starterPacks"))
    return made + int(opt_bool(associated, "labeler"))


def _verified(view: Mapping[str, Any]) -> bool:
    """``verification.verifiedStatus`` (vouched for by a trusted verifier) or the account
    itself being a trusted verifier, as ``app.bsky.actor.defs#verificationState`` says."""
    state = view.get("verification")
    if not isinstance(state, Mapping):
        return False
    statuses = (opt_str(state, "verifiedStatus", 16), opt_str(state, "trustedVerifierStatus", 16))
    return "valid" in statuses


def _pinned(view: Mapping[str, Any]) -> bool:
    pinned = view.get("pinnedPost")
    return isinstance(pinned, Mapping) and bool(opt_str(pinned, "uri"))


def _banner(view: Mapping[str, Any]) -> bool | None:
    """``banner`` (a URL) is only in the detailed view; there, its absence means none."""
    if "banner" in view:
        return bool(opt_str(view, "banner", 2048))
    return False if "followersCount" in view else None


def map_profile(view: Mapping[str, Any], observed_at: datetime) -> Profile:
    """A ``profileView``, ``profileViewBasic`` or ``profileViewDetailed`` as a :class:`Profile`.

    Counts, ``pinnedPost`` and the ``associated`` counts are only in the detailed view;
    elsewhere they are 0 (unknown). Labels are those the AppView returns: the platform's
    moderation service, the labelers named in the ``atproto-accept-labelers`` header and
    the account's own self-labels (a self-applied ``bot`` label sets ``bot_flag``).
    ``createdAt`` falls back to ``indexedAt`` for profiles older than that field.
    """
    where = "bluesky profile"
    did = req_str(view, "did", where)
    handle = req_str(view, "handle", f"{where} {did}")
    labels = _labels(view)
    associated = view.get("associated")
    associated = associated if isinstance(associated, Mapping) else {}
    is_labeler = opt_bool(associated, "labeler")
    return Profile(
        platform=Platform.BLUESKY,
        remote_id=did,
        handle=handle,
        observed_at=observed_at,
        display_name=opt_str(view, "displayName", 200),
        bio=opt_str(view, "description"),
        url=f"https://bsky.app/profile/{handle}",
        followers_count=opt_int(view, "followersCount"),
        following_count=opt_int(view, "followsCount"),
        posts_count=opt_int(view, "postsCount"),
        created_at=opt_datetime(view, "createdAt") or opt_datetime(view, "indexedAt"),
        has_avatar=bool(opt_str(view, "avatar")),
        has_banner=_banner(view),
        bot_flag=is_labeler or bool(_BOT_LABELS.intersection(labels)),
        suspended=bool(_SUSPENDED_LABELS.intersection(labels)),
        labels=labels,
        verified=_verified(view),
        pinned_post=_pinned(view),
        associated_count=_associated_count(associated),
    )


def map_relationship(view: Mapping[str, Any]) -> Relationship:
    """The brand's relationship with the owner of a profile view (its ``viewer`` block)."""
    viewer = view.get("viewer")
    viewer = viewer if isinstance(viewer, Mapping) else {}
    following = bool(opt_str(viewer, "following"))
    followed_by = bool(opt_str(viewer, "followedBy"))
    blocked = opt_bool(viewer, "blockedBy") or bool(opt_str(viewer, "blocking"))
    return Relationship(
        following=following,
        followed_by=followed_by,
        can_dm=not blocked and can_dm(view, followed_by),
        blocked=blocked,
    )


def allow_incoming(view: Mapping[str, Any]) -> str:
    """The account's chat declaration (``associated.chat.allowIncoming``): ``all``,
    ``following`` or ``none``; ``following`` (the platform's default) when not shown."""
    associated = view.get("associated")
    chat = associated.get("chat") if isinstance(associated, Mapping) else None
    allow = opt_str(chat, "allowIncoming") if isinstance(chat, Mapping) else ""
    return allow if allow in ("all", "following", "none") else "following"


def can_dm(view: Mapping[str, Any], followed_by: bool) -> bool:
    """Whether the account accepts a chat from the brand (``associated.chat.allowIncoming``)."""
    allow = allow_incoming(view)
    if allow == "all":
        return True
    if allow == "none":
        return False
    # "following" (the default): they accept messages from accounts they follow.
    return followed_by


def map_follow_notification(item: Mapping[str, Any], observed_at: datetime) -> FollowNotification:
    where = "bluesky notification"
    author = req_mapping(item, "author", where)
    profile = map_profile(author, observed_at)
    record = item.get("record")
    at = req_datetime(item, "indexedAt", where)
    if isinstance(record, Mapping):
        at = opt_datetime(record, "createdAt") or at
    return FollowNotification(remote_id=profile.remote_id, at=at, profile=profile)


def map_notification_message(item: Mapping[str, Any]) -> InboundMessage:
    """A ``mention``, ``reply`` or ``quote`` notification as an :class:`InboundMessage`."""
    where = "bluesky notification"
    uri = req_str(item, "uri", where)
    reason = opt_str(item, "reason")
    kind = _MESSAGE_KINDS.get(reason)
    if kind is None:
        raise MalformedPayloadError(f"{where} {uri}: reason {reason!r} is not a message")
    author = req_mapping(item, "author", f"{where} {uri}")
    record = req_mapping(item, "record", f"{where} {uri}")
    parent_uri, root_uri = _reply_uris(record)
    return InboundMessage(
        platform=Platform.BLUESKY,
        remote_id=uri,
        author_id=req_str(author, "did", f"{where} {uri} author"),
        author_handle=req_str(author, "handle", f"{where} {uri} author"),
        text=opt_str(record, "text"),
        kind=kind,
        created_at=opt_datetime(record, "createdAt") or req_datetime(item, "indexedAt", where),
        thread_root_id=root_uri,
        in_reply_to_id=parent_uri,
        author_followers=opt_int(author, "followersCount"),
    )


def _reply_uris(record: Mapping[str, Any]) -> tuple[str | None, str | None]:
    reply = record.get("reply")
    if not isinstance(reply, Mapping):
        return None, None
    parent, root = reply.get("parent"), reply.get("root")
    parent_uri = opt_str(parent, "uri") if isinstance(parent, Mapping) else ""
    root_uri = opt_str(root, "uri") if isinstance(root, Mapping) else ""
    return parent_uri or None, root_uri or parent_uri or None


def reply_refs(post_view: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """The ``reply`` block of a new post answering ``post_view`` (a ``postView``)."""
    where = "bluesky post"
    uri = req_str(post_view, "uri", where)
    parent = {"uri": uri, "cid": req_str(post_view, "cid", f"{where} {uri}")}
    record = post_view.get("record")
    reply = record.get("reply") if isinstance(record, Mapping) else None
    root = reply.get("root") if isinstance(reply, Mapping) else None
    if isinstance(root, Mapping) and opt_str(root, "uri") and opt_str(root, "cid"):
        return {
            "root": {"uri": opt_str(root, "uri"), "cid": opt_str(root, "cid")},
            "parent": parent,
        }
    return {"root": parent, "parent": parent}


def map_chat_message(
    message: Mapping[str, Any], convo_id: str, handles: Mapping[str, str]
) -> InboundMessage:
    """A ``chat.bsky.convo.defs#messageView`` as a DM; ``handles`` maps DIDs to handles."""
    where = "bluesky chat message"
    message_id = req_str(message, "id", where)
    sender = req_mapping(message, "sender", f"{where} {message_id}")
    did = req_str(sender, "did", f"{where} {message_id} sender")
    return InboundMessage(
        platform=Platform.BLUESKY,
        remote_id=f"{convo_id}/{message_id}",
        author_id=did,
        author_handle=handles.get(did, did),
        text=opt_str(message, "text"),
        kind=MessageKind.DM,
        created_at=req_datetime(message, "sentAt", f"{where} {message_id}"),
        thread_root_id=convo_id,
    )


def map_jetstream_follow(event: Mapping[str, Any], brand_did: str) -> FollowNotification | None:
    """A Jetstream commit creating a follow of ``brand_did``; ``None`` for any other event."""
    if event.get("kind") != "commit":
        return None
    commit = event.get("commit")
    if not isinstance(commit, Mapping) or commit.get("collection") != FOLLOW_COLLECTION:
        return None
    if commit.get("operation") != "create":
        return None
    record = commit.get("record")
    if not isinstance(record, Mapping) or record.get("subject") != brand_did:
        return None
    did = req_str(event, "did", "jetstream event")
    at = opt_datetime(record, "createdAt")
    if at is None:
        micros = event.get("time_us")
        at = parse_datetime(micros / 1_000_000) if isinstance(micros, int) else None
    if at is None:
        raise MalformedPayloadError(f"jetstream event from {did}: no time")
    return FollowNotification(remote_id=did, at=at)


def _has_link(record: Mapping[str, Any]) -> bool:
    facets = record.get("facets")
    for facet in facets if isinstance(facets, list) else []:
        features = facet.get("features") if isinstance(facet, Mapping) else None
        for feature in features if isinstance(features, list) else []:
            if isinstance(feature, Mapping) and str(feature.get("$type", "")).endswith("#link"):
                return True
    embed = record.get("embed")
    return isinstance(embed, Mapping) and "external" in str(embed.get("$type", ""))


def map_feed_item(item: Mapping[str, Any]) -> RecentPost:
    """An ``app.bsky.feed.defs#feedViewPost`` (from ``getAuthorFeed``) as a :class:`RecentPost`."""
    post = req_mapping(item, "post", "bluesky feed item")
    record = req_mapping(post, "record", f"bluesky post {opt_str(post, 'uri')}")
    reason = item.get("reason")
    repost = isinstance(reason, Mapping) and "reasonRepost" in str(reason.get("$type", ""))
    langs = record.get("langs")
    language = langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else ""
    author = post.get("author")
    source = opt_str(author, "did") if repost and isinstance(author, Mapping) else ""
    return RecentPost(
        text=opt_str(record, "text"),
        created_at=opt_datetime(record, "createdAt") or opt_datetime(post, "indexedAt"),
        reply=isinstance(record.get("reply"), Mapping),
        repost=repost,
        has_link=_has_link(record),
        language=language[:16],
        source=source,
    )
