"""Bluesky API calls for new followers and mentions: Jetstream vs polling, same run.

One simulated day of 15-minute cycles. Each cycle, new follows and mentions arrive; each
run drives followback's real code (``sync_account`` incremental + ``poll_inbox``) through a
BlueskyConnector whose XRPC calls go to a small stateful stand-in (notifications newest
first, 100 a page, as ``app.bsky.notification.listNotifications`` pages them; profiles for
``getProfiles``) and are counted request by request.

- baseline, polling: notifications read every cycle by the follower sync and the inbox;
- Jetstream: the same account with ``jetstream_url`` set to a local WebSocket server that
  replays the same events in Jetstream's JSON shape, stamped from the cursor asked for.

Usage: ``python bench/bench_jetstream.py [--cycles 96] [--follows-per-day 200]
[--mentions-per-day 50] [--write]`` (``--write`` updates the section in bench/RESULTS.md).
Not a measurement of Bluesky's servers: of the calls followback makes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from common import machine, record_result  # noqa: E402

BRAND = "did:plc:brand3x3nq4b6lx5lrdrqjnb"
START = datetime(2026, 11, 29, tzinfo=UTC)
_JWT = "eyJhbGciOiJFUzI1NksifQ.eyJzdWIiOiJkaWQ6cGxjOmJyYW5kIiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2ln"
SESSION = {
    "accessJwt": _JWT,
    "refreshJwt": _JWT,
    "handle": "acme.example",
    "did": BRAND,
    "active": True,
}


class World:
    """The day's events, released cycle by cycle."""

    def __init__(self, cycles: int, follows: int, mentions: int) -> None:
        self.now = START
        self.notes: list[dict[str, Any]] = []  # released notifications, oldest first
        self.events: list[dict[str, Any]] = []  # released Jetstream events, oldest first
        self.plan: list[tuple[int, int]] = [
            ((c + 1) * follows // cycles - c * follows // cycles,
             (c + 1) * mentions // cycles - c * mentions // cycles)
            for c in range(cycles)
        ]  # fmt: skip
        self.n = 0

    def release(self, cycle: int, step: timedelta) -> None:
        self.now = START + step * (cycle + 1)
        follows, mentions = self.plan[cycle]
        for i in range(follows + mentions):
            self.n += 1
            at = self.now - step + step * (i + 1) / (follows + mentions + 1)
            iso = at.isoformat().replace("+00:00", "Z")
            did = f"did:plc:fan{self.n:06d}"
            author = {"did": did, "handle": f"fan{self.n}.test"}
            if i < follows:
                record = {"$type": "app.bsky.graph.follow", "subject": BRAND, "createdAt": iso}
                coll, reason = "app.bsky.graph.follow", "follow"
            else:
                facet = {"index": {"byteStart": 0, "byteEnd": 13}, "features": [
                    {"$type": "app.bsky.richtext.facet#mention", "did": BRAND}]}  # fmt: skip
                record = {"$type": "app.bsky.feed.post", "text": "@acme.example where is my order?",
                          "createdAt": iso, "facets": [facet], "langs": ["en"]}  # fmt: skip
                coll, reason = "app.bsky.feed.post", "mention"
            rkey = f"3k{self.n:010d}"
            uri = f"at://{did}/{coll}/{rkey}"
            self.notes.append({"uri": uri, "cid": f"bafy{self.n}", "author": author,
                               "reason": reason, "record": record, "isRead": False,
                               "indexedAt": iso})  # fmt: skip
            commit = {"rev": rkey, "operation": "create", "collection": coll, "rkey": rkey,
                      "record": record, "cid": f"bafy{self.n}"}  # fmt: skip
            stamp = int(at.timestamp() * 1e6)
            self.events.append({"did": did, "time_us": stamp, "kind": "commit", "commit": commit})


def xrpc(world: World, counts: Counter[str]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        name = request.url.path.removeprefix("/xrpc/")
        counts[name] += 1
        if name == "com.atproto.server.createSession":
            return httpx.Response(200, json=SESSION)
        if name == "app.bsky.notification.listNotifications":
            cursor = request.url.params.get("cursor")
            newest_first = world.notes[::-1]
            start = int(cursor) if cursor else 0
            page = newest_first[start : start + 100]
            body: dict[str, Any] = {"notifications": page}
            if start + 100 < len(newest_first):
                body["cursor"] = str(start + 100)
            return httpx.Response(200, json=body)
        if name == "app.bsky.actor.getProfiles":
            actors = request.url.params.get_list("actors")
            views = [{"did": a, "handle": a.split(":")[-1] + ".test", "followersCount": 3}
                     for a in actors]  # fmt: skip
            return httpx.Response(200, json={"profiles": views})
        return httpx.Response(404, json={"error": "NotFound", "message": name})

    return httpx.MockTransport(handle)


async def serve_jetstream(world: World) -> Any:
    from websockets.asyncio.server import serve

    async def handler(ws: Any) -> None:
        query = parse_qs(urlparse(ws.request.path).query)
        wanted = set(query.get("wantedCollections", []))
        cursor = int(query["cursor"][0]) if "cursor" in query else 0
        for event in world.events:
            if event["time_us"] > cursor and event["commit"]["collection"] in wanted:
                await ws.send(json.dumps(event))
        # The live stream goes on (other accounts' commits): one stamped "now" ends a batch.
        tick = {"did": "did:plc:someoneelse", "kind": "identity",
                "time_us": int(world.now.timestamp() * 1e6)}  # fmt: skip
        await ws.send(json.dumps(tick))
        await asyncio.sleep(10)

    return await serve(handler, "127.0.0.1", 0)


class Quiet:
    def classify(self, texts: list[str]) -> list[Any]:
        from followback.inbox.classify import Classification

        return [Classification(0.1, False, 1, "neutral", "question", "en", "b") for _ in texts]


async def run(args: argparse.Namespace, *, stream: bool) -> dict[str, Any]:
    from followback.connectors.bluesky import BlueskyConnector
    from followback.domain import FollowMode, Platform
    from followback.services.inbox import poll_inbox
    from followback.services.sync import sync_account
    from followback.store import AccountRepo, open_store

    world = World(args.cycles, args.follows_per_day, args.mentions_per_day)
    step = timedelta(days=1) / args.cycles
    counts: Counter[str] = Counter()
    server = await serve_jetstream(world) if stream else None
    creds = {"app_password": "abcd-efgh-ijkl-mnop"}
    if server is not None:
        creds["jetstream_url"] = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    conn = BlueskyConnector("acme.example", creds, "https://pds.example",
                            transport=xrpc(world, counts))  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        with store.session() as s:
            account_id = AccountRepo(s).add(
                Platform.BLUESKY, "acme.example", BRAND, FollowMode.REVIEW
            )
        followers = messages = 0
        for cycle in range(args.cycles):
            world.release(cycle, step)
            clock = lambda: world.now  # noqa: E731
            sync = await sync_account(store, conn, account_id, clock=clock, full=False)
            inbox = await poll_inbox(store, conn, account_id, clock=clock, classifier=Quiet())
            followers += sync.new_count
            messages += inbox.new_messages
        store.dispose()
    await conn.aclose()
    if server is not None:
        server.close()
    counts.pop("com.atproto.server.createSession", None)
    return {"calls": sum(counts.values()), "by": dict(counts), "followers": followers,
            "messages": messages}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=96)
    parser.add_argument("--follows-per-day", type=int, default=200)
    parser.add_argument("--mentions-per-day", type=int, default=50)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    polling = asyncio.run(run(args, stream=False))
    jetstream = asyncio.run(run(args, stream=True))
    command = (
        f"python bench/bench_jetstream.py --cycles {args.cycles} --follows-per-day "
        f"{args.follows_per_day} --mentions-per-day {args.mentions_per_day} --write"
    )
    lines = [
        f"One simulated day, {args.cycles} cycles (sync + inbox poll each), "
        f"{args.follows_per_day} new followers and {args.mentions_per_day} mentions; XRPC "
        "requests counted at the transport (login excluded). Same run, same events. "
        f"Measured by `{command}`.",
        "",
        "| run | XRPC requests | by method | new followers seen | mentions seen |",
        "|---|---|---|---|---|",
    ]
    for name, r in (("polling (baseline)", polling), ("Jetstream", jetstream)):
        by = ", ".join(f"{k.split('.')[-1]} {v}" for k, v in sorted(r["by"].items()))
        lines.append(f"| {name} | {r['calls']} | {by} | {r['followers']} | {r['messages']} |")
    lines += [
        "",
        "The Jetstream run polls once (its first cycle has no stream cursor: polling covers "
        "the past and the stream starts from then); after that, follows cost no request "
        "and mentions one `getProfiles` per batch that has any (authors' handles and "
        "reach). Polling reads notifications twice a cycle (the follower sync and the "
        "inbox) whether or not anything arrived.",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        heading = "Bluesky: Jetstream vs polling (bench/bench_jetstream.py)"
        record_result(heading, text + f"\n\nMachine: {machine()}.")


if __name__ == "__main__":
    main()
