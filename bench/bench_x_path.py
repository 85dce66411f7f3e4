"""The real X path: API calls and cost per sync cycle of followback's X connector.

    .venv/bin/python bench/bench_x_path.py [--followers 20000] [--days 1] [--write]

The X connector (tweepy, SpendTracker, prices from x_prices.json) runs against an
in-memory X API answering over a requests adapter: the brand's followers newest first
(``GET /2/users/:id/followers``, pages of up to 1,000), and the X Activity API stream
(``GET /2/activity/stream``) with one ``follow.follow`` / ``follow.unfollow`` event per
change. X has no follow-notification feed. The brand gains ~500 followers a day and loses
~300, spread over the day's cycles (every 15 minutes, ``service.sync_interval_s``).
Every path runs over the same simulated days, in the same run:

* baseline: list every follower every cycle (what a tracker without a cursor does);
* followback without the Activity API: followers newest first down to the last known one
  (a small first page, then full pages), plus a full listing once a day to find unfollows
  (``service.full_reconcile_every`` = 96 syncs of 15 minutes);
* followback with the Activity API: the cycle's follow events from the stream, nothing
  listed (unfollows come as events). The simulated stream hands over every event of the
  cycle; X's does not (it carries only what X sends while it is read), so ``followback run``
  keeps the daily full listing on this path, shown as its own row;
* followback with an X webhook: X POSTs each event to ``followback serve``; the sync sends
  X nothing (no stream read, no listing) and each delivered event is billed, plus the same
  daily full listing as the other rows.

Calls are counted at the adapter; cost is the connector's own SpendTracker, at X's prices
for reads of other data and at owned-read prices (the brand's own app). ``--write``
replaces the "X path" block of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import platform
import random
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import requests
from requests.adapters import BaseAdapter

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from followback.connectors.x import Billable, SpendTracker, XConnector  # noqa: E402
from followback.domain.rulebook.prices import x_prices  # noqa: E402

RESULTS = REPO / "bench" / "RESULTS.md"
BEGIN, END = "<!-- x-path:begin -->", "<!-- x-path:end -->"
ME = "1"
CYCLES_PER_DAY = 96  # every 15 minutes


class FakeX:
    """Just enough of X's API v2 for the follower paths, with a per-cycle event queue."""

    def __init__(self, followers: int, rng: random.Random) -> None:
        self.next_id = 10**12
        self.followers: list[str] = [str(self.new_id()) for _ in range(followers)]  # newest first
        self.events: list[dict[str, Any]] = []
        self.rng = rng
        self.calls = 0

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def churn(self, arrivals: int, departures: int) -> list[str]:
        """Move followers; the kinds of the events X sends (to the stream and webhooks)."""
        first = len(self.events)
        for _ in range(departures):
            gone = self.followers.pop(self.rng.randrange(len(self.followers)))
            self.events.append(_event("follow.unfollow", gone))
        for _ in range(arrivals):
            uid = str(self.new_id())
            self.followers.insert(0, uid)
            self.events.append(_event("follow.follow", uid))
        return [e["data"]["event_type"] for e in self.events[first:]]

    def answer(self, request: requests.PreparedRequest) -> tuple[int, Any]:
        self.calls += 1
        url = urlparse(request.url or "")
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/2/users/me":
            return 200, {"data": _user(ME)}
        if url.path.endswith("/followers"):
            start = int(query.get("pagination_token", "0"))
            size = int(query.get("max_results", "1000"))
            page = self.followers[start : start + size]
            meta: dict[str, Any] = {"result_count": len(page)}
            if start + size < len(self.followers):
                meta["next_token"] = str(start + size)
            return 200, {"data": [_user(u) for u in page], "meta": meta}
        if url.path == "/2/activity/stream":
            lines, self.events = self.events, []
            return 200, "\r\n".join(json.dumps(e) for e in lines) + "\r\n"
        return 404, {"title": "Not Found"}


def _user(uid: str) -> dict[str, Any]:
    return {
        "id": uid,
        "username": f"u{uid}",
        "name": "",
        "created_at": "2024-01-01T00:00:00.000Z",
        "public_metrics": {"followers_count": 1, "following_count": 1, "tweet_count": 1},
    }


def _event(kind: str, uid: str) -> dict[str, Any]:
    return {
        "data": {
            "event_uuid": uid,
            "filter": {"user_id": ME},
            "event_type": kind,
            "payload": {"source": {"data": {"id": uid}}, "target": {"data": {"id": ME}}},
        }
    }


class Adapter(BaseAdapter):
    def __init__(self, api: FakeX) -> None:
        super().__init__()
        self.api = api

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        status, body = self.api.answer(request)
        response = requests.Response()
        response.status_code = status
        text = body if isinstance(body, str) else json.dumps(body)
        response.raw = io.BytesIO(text.encode())  # read as a stream or whole, like urllib3's
        response.headers["Content-Type"] = "application/json"
        response.request = request
        return response

    def close(self) -> None:
        pass


def _connector(api: FakeX, owned: bool) -> XConnector:
    session = requests.Session()
    session.mount("https://", Adapter(api))
    spend = SpendTracker(owned_reads=owned)
    return XConnector({"access_token": "bench"}, session=session, spend=spend)


async def _list_all(conn: XConnector) -> None:
    cursor: str | None = None
    while True:
        page = await conn.list_followers(cursor)
        cursor = page.next_cursor
        if cursor is None:
            return


