"""Writing replies: saved replies with variables, the agent's initials, the platform's
counter, and the hand-off message seen and edited before it is posted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from followback.config import Settings
from followback.store import Store
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def gus(store: Store, seeded: Any) -> Iterator[TestClient]:
    settings = Settings(
        secret_key="test-secret-key-for-sessions",
        db_url="sqlite://",
        inbox={
            "saved_replies": {
                "sorry": "Sorry {first_name}, {agent} here: we're on it.",
                "dm": "{handle}, could you send us a DM?",
            },
            "sign_replies": True,
            "handoff_text": "{first_name}, let's sort this out in private — {brand}",
        },
    )
    app = create_app(
        store,
        settings,
        clock=lambda: NOW,
        cookie_secure=True,
        connector_for=lambda _account_id: seeded.net.connector("acme"),
    )
    with TestClient(app, base_url="https://testserver") as client:
        r = client.post("/api/session", json={"name": "gus", "password": "correct horse battery"})
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        yield client


def test_saved_replies_are_filled_in_and_counted(gus: TestClient, seeded: Any) -> None:
    cid = seeded.conversation_id
    body = gus.get(f"/api/inbox/{cid}/compose", params={"text": "On it"}).json()
    handle = gus.get(f"/api/inbox/{cid}").json()["conversation"]["contact_handle"]
    assert {r["name"]: r["text"] for r in body["saved_replies"]} == {
        "dm": f"@{handle}, could you send us a DM?",
        "sorry": f"Sorry {handle}, gus here: we're on it.",
    }
    assert body["signature"] == "^GU"
    assert body["used"] == len("On it ^GU") and body["limit"] == 500  # the sandbox
    page = gus.get(f"/inbox/{cid}").text
    assert 'id="saved-reply"' in page and 'id="reply-counter"' in page
    assert 'data-limit="500"' in page


def test_replies_are_signed_and_refused_when_too_long(gus: TestClient, seeded: Any) -> None:
    cid = seeded.conversation_id
    sent = gus.post(f"/api/inbox/{cid}/reply", json={"text": "We're looking into it."})
    assert sent.status_code == 200, sent.text
    out = [m for m in sent.json()["messages"] if m["direction"] == "out"]
    assert out[-1]["text"] == "We're looking into it. ^GU"
    long = gus.post(f"/api/inbox/{cid}/reply", json={"text": "a" * 499})
    assert long.status_code == 422
    assert "503 characters" in long.json()["message"] and "limit is 500" in long.json()["message"]


def test_the_handoff_is_previewed_edited_then_posted(gus: TestClient, seeded: Any) -> None:
    cid = seeded.conversation_id
    preview = gus.get(f"/inbox/{cid}/handoff")
    assert preview.status_code == 200, preview.text
    assert "let&#39;s sort this out in private" in preview.text
    assert 'id="handoff-counter"' in preview.text
    # Nothing posted by looking.
    thread = gus.get(f"/api/inbox/{cid}").json()
    assert not [m for m in thread["messages"] if m["direction"] == "out"]
    r = gus.post(
        f"/inbox/{cid}/handoff", data={"text": "Could we continue by DM?"}, follow_redirects=False
    )
    assert r.status_code == 303, r.text
    thread = gus.get(f"/api/inbox/{cid}").json()
    out = [m["text"] for m in thread["messages"] if m["direction"] == "out"]
    assert out == ["Could we continue by DM? ^GU"]
    assert "handoff" in thread["conversation"]["tags"]


def test_the_counter_uses_the_mastodon_servers_own_limit(gus: TestClient, store: Store) -> None:
    from followback.domain import FollowMode, InboundMessage, MessageKind, Platform
    from followback.domain.server import ServerFacts
    from followback.store import AccountRepo
    from followback.store.inbox import InboxRepo
    from followback.store.server_facts import ServerFactsRepo

    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "acme@social.example", "1", FollowMode.AUTO
        )
        msg = InboundMessage(
            Platform.MASTODON,
            "9001",
            "77",
            "zoe@chem.example",
            "@acme hi?",
            MessageKind.MENTION,
            NOW,
        )
        cid = InboxRepo(s).record_inbound(account_id, msg, at=NOW).conversation_id
    before = gus.get(f"/api/inbox/{cid}/compose", params={"text": "On it"}).json()
    with store.session() as s:
        # What the instance API says (configuration.statuses.max_characters), read by the cycle.
        facts = ServerFacts(NOW, server="https://social.example", max_characters=1000)
        ServerFactsRepo(s).record(account_id, facts, NOW)
    after = gus.get(f"/api/inbox/{cid}/compose", params={"text": "On it"}).json()
    assert before["limit"] == 500 and after["limit"] == 1000  # the setting, then the server's
    long = gus.post(f"/api/inbox/{cid}/reply", json={"text": "a" * 997})
    assert long.status_code == 422 and "limit is 1000" in long.json()["message"]
