"""Bluesky listening: ``app.bsky.feed.searchPosts`` (sort by latest), mapped to messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from followback.connectors.base import Page
from followback.connectors.payload import (
    opt_datetime,
    opt_int,
    opt_str,
    req_datetime,
    req_mapping,
    req_str,
)
from followback.domain import InboundMessage, MessageKind, Platform

__all__ = ["SEARCH_LIMIT", "map_search_post"]

SEARCH_LIMIT = 100  # the lexicon's maximum page size


def _uri_did(uri: str) -> str:
    # at://did:plc:xyz/app.bsky.feed.post/rkey -> did:plc:xyz
    return uri.removeprefix("at://").split("/", 1)[0]


def _addressed(record: Mapping[str, Any], embed_uri: str, brand_did: str) -> MessageKind | None:
    """The mention kind when the post mentions, answers or quotes the brand."""
    reply = record.get("reply")
    if isinstance(reply, Mapping):
        for part in ("parent", "root"):
            ref = reply.get(part)
            if isinstance(ref, Mapping) and _uri_did(opt_str(ref, "uri")) == brand_did:
                return MessageKind.REPLY
    if embed_uri and _uri_did(embed_uri) == brand_did:
        return MessageKind.QUOTE
    for facet in record.get("facets") or []:
        features = facet.get("features") if isinstance(facet, Mapping) else None
        for feature in features or []:
            if isinstance(feature, Mapping) and feature.get("did") == brand_did:
                return MessageKind.MENTION
    return None


def _embed_uri(record: Mapping[str, Any]) -> str:
    embed = record.get("embed")
    if not isinstance(embed, Mapping):
        return ""
    inner = embed.get("record")
    if isinstance(inner, Mapping) and isinstance(inner.get("record"), Mapping):
        inner = inner["record"]  # recordWithMedia
    return opt_str(inner, "uri") if isinstance(inner, Mapping) else ""


def map_search_post(view: Mapping[str, Any], brand_did: str) -> InboundMessage:
    """A ``postView`` from search as a heard message (or its mention kind, see module)."""
    where = "bluesky post"
    uri = req_str(view, "uri", where)
    author = req_mapping(view, "author", f"{where} {uri}")
    record = req_mapping(view, "record", f"{where} {uri}")
    author_did = req_str(author, "did", f"{where} {uri} author")
    kind = (
        MessageKind.OUTBOUND
        if author_did == brand_did
        else _addressed(record, _embed_uri(record), brand_did) or MessageKind.HEARD
    )
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, Mapping) else None
    root = reply.get("root") if isinstance(reply, Mapping) else None
    parent_uri = opt_str(parent, "uri") if isinstance(parent, Mapping) else ""
    root_uri = opt_str(root, "uri") if isinstance(root, Mapping) else ""
    return InboundMessage(
        platform=Platform.BLUESKY,
        remote_id=uri,
        author_id=author_did,
        author_handle=req_str(author, "handle", f"{where} {uri} author"),
        text=opt_str(record, "text"),
        kind=kind,
        created_at=opt_datetime(record, "createdAt") or req_datetime(view, "indexedAt", where),
        thread_root_id=root_uri or parent_uri or None,
        in_reply_to_id=parent_uri or None,
        author_followers=opt_int(author, "followersCount"),
    )


def search_page(body: Any, brand_did: str) -> Page[InboundMessage]:
    """One page of search results; the cursor only when the page had posts."""
    posts = body.get("posts") if isinstance(body, Mapping) else None
    views = [p for p in posts or [] if isinstance(p, Mapping)]
    items = [map_search_post(v, brand_did) for v in views]
    nxt = body.get("cursor") if isinstance(body, Mapping) else None
    return Page(items, str(nxt) if nxt and items else None)
