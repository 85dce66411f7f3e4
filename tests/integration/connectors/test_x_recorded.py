"""The X connector against recorded X API v2 responses (no local X server exists).

Payloads in tests/payloads/x follow X's API v2 reference, errors included.
"""

from __future__ import annotations

import asyncio
import logging
import time
from decimal import Decimal
from typing import Any

import pytest

from connector_support import RecordedSession, payload
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.retry import RetryPolicy
from followback.connectors.x import Billable, SpendCapExceededError, SpendTracker, XConnector
from followback.domain import (
    AuthExpiredError,
    MessageKind,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    RejectedError,
    TransientError,
)

pytestmark = pytest.mark.x

ME = r"/2/users/me"
NO_WAIT = RetryPolicy(attempts=2, initial_s=0, max_s=0, jitter_s=0)


def ok(name: str, status: int = 200, **headers: str) -> tuple[int, Any, dict[str, str]]:
    return status, payload("x", name), headers


def connector(routes: dict[tuple[str, str], Any], **kw: Any) -> tuple[XConnector, RecordedSession]:
    session = RecordedSession({("GET", ME): ok("user_me"), **routes})
    creds = kw.pop("credentials", {"access_token": "secret-access-token-123"})
    return XConnector(creds, session=session, retry=NO_WAIT, **kw), session


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_followers_page_through_next_token_and_map_profiles() -> None:
    conn, session = connector(
        {
            ("GET", r"/2/users/\d+/followers"): [ok("followers_page1"), ok("followers_page2")],
        }
    )
    first = run(conn.list_followers())
    assert [p.handle for p in first.items] == ["zoe_a", "user83746128"]
    assert first.next_cursor == "7140dibdnow9c7btw3z3b9eutnvbzrpfk5h5w4abe5hoc"
    zoe, empty = first.items
    assert zoe.followers_count == 210 and zoe.posts_count == 3400 and zoe.labels == ("verified",)
    assert "\u202e" not in zoe.bio  # bidi override stripped
    assert not empty.has_avatar and empty.locked and empty.bio == ""
    second = run(conn.list_followers(first.next_cursor))
    assert [p.handle for p in second.items] == ["tomas"] and second.next_cursor is None
    assert "pagination_token=7140" in session.calls[-1][2]


def test_no_followers_is_an_empty_page() -> None:
    conn, _ = connector({("GET", r"/2/users/\d+/followers"): ok("followers_empty")})
    page = run(conn.list_followers())
    assert page.items == [] and page.next_cursor is None


def test_follow_notifications_come_from_the_followers_list() -> None:
    conn, _ = connector(
        {("GET", r"/2/users/\d+/followers"): [ok("followers_page1"), ok("followers_page2")]}
    )
    page = run(conn.fetch_follow_notifications("1600000000000000013"))
    # Newest first from X; all of page 1 is newer than the cursor, returned oldest first.
    assert [n.remote_id for n in page.items] == ["1600000000000000012", "1600000000000000011"]
    assert page.next_cursor == "1600000000000000011"


def test_mentions_are_oldest_first_with_kinds() -> None:
    conn, session = connector({("GET", r"/2/users/\d+/mentions"): ok("mentions")})
    page = run(conn.fetch_mentions("1795000000000000100"))
    kinds = [(m.remote_id[-3:], m.kind) for m in page.items]
    assert kinds == [
        ("101", MessageKind.MENTION),
        ("102", MessageKind.REPLY),
        ("103", MessageKind.QUOTE),
    ]
    assert page.items[0].author_handle == "zoe_a" and page.items[0].author_followers == 210
    assert page.items[1].in_reply_to_id == "1795000000000000060"
    assert page.next_cursor == "1795000000000000103"
    assert "since_id=1795000000000000100" in session.calls[-1][2]


def test_dms_skip_our_own_and_respect_the_cursor() -> None:
    conn, _ = connector({("GET", r"/2/dm_events"): ok("dm_events")})
    page = run(conn.fetch_dms())
    assert [(m.author_handle, m.kind) for m in page.items] == [("zoe_a", MessageKind.DM)]
    assert page.next_cursor == "1795100000000000202"
    assert run(conn.fetch_dms(page.next_cursor)).items == []


def test_relationship_from_connection_status() -> None:
    conn, _ = connector({("GET", r"/2/users/\d+"): ok("user_connection")})
    rel = run(conn.get_relationship("1600000000000000011"))
    assert rel.followed_by and not rel.following and rel.can_dm and not rel.blocked


def test_writes_send_the_documented_bodies() -> None:
    conn, session = connector(
        {
            ("POST", r"/2/users/\d+/following"): ok("follow_pending"),
            ("DELETE", r"/2/users/\d+/following/\d+"): ok("unfollow_ok"),
            ("POST", r"/2/tweets"): ok("tweet_created", 201),
            ("POST", r"/2/dm_conversations/with/\d+/messages"): ok("dm_created", 201),
            ("POST", r"/2/users/\d+/retweets"): ok("retweet_ok"),
        }
    )
    assert run(conn.follow("1600000000000000011")) == "1600000000000000011"
    assert session.bodies[-1] == {"target_user_id": "1600000000000000011"}
    run(conn.unfollow("1600000000000000011"))
    assert run(conn.send_reply("1795000000000000101", "Yes!")) == "1795200000000000301"
    assert session.bodies[-1] == {
        "text": "Yes!",
        "reply": {"in_reply_to_tweet_id": "1795000000000000101"},
    }
    assert run(conn.send_dm("1600000000000000011", "hi")) == "1795300000000000401"
    assert run(conn.repost("1795000000000000101")).endswith("1795000000000000101")


