"""Connecting Mastodon and X from the dashboard with OAuth 2.0 (authorization code + PKCE).

End to end against snac2 (application registration, its login form, the code exchange) when
``FOLLOWBACK_TEST_MASTODON_LOGIN`` (user:password, written by scripts/start-snac.sh) is set;
Mastodon and X also against recorded responses that follow their docs (docs.joinmastodon.org
``POST /api/v1/apps`` and ``POST /oauth/token``; docs.x.com OAuth 2.0 with PKCE).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from argon2 import PasswordHasher
from cryptography.fernet import Fernet
from fastapi.testclient import TestClient

from connector_support import (
    MASTODON_URL,
    SNAC_TIMEOUT_S,
    RecordedSession,
    payload,
    recorded_transport,
)
from followback.config import OAuthSettings, Settings
from followback.connectors.mastodon import MastodonConnector
from followback.connectors.x import XConnector
from followback.credentials import decrypt_credentials
from followback.store import AccountRepo, Store
from followback.store.tables import AuditRow, OAuthClientRow
from followback.store.team import TeamRepo
from followback.web import create_app

KEY = Fernet.generate_key().decode()
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HASH = PasswordHasher().hash("a long password")
SNAC_LOGIN = os.environ.get("FOLLOWBACK_TEST_MASTODON_LOGIN", "")
SERVER = "https://mastodon.example"


def _client(app: Any, name: str) -> TestClient:
    client = TestClient(app, base_url="https://testserver", follow_redirects=False)
    r = client.post("/api/session", json={"name": name, "password": "a long password"})
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return client


@pytest.fixture
def make_admins(sqlite_store: Store) -> Iterator[Callable[..., tuple[TestClient, TestClient]]]:
    """Two admins (ada, bea) and an agent (gus) on one app; ``transport`` answers OAuth calls."""
    with sqlite_store.session() as s:
        for name, role in (("ada", "admin"), ("bea", "admin"), ("gus", "agent")):
            TeamRepo(s).add_member(name, role, at=NOW)
            TeamRepo(s).get_row(name).password_hash = HASH
    opened: list[TestClient] = []

    def make(transport: httpx.AsyncBaseTransport | None = None) -> tuple[TestClient, TestClient]:
        oauth = OAuthSettings(x_client_id="x-client-id-123")
        settings = Settings(secret_key=KEY, db_url="sqlite://", oauth=oauth)
        app = create_app(sqlite_store, settings, cookie_secure=True, oauth_transport=transport)
        opened.extend([_client(app, "ada"), _client(app, "bea")])
        return opened[-2], opened[-1]

    yield make
    for c in opened:
        c.close()


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}


def _stored(store: Store, account_id: int) -> dict[str, str]:
    with store.session() as s:
        row = AccountRepo(s).get_row(account_id)
        assert row.credentials is not None
        return dict(decrypt_credentials(row.credentials, KEY.encode()))


# --- snac2, end to end -------------------------------------------------------------------


@pytest.mark.mastodon
@pytest.mark.skipif(
    not (MASTODON_URL and SNAC_LOGIN), reason="FOLLOWBACK_TEST_MASTODON_LOGIN not set"
)
def test_connect_mastodon_with_oauth_against_snac(
    make_admins: Callable[..., tuple[TestClient, TestClient]], sqlite_store: Store
) -> None:
    ada, _ = make_admins()
    r = ada.post("/api/accounts/oauth", json={"platform": "mastodon", "server": MASTODON_URL})
    assert r.status_code == 200, r.text
    url = r.json()["authorize_url"]
    q = _query(url)
    assert q["code_challenge_method"] == "S256" and q["redirect_uri"].endswith(
        "/accounts/oauth/callback"
    )
    # The person signs in on the platform: snac's login form, as a browser would post it.
    page = httpx.get(url, timeout=SNAC_TIMEOUT_S)
    assert page.status_code == 200
    hidden = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page.text))
    user, password = SNAC_LOGIN.split(":", 1)
    back = httpx.post(
        f"{MASTODON_URL}/oauth/x-snac-login",
        data={**hidden, "login": user, "passwd": password},
        timeout=SNAC_TIMEOUT_S,
    )
    assert back.status_code == 303
    location = back.headers["location"]
    assert _query(location)["state"] == q["state"]
    done = ada.get(urlparse(location).path + "?" + urlparse(location).query)
    assert done.status_code == 303 and done.headers["location"].startswith("/accounts?flash=")
    [account] = ada.get("/api/accounts").json()
    assert account["platform"] == "mastodon"
    assert account["handle"] == f"{user}@{httpx.URL(MASTODON_URL).host}"
    creds = _stored(sqlite_store, account["id"])
    assert creds["access_token"] and creds["client_id"]
    # The stored token works: it is the account's own.
    conn = MastodonConnector(MASTODON_URL, creds["access_token"])
    try:
        assert asyncio.run(conn.whoami()).handle.split("@")[0] == user
    finally:
        asyncio.run(conn.aclose())
    # The state is used once.
    again = ada.get(urlparse(location).path + "?" + urlparse(location).query)
    assert again.status_code == 422 and "already used or expired" in again.text


# --- recorded ----------------------------------------------------------------------------


def _fake_factory(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Connectors whose whoami is answered from recorded payloads; records their creds."""
    seen: list[dict[str, str]] = []

    def factory(platform: Any) -> Callable[..., Any]:
        def build(handle: str, creds: Any, server: str | None) -> Any:
            seen.append(dict(creds))
            if str(platform.value) == "x":
                me = (200, payload("x", "user_me"), {})
                return XConnector(creds, session=RecordedSession({("GET", "/2/users/me"): me}))
            me = (200, payload("mastodon", "account_me"), {})
            session = RecordedSession({("GET", "/api/v1/accounts/verify_credentials"): me})
            assert server is not None
            return MastodonConnector(server, creds["access_token"], session=session)

        return build

    monkeypatch.setattr("followback.actions.accounts.get_factory", factory)
    return seen


