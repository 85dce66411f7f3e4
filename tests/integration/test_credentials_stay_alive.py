"""Renewed credentials are stored encrypted and renewed once for every worker.

X refresh tokens work once: the first worker to find its token expired refreshes under a
lock on the account and stores the new pair; a worker holding the old pair reuses the
stored one instead of spending the spent refresh token. A refusal marks the account
``needs_reauth``. Bluesky sessions are stored and reused (session creation is limited).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet

from followback.connectors.x.client import XConnector
from followback.credentials import decrypt_credentials, encrypt_credentials
from followback.domain import AuthExpiredError, FollowMode, Platform
from followback.services.connect import StoredCredentials
from followback.store import AccountRepo, Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from connector_support import BLUESKY_URL, RecordedSession, bluesky_account, payload

OLD = {"access_token": "old", "refresh_token": "r1", "client_id": "cid"}


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWBACK_SECRET_KEY", Fernet.generate_key().decode())


def _account(store: Store, platform: Platform, creds: dict[str, str]) -> int:
    with store.session() as s:
        return AccountRepo(s).add(
            platform, "acme", "1", FollowMode.REVIEW, encrypt_credentials(creds)
        )


def _stored(store: Store, account_id: int) -> dict[str, str]:
    with store.session() as s:
        return dict(decrypt_credentials(AccountRepo(s).get_row(account_id).credentials or b""))


def _x(routes: dict[tuple[str, str], Any], token_calls: list[int]) -> XConnector:
    def token(_: Any, __: Any) -> tuple[int, Any, dict[str, str]]:
        token_calls.append(1)
        if len(token_calls) > 1:  # the refresh token was spent by the first refresh
            return 400, {"error": "invalid_request"}, {}
        return 200, payload("x", "token_refreshed"), {}

    def mentions(request: Any, _: Any) -> tuple[int, Any, dict[str, str]]:
        if request.headers.get("Authorization") == "Bearer old":
            return 401, payload("x", "error_401_expired"), {}
        return 200, payload("x", "mentions"), {}

    session = RecordedSession(
        {
            ("GET", r"/2/users/me"): (200, payload("x", "user_me"), {}),
            ("GET", r"/2/users/\d+/mentions"): mentions,
            ("POST", r"/2/oauth2/token"): token,
            **routes,
        }
    )
    return XConnector(dict(OLD), session=session)


def test_one_worker_refreshes_the_x_pair_and_the_others_reuse_it(store: Store) -> None:
    account_id = _account(store, Platform.X, OLD)
    calls: list[int] = []
    first, second = _x({}, calls), _x({}, calls)  # two workers, both holding the old pair
    for conn in (first, second):
        conn.keep_credentials_with(StoredCredentials(store, account_id))

    assert len(asyncio.run(first.fetch_mentions()).items) == 3
    assert len(asyncio.run(second.fetch_mentions()).items) == 3

    assert len(calls) == 1  # the single-use refresh token was spent once
    stored = _stored(store, account_id)
    assert stored["refresh_token"] == "bmV3LXJlZnJlc2gtdG9rZW4tMDk4NzY1"
    with store.session() as s:
        row = AccountRepo(s).get_row(account_id)
        assert b"bmV3" not in (row.credentials or b"") and not row.needs_reauth


def test_a_refused_refresh_marks_the_account_for_a_new_login(store: Store) -> None:
    account_id = _account(store, Platform.X, OLD)
    calls = [1]  # as if the refresh token had been spent already: X refuses it
    conn = _x({}, calls)
    conn.keep_credentials_with(StoredCredentials(store, account_id))
    with pytest.raises(AuthExpiredError):
        asyncio.run(conn.fetch_mentions())
    with store.session() as s:
        assert AccountRepo(s).get_row(account_id).needs_reauth


class _Counting(httpx.AsyncBaseTransport):
    def __init__(self, seen: list[str]) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.seen = seen

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.path)
        return await self.inner.handle_async_request(request)


@pytest.mark.bluesky
@pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set")
def test_a_bluesky_session_is_stored_and_reused(store: Store) -> None:
    from followback.connectors.bluesky import BlueskyConnector

    assert BLUESKY_URL
    made = bluesky_account("cred")
    account_id = _account(store, Platform.BLUESKY, {"app_password": made["appPassword"]})
    seen: list[str] = []

    async def one_worker() -> str:
        conn = BlueskyConnector(
            made["handle"], _stored(store, account_id), BLUESKY_URL, transport=_Counting(seen)
        )
        conn.keep_credentials_with(StoredCredentials(store, account_id))
        try:
            return (await conn.whoami()).remote_id
        finally:
            await conn.aclose()

    assert asyncio.run(one_worker()) == made["did"]
    assert asyncio.run(one_worker()) == made["did"]
    assert asyncio.run(one_worker()) == made["did"]
    creates = [p for p in seen if p.endswith("com.atproto.server.createSession")]
    assert len(creates) == 1  # later workers resumed the stored session
    assert _stored(store, account_id)["session"]
