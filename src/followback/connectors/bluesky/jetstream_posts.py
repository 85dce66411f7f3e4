"""Listening on Jetstream: new posts from Bluesky's JSON firehose, filtered locally.

Jetstream cannot filter by text, so a listening batch subscribes to every
``app.bsky.feed.post`` commit from the stored cursor and keeps the posts the brand's rule
matches (the caller's ``keep``). It reads until it reaches the time the batch started, the
stream goes quiet, or its time is up, and returns the cursor to resume from, so batches run
by ``followback run`` add up to the whole stream without a per-call cost. Posts come back
like search hits (``heard``, or their mention kind when addressed to the brand).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
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
) -> PostBatch:
    """Read post commits from ``cursor_us`` up to ``until_us``; keep those ``keep`` accepts."""
    batch = PostBatch(cursor_us=cursor_us)
    deadline = time.monotonic() + max_s
    if connect is None:
        from websockets.asyncio.client import connect as ws_connect

        def connect(url: str) -> Any:
            return ws_connect(url, open_timeout=30, max_size=2**20)

    async with connect(posts_url(base_url, cursor_us)) as ws:
        while time.monotonic() < deadline:
            try:
                raw = await asyncio.wait_for(ws.recv(), timeout=idle_s)
            except TimeoutError:
                break  # caught up: nothing new for a while
            batch.events += 1
            try:
                event = json.loads(raw)
            except ValueError:
                log.warning("jetstream sent a frame that is not JSON")
                continue
            stamp = event.get("time_us") if isinstance(event, dict) else None
            if isinstance(stamp, int):
                batch.cursor_us = stamp
            try:
                msg = map_jetstream_post(event, brand_did)
            except MalformedPayloadError as exc:
                log.warning("jetstream post skipped: %s", exc)
                continue
            if msg is not None and keep(msg.text):
                batch.messages.append(msg)
            if isinstance(stamp, int) and stamp >= until_us:
                break
    return batch