def test_connect_x_with_oauth2_and_pkce(
    make_admins: Callable[..., tuple[TestClient, TestClient]],
    sqlite_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[httpx.Request] = []
    token = (200, payload("x", "oauth2_token"), {})
    ada, _ = make_admins(recorded_transport({("POST", "/2/oauth2/token"): token}, calls))
    seen = _fake_factory(monkeypatch)
    started = ada.post(
        "/accounts/oauth/start", data={"platform": "x", "csrf_token": ada.headers["X-CSRF-Token"]}
    )
    # A page that moves on to X (a form's cross-site redirect would break the CSP).
    assert started.status_code == 200
    found = re.search(
        r'id="oauth-continue"|http-equiv="refresh" content="0;url=([^"]+)"', started.text
    )
    url = html.unescape(re.findall(r'content="0;url=([^"]+)"', started.text)[0])
    assert 'id="oauth-continue"' in started.text and found
    assert url.startswith("https://x.com/i/oauth2/authorize?")
    q = _query(url)
    assert q["client_id"] == "x-client-id-123" and "offline.access" in q["scope"]
    done = ada.get("/accounts/oauth/callback", params={"state": q["state"], "code": "c0de"})
    assert done.status_code == 303, done.text
    form = parse_qs(calls[0].content.decode())
    verifier = form["code_verifier"][0]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    assert challenge.rstrip(b"=").decode() == q["code_challenge"]  # PKCE holds together
    assert form["code"] == ["c0de"] and form["client_id"] == ["x-client-id-123"]
    [account] = ada.get("/api/accounts").json()
    assert account["platform"] == "x" and account["handle"] == "acmecoffee"
    creds = _stored(sqlite_store, account["id"])
    recorded = payload("x", "oauth2_token")
    assert creds["access_token"] == recorded["access_token"]
    assert creds["refresh_token"] == recorded["refresh_token"]  # for XConnector's refresh
    assert seen[-1]["client_id"] == "x-client-id-123"
    audit = ada.get("/api/audit", params={"verb": "account.connect"}).json()["items"]
    assert audit[0]["actor"] == "member:ada"


def test_mastodon_app_is_registered_once_and_tokens_never_shown(
    make_admins: Callable[..., tuple[TestClient, TestClient]],
    sqlite_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[httpx.Request] = []
    routes = {
        ("POST", "/api/v1/apps"): (200, payload("mastodon", "app_created"), {}),
        ("POST", "/oauth/token"): (200, payload("mastodon", "oauth_token"), {}),
    }
    ada, _ = make_admins(recorded_transport(routes, calls))
    _fake_factory(monkeypatch)
    for _ in range(2):
        r = ada.post(
            "/api/accounts/oauth", json={"platform": "mastodon", "server": "mastodon.example"}
        )
        assert r.status_code == 200, r.text
    assert [c.url.path for c in calls] == ["/api/v1/apps"]  # the second start reuses the app
    q = _query(r.json()["authorize_url"])
    assert r.json()["authorize_url"].startswith(f"{SERVER}/oauth/authorize?")
    page = ada.get("/accounts/oauth/callback", params={"state": q["state"], "code": "abc"})
    assert page.status_code == 303
    token = payload("mastodon", "oauth_token")["access_token"]
    secret = payload("mastodon", "app_created")["client_secret"]
    exchange = parse_qs(calls[-1].content.decode())
    assert exchange["client_secret"] == [secret] and exchange["code_verifier"][0]
    [account] = ada.get("/api/accounts").json()
    assert account["handle"] == "acme@mastodon.example"
    assert _stored(sqlite_store, account["id"])["access_token"] == token
    assert token not in caplog.text and secret not in caplog.text
    with sqlite_store.session() as s:
        assert all(secret.encode() not in r.client_secret for r in s.query(OAuthClientRow))
        assert all(token not in str(r.detail) for r in s.query(AuditRow))


def test_the_state_is_checked(
    make_admins: Callable[..., tuple[TestClient, TestClient]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[httpx.Request] = []
    ada, bea = make_admins(recorded_transport({}, calls))
    _fake_factory(monkeypatch)
    q = _query(ada.post("/api/accounts/oauth", json={"platform": "x"}).json()["authorize_url"])
    forged = ada.get("/accounts/oauth/callback", params={"state": "forged", "code": "abc"})
    assert forged.status_code == 422 and "unknown, already used or expired" in forged.text
    other = bea.get("/accounts/oauth/callback", params={"state": q["state"], "code": "abc"})
    assert other.status_code == 422 and "started by someone else" in other.text
    # The real state was used up by the attempt, and nothing reached the platform.
    late = ada.get("/accounts/oauth/callback", params={"state": q["state"], "code": "abc"})
    assert late.status_code == 422 and calls == []
    assert ada.get("/api/accounts").json() == []


def test_a_refused_code_or_denied_access_is_named(
    make_admins: Callable[..., tuple[TestClient, TestClient]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = (400, payload("x", "oauth2_invalid_code"), {})
    ada, _ = make_admins(recorded_transport({("POST", "/2/oauth2/token"): bad}))
    _fake_factory(monkeypatch)
    for params, text in (
        ({"code": "expired"}, "authorization code was invalid"),
        ({"error": "access_denied"}, "did not grant access (access_denied)"),
    ):
        url = ada.post("/api/accounts/oauth", json={"platform": "x"}).json()["authorize_url"]
        page = ada.get("/accounts/oauth/callback", params={"state": _query(url)["state"], **params})
        assert page.status_code == 422 and text in page.text
    assert ada.get("/api/accounts").json() == []


def test_only_admins_connect_and_x_needs_a_client_id(
    make_admins: Callable[..., tuple[TestClient, TestClient]], sqlite_store: Store
) -> None:
    ada, _ = make_admins()
    app = ada.app
    gus = _client(app, "gus")
    try:
        r = gus.post("/api/accounts/oauth", json={"platform": "mastodon", "server": SERVER})
        assert r.status_code == 403
    finally:
        gus.close()
    settings = Settings(secret_key=KEY, db_url="sqlite://")
    plain = _client(create_app(sqlite_store, settings, cookie_secure=True), "ada")
    try:
        r = plain.post("/api/accounts/oauth", json={"platform": "x"})
        assert r.status_code == 400 and "oauth.x_client_id" in r.json()["message"]
    finally:
        plain.close()
