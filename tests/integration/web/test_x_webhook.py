"""X's webhook on the web app (``/hooks/x/<account id>``): the CRC answer, signed deliveries
only, each follow event recorded once, and no login needed there (and only there).

The expected CRC answer and the signatures are computed here with ``hmac`` from X's
published recipe (docs.x.com/x-api/webhooks/quickstart), independently of followback's code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from cryptography.fernet import Fernet
from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.config import Settings
from followback.credentials import encrypt_credentials
from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.store.tables import AuditRow, FollowEdgeRow, FollowEventRow
from followback.store.x_usage import XSpendRepo
from followback.store.x_webhooks import XWebhookRepo
from followback.web import create_app

pytestmark = pytest.mark.x

KEY = Fernet.generate_key()
CONSUMER_SECRET = "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu"  # docs' sample secret
ME, ZOE, TOMAS = "1500000000000000001", "1600000000000000011", "1600000000000000013"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _x_sign(body: bytes, secret: str = CONSUMER_SECRET) -> str:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode()


def _event(kind: str, uuid: str, source: str, target: str) -> dict[str, object]:
    def user(uid: str) -> dict[str, object]:
        return {"data": {"id": uid, "username": f"u{uid[-2:]}", "name": "U"}}

    return {
        "data": {
            "event_uuid": uuid,
            "filter": {"user_id": ME},
            "event_type": kind,
            "tag": f"followback {kind}",
            "payload": {"source": user(source), "target": user(target)},
        }
    }


@pytest.fixture
def hooked(store: Store) -> tuple[int, int]:
    """An X account with a registered webhook, and a Mastodon account without one."""
    with store.session() as s:
        accounts = AccountRepo(s)
        x_id = accounts.add(Platform.X, "acmecoffee", ME, FollowMode.REVIEW)
        m_id = accounts.add(Platform.MASTODON, "acme@example.social", "m1", FollowMode.REVIEW)
        sealed = encrypt_credentials(
            {"consumer_secret": CONSUMER_SECRET, "app_bearer_token": "app-token-1"}, KEY
        )
        XWebhookRepo(s).save(
            x_id,
            url=f"https://followback.example.com/hooks/x/{x_id}",
            secrets=sealed,
            by="cli",
            at=NOW,
            webhook_id="1234567890",
        )
    return x_id, m_id


@pytest.fixture
def anon(store: Store, hooked: tuple[int, int]) -> Iterator[TestClient]:
    settings = Settings(secret_key=KEY.decode(), db_url="sqlite://")
    app = create_app(store, settings, clock=lambda: NOW, cookie_secure=True)
    with TestClient(app, base_url="https://testserver") as client:
        yield client


def _post(client: TestClient, account_id: int, events: object, signature: str | None = "") -> int:
    body = json.dumps(events).encode()
    headers = {"content-type": "application/json"}
    if signature is not None:
        headers["x-twitter-webhooks-signature"] = signature or _x_sign(body)
    return client.post(f"/hooks/x/{account_id}", content=body, headers=headers).status_code


def _follower_rows(store: Store) -> tuple[list[FollowEdgeRow], list[FollowEventRow]]:
    with store.read() as s:
        edges = list(s.scalars(select(FollowEdgeRow).order_by(FollowEdgeRow.id)))
        events = list(s.scalars(select(FollowEventRow).order_by(FollowEventRow.id)))
    return edges, events


def test_the_crc_answer_is_the_hmac_of_the_token_with_the_consumer_secret(
    anon: TestClient, hooked: tuple[int, int]
) -> None:
    token = "9b4507b3-9040-4669-9ca3-6b94edb50553"
    r = anon.get(f"/hooks/x/{hooked[0]}", params={"crc_token": token})
    assert r.status_code == 200
    expected = hmac.new(CONSUMER_SECRET.encode(), token.encode(), hashlib.sha256).digest()
    assert r.json() == {"response_token": "sha256=" + base64.b64encode(expected).decode()}
    assert CONSUMER_SECRET not in r.text
    # No token, or an account with no webhook: no answer X could take for a pass.
    assert anon.get(f"/hooks/x/{hooked[0]}").status_code == 422
    assert anon.get(f"/hooks/x/{hooked[1]}", params={"crc_token": token}).status_code == 404


def test_unsigned_or_wrongly_signed_deliveries_are_refused_and_change_nothing(
    anon: TestClient, hooked: tuple[int, int], store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    follow = [_event("follow.follow", "-1", ZOE, ME)]
    body = json.dumps(follow).encode()
    assert _post(anon, hooked[0], follow, signature=None) == 403
    assert _post(anon, hooked[0], follow, signature=_x_sign(body, "another-secret")) == 403
    assert _post(anon, hooked[0], follow, signature=_x_sign(body + b" ")) == 403
    assert _follower_rows(store) == ([], [])
    assert CONSUMER_SECRET not in caplog.text and "sha256=" not in caplog.text
    # Signed with the consumer secret: accepted.
    assert _post(anon, hooked[0], follow) == 200
    edges, _ = _follower_rows(store)
    assert [e.remote_id for e in edges] == [ZOE]


def test_a_repeated_delivery_is_recorded_once(
    anon: TestClient, hooked: tuple[int, int], store: Store
) -> None:
    delivery = _event("follow.follow", "-7953119945885597316", ZOE, ME)
    assert _post(anon, hooked[0], delivery) == 200
    r = anon.post(
        f"/hooks/x/{hooked[0]}",
        content=json.dumps(delivery).encode(),
        headers={"x-twitter-webhooks-signature": _x_sign(json.dumps(delivery).encode())},
    )
    assert r.status_code == 200 and r.json()["repeats"] == 1 and r.json()["new"] == 0
    edges, events = _follower_rows(store)
    assert [(e.remote_id, e.via) for e in edges] == [(ZOE, "x_webhook")]
    assert [(e.kind, e.source) for e in events] == [("followed", "x_webhook")]
    with store.read() as s:
        spent = XSpendRepo(s).month_to_date(hooked[0], NOW)
    assert spent == Decimal("0.010")  # one follow.follow event, billed once


def test_an_unfollow_event_ends_the_follower_edge_as_unfollowed(
    anon: TestClient, hooked: tuple[int, int], store: Store
) -> None:
    assert _post(anon, hooked[0], [_event("follow.follow", "-10", TOMAS, ME)]) == 200
    assert _post(anon, hooked[0], [_event("follow.unfollow", "-11", TOMAS, ME)]) == 200
    # Someone else's follow is not about the brand: ignored.
    assert _post(anon, hooked[0], [_event("follow.follow", "-12", ZOE, TOMAS)]) == 200
    edges, events = _follower_rows(store)
    assert [(e.remote_id, e.end_reason) for e in edges] == [(TOMAS, "unfollowed")]
    assert edges[0].ended_at is not None
    assert [(e.kind, e.reason) for e in events] == [
        ("followed", None),
        ("unfollowed", "unfollowed"),
    ]


def test_the_hook_needs_no_login_but_the_rest_of_the_api_still_does(
    anon: TestClient, hooked: tuple[int, int], store: Store
) -> None:
    assert _post(anon, hooked[0], [_event("follow.follow", "-20", ZOE, ME)]) == 200
    assert anon.post("/api/tokens", json={"name": "x"}).status_code == 401
    assert anon.get("/api/accounts").status_code == 401
    # Only X's hook path is open: a page write elsewhere still goes to the login page.
    other = anon.post("/hooks/elsewhere", content=b"{}", follow_redirects=False)
    assert other.status_code == 303 and other.headers["location"] == "/login"
    # An account with no webhook has no secret to check against: refused, nothing recorded.
    assert _post(anon, hooked[1], [_event("follow.follow", "-21", TOMAS, "m1")]) == 404
    with store.read() as s:
        assert s.scalars(select(AuditRow)).first() is None
    # Big anonymous bodies are refused before they are read.
    big = b"[" + b" " * 70_000 + b"]"
    r = anon.post(
        f"/hooks/x/{hooked[0]}", content=big, headers={"x-twitter-webhooks-signature": _x_sign(big)}
    )
    assert r.status_code == 413


def test_a_new_followers_profile_is_stored_from_the_event(
    anon: TestClient, hooked: tuple[int, int], store: Store
) -> None:
    from followback.store.tables import RemoteAccountRow

    event = _event("follow.follow", "-30", ZOE, ME)
    source = event["data"]["payload"]["source"]["data"]  # type: ignore[index]
    source.update(
        description="Coffee roaster in Porto",
        created_at="2021-06-01T08:30:00.000Z",
        public_metrics={"followers_count": 210, "following_count": 180, "tweet_count": 3400},
    )
    assert _post(anon, hooked[0], event) == 200
    with store.read() as s:
        row = s.scalars(select(RemoteAccountRow).where(RemoteAccountRow.remote_id == ZOE)).one()
    # Screening finds her profile stored: no billed lookup of it.
    assert (row.handle, row.bio, row.followers_count) == ("u11", "Coffee roaster in Porto", 210)


def test_events_in_one_delivery_apply_in_the_order_x_sent_them(
    anon: TestClient, hooked: tuple[int, int], store: Store
) -> None:
    came_back = [
        _event("follow.follow", "-40", TOMAS, ME),
        _event("follow.unfollow", "-41", TOMAS, ME),
        _event("follow.follow", "-42", TOMAS, ME),
    ]
    assert _post(anon, hooked[0], came_back) == 200
    edges, events = _follower_rows(store)
    assert [(e.remote_id, e.ended_at is None) for e in edges] == [(TOMAS, False), (TOMAS, True)]
    assert [e.kind for e in events] == ["followed", "unfollowed", "followed"]


def test_a_signed_delivery_quoting_a_nul_character_is_recorded_without_it(
    anon: TestClient, hooked: tuple[int, int], store: Store
) -> None:
    from followback.store.tables import RemoteAccountRow

    event = _event("follow.follow", "-50", ZOE, ME)
    event["data"]["payload"]["source"]["data"]["description"] = "tea\u0000 and code"  # type: ignore[index]
    assert _post(anon, hooked[0], event) == 200
    with store.read() as s:
        row = s.scalars(select(RemoteAccountRow).where(RemoteAccountRow.remote_id == ZOE)).one()
    assert row.bio == "tea and code"


def test_event_ids_are_kept_a_week_then_dropped(
    anon: TestClient, hooked: tuple[int, int], store: Store
) -> None:
    from datetime import timedelta

    from followback.store.tables import XWebhookEventRow

    with store.session() as s:
        repo = XWebhookRepo(s)
        assert repo.record_event_once(
            hooked[0], "-old", "follow.follow", "x_activity", NOW - timedelta(days=8)
        )
        assert repo.record_event_once(
            hooked[0], "-recent", "follow.follow", "x_activity", NOW - timedelta(days=6)
        )
    assert _post(anon, hooked[0], [_event("follow.follow", "-60", ZOE, ME)]) == 200
    with store.read() as s:
        kept = sorted(r.event_id for r in s.scalars(select(XWebhookEventRow)))
    assert kept == ["-60", "-recent"]
