"""The Bluesky connector on recorded XRPC responses: chat (DMs are not served by the
local network), rate-limit headers, expired sessions and server errors.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from connector_support import payload, recorded_transport
from followback.connectors.bluesky import BlueskyConnector
from followback.connectors.retry import RetryPolicy
from followback.domain import (
    AuthExpiredError,
    MessageKind,
    NotFoundError,
    RateLimitedError,
    RejectedError,
    TransientError,
)

pytestmark = pytest.mark.bluesky

NO_WAIT = RetryPolicy(attempts=2, initial_s=0, max_s=0, jitter_s=0)
X = "/xrpc/"


def ok(name: str, status: int = 200, **headers: str) -> tuple[int, Any, dict[str, str]]:
    return status, payload("bluesky", name), headers


def connector(
    routes: dict[tuple[str, str], Any], calls: list[httpx.Request] | None = None
) -> BlueskyConnector:
    table = {("POST", X + "com.atproto.server.createSession"): ok("create_session"), **routes}
    return BlueskyConnector(
        "acme.example",
        {"app_password": "abcd-efgh-ijkl-mnop"},
        "https://pds.example",
        transport=recorded_transport(table, calls),
        retry=NO_WAIT,
    )


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_dms_come_from_the_chat_log_through_the_chat_proxy() -> None:
    calls: list[httpx.Request] = []
    conn = connector(
        {
            ("GET", X + "chat.bsky.convo.getLog"): ok("chat_get_log"),
            ("GET", X + "app.bsky.actor.getProfiles"): ok("profiles"),
        },
        calls,
    )
    page = run(conn.fetch_dms())
    assert [(m.remote_id, m.author_handle, m.kind) for m in page.items] == [
        ("3convo1/3msg1", "zoe.chem.example", MessageKind.DM)
    ]
    assert page.items[0].text == "Hi! Do you ship to Porto? 📦"
    assert page.next_cursor == "2222222222cur"
    log_call = next(c for c in calls if "getLog" in c.url.path)
    assert log_call.headers["atproto-proxy"] == "did:web:api.bsky.chat#bsky_chat"


def test_send_dm_opens_the_conversation_then_sends() -> None:
    calls: list[httpx.Request] = []
    conn = connector(
        {
            ("GET", X + "chat.bsky.convo.getConvoForMembers"): ok("chat_convo_for_members"),
            ("POST", X + "chat.bsky.convo.sendMessage"): ok("chat_send_message"),
        },
        calls,
    )
    assert run(conn.send_dm("did:plc:zoe7ftgbsz4sshrfbnt2mxqx", "We ship!")) == "3convo1/3msg9"
    sent = next(c for c in calls if "sendMessage" in c.url.path)
    assert b'"convoId":"3convo1"' in sent.content.replace(b" ", b"")


def test_app_password_without_dm_access() -> None:
    conn = connector(
        {
            ("GET", X + "chat.bsky.convo.getLog"): ok("error_bad_token_scope", 400),
            ("GET", X + "chat.bsky.convo.getConvoForMembers"): ok("error_bad_token_scope", 400),
        }
    )
    page = run(conn.fetch_dms("c1"))
    assert page.items == [] and page.next_cursor == "c1"
    with pytest.raises(RejectedError, match="cannot use DMs"):
        run(conn.send_dm("did:plc:zoe7ftgbsz4sshrfbnt2mxqx", "hi"))


def test_rate_limit_headers_are_honoured() -> None:
    reset = str(int(time.time()) + 120)
    limited = ok(
        "error_rate_limited",
        429,
        **{"ratelimit-limit": "3000", "ratelimit-remaining": "0", "ratelimit-reset": reset},
    )
    conn = connector({("GET", X + "app.bsky.actor.getProfile"): limited})
    with pytest.raises(RateLimitedError) as info:
        run(conn.fetch_profile("zoe.chem.example"))
    assert info.value.retry_after is not None and 100 < info.value.retry_after <= 120


def test_no_points_left_stops_calls_until_reset() -> None:
    reset = str(int(time.time()) + 600)
    calls: list[httpx.Request] = []
    last = ok("profile_detailed", **{"ratelimit-remaining": "0", "ratelimit-reset": reset})
    conn = connector({("GET", X + "app.bsky.actor.getProfile"): last}, calls)

    async def twice() -> None:
        await conn.fetch_profile("zoe.chem.example")
        n = len(calls)
        with pytest.raises(RateLimitedError) as info:
            await conn.fetch_profile("zoe.chem.example")
        assert len(calls) == n  # nothing sent
        assert info.value.retry_after is not None and info.value.retry_after > 500

    run(twice())


@pytest.mark.parametrize(
    ("status", "name", "error"),
    [
        (400, "error_expired_token", AuthExpiredError),
        (400, "error_profile_not_found", NotFoundError),
        (500, "error_500", TransientError),
    ],
)
def test_errors_map_to_our_tree(status: int, name: str, error: type[Exception]) -> None:
    conn = connector({("GET", X + "app.bsky.actor.getProfile"): ok(name, status)})
    with pytest.raises(error) as info:
        run(conn.fetch_profile("zoe.chem.example"))
    assert info.value.__cause__ is not None


def test_notifications_are_filtered_by_reason_and_cursor() -> None:
    conn = connector(
        {
            ("GET", X + "app.bsky.notification.listNotifications"): ok("notifications"),
            ("GET", X + "app.bsky.actor.getProfiles"): ok("profiles"),
        }
    )
    follows = run(conn.fetch_follow_notifications())
    assert [n.remote_id for n in follows.items] == ["did:plc:zoe7ftgbsz4sshrfbnt2mxqx"]
    assert follows.items[0].profile is not None
    assert follows.items[0].profile.followers_count == 210
    mentions = run(conn.fetch_mentions("2026-11-20T10:01:01.000Z"))
    assert [m.kind for m in mentions.items] == [MessageKind.REPLY, MessageKind.QUOTE]
    assert mentions.next_cursor == "2026-11-20T10:03:01.000Z"


def test_repr_hides_the_app_password() -> None:
    conn = connector({})
    assert "abcd-efgh" not in repr(conn) and "<redacted>" in repr(conn)
