"""Live "new follower" events from a Jetstream instance (Bluesky's JSON firehose).

Jetstream cannot filter by the follow's subject, so the subscription asks for every
``app.bsky.graph.follow`` commit and keeps those whose subject is the brand. After a
disconnect it reconnects with backoff and resumes from the last event's ``time_us``
(rewound a few seconds, as Jetstream's docs advise; duplicates are harmless because
follow-back is idempotent). Enabled per account with the credential ``jetstream_url``
(for example ``wss://jetstream2.us-east.bsky.network``); polling notifications remains
the source of truth.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from followback.connectors.base import FollowNotification
from followback.connectors.bluesky.mapping import FOLLOW_COLLECTION, map_jetstream_follow
from followback.connectors.errors import MalformedPayloadError

__all__ = ["FollowBatch", "JetstreamFollows", "read_batch", "read_follows", "subscribe_url"]

log = logging.getLogger(__name__)
REWIND_US = 5_000_000  # resume five seconds early after a reconnect


def subscribe_url(
    base: str, cursor_us: int | None = None, collection: str = FOLLOW_COLLECTION
) -> str:
    params: dict[str, Any] = {"wantedCollections": collection}
    if cursor_us is not None:
        params["cursor"] = max(cursor_us - REWIND_US, 0)
    return f"{base.rstrip('/')}/subscribe?{urlencode(params)}"


class JetstreamFollows:
    """An async iterator of :class:`FollowNotification` for ``brand_did``."""

    def __init__(
        self,
        base_url: str,
        brand_did: str,
        *,
        cursor_us: int | None = None,
        max_reconnects: int | None = None,
        backoff_s: float = 1.0,
        connect: Callable[[str], Any] | None = None,
    ) -> None:
        self.base_url = base_url
        self.brand_did = brand_did
        self.cursor_us = cursor_us
        self.max_reconnects = max_reconnects
        self.backoff_s = backoff_s
        self._connect = connect

    def _open(self, url: str) -> Any:
        if self._connect is not None:
            return self._connect(url)
        from websockets.asyncio.client import connect

        return connect(url, open_timeout=30, max_size=2**20)

    async def __aiter__(self) -> AsyncIterator[FollowNotification]:
        failures = 0  # consecutive connections that brought nothing: drives the backoff
        reconnects = 0
        while True:
            try:
                async with self._open(subscribe_url(self.base_url, self.cursor_us)) as ws:
                    async for raw in ws:
                        failures = 0
                        note = self._handle(raw)
                        if note is not None:
                            yield note
            except (TimeoutError, OSError) as exc:
                log.info("jetstream disconnected: %s", type(exc).__name__)
            except Exception as exc:
                if type(exc).__module__.split(".")[0] != "websockets":
                    raise
                log.info("jetstream closed: %s", type(exc).__name__)
            failures += 1
            reconnects += 1
            if self.max_reconnects is not None and reconnects > self.max_reconnects:
                return
            await asyncio.sleep(min(self.backoff_s * 2 ** (failures - 1), 60.0))

    def _handle(self, raw: str | bytes) -> FollowNotification | None:
        try:
            event = json.loads(raw)
        except ValueError:
            log.warning("jetstream sent a frame that is not JSON")
            return None
        if not isinstance(event, dict):
            return None
        time_us = event.get("time_us")
        if isinstance(time_us, int):
            self.cursor_us = time_us
        try:
            return map_jetstream_follow(event, self.brand_did)
        except MalformedPayloadError as exc:
            log.warning("jetstream event skipped: %s", exc)
            return None


def _default_connect(url: str) -> Any:
    from websockets.asyncio.client import connect

    return connect(url, open_timeout=30, max_size=2**20)


async def read_batch(
    url: str,
    until_us: int,
    handle: Callable[[dict[str, Any]], None],
    *,
    idle_s: float = 3.0,
    max_s: float = 60.0,
    connect: Callable[[str], Any] | None = None,
) -> tuple[int | None, int]:
    """Read Jetstream events from ``url`` until one is stamped ``until_us`` or later, the
    stream goes quiet for ``idle_s`` or ``max_s`` pass; ``handle`` sees each event (a
    dict). Returns the last event's ``time_us`` (the cursor to resume from) and how many
    events were read. Network errors propagate (the caller falls back to polling)."""
    deadline = time.monotonic() + max_s
    cursor: int | None = None
    events = 0
    async with (connect or _default_connect)(url) as ws:
        while time.monotonic() < deadline:
            try:
                raw = await asyncio.wait_for(ws.recv(), timeout=idle_s)
            except TimeoutError:
                break  # caught up: nothing new for a while
            events += 1
            try:
                event = json.loads(raw)
            except ValueError:
                log.warning("jetstream sent a frame that is not JSON")
                continue
            if not isinstance(event, dict):
                continue
            stamp = event.get("time_us")
            if isinstance(stamp, int):
                cursor = stamp
            handle(event)
            if isinstance(stamp, int) and stamp >= until_us:
                break
    return cursor, events


@dataclass
class FollowBatch:
    """New follows of the brand read from Jetstream, and the cursor to resume from."""

    follows: list[FollowNotification] = field(default_factory=list)
    cursor_us: int | None = None
    events: int = 0


async def read_follows(
    base_url: str,
    brand_did: str,
    *,
    cursor_us: int | None,
    until_us: int,
    idle_s: float = 3.0,
    max_s: float = 60.0,
    connect: Callable[[str], Any] | None = None,
) -> FollowBatch:
    """Follow commits of ``brand_did`` from ``cursor_us`` to ``until_us`` (one batch of a
    cycle: the stream costs no API call; only new followers' profiles are fetched after)."""
    batch = FollowBatch(cursor_us=cursor_us)

    def keep(event: dict[str, Any]) -> None:
        try:
            note = map_jetstream_follow(event, brand_did)
        except MalformedPayloadError as exc:
            log.warning("jetstream event skipped: %s", exc)
            return
        if note is not None:
            batch.follows.append(note)

    cursor, batch.events = await read_batch(
        subscribe_url(base_url, cursor_us), until_us, keep,
        idle_s=idle_s, max_s=max_s, connect=connect,
    )  # fmt: skip
    batch.cursor_us = cursor if cursor is not None else cursor_us
    return batch
