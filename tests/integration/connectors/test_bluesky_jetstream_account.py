"""Jetstream drives new followers and mentions for an account that opts in (credential
``jetstream_url``): a local WebSocket server replays recorded Jetstream events (stamped
from the cursor asked for, as Jetstream does), the XRPC side answers from recorded
responses. The first cycle polls (no stream cursor yet) and starts the stream; the next
reads the stream from the stored cursor with no notification call; when the stream is
down the cycle falls back to polling.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from websockets.asyncio.server import serve

from connector_support import payload, recorded_transport
from followback.connectors.bluesky import BlueskyConnector
from followback.connectors.retry import RetryPolicy
from followback.domain import FollowMode, Platform
from followback.inbox.classify import Classification
from followback.services.inbox import MENTIONS_JETSTREAM, MENTIONS_STREAM, poll_inbox
from followback.services.sync import STREAM_JETSTREAM, sync_account
from followback.store import AccountRepo, Store
from followback.store.edges import TrackingStateRepo

pytestmark = pytest.mark.bluesky

X = "/xrpc/"
BRAND_DID = "did:plc:brand3x3nq4b6lx5lrdrqjnb"
NO_WAIT = RetryPolicy(attempts=1, initial_s=0, max_s=0, jitter_s=0)


class Labels:
    def classify(self, texts: list[str]) -> list[Classification]:
        return [Classification(0.1, False, 1, "neutral", "question", "en", "t") for _ in texts]


def _replay(events: list[dict[str, Any]], paths: list[str]) -> Callable[[Any], Any]:
    async def handler(ws: Any) -> None:
        paths.append(ws.request.path)
        query = parse_qs(urlparse(ws.request.path).query)
        base = int(query["cursor"][0]) if "cursor" in query else 1_800_000_000_000_000
        for i, event in enumerate(events):
            await ws.send(json.dumps({**event, "time_us": base + 10 + i}))
        await asyncio.sleep(5)  # then quiet: the reader stops on its idle timeout

    return handler


def _connector(port: int, calls: list[httpx.Request]) -> BlueskyConnector:
    session = payload("bluesky", "create_session")
    routes = {
        ("POST", X + "com.atproto.server.createSession"): (200, session, {}),
        ("GET", X + "app.bsky.notification.listNotifications"): (200, {"notifications": []}, {}),
        ("GET", X + "app.bsky.actor.getProfiles"): (200, payload("bluesky", "profiles"), {}),
    }  # fmt: skip
    creds = {"app_password": "abcd-efgh-ijkl-mnop", "jetstream_url": f"ws://127.0.0.1:{port}"}
    return BlueskyConnector(
        "acme.example", creds, "https://pds.example",
        transport=recorded_transport(routes, calls), retry=NO_WAIT,
    )  # fmt: skip


def _clock() -> datetime:
    return datetime.now(UTC)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_follows_and_mentions_come_from_the_stream_with_a_cursor_and_fall_back(
    store: Store,
) -> None:
    follows = payload("bluesky", "jetstream_events")
    posts = payload("bluesky", "jetstream_posts")
    paths: list[str] = []
    calls: list[httpx.Request] = []

    def polled() -> int:
        return sum("listNotifications" in c.url.path for c in calls)

    async def main() -> dict[str, Any]:
        out: dict[str, Any] = {}
        async with serve(_replay([*follows, *posts], paths), "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            conn = _connector(port, calls)
            with store.session() as s:
                account_id = AccountRepo(s).add(
                    Platform.BLUESKY, "acme.example", BRAND_DID, FollowMode.REVIEW
                )
            await sync_account(store, conn, account_id, clock=_clock, full=False)
            await poll_inbox(store, conn, account_id, clock=_clock, classifier=Labels())
            out["first_polls"] = polled()
            sync2 = await sync_account(store, conn, account_id, clock=_clock, full=False)
            inbox2 = await poll_inbox(store, conn, account_id, clock=_clock, classifier=Labels())
            out["second_polls"] = polled() - out["first_polls"]
            out["sync2"], out["inbox2"] = sync2, inbox2
            with store.session() as s:
                state = TrackingStateRepo(s).find(account_id, STREAM_JETSTREAM)
                out["cursor"] = state.cursor if state else None
            out["account_id"], out["conn"] = account_id, conn
        # The stream is gone now: the next cycle falls back to polling.
        sync3 = await sync_account(store, out["conn"], out["account_id"], clock=_clock, full=False)
        inbox3 = await poll_inbox(
            store, out["conn"], out["account_id"], clock=_clock, classifier=Labels()
        )
        out["sync3"], out["inbox3"], out["third_polls"] = sync3, inbox3, polled()
        await out["conn"].aclose()
        return out

    out = asyncio.run(main())
    assert out["first_polls"] == 2  # no stream cursor yet: polled, the stream starts now
    assert out["second_polls"] == 0  # the stream, not the notifications
    sync2, inbox2 = out["sync2"], out["inbox2"]
    assert sync2.source == "jetstream"
    assert sorted(sync2.new_followers) == ["did:plc:nocreated", "did:plc:zoe7ftgbsz4sshrfbnt2mxqx"]
    assert inbox2.streams[MENTIONS_JETSTREAM] >= 1 and MENTIONS_STREAM not in inbox2.streams
    # The stream resumed from the stored cursor (rewound five seconds), and moved it on.
    cursors = [int(parse_qs(urlparse(p).query)["cursor"][0]) for p in paths if "cursor=" in p]
    assert cursors and out["cursor"] is not None and int(out["cursor"]) > cursors[0]
    sync3, inbox3 = out["sync3"], out["inbox3"]
    assert sync3.source == "notifications" and "stream unavailable" in sync3.stream_fallback
    assert "stream unavailable" in inbox3.stream_fallback and MENTIONS_STREAM in inbox3.streams
    assert out["third_polls"] == out["first_polls"] + 2
