"""Working together on one conversation: who is viewing and typing (kept in the database,
so two app instances — two web processes — see each other), and replies locked to the
assignee until an admin takes the conversation over (audited)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from followback.config import Settings
from followback.store import Store
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture
def clock() -> list[datetime]:
    return [NOW]


@pytest.fixture
def two_processes(
    store: Store, seeded: Any, clock: list[datetime]
) -> Iterator[Callable[[str, int], TestClient]]:
    """Log a member in to one of two apps over the same database (``0`` or ``1``)."""
    settings = Settings(
        secret_key="test-secret-key-for-sessions",
        db_url="sqlite://",
        inbox={"lock_replies_to_assignee": True},
    )
    apps = [
        create_app(
            store,
            settings,
            clock=lambda: clock[0],
            cookie_secure=True,
            connector_for=lambda _account_id: seeded.net.connector("acme"),
        )
        for _ in range(2)
    ]
    clients: list[TestClient] = []

    def make(name: str, process: int = 0) -> TestClient:
        client = TestClient(apps[process], base_url="https://testserver", follow_redirects=False)
        clients.append(client)
        r = client.post("/api/session", json={"name": name, "password": PASSWORD})
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        return client

    yield make
    for c in clients:
        c.close()


def test_who_is_viewing_and_typing_is_seen_from_another_process(
    two_processes: Callable[[str, int], TestClient], seeded: Any, clock: list[datetime]
) -> None:
    cid = seeded.conversation_id
    gus, ada = two_processes("gus", 0), two_processes("ada", 1)
    url = f"/api/inbox/{cid}/presence"
    assert gus.post(url, json={}).status_code == 200
    seen = ada.post(url, json={"typing": True}).json()["here"]
    assert seen == [
        {"member": "ada", "typing": True, "you": True},
        {"member": "gus", "typing": False, "you": False},
    ]
    from_gus = gus.get(url).json()["here"]
    assert {"member": "ada", "typing": True, "you": False} in from_gus
    clock[0] = NOW + timedelta(seconds=20)  # typing fades first
    assert {"member": "ada", "typing": False, "you": False} in gus.get(url).json()["here"]
    clock[0] = NOW + timedelta(seconds=50)  # then an unheard member has left
    assert gus.post(url, json={}).json()["here"] == [
        {"member": "gus", "typing": False, "you": True}
    ]
    assert gus.post(url, json={"leaving": True}).json()["here"] == []
    page = gus.get(f"/inbox/{cid}")
    assert f'id="presence" data-conversation="{cid}"' in page.text


def test_replies_are_locked_to_the_assignee_until_an_admin_takes_over(
    two_processes: Callable[[str, int], TestClient], seeded: Any
) -> None:
    cid = seeded.conversation_id
    ada, gus = two_processes("ada", 0), two_processes("gus", 1)
    assert gus.post(f"/api/inbox/{cid}/assign", json={"member": "gus"}).status_code == 200
    refused = ada.post(f"/api/inbox/{cid}/reply", json={"text": "Sorry, we are on it"})
    assert refused.status_code == 409, refused.text
    assert refused.json()["message"].startswith("this conversation is assigned to gus; only gus")
    assert refused.json()["fields"]["assignee"] == "gus"
    handoff = ada.post(f"/api/inbox/{cid}/handoff", json={})
    assert handoff.status_code == 409
    page = ada.get(f"/inbox/{cid}")
    assert 'id="reply-locked"' in page.text and "Take over from gus" in page.text
    assert gus.get(f"/api/inbox/{cid}/presence").json()["replies_locked"] is True
    # The assignee answers; the admin takes over, then answers.
    assert gus.post(f"/api/inbox/{cid}/reply", json={"text": "Looking now"}).status_code == 200
    took = ada.post(f"/api/inbox/{cid}/take-over")
    assert took.json() == {"assignee": "ada", "previous": "gus", "changed": True}
    assert ada.post(f"/api/inbox/{cid}/reply", json={"text": "Refund sent"}).status_code == 200
    again = gus.post(f"/api/inbox/{cid}/reply", json={"text": "me too"})
    assert again.status_code == 409 and "assigned to ada" in again.json()["message"]
    audit = ada.get("/api/audit", params={"verb": "inbox.take_over"}).json()["items"]
    assert len(audit) == 1 and audit[0]["actor"] == "member:ada"
    assert "gus" in str(audit[0]["detail"])


def test_only_admins_take_over(
    two_processes: Callable[[str, int], TestClient], seeded: Any
) -> None:
    gus = two_processes("gus", 0)
    r = gus.post(f"/api/inbox/{seeded.conversation_id}/take-over")
    assert r.status_code == 403
    vic = two_processes("vic", 0)
    assert vic.get(f"/api/inbox/{seeded.conversation_id}/presence").status_code == 200
    assert vic.post("/api/inbox/999999/presence", json={}).status_code == 404
