"""Listening on Jetstream: new posts from Bluesky's JSON firehose, filtered locally.

Jetstream cannot filter by text, so a listening batch subscribes to every
``app.bsky.feed.post`` commit from the stored cursor and keeps the posts the brand's rule
matches (the caller's ``keep``). It reads until it reaches the time the batch started, the
stream goes quiet, or its time is up, and returns the cursor to resume from, so batches run
by ``followback run`` add up to the whole stream without a per-call cost. Posts come back
like search hits (``heard``, or their mention kind when addressed to the brand).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from followback.connectors.bluesky.search import map_search_post
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.payload import parse_datetime
from followback.domain import InboundMessage

__all__ = ["POST_COLLECTION", "PostBatch", "map_jetstream_post", "posts_url", "read_posts"]

log = logging.getLogger(__name__)
POST_COLLECTION = "app.bsky.feed.post"
REWIND_US = 5_000_000  # resume five seconds early; ids dedupe the overlap


def posts_url(base: str, cursor_us: int | None) -> str:
    params: dict[str, Any] = {"wantedCollections": POST_COLLECTION}
    if cursor_us is not None:
        params["cursor"] = max(cursor_us - REWIND_US, 0)
    return f"{base.rstrip('/')}/subscribe?{urlencode(params)}"


def map_jetstream_post(event: Any, brand_did: str) -> InboundMessage | None:
    """A commit creating a post, as a heard message (handle: the DID until resolved)."""
    if not isinstance(event, dict) or event.get("kind") != "commit":
        return None
    commit = event.get("commit")
    if not isinstance(commit, dict) or commit.get("collection") != POST_COLLECTION:
        return None
    if commit.get("operation") != "create" or not isinstance(commit.get("record"), dict):
        return None
    did, rkey = event.get("did"), commit.get("rkey")
    if not isinstance(did, str) or not isinstance(rkey, str):
        raise MalformedPayloadError("jetstream post: no did or rkey")
    micros = event.get("time_us")
    indexed = parse_datetime(micros / 1_000_000) if isinstance(micros, int) else None
    view = {
        "uri": f"at://{did}/{POST_COLLECTION}/{rkey}",
        "author": {"did": did, "handle": did},
        "record": commit["record"],
        "indexedAt": indexed.isoformat() if indexed else None,
    }
    return map_search_post(view, brand_did)


@dataclass
class PostBatch:
    """What one batch read: the kept posts and the cursor to resume from."""

    messages: list[InboundMessage] = field(default_factory=list)
    cursor_us: int | None = None
    events: int = 0


async def read_posts(
    base_url: str,
    brand_did: str,
    keep: Callable[[str], bool],
    *,
    cursor_us: int | None,
    until_us: int,
    idle_s: float = 3.0,
    max_s: float = 60.0,
    connect: Callable[[str], Any] | None = None,
    keep_message: Callable[[InboundMessage], bool] | None = None,
) -> PostBatch:
    """Read post commits from ``cursor_us`` up to ``until_us``; keep those ``keep`` accepts
    (by text), or ``keep_message`` (by message: the mentions stream keeps posts addressed
    to the brand)."""
    from followback.connectors.bluesky.jetstream import read_batch

    batch = PostBatch(cursor_us=cursor_us)

    def handle(event: dict[str, Any]) -> None:
        try:
            msg = map_jetstream_post(event, brand_did)
        except MalformedPayloadError as exc:
            log.warning("jetstream post skipped: %s", exc)
            return
        if msg is None:
            return
        if keep_message(msg) if keep_message is not None else keep(msg.text):
            batch.messages.append(msg)

    cursor, batch.events = await read_batch(
        posts_url(base_url, cursor_us), until_us, handle,
        idle_s=idle_s, max_s=max_s, connect=connect,
    )  # fmt: skip
    batch.cursor_us = cursor if cursor is not None else cursor_us
    return batch
