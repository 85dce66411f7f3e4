"""Listening on Jetstream: post events from a local WebSocket server replaying recorded
events, filtered locally by the brand's rule; the batch stops at its end time and resumes."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from websockets.asyncio.server import serve

from connector_support import payload
from followback.connectors.bluesky.jetstream_posts import posts_url, read_posts
from followback.domain import MessageKind
from followback.inbox.listening import ListenRule

pytestmark = pytest.mark.bluesky

BRAND_DID = "did:plc:brand3x3nq4b6lx5lrdrqjnb"
RULE = ListenRule.of(
    keywords=["acme outdoors"], hashtags=["acmeoutdoors"], exclude=["acme outdoors corp"]
)


def test_posts_url_asks_for_posts_and_rewinds() -> None:
    assert posts_url("wss://jet.example/", 10_000_000) == (
        "wss://jet.example/subscribe?wantedCollections=app.bsky.feed.post&cursor=5000000"
    )
    assert "cursor" not in posts_url("wss://jet.example", None)


@pytest.mark.timeout(30)
def test_batch_keeps_matching_posts_and_stops_at_its_end() -> None:
    paths: list[str] = []
    events = payload("bluesky", "jetstream_posts")

    async def handler(ws: Any) -> None:
        paths.append(ws.request.path)
        for event in events:
            await ws.send(json.dumps(event))
        await ws.send("not json")
        await asyncio.sleep(5)

    async def main() -> Any:
        async with serve(handler, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            return await read_posts(
                f"ws://127.0.0.1:{port}",
                BRAND_DID,
                RULE.matches,
                cursor_us=1796000000000000,
                until_us=1796000000000050,
                idle_s=2.0,
            )

    batch = asyncio.run(main())
    assert paths == ["/subscribe?wantedCollections=app.bsky.feed.post&cursor=1795999995000000"]
    kinds = {m.remote_id.rsplit("/", 1)[1]: m.kind for m in batch.messages}
    # Heard posts kept, the excluded and unrelated ones dropped, the mention kept as a mention
    # (the listener leaves it to the mentions stream); the batch ends with the first event
    # past its end time (kept: the cursor moves past it).
    assert kinds == {
        "3kheard1": MessageKind.HEARD,
        "3kmention": MessageKind.MENTION,
        "3kheard2": MessageKind.HEARD,
        "3klate": MessageKind.HEARD,
    }
    assert batch.cursor_us == 1796000000000100 and batch.events == 8
    heard = batch.messages[0]
    assert heard.remote_id == "at://did:plc:rui4a/app.bsky.feed.post/3kheard1"
    assert heard.author_id == "did:plc:rui4a" and heard.text.startswith("the acme outdoors tent")


@pytest.mark.timeout(30)
def test_a_quiet_stream_ends_the_batch() -> None:
    async def handler(ws: Any) -> None:
        await asyncio.sleep(5)

    async def main() -> Any:
        async with serve(handler, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            return await read_posts(
                f"ws://127.0.0.1:{port}",
                BRAND_DID,
                RULE.matches,
                cursor_us=None,
                until_us=2**62,
                idle_s=0.5,
            )

    batch = asyncio.run(main())
    assert batch.messages == [] and batch.cursor_us is None and batch.events == 0
