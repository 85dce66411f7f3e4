"""Reading Mastodon notifications after a cursor when more than a page arrived since the
last poll, on both servers' answers to ``min_id``: Mastodon's (the oldest page after it,
paged forward by the caller) and snac's (the newest page after it, only its newest 64
notifications kept, and a notification sometimes shown after a newer one: its ids are its
clock in microseconds; checked on the local server, 2026-11-30)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from followback.connectors.mastodon.client import MastodonConnector

START = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _note(n: int) -> dict[str, Any]:
    status = {
        "id": f"s{n}",
        "account": {"id": f"peer{n}", "acct": f"peer{n}@snac.example"},
        "content": f"<p>@brand mention number {n}</p>",
        "created_at": START + timedelta(seconds=n // 10),  # snac stamps to the second
        "visibility": "public",
        "mentions": [{"id": "brand"}],
    }
    return {
        "id": str(1_796_000_000_000_000 + n * 97_700),  # 0.1 s apart
        "type": "mention",
        "created_at": status["created_at"],
        "account": status["account"],
        "status": status,
    }


class _Server:
    """Notifications as one server answers them; ``newest_first`` is snac's ``min_id``."""

    def __init__(self, count: int, *, newest_first: bool, window: int | None) -> None:
        self.notes = [_note(n) for n in range(count)]
        self.newest_first, self.window = newest_first, window
        self.calls = 0

    def notifications(
        self, *, types: list[str], min_id: str | None = None, max_id: str | None = None,
        limit: int = 40,
    ) -> list[dict[str, Any]]:  # fmt: skip
        self.calls += 1
        key = lambda note: int(note["id"])  # noqa: E731
        kept = sorted(self.notes, key=key, reverse=True)[: self.window]
        kept = [n for n in kept if n["type"] in types]
        if min_id is not None:
            kept = [n for n in kept if key(n) > int(min_id)]
        if max_id is not None:
            kept = [n for n in kept if key(n) < int(max_id)]
        if min_id is not None and not self.newest_first:
            return list(reversed(kept[-limit:]))  # the page right after min_id
        return kept[:limit]


def _connector(server: _Server, version: str) -> MastodonConnector:
    conn = MastodonConnector("https://social.example", "0" * 32)
    conn._api = SimpleNamespace(  # type: ignore[assignment]
        notifications=server.notifications,
        account_verify_credentials=lambda: {"id": "brand", "acct": "brand"},
    )
    conn._instance = {"version": version}
    conn._grouped = False
    return conn


def _read_all(conn: MastodonConnector, cursor: str | None) -> tuple[list[str], str | None]:
    """Page as the inbox poll does: on while a page brings something."""

    async def run() -> tuple[list[str], str | None]:
        got: list[str] = []
        at = cursor
        while True:
            page = await conn.fetch_mentions(at)
            got += [m.remote_id for m in page.items]
            if not page.items or page.next_cursor in (None, at):
                return got, at
            at = page.next_cursor

    return asyncio.run(run())


def test_snac_more_than_a_page_after_the_cursor_all_arrive_oldest_first() -> None:
    server = _Server(60, newest_first=True, window=64)
    conn = _connector(server, "2.75 (snac)")
    cursor = server.notes[9]["id"]  # an earlier version's cursor: it read the first 10
    got, _ = _read_all(conn, cursor)
    assert got == [f"s{n}" for n in range(10, 60)]  # none skipped


def test_snac_first_read_takes_every_notification_it_still_keeps() -> None:
    server = _Server(100, newest_first=True, window=64)
    got, _ = _read_all(_connector(server, "2.75 (snac)"), None)
    assert got == [f"s{n}" for n in range(36, 100)]  # snac's window: its newest 64


def test_mastodon_pages_forward_from_the_cursor_as_before() -> None:
    server = _Server(130, newest_first=False, window=None)
    conn = _connector(server, "4.2.10")
    got, _ = _read_all(conn, server.notes[4]["id"])
    assert got == [f"s{n}" for n in range(5, 130)]
    assert server.calls == 3  # 80 + 45, then the empty page: nothing read twice


def test_snac_more_than_a_page_since_the_last_poll_all_arrive() -> None:
    server = _Server(130, newest_first=True, window=None)
    conn = _connector(server, "2.75 (snac)")
    first_ten = server.notes[:10]
    server.notes = first_ten
    got, cursor = _read_all(conn, None)
    assert got == [f"s{n}" for n in range(10)]
    server.notes = [_note(n) for n in range(130)]  # 120 more, over a page of 80
    got, _ = _read_all(conn, cursor)
    assert got == [f"s{n}" for n in range(10, 130)]


def test_snac_a_notification_shown_after_a_newer_one_still_arrives_once() -> None:
    # Its threads race: n=7 is written (and listed) after n=8..9 were already read.
    server = _Server(10, newest_first=True, window=64)
    conn = _connector(server, "2.75 (snac)")
    late = server.notes.pop(7)
    got, cursor = _read_all(conn, None)
    assert got == [f"s{n}" for n in (0, 1, 2, 3, 4, 5, 6, 8, 9)]
    server.notes.append(late)
    got, cursor = _read_all(conn, cursor)
    assert got == ["s7"]
    server.notes += [_note(10)]
    got, _ = _read_all(conn, cursor)
    assert got == ["s10"]  # nothing handed over twice


def test_snac_follow_notifications_read_again_are_not_new_followers_again() -> None:
    server = _Server(0, newest_first=True, window=64)
    server.notes = [{**_note(n), "type": "follow"} for n in range(5)]
    conn = _connector(server, "2.75 (snac)")

    async def twice() -> tuple[list[str], list[str]]:
        first = await conn.fetch_follow_notifications(None)
        again = await conn.fetch_follow_notifications(first.next_cursor)
        return [f.remote_id for f in first.items], [f.remote_id for f in again.items]

    first, again = asyncio.run(twice())
    assert first == [f"peer{n}" for n in range(5)] and again == []


def test_snac_says_when_more_arrived_than_it_keeps(caplog: pytest.LogCaptureFixture) -> None:
    server = _Server(200, newest_first=True, window=64)
    conn = _connector(server, "2.75 (snac)")
    cursor = server.notes[9]["id"]  # 190 arrived since: snac lists only the newest 64
    with caplog.at_level(logging.WARNING, logger="followback.connectors.mastodon.client"):
        got, _ = _read_all(conn, cursor)
    assert got == [f"s{n}" for n in range(136, 200)]
    assert "older ones may be missing" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="followback.connectors.mastodon.client"):
        _read_all(_connector(_Server(60, newest_first=True, window=64), "snac"), cursor)
    assert caplog.text == ""


def test_a_server_without_an_instance_entity_still_has_its_follows_read() -> None:
    from mastodon import MastodonNotFoundError

    def missing() -> None:
        raise MastodonNotFoundError("Mastodon API returned error", 404, "Not Found", None)

    server = _Server(0, newest_first=False, window=None)
    server.notes = [{**_note(n), "type": "follow"} for n in range(3)]
    conn = _connector(server, "")
    conn._instance = None
    conn._api.instance_v2 = conn._api.instance_v1 = missing  # type: ignore[attr-defined]
    page = asyncio.run(conn.fetch_follow_notifications(None))
    assert [f.remote_id for f in page.items] == ["peer0", "peer1", "peer2"]
