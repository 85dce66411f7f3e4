"""Jetstream live follow events, from a local WebSocket server replaying recorded events."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from websockets.asyncio.server import serve

from connector_support import payload
from followback.connectors.bluesky.jetstream import JetstreamFollows, subscribe_url

pytestmark = pytest.mark.bluesky

BRAND_DID = "did:plc:brand3x3nq4b6lx5lrdrqjnb"


def test_subscribe_url_rewinds_the_cursor() -> None:
    url = subscribe_url("wss://jet.example/", 10_000_000)
    assert url == (
        "wss://jet.example/subscribe?wantedCollections=app.bsky.graph.follow&cursor=5000000"
    )


@pytest.mark.timeout(30)
def test_brand_follows_are_streamed_and_reconnects_resume() -> None:
    paths: list[str] = []
    events = payload("bluesky", "jetstream_events")

    async def handler(ws: Any) -> None:
        paths.append(ws.request.path)
        for event in events:
            await ws.send(json.dumps(event))
        await ws.send("not json")
        await ws.close()  # the server drops us: the client reconnects with a cursor

    async def main() -> list[str]:
        async with serve(handler, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            stream = JetstreamFollows(
                f"ws://127.0.0.1:{port}", BRAND_DID, max_reconnects=1, backoff_s=0
            )
            got = [note.remote_id async for note in stream]
        return got

    got = asyncio.run(main())
    # Two follows of the brand per connection (one dated by time_us), two connections.
    assert got == ["did:plc:zoe7ftgbsz4sshrfbnt2mxqx", "did:plc:nocreated"] * 2
    assert "cursor=" not in paths[0]
    assert "cursor=1795299995000004" in paths[1]
