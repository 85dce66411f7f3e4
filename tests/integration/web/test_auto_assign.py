"""Auto-assignment by rules with round-robin and a per-agent capacity."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.config import Settings
from followback.domain import InboundMessage, MessageKind, Platform
from followback.store import Store
from followback.store.inbox import InboxRepo
from followback.store.tables import NotificationRow
from followback.store.team import TeamRepo
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture
def gus(store: Store, seeded: Any) -> Iterator[TestClient]:
    with store.session() as s:
        TeamRepo(s).add_member("hal", "agent", at=NOW)
        TeamRepo(s).add_member("ivy", "agent", at=NOW)
    settings = Settings(
        secret_key="test-secret-key-for-sessions",
        db_url="sqlite://",
        inbox={
            "agent_capacity": 2,
            "routing": [
                {"agents": ["ivy"], "keywords": ["refund"]},
                {"agents": ["gus", "hal"]},
            ],
        },
    )
    app = create_app(store, settings, clock=lambda: NOW, cookie_secure=True)
    with TestClient(app, base_url="https://testserver") as client:
        r = client.post("/api/session", json={"name": "gus", "password": PASSWORD})
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        yield client


def _add(store: Store, account_id: int, texts: list[str]) -> list[int]:
    ids = []
    with store.session() as s:
        for i, text in enumerate(texts):
            msg = InboundMessage(
                platform=Platform.SANDBOX,
                remote_id=f"route-{i}",
                author_id=f"route-author-{i}",
                author_handle=f"router{i}",
                text=text,
                kind=MessageKind.MENTION,
                created_at=NOW - timedelta(minutes=5),
            )
            result = InboxRepo(s).record_inbound(
                account_id, msg, classification={"language": "en"}, priority=50.0 - i, at=NOW
            )
            ids.append(result.conversation_id)
    return ids


def test_rules_round_robin_and_capacity(gus: TestClient, seeded: Any, store: Store) -> None:
    refund, *others = _add(
        store, seeded.sandbox_id, ["@acme where is my refund", "a", "b", "c", "d", "e"]
    )
    r = gus.post("/api/inbox/auto-assign")
    assert r.status_code == 200, r.text
    assigned = {a["conversation_id"]: a["assignee"] for a in r.json()["assigned"]}
    assert assigned[refund] == "ivy"  # the keyword rule
    # Everyone else goes to gus and hal in turn, two each at most (the seeded complaint too).
    names = [assigned[c] for c in others if c in assigned]
    assert set(names) <= {"gus", "hal"}
    with store.session() as s:
        held = InboxRepo(s).open_counts_by_assignee()
    assert held["gus"] == 2 and held["hal"] == 2 and held["ivy"] == 1
    unassigned = [c for c in [seeded.conversation_id, *others] if c not in assigned]
    assert len(unassigned) == 7 - 1 - 4  # nobody had room for the rest
    with store.session() as s:
        told = list(
            s.scalars(select(NotificationRow.title).where(NotificationRow.kind == "inbox.assigned"))
        )
    assert len(told) == 5
    # Running again assigns nothing more: everyone is at capacity.
    assert gus.post("/api/inbox/auto-assign").json()["assigned"] == []
