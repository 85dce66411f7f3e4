"""The Mastodon connector against recorded responses that follow Mastodon's API docs.

These cover what the local snac2 server lacks: follower lists (snac answers []),
Link-header pagination, statuses_count, moved/suspended accounts, rate-limit headers
and error bodies.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from connector_support import RecordedSession, copy_payload, payload
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.mastodon import MastodonConnector, connect
from followback.connectors.retry import RetryPolicy
from followback.domain import (
    AuthExpiredError,
    MessageKind,
    NotFoundError,
    RateLimitedError,
    RejectedError,
    TransientError,
)

pytestmark = pytest.mark.mastodon

SERVER = "https://social.example"
NO_WAIT = RetryPolicy(attempts=3, initial_s=0, max_s=0, jitter_s=0)
ME_ID = "109000000000000001"
INSTANCE = (200, {"uri": "social.example", "version": "4.3.0"}, {})


def ok(name: str, status: int = 200, **headers: str) -> tuple[int, Any, dict[str, str]]:
    return status, payload("mastodon", name), headers


def connector(routes: dict[tuple[str, str], Any]) -> tuple[MastodonConnector, RecordedSession]:
    session = RecordedSession(
        {
            ("GET", r"/api/v1/accounts/verify_credentials"): ok("account_me"),
            ("GET", r"/api/v[12]/instance/?"): INSTANCE,
            **routes,
        }
    )
    return MastodonConnector(SERVER, "tok-abc", session=session, retry=NO_WAIT), session


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_followers_follow_the_link_header() -> None:
    base = f"{SERVER}/api/v1/accounts/{ME_ID}/followers"
    link = f'<{base}?max_id=7788>; rel="next", <{base}?since_id=9911>; rel="prev"'
    conn, session = connector(
        {
            ("GET", rf"/api/v1/accounts/{ME_ID}/followers"): [
                ok("followers_page1", Link=link),
                ok("followers_page2"),
            ]
        }
    )
    first = run(conn.list_followers())
    assert first.next_cursor == "7788"
    odd, bot = first.items
    assert odd.handle == "zoe@chem.example" and odd.locked
    assert "\u202e" not in odd.display_name and "\x00" not in odd.display_name
    assert len(odd.bio) <= 10_000  # a huge bio is clipped, not rejected
    assert bot.bot_flag and not bot.has_avatar and bot.posts_count == 99999
    assert bot.last_post_at is None
    second = run(conn.list_followers(first.next_cursor))
    moved, suspended = second.items
    assert moved.moved_to == "newme@new.example"
    assert suspended.suspended
    assert second.next_cursor is None
    assert "max_id=7788" in session.calls[-1][2]


def test_profile_fields_and_dates() -> None:
    conn, _ = connector({("GET", r"/api/v1/accounts/\d+"): ok("account_odd")})
    profile = run(conn.fetch_profile("109000000000000011"))
    assert profile.created_at == datetime(2022, 11, 5, tzinfo=UTC)
    assert profile.last_post_at == datetime(2026, 11, 19, tzinfo=UTC)  # date-only field
    assert profile.followers_count == 10 and profile.following_count == 20
    assert profile.posts_count == 30


def test_follow_notifications_oldest_first_with_cursor() -> None:
    conn, session = connector({("GET", r"/api/v1/notifications"): ok("notifications_follow")})
    page = run(conn.fetch_follow_notifications("900"))
    assert [n.remote_id for n in page.items] == ["109000000000000011", "109000000000000012"]
    assert page.items[0].profile is not None and page.items[0].at.tzinfo is not None
    assert page.next_cursor == "902"
    query = session.calls[-1][2]
    assert "min_id=900" in query and "types" in query


def test_mentions_replies_and_direct_messages_are_told_apart() -> None:
    conn, _ = connector({("GET", r"/api/v1/notifications"): ok("notifications_mention")})
    mentions = run(conn.fetch_mentions())
    assert [(m.remote_id, m.kind) for m in mentions.items] == [
        ("1091", MessageKind.MENTION),
        ("1092", MessageKind.REPLY),
    ]
    assert mentions.items[1].text == "@acme thanks! <3"  # HTML stripped and unescaped
    assert mentions.items[1].in_reply_to_id == "1050"
    dms = run(conn.fetch_dms())
    assert [(m.remote_id, m.kind) for m in dms.items] == [("1093", MessageKind.DM)]


def test_reply_mentions_the_author_and_keeps_visibility() -> None:
    conn, session = connector(
        {
            ("GET", r"/api/v1/statuses/1091"): ok("status_parent"),
            ("POST", r"/api/v1/statuses"): ok("status_created"),
        }
    )
    assert run(conn.send_reply("1091", "Yes, 9 to 1!")) == "1100"
    sent = session.bodies[-1] or ""
    assert "zoe%40chem.example" in str(sent) or "zoe@chem.example" in str(sent)
    assert "in_reply_to_id=1091" in str(sent) or "1091" in str(sent)


def test_dm_is_a_direct_status_to_the_account() -> None:
    conn, session = connector(
        {
            ("GET", r"/api/v1/accounts/\d+"): ok("account_odd"),
            ("GET", r"/api/v1/accounts/relationships"): ok("relationships"),
            ("POST", r"/api/v1/statuses"): ok("status_created"),
        }
    )
    assert run(conn.send_dm("109000000000000011", "hello")) == "1100"
    assert "visibility=direct" in str(session.bodies[-1])


def test_follow_and_relationship() -> None:
    conn, _ = connector(
        {
            ("GET", r"/api/v1/accounts/relationships"): ok("relationships"),
            ("GET", r"/api/v1/accounts/\d+"): ok("account_odd"),
            ("POST", r"/api/v1/accounts/\d+/follow"): ok("relationship_following"),
        }
    )
    rel = run(conn.get_relationship("109000000000000011"))
    assert rel.followed_by and not rel.following and rel.can_dm
    assert run(conn.follow("109000000000000011")) == "109000000000000011"


@pytest.mark.parametrize(
    ("status", "name", "error"),
    [
        (401, "error_401", AuthExpiredError),
        (404, "error_404", NotFoundError),
        (422, "error_422", RejectedError),
        (503, "error_404", TransientError),
    ],
)
def test_errors_map_to_our_tree(status: int, name: str, error: type[Exception]) -> None:
    conn, _ = connector({("GET", r"/api/v1/accounts/\d+"): ok(name, status)})
    with pytest.raises(error) as info:
        run(conn.fetch_profile("1"))
    assert info.value.__cause__ is not None


def test_rate_limit_uses_the_reset_header() -> None:
    reset = (datetime.now(UTC) + timedelta(seconds=300)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
    conn, _ = connector({("GET", r"/api/v1/accounts/\d+"): ok("error_429", 429, **headers)})
    with pytest.raises(RateLimitedError) as info:
        run(conn.fetch_profile("1"))
    assert info.value.retry_after is not None and 200 < info.value.retry_after <= 301


def test_connection_closed_without_notice_is_retried() -> None:
    attempts = {"n": 0}

    def flaky(request: Any, match: Any) -> tuple[int, Any, dict[str, str]]:
        attempts["n"] += 1
        if attempts["n"] < 3:
            raise requests.exceptions.ConnectionError("Connection aborted: RemoteDisconnected")
        return ok("account_odd")

    conn, _ = connector({("GET", r"/api/v1/accounts/\d+"): flaky})
    assert run(conn.fetch_profile("1")).handle == "zoe@chem.example"
    assert attempts["n"] == 3


def test_malformed_account_names_the_problem() -> None:
    conn, _ = connector({("GET", r"/api/v1/accounts/\d+"): ok("account_malformed")})
    with pytest.raises(MalformedPayloadError, match="'id'"):
        run(conn.fetch_profile("1"))


def test_factory_needs_a_token_and_a_server() -> None:
    with pytest.raises(AuthExpiredError):
        connect("acme@social.example", {}, None)
    conn = connect("@acme@social.example", {"access_token": "t"}, None)
    assert conn.server == "https://social.example"
    assert "t" not in repr(conn).replace("token=<redacted>", "").split("server=")[0][:0] + ""
    assert "<redacted>" in repr(conn)
    with pytest.raises(RejectedError):
        connect("acme", {"access_token": "t"}, None)


def test_recent_posts_leave_out_other_accounts_boosts_of_them() -> None:
    # snac lists, among an account's statuses, another account's boost of one of its posts
    # (the booster as the status's account): that is not the account reposting.
    own = copy_payload("mastodon", "account_statuses")
    for status in own:
        status["account"] = {"id": "42", "acct": "ana"}
    boost_by_other = {
        **own[0],
        "id": "113000000000000009",
        "account": {"id": "77", "acct": "brand"},
        "reblog": own[0],
    }
    boost_by_self = {**boost_by_other, "id": "113000000000000010", "account": own[0]["account"]}
    conn, _ = connector(
        {
            ("GET", r"/api/v1/accounts/42/statuses"): (
                200,
                [boost_by_self, boost_by_other, *own],
                {},
            )
        }
    )
    posts = run(conn.fetch_recent_posts("42"))
    assert [p.repost for p in posts] == [True, False, False, False]
