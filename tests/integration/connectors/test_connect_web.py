"""Connecting an account from the dashboard, against the local AT Protocol network: the app
password is checked with the platform, stored encrypted, never shown; a wrong one is refused
on the form with the fields kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from argon2 import PasswordHasher
from cryptography.fernet import Fernet
from fastapi.testclient import TestClient

from connector_support import BLUESKY_URL, bluesky_account
from followback.config import Settings
from followback.credentials import decrypt_credentials
from followback.store import AccountRepo, Store
from followback.store.team import TeamRepo
from followback.web import create_app

KEY = Fernet.generate_key().decode()
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

pytestmark = [
    pytest.mark.bluesky,
    pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
]


@pytest.fixture
def admin(sqlite_store: Store) -> Iterator[TestClient]:
    with sqlite_store.session() as s:
        TeamRepo(s).add_member("ada", "admin", at=NOW)
        TeamRepo(s).get_row("ada").password_hash = PasswordHasher().hash("a long password")
    app = create_app(sqlite_store, Settings(secret_key=KEY, db_url="sqlite://"), cookie_secure=True)
    with TestClient(app, base_url="https://testserver") as client:
        r = client.post("/api/session", json={"name": "ada", "password": "a long password"})
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        yield client


def test_connect_bluesky_from_the_dashboard(admin: TestClient, sqlite_store: Store) -> None:
    account = bluesky_account("web")
    r = admin.post(
        "/api/accounts",
        json={
            "platform": "bluesky",
            "handle": account["handle"],
            "server": str(BLUESKY_URL),
            "secret": account["appPassword"],
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["handle"] == account["handle"] and body["mode"] == "review"
    assert account["appPassword"] not in r.text
    with sqlite_store.session() as s:
        row = AccountRepo(s).get_row(body["id"])
        assert row.remote_id == account["did"] and row.credentials is not None
        assert account["appPassword"].encode() not in row.credentials
        assert (
            decrypt_credentials(row.credentials, KEY.encode())["app_password"]
            == (account["appPassword"])
        )
    audit = admin.get("/api/audit", params={"verb": "account.connect"}).json()
    assert audit["total"] == 1 and audit["items"][0]["actor"] == "member:ada"


def test_a_wrong_app_password_is_refused_on_the_form(admin: TestClient) -> None:
    account = bluesky_account("web")
    page = admin.post(
        "/accounts/connect",
        data={
            "platform": "bluesky",
            "handle": account["handle"],
            "server": str(BLUESKY_URL),
            "secret": "wrong-wrong-wrong-wrong",
        },
    )
    assert page.status_code == 422
    assert 'id="connect-error"' in page.text and "refused these credentials" in page.text
    assert account["handle"] in page.text  # the form keeps what was typed
    assert "wrong-wrong-wrong-wrong" not in page.text  # but never the secret
    assert admin.get("/api/accounts").json() == []
