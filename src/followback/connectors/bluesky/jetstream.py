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
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import urlencode

from followback.connectors.base import FollowNotification
from followback.connectors.bluesky.mapping import FOLLOW_COLLECTION, map_jetstream_follow
from followback.connectors.errors import MalformedPayloadError

__all__ = ["JetstreamFollows", "subscribe_url"]

log = logging.getLogger(__name__)
REWIND_US = 5_000_000  # resume five seconds early after a reconnect


def subscribe_url(base: str, cursor_us: int | None = None) -> str:
    params: dict[str, Any] = {"wantedCollections": FOLLOW_COLLECTION}
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
