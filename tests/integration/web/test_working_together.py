"""Working together: an agent's reply waits for an admin's approval when the brand wants it;
the contact panel says who the customer is; notes stay inside the team."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.config import Settings
from followback.domain import Direction
from followback.store import Store
from followback.store.edges import EdgeRepo
from followback.store.inbox import InboxRepo
from followback.store.tables import NotificationRow
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture
def login_as(store: Store, seeded: Any) -> Iterator[Callable[[str], TestClient]]:
    settings = Settings(
        secret_key="test-secret-key-for-sessions",
        db_url="sqlite://",
        inbox={"approval_roles": ["agent"]},
    )
    app = create_app(
        store,
        settings,
        clock=lambda: NOW,
        cookie_secure=True,
        connector_for=lambda _account_id: seeded.net.connector("acme"),
    )
    clients: list[TestClient] = []

    def make(name: str) -> TestClient:
        client = TestClient(app, base_url="https://testserver")
        clients.append(client)
        r = client.post("/api/session", json={"name": name, "password": PASSWORD})
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        return client

    yield make
    for c in clients:
        c.close()


def _sent(client: TestClient, cid: int) -> list[str]:
    thread = client.get(f"/api/inbox/{cid}").json()
    return [m["text"] for m in thread["messages"] if m["direction"] == "out"]


def test_an_agents_reply_waits_for_an_admin(
    login_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    cid = seeded.conversation_id
    gus, ada = login_as("gus"), login_as("ada")
    r = gus.post(f"/api/inbox/{cid}/reply", json={"text": "Sorry, sending a new one today."})
    assert r.status_code == 200, r.text
    draft_id = r.json()["draft_id"]
    assert draft_id and r.json()["remote_id"] is None
    assert _sent(gus, cid) == []  # nothing reached the platform
    with store.session() as s:
        kinds = list(s.scalars(select(NotificationRow.kind)))
    assert "inbox.approval" in kinds
    # The agent cannot approve their own draft; an admin can, editing it first.
    assert gus.post(f"/api/inbox/drafts/{draft_id}/approve", json={}).status_code == 403
    ok = ada.post(
        f"/api/inbox/drafts/{draft_id}/approve",
        json={"text": "Sorry! A new one ships today."},
    )
    assert ok.status_code == 200, ok.text
    assert _sent(ada, cid) == ["Sorry! A new one ships today."]
    thread = ada.get(f"/api/inbox/{cid}").json()
    out = [m for m in thread["messages"] if m["direction"] == "out"]
    assert out[0]["written_by"] == "gus"
    again = ada.post(f"/api/inbox/drafts/{draft_id}/approve", json={})
    assert again.status_code == 409
    audit = ada.get("/api/audit", params={"verb": "inbox.draft.approve"}).json()
    assert audit["items"][0]["actor"] == "member:ada"
    assert audit["items"][0]["detail"]["written_by"] == "gus"
    # A rejected draft posts nothing and tells the writer why.
    r = gus.post(f"/api/inbox/{cid}/reply", json={"text": "lol"})
    rejected = ada.post(f"/api/inbox/drafts/{r.json()['draft_id']}/reject", json={"note": "tone"})
    assert rejected.status_code == 200
    assert _sent(ada, cid) == ["Sorry! A new one ships today."]
    drafts = gus.get(f"/api/inbox/{cid}/drafts").json()["items"]
    assert [(d["state"], d["note"]) for d in drafts] == [("sent", None), ("rejected", "tone")]
    # Admins never wait.
    direct = ada.post(f"/api/inbox/{cid}/reply", json={"text": "Update: shipped."})
    assert direct.json()["draft_id"] is None and direct.json()["remote_id"]


def test_the_contact_panel_and_notes(
    login_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    cid = seeded.conversation_id
    with store.session() as s:
        contact = InboxRepo(s).contact_of(cid)
        EdgeRepo(s).record_arrivals(
            seeded.sandbox_id,
            Direction.FOLLOWER,
            [(contact.remote_id, NOW)],
            seen_at=NOW,
            via="sync",
        )
    gus = login_as("gus")
    panel = gus.get(f"/api/inbox/{cid}/contact").json()
    assert panel["handle"] == contact.handle
    assert panel["follows_us"] is True and panel["we_follow"] is False
    note = gus.post(f"/api/inbox/{cid}/notes", json={"text": "VIP: ordered 12 times"})
    assert note.status_code == 200, note.text
    panel = gus.get(f"/api/inbox/{cid}/contact").json()
    assert [n["text"] for n in panel["notes"]] == ["VIP: ordered 12 times"]
    page = gus.get(f"/inbox/{cid}").text
    assert 'id="contact-panel"' in page and "follows us" in page and "VIP: ordered" in page
    # Notes are never sent to the customer.
    assert _sent(gus, cid) == []


def test_the_admin_sees_the_draft_to_approve_on_the_page(
    login_as: Callable[[str], TestClient], seeded: Any
) -> None:
    cid = seeded.conversation_id
    login_as("gus").post(f"/api/inbox/{cid}/reply", json={"text": "Draft for review"})
    page = login_as("ada").get(f"/inbox/{cid}").text
    assert 'class="stack approve-draft"' in page and "Draft for review" in page
    assert "approve-draft" not in login_as("gus").get(f"/inbox/{cid}").text


def test_approving_from_the_page_sends_the_draft(
    login_as: Callable[[str], TestClient], seeded: Any
) -> None:
    cid = seeded.conversation_id
    draft = login_as("gus").post(f"/api/inbox/{cid}/reply", json={"text": "Page draft"})
    ada = login_as("ada")
    r = ada.post(
        f"/inbox/drafts/{draft.json()['draft_id']}/approve",
        data={"text": "Page draft", "note": ""},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    assert _sent(ada, cid) == ["Page draft"]
    assert "Reply approved and sent." in ada.get(r.headers["location"]).text