async def run(followers: int, days: int, owned: bool) -> dict[str, dict[str, Decimal | int]]:
    rng = random.Random(7)
    api = FakeX(followers, rng)
    names = ("baseline", "newest_first", "activity", "daily_full")
    paths = {name: _connector(api, owned) for name in names}
    for conn in paths.values():
        await conn.whoami()
    cursor = (await paths["newest_first"].fetch_follow_notifications(None)).next_cursor
    calls = dict.fromkeys(paths, 0)
    spent_before = {k: c.spend.spent_usd for k, c in paths.items()}
    # The webhook path calls X for nothing: X bills each event it delivers (what
    # followback.actions.x_webhook charges to the month), at the same per-event prices.
    webhook = SpendTracker(owned_reads=owned)
    cycles = days * CYCLES_PER_DAY
    for cycle in range(cycles):
        sent = api.churn(rng.choice([5, 5, 6]), rng.choice([3, 3, 4]))  # ~500 in, ~300 out
        for kind in sent:
            webhook.charge(Billable(kind))
        before = api.calls
        await _list_all(paths["baseline"])
        calls["baseline"] += api.calls - before
        before = api.calls
        cursor = (await paths["newest_first"].fetch_follow_notifications(cursor)).next_cursor
        if cycle % CYCLES_PER_DAY == CYCLES_PER_DAY - 1:  # a full listing once a day
            await _list_all(paths["newest_first"])
        calls["newest_first"] += api.calls - before
        before = api.calls
        await paths["activity"].read_follow_events()
        calls["activity"] += api.calls - before
        if cycle % CYCLES_PER_DAY == CYCLES_PER_DAY - 1:  # the daily listing on its own
            before = api.calls
            await _list_all(paths["daily_full"])
            calls["daily_full"] += api.calls - before
    out = {
        k: {
            "calls_per_cycle": Decimal(calls[k]) / cycles,
            "usd_per_cycle": (c.spend.spent_usd - spent_before[k]) / cycles,
        }
        for k, c in paths.items()
    }
    out["webhook"] = {"calls_per_cycle": Decimal(0), "usd_per_cycle": webhook.spent_usd / cycles}
    full = out.pop("daily_full")
    for name, events in (("activity_full", "activity"), ("webhook_full", "webhook")):
        out[name] = {k: out[events][k] + full[k] for k in full}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--followers", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=1)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    other = asyncio.run(run(args.followers, args.days, owned=False))
    owned = asyncio.run(run(args.followers, args.days, owned=True))
    took = time.perf_counter() - started
    names = {
        "baseline": "baseline: list every follower every cycle",
        "newest_first": "followback, no Activity API: newest first + a daily full listing",
        "activity": "followback with the X Activity API: follow events only",
        "activity_full": "followback, stream read each cycle + the daily full listing",
        "webhook": "followback with an X webhook: events pushed, no call",
        "webhook_full": "followback with an X webhook + the daily full listing",
    }
    rows = [
        f"| {names[k]} | {other[k]['calls_per_cycle']:.2f} | ${other[k]['usd_per_cycle']:.3f} "
        f"| ${owned[k]['usd_per_cycle']:.3f} "
        f"| ${owned[k]['usd_per_cycle'] * CYCLES_PER_DAY * 30:,.2f} |"
        for k in names
    ]
    table = x_prices()
    block = "\n".join(
        [
            BEGIN,
            f"Measured by `python bench/bench_x_path.py --write` on {platform.machine()}, Python "
            f"{platform.python_version()}, {time.strftime('%Y-%m-%d')} ({took:.0f} s): the X "
            f"connector against an in-memory X API, {args.followers:,} followers, ~500 new and "
            f"~300 unfollows a day, a cycle every 15 minutes over {args.days} simulated days; "
            f"prices from x_prices.json (checked {table.checked}). Calls counted at the "
            "transport, cost by the connector's SpendTracker. All paths in the same run.",
            "",
            "| path | calls / cycle | X cost / cycle | with owned reads | a month, owned reads |",
            "|---|---|---|---|---|",
            *rows,
            "",
            "X has no follow-notification feed: without the Activity API followback reads the "
            "followers list newest first down to the last follower it knows (a first page of "
            "100, since every follower returned is billed) and lists everyone once a day to "
            "find unfollows; that daily listing is most of its cost. With the Activity API "
            "(a plan that includes it, detected from X's answer), each follow and unfollow "
            "arrives as one event billed at $0.010, nothing is listed. Owned reads ($0.001 a "
            "follower) apply when the brand's own developer app reads its own followers. "
            "Limits of this figure: the X API is simulated (calls and prices are X's, latency "
            "is not), and its stream hands every event to the next read, which X's does not: "
            "events X sends while no sync reads the stream are lost to it, so `followback run` "
            'keeps the daily full listing on that path (the row "stream read each cycle + '
            'the daily full listing" is what it costs). With a webhook '
            "(`followback x webhook register`) X delivers every event to `followback serve`: "
            "the cycle sends X nothing for followers, and the events cost what the stream's "
            "do; the full listing still runs on the `full_reconcile_every` schedule as a check "
            "(a webhook X marked invalid receives nothing), and a brand that trusts the webhook "
            "can make it rarer (it is most of the remaining cost).",
            END,
        ]
    )
    print(block)
    if args.write:
        text = RESULTS.read_text(encoding="utf-8")
        if BEGIN in text:
            text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
        else:
            text = (
                text.rstrip("\n")
                + "\n\n## X: the real follower path (bench/bench_x_path.py)\n\n"
                + block
                + "\n"
            )
        RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