def test_long_reply_is_rejected_before_sending() -> None:
    conn, session = connector({})
    with pytest.raises(RejectedError):
        run(conn.send_reply("1", "x" * 281))
    assert session.calls == []


@pytest.mark.parametrize(
    ("status", "name", "error"),
    [
        (401, "error_401_expired", AuthExpiredError),
        (403, "error_403_dm", RejectedError),
        (503, "error_503", OutcomeUnknownError),
    ],
)
def test_http_errors_map_to_our_tree(status: int, name: str, error: type[Exception]) -> None:
    conn, session = connector({("POST", r"/2/dm_conversations/.*"): ok(name, status)})
    with pytest.raises(error) as info:
        run(conn.send_dm("1600000000000000011", "hi"))
    assert info.value.__cause__ is not None  # raised from the SDK's exception
    # A write is sent once: a 503 after sending may have landed; the outbox reads back.
    assert len([c for c in session.calls if c[0] == "POST"]) == 1


def test_a_read_retries_a_503() -> None:
    conn, session = connector({("GET", r"/2/users/\d+/mentions"): ok("error_503", 503)})
    with pytest.raises(TransientError):
        run(conn.fetch_mentions())
    assert len([c for c in session.calls if "mentions" in c[1]]) == NO_WAIT.attempts


def test_rate_limit_carries_retry_after_from_reset_header() -> None:
    reset = str(int(time.time()) + 900)
    conn, _ = connector(
        {("GET", r"/2/users/\d+/mentions"): ok("error_429", 429, **{"x-rate-limit-reset": reset})}
    )
    with pytest.raises(RateLimitedError) as info:
        run(conn.fetch_mentions())
    assert info.value.retry_after is not None and 800 < info.value.retry_after <= 900


def test_missing_and_malformed_users() -> None:
    conn, _ = connector(
        {
            ("GET", r"/2/users/9999999999"): ok("user_not_found"),
            ("GET", r"/2/users/\d+"): ok("user_malformed"),
        }
    )
    with pytest.raises(NotFoundError):
        run(conn.fetch_profile("9999999999"))
    with pytest.raises(MalformedPayloadError, match="'id'"):
        run(conn.fetch_profile("123"))


def test_non_json_body_is_malformed() -> None:
    conn, _ = connector({("GET", r"/2/users/\d+"): (200, "<html>oops</html>", {})})
    with pytest.raises(MalformedPayloadError):
        run(conn.fetch_profile("123"))


def test_expired_token_is_refreshed_once_and_reported() -> None:
    seen: list[dict[str, str]] = []
    conn, _ = connector(
        {
            ("GET", r"/2/users/\d+/mentions"): [ok("error_401_expired", 401), ok("mentions")],
            ("POST", r"/2/oauth2/token"): ok("token_refreshed"),
        },
        credentials={"access_token": "old", "refresh_token": "r1", "client_id": "cid"},
        on_token_refresh=seen.append,
    )
    page = run(conn.fetch_mentions())
    assert len(page.items) == 3
    assert seen and seen[0]["access_token"] == "bmV3LWFjY2Vzcy10b2tlbi0xMjM0NTY3ODkw"
    assert seen[0]["refresh_token"] == "bmV3LXJlZnJlc2gtdG9rZW4tMDk4NzY1"


def test_spend_is_counted_at_published_prices() -> None:
    spend = SpendTracker()
    conn, _ = connector(
        {
            ("GET", r"/2/users/\d+/followers"): ok("followers_page1"),
            ("POST", r"/2/users/\d+/following"): ok("follow_ok"),
        },
        spend=spend,
    )
    run(conn.list_followers())  # whoami (1 user) + 2 followers
    run(conn.follow("1600000000000000011"))
    assert spend.counts == {
        Billable.USER_READ: 1,
        Billable.FOLLOWS_READ: 2,
        Billable.USER_INTERACTION_CREATE: 1,
    }
    assert spend.spent_usd == Decimal("0.010") + 2 * Decimal("0.010") + Decimal("0.015")
    assert spend.report()["total_usd"] == "0.045"


def test_spend_cap_refuses_a_write_before_sending() -> None:
    spend = SpendTracker(cap_usd=Decimal("0.02"))
    conn, session = connector({("POST", r"/2/users/\d+/following"): ok("follow_ok")}, spend=spend)
    run(conn.whoami())  # $0.010
    with pytest.raises(SpendCapExceededError):
        run(conn.follow("1600000000000000011"))  # +$0.015 > $0.02
    assert not any(c[0] == "POST" for c in session.calls)
    assert isinstance(SpendCapExceededError("x"), RejectedError)


def test_tokens_never_reach_logs_or_repr(caplog: pytest.LogCaptureFixture) -> None:
    conn, _ = connector({})
    with caplog.at_level(logging.DEBUG):
        run(conn.whoami())
    assert "secret-access-token-123" not in caplog.text
    assert "Bearer" in caplog.text or caplog.text == ""  # tweepy logged, redacted
    assert "secret-access-token-123" not in repr(conn)
