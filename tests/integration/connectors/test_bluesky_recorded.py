"""The Bluesky connector on recorded XRPC responses: chat (DMs are not served by the
local network), rate-limit headers, expired sessions and server errors.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr

from connector_support import payload, recorded_transport
from followback.connectors.base import DmAvailability
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

CASSETTES = Path(__file__).resolve().parents[2] / "payloads" / "bluesky" / "cassettes"


def _same_proxy(sent: Any, tape: Any) -> None:
    """A recorded chat call matches only a request sent through the same chat proxy."""

    def proxy(request: Any) -> str:
        return next(
            (str(v) for k, v in request.headers.items() if k.lower() == "atproto-proxy"), ""
        )

    assert proxy(sent) == proxy(tape), (proxy(sent), proxy(tape))


recorded = vcr.VCR(
    cassette_library_dir=str(CASSETTES),
    record_mode="none",  # replay only: an unrecorded request fails the test
    match_on=("method", "scheme", "host", "path", "query", "body", "proxy"),
)
recorded.register_matcher("proxy", _same_proxy)

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


# -- DM eligibility: chat.bsky.convo.getConvoAvailability (the local network serves no chat) --
def _plain() -> BlueskyConnector:
    """A connector on httpx's own transport, which vcrpy replays from a cassette."""
    creds = {"app_password": "abcd-efgh-ijkl-mnop"}
    return BlueskyConnector("acme.example", creds, "https://pds.example", retry=NO_WAIT)


def test_chat_availability_asks_the_chat_service_with_the_recipients_did() -> None:
    with recorded.use_cassette("chat_availability_following.yaml") as tape:
        found = run(_plain().check_dm_availability("quiet.customer.example"))
    # Login, the profile, then the chat service (through its proxy) with the DID.
    assert tape.all_played
    assert found == DmAvailability(False, "following", False, brand_access=True)


def test_chat_availability_yes_for_an_open_chat_setting() -> None:
    conn = connector(
        {
            ("GET", X + "app.bsky.actor.getProfile"): ok("profile_detailed"),
            ("GET", X + "chat.bsky.convo.getConvoAvailability"): ok("chat_convo_availability_yes"),
        }
    )
    assert run(conn.check_dm_availability("zoe.chem.example")) == DmAvailability(
        True, "all", True, brand_access=True
    )


def test_chat_availability_without_dm_access_blames_the_app_password() -> None:
    conn = connector(
        {
            ("GET", X + "app.bsky.actor.getProfile"): ok("profile_detailed"),
            ("GET", X + "chat.bsky.convo.getConvoAvailability"): ok("error_bad_token_scope", 400),
        }
    )
    found = run(conn.check_dm_availability("zoe.chem.example"))
    assert not found.can_dm and not found.brand_access


def test_connect_checks_dm_access_with_one_chat_read() -> None:
    with recorded.use_cassette("dm_access_yes.yaml") as tape:
        assert run(_plain().check_dm_access()) is True
    assert tape.all_played
    with recorded.use_cassette("dm_access_no.yaml") as tape:
        assert run(_plain().check_dm_access()) is False  # "Bad token scope"
    assert tape.all_played
    down = connector({("GET", X + "chat.bsky.convo.listConvos"): ok("error_500", 500)})
    assert run(down.check_dm_access()) is None  # no verdict either way


def test_labels_from_subscribed_labelers_are_asked_for_in_the_header() -> None:
    # docs.bsky.app/docs/advanced-guides/moderation (checked 2026-11-30): the AppView
    # applies the labelers named in ``atproto-accept-labelers``; Bluesky's own service
    # is kept first so naming the brand's labelers does not drop the platform's labels.
    calls: list[httpx.Request] = []
    conn = BlueskyConnector(
        "acme.example",
        {"app_password": "abcd-efgh-ijkl-mnop", "labelers": "did:plc:labelerone, bad"},
        "https://pds.example",
        transport=recorded_transport(
            {
                ("POST", X + "com.atproto.server.createSession"): ok("create_session"),
                ("GET", X + "app.bsky.actor.getProfile"): ok("profile_labeled"),
            },
            calls,
        ),
        retry=NO_WAIT,
    )
    profile = run(conn.fetch_profile("zoe.chem.example"))
    sent = next(c for c in calls if "getProfile" in c.url.path)
    assert sent.headers["atproto-accept-labelers"] == (
        "did:plc:ar7c4by46qjdydhdevvrndac,did:plc:labelerone"
    )
    assert profile.labels  # the labels in the answer reach the profile screening reads
