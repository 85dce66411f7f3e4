"""The outbox's read-back on X and Bluesky DMs, on recorded platform answers (vcrpy).

Neither X nor Bluesky's chat service runs here (the local AT Protocol network serves no
chat.bsky), so the cassettes hold the documented requests and answers (written by
tests/payloads/x/cassettes/write_cassettes.py and
tests/payloads/bluesky/cassettes/write_cassettes.py from docs.x.com and docs.bsky.app,
checked 2026-11-30). vcrpy refuses any request that is not recorded: a read-back that
finds the write must not send it again, and one that does not must send it exactly once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import vcr

from followback.actions.outbox import Write, deliver
from followback.connectors.base import WriteKey
from followback.connectors.bluesky import BlueskyConnector
from followback.connectors.retry import RetryPolicy
from followback.connectors.x import XConnector
from followback.domain import ActionKind

PAYLOADS = Path(__file__).parents[2] / "payloads"
ME, ZOE = "1500000000000000001", "1600000000000000011"
MENTION = "1795000000000000101"
REPLY = "@zoe_a Thanks! It ships on Monday."
DM = "Thanks for writing: which order number is it?"
NOW = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)
NO_WAIT = RetryPolicy(attempts=1, initial_s=0, max_s=0, jitter_s=0)


def _cassette(platform: str, name: str) -> Iterator[Any]:
    # X's bodies are matched too; Bluesky's differ only by path (log-in body not recorded).
    body = ("body",) if platform == "x" else ()
    recorded = vcr.VCR(
        cassette_library_dir=str(PAYLOADS / platform / "cassettes"),
        record_mode="none",  # replay only: an unrecorded request fails the test
        match_on=("method", "scheme", "host", "path", "query", *body),
    )
    with recorded.use_cassette(f"{name}.yaml") as tape:
        yield tape
        assert tape.all_played, "a recorded request was not sent"


@pytest.fixture
def x_tape(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from _cassette("x", request.param)


@pytest.fixture
def bluesky_tape(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from _cassette("bluesky", request.param)


def _retry(kind: ActionKind, target: str, text: str, payload: dict[str, Any]) -> Write:
    # attempts=2: an earlier attempt was sent and its answer lost.
    return Write(7, 1, kind, target, text, WriteKey("k", NOW), 2, "member:ana", payload)


def _x() -> XConnector:
    conn = XConnector({"access_token": "secret-access-token-123"}, retry=NO_WAIT)
    conn._me = ME  # known from connect; the read-back needs no /2/users/me
    return conn


@pytest.mark.x
@pytest.mark.parametrize("x_tape", ["read_back_reply_landed"], indirect=True)
def test_x_reply_found_among_own_posts_is_not_sent_again(x_tape: Any) -> None:
    write = _retry(ActionKind.REPLY, MENTION, REPLY, {"summoned": True})
    landed = asyncio.run(deliver(_x(), write))
    assert (landed.ref, landed.reconciled) == ("1795000000000000900", True)
    assert [r.method for r in x_tape.requests] == ["GET"]  # no POST /2/tweets


@pytest.mark.x
@pytest.mark.parametrize("x_tape", ["read_back_reply_missing"], indirect=True)
def test_x_reply_not_found_is_sent_once(x_tape: Any) -> None:
    write = _retry(ActionKind.REPLY, MENTION, REPLY, {"summoned": True})
    landed = asyncio.run(deliver(_x(), write))
    assert (landed.ref, landed.reconciled) == ("1795000000000000901", False)
    assert [r.method for r in x_tape.requests] == ["GET", "POST"]


@pytest.mark.x
@pytest.mark.parametrize("x_tape", ["read_back_dm_landed"], indirect=True)
def test_x_dm_found_in_the_conversation_is_not_sent_again(x_tape: Any) -> None:
    write = _retry(ActionKind.DM, ZOE, DM, {"dm_requested": True})
    landed = asyncio.run(deliver(_x(), write))
    assert (landed.ref, landed.reconciled) == ("1795100000000000300", True)
    assert [r.method for r in x_tape.requests] == ["GET"]


BRAND_DID, ZOE_DID = "did:plc:brand3x3nq4b6lx5lrdrqjnb", "did:plc:zoe7ftgbsz4sshrfbnt2mxqx"


def _bluesky() -> BlueskyConnector:
    return BlueskyConnector(
        "acme.example",
        {"app_password": "abcd-efgh-ijkl-mnop"},
        "https://pds.example",
        retry=NO_WAIT,
    )


@pytest.mark.bluesky
@pytest.mark.parametrize("bluesky_tape", ["read_back_dm_landed"], indirect=True)
def test_bluesky_dm_found_in_the_chat_is_not_sent_again(bluesky_tape: Any) -> None:
    write = _retry(ActionKind.DM, ZOE_DID, DM, {"dm_requested": True})
    landed = asyncio.run(deliver(_bluesky(), write))
    assert (landed.ref, landed.reconciled) == ("3convo1/3msg2", True)
    assert not any("sendMessage" in r.path for r in bluesky_tape.requests)


@pytest.mark.bluesky
@pytest.mark.parametrize("bluesky_tape", ["read_back_dm_missing"], indirect=True)
def test_bluesky_dm_not_found_is_sent_once(bluesky_tape: Any) -> None:
    write = _retry(ActionKind.DM, ZOE_DID, DM, {"dm_requested": True})
    landed = asyncio.run(deliver(_bluesky(), write))
    assert not landed.reconciled and landed.ref
    assert [r.path.rsplit(".", 1)[-1] for r in bluesky_tape.requests].count("sendMessage") == 1
