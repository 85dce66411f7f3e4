"""The Mastodon connector reads notifications with v2 (grouped, Mastodon 4.3+) where the
server has it, and v1 elsewhere, on vcrpy cassettes written from docs.joinmastodon.org
(tests/payloads/mastodon/cassettes/write_cassettes.py): every request the connector sends
must be recorded, and every recorded one is played.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from connector_support import RecordedSession, payload, replay_only
from followback.connectors.base import FollowNotification
from followback.connectors.mastodon import MastodonConnector
from followback.connectors.retry import RetryPolicy
from followback.domain import MessageKind

pytestmark = pytest.mark.mastodon

recorded = replay_only("mastodon")
SERVER = "https://social.example"
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
NO_WAIT = RetryPolicy(attempts=2, initial_s=0, max_s=0, jitter_s=0)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def read_follows_then_mentions(conn: MastodonConnector) -> tuple[Any, Any]:
    return run(conn.fetch_follow_notifications("900")), run(conn.fetch_mentions("910"))


def test_a_4_3_server_is_read_with_grouped_notifications() -> None:
    conn = MastodonConnector(SERVER, "tok-abc", retry=NO_WAIT)
    with recorded.use_cassette("grouped_notifications.yaml") as tape:
        follows, mentions = read_follows_then_mentions(conn)
    assert tape.all_played and tape.play_count == 4
    assert [(n.remote_id, n.profile is not None) for n in follows.items] == [
        ("109000000000000011", True)
    ]
    assert follows.next_cursor == "901"  # the notification's id, as with v1
    assert [(m.remote_id, m.kind) for m in mentions.items] == [("1092", MessageKind.REPLY)]
    assert mentions.next_cursor == "912"


def test_without_v2_one_404_then_v1_for_the_rest_of_the_session() -> None:
    conn = MastodonConnector(SERVER, "tok-abc", retry=NO_WAIT)
    with recorded.use_cassette("notifications_v1_fallback.yaml") as tape:
        follows, mentions = read_follows_then_mentions(conn)
    # One v2 request only (an unrecorded second one would fail): v1 is remembered.
    assert tape.all_played and tape.play_count == 5
    assert [n.remote_id for n in follows.items] == ["109000000000000011", "109000000000000012"]
    assert follows.next_cursor == "902"
    assert [m.remote_id for m in mentions.items] == ["1091", "1092"]


def test_grouped_and_v1_pages_give_the_same_follower() -> None:
    # The same follow read from a 4.3 server and through v1: one domain object.
    with recorded.use_cassette("grouped_notifications.yaml"):
        grouped = run(
            MastodonConnector(SERVER, "t", retry=NO_WAIT).fetch_follow_notifications("900")
        )
    with recorded.use_cassette("notifications_v1_fallback.yaml"):
        plain = run(MastodonConnector(SERVER, "t", retry=NO_WAIT).fetch_follow_notifications("900"))
    assert [same_moment(n) for n in grouped.items] == [
        same_moment(n) for n in plain.items if n.remote_id == grouped.items[0].remote_id
    ]


def same_moment(note: FollowNotification) -> FollowNotification:
    """The notification as if observed at one moment (each read stamps its own)."""
    assert note.profile is not None
    return replace(note, profile=replace(note.profile, observed_at=NOW))


def test_a_server_older_than_4_3_is_not_asked_for_v2() -> None:
    session = RecordedSession(
        {
            ("GET", r"/api/v2/instance/?"): (
                200,
                {**payload("mastodon", "instance_v2"), "version": "4.2.10"},
                {},
            ),
            ("GET", r"/api/v1/notifications"): (
                200,
                payload("mastodon", "notifications_follow"),
                {},
            ),
        }
    )
    conn = MastodonConnector(SERVER, "tok-abc", session=session, retry=NO_WAIT)
    page = run(conn.fetch_follow_notifications())
    assert len(page.items) == 2
    assert [path for _, path, _ in session.calls] == ["/api/v2/instance/", "/api/v1/notifications"]


@pytest.mark.parametrize(
    ("version", "asks_v2"),
    [
        ("4.3.0-beta.1", True),
        ("4.4.2", True),
        ("4.2.10", False),
        ("2.7.2 (compatible; Pleroma 2.5.0)", False),
        ("0.0.0 (compatible; snac/2.60)", False),
    ],
)
def test_the_instance_version_decides_before_any_v2_call(version: str, asks_v2: bool) -> None:
    empty = {"accounts": [], "statuses": [], "notification_groups": []}
    session = RecordedSession(
        {
            ("GET", r"/api/v2/instance/?"): (
                200,
                {**payload("mastodon", "instance_v2"), "version": version},
                {},
            ),
            ("GET", r"/api/v2/notifications"): (200, empty, {}),
            ("GET", r"/api/v1/notifications"): (200, [], {}),
        }
    )
    conn = MastodonConnector(SERVER, "tok-abc", session=session, retry=NO_WAIT)
    run(conn.fetch_follow_notifications())
    run(conn.fetch_follow_notifications())
    v2 = "/api/v2/notifications"
    assert [p for _, p, _ in session.calls].count(v2) == (2 if asks_v2 else 0)


def test_a_v2_answer_without_groups_means_v1() -> None:
    # A server answering 200 with something else (a v1 list) is not read as "nothing new".
    session = RecordedSession(
        {
            ("GET", r"/api/v2/instance/?"): (
                200,
                {**payload("mastodon", "instance_v2"), "version": ""},
                {},
            ),
            ("GET", r"/api/v2/notifications"): (200, [], {}),
            ("GET", r"/api/v1/notifications"): (
                200,
                payload("mastodon", "notifications_follow"),
                {},
            ),
        }
    )
    conn = MastodonConnector(SERVER, "tok-abc", session=session, retry=NO_WAIT)
    assert len(run(conn.fetch_follow_notifications()).items) == 2
    assert len(run(conn.fetch_follow_notifications()).items) == 2
    assert [p for _, p, _ in session.calls].count("/api/v2/notifications") == 1
