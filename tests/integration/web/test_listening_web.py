"""Listening on the dashboard: the volume chart and its API (planted spike), the rule editor,
X's budget, and the notifications' "send test" action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.config import Settings
from followback.domain import InboundMessage, MessageKind, Platform
from followback.store import Store
from followback.store.inbox import InboxRepo
from followback.store.tables import AuditRow
from followback.web import create_app
from notify_support import http_receiver

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the web fixtures' clock


def login(client: TestClient, name: str) -> TestClient:
    r = client.post("/api/session", json={"name": name, "password": "correct horse battery"})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return client


def _plant(store: Store, account_id: int, per_day: list[int], today: int) -> None:
    n = 0
    with store.session() as s:
        repo = InboxRepo(s)
        for i, count in enumerate([*per_day, today]):
            day = (NOW - timedelta(days=len(per_day) - i)).replace(hour=8)
            for _ in range(count):
                n += 1
                kind = MessageKind.HEARD if n % 2 else MessageKind.MENTION
                msg = InboundMessage(
                    Platform.MASTODON, f"v{n}", f"u{n}", f"u{n}", "broken", kind, day
                )
                repo.record_inbound(account_id, msg, classification={"is_complaint": True}, at=NOW)


def test_volume_api_and_chart_show_a_planted_spike(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    _plant(store, seeded.mastodon_id, [1, 2, 1, 0, 2, 1, 1] * 4, 15)
    client = client_as("vic")
    body = client.get(f"/api/listen/{seeded.mastodon_id}/volume?days=7").json()
    assert len(body["days"]) == 7 and body["days"][-1]["day"] == NOW.date().isoformat()
    today = body["days"][-1]
    assert today["complaints"] >= 15 and today["mentions"] + today["heard"] >= 15
    assert (body["spike"] is True and "15" in body["spike_reason"]) or body["spike"] is True
    page = client.get(f"/listening?account={seeded.mastodon_id}")
    assert page.status_code == 200
    assert 'id="volume"' in page.text and 'class="share"' in page.text
    assert "Complaints are spiking" in page.text
    overview = client.get(f"/?account={seeded.mastodon_id}")
    assert 'aria-label="Posts naming the brand per day"' in overview.text


def test_no_spike_on_an_ordinary_day(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    _plant(store, seeded.mastodon_id, [3, 2, 4, 3, 2, 3, 4] * 4, 4)
    body = client_as("vic").get(f"/api/listen/{seeded.mastodon_id}/volume").json()
    assert body["spike"] is False and len(body["days"]) == 28


def test_admin_edits_what_is_listened_for_agent_cannot(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    url = f"/api/listen/{seeded.x_id}"
    admin = client_as("ada")
    r = admin.put(url, json={"keywords": ["acme tent"], "x_monthly_budget_usd": 3})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["settings"]["keywords"] == ["acme tent"]
    assert (
        body["x_budget"]["budget_usd"] == "3.00" and body["x_budget"]["posts_affordable"] == "600"
    )
    assert client_as("gus").put(url, json={"keywords": []}).status_code == 403
    bad = admin.put(url, json={"hashtags": ["two words"]})
    assert bad.status_code == 422 and "hashtags" in bad.text
    assert admin.get(url).json()["settings"]["keywords"] == ["acme tent"]
    with store.session() as s:
        entry = s.scalars(select(AuditRow).where(AuditRow.verb == "listen.set")).one()
    assert entry.actor == "member:ada" and "keywords" in entry.detail["keys"]
    # The form on the page does the same.
    page = admin.get(f"/listening?account={seeded.x_id}")
    assert "acme tent" in page.text and "posts_affordable" not in page.text
    form = {
        "csrf_token": admin.headers["X-CSRF-Token"],
        "keywords": "acme tent\nakme",
        "hashtags": "#acmefail",
        "exclude": "",
        "x_monthly_budget_usd": "1",
        "spike_alert": "on",
    }
    r = admin.post(f"/listening/{seeded.x_id}", data=form, follow_redirects=False)
    assert r.status_code == 303
    assert admin.get(url).json()["settings"]["keywords"] == ["acme tent", "akme"]


def test_send_test_from_settings(store: Store, seeded) -> None:
    with http_receiver() as chat:
        settings = Settings(
            secret_key="test-secret-key-for-sessions",
            db_url="sqlite://",
            notify={"channels": [{"name": "team-chat", "kind": "chat", "url": chat.url}]},
        )
        app = create_app(store, settings, clock=lambda: NOW, cookie_secure=True)
        with TestClient(app, base_url="https://testserver") as client:
            login(client, "ada")
            r = client.post("/api/notify/test")
            assert r.status_code == 200, r.text
            assert [(d["channel"], d["state"]) for d in r.json()] == [("team-chat", "sent")]
            page = client.post(
                "/settings/notify/test",
                data={"csrf_token": client.headers["X-CSRF-Token"]},
                follow_redirects=False,
            )
            assert page.status_code == 303
            # The flash is signed in the address; the page it leads to shows it.
            assert "Test sent to: team-chat." in client.get(page.headers["location"]).text
            assert "Send a test notification" in client.get("/settings").text
            listing = client.get("/listening").text
            assert "team-chat" in listing and "followback test notification" in listing
        assert len(chat.requests) == 2
    with TestClient(app, base_url="https://testserver") as client:
        login(client, "gus")
        assert client.post("/api/notify/test").status_code == 403


def test_a_heard_x_post_is_answered_from_the_intent_link(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    msg = InboundMessage(
        Platform.X, "1796000000000000210", "u9", "rui", "acme broke", MessageKind.HEARD, NOW
    )
    with store.session() as s:
        conv = (
            InboxRepo(s).record_inbound(seeded.x_id, msg, classification={}, at=NOW).conversation_id
        )
    html = client_as("gus").get(f"/inbox/{conv}").text
    assert 'href="https://x.com/intent/post?in_reply_to=1796000000000000210"' in html
    assert 'id="reply-form"' not in html
    r = client_as("gus").post(f"/api/inbox/{conv}/reply", json={"text": "sorry"})
    assert r.status_code in (403, 409, 422) and "intent" in r.text
