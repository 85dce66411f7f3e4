"""Working the inbox: paging with the count, search, bulk assign/tag/close, reopen, next,
and the alerts a team must hear (assignment, severe complaint, SLA about to breach)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.actions.conversations import raise_sla_alerts
from followback.actions.inbound import record_inbound_page
from followback.domain import InboundMessage, MessageKind, Platform
from followback.inbox.classify import Classification
from followback.services.inbox import sla_policy
from followback.store import Store
from followback.store.inbox import InboxRepo
from followback.store.tables import NotificationRow

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _add(store: Store, account_id: int, n: int, text: str = "question about my order") -> list[int]:
    ids = []
    with store.session() as s:
        repo = InboxRepo(s)
        for i in range(n):
            msg = InboundMessage(
                platform=Platform.SANDBOX,
                remote_id=f"extra-{text[:5]}-{i}",
                author_id=f"extra-author-{text[:5]}-{i}",
                author_handle=f"shopper{i}",
                text=f"@acme {text} #{i}",
                kind=MessageKind.MENTION,
                created_at=NOW - timedelta(minutes=30),
            )
            ids.append(
                repo.record_inbound(
                    account_id, msg, classification={}, priority=float(i), at=NOW
                ).conversation_id
            )
    return ids


def _notifications(store: Store, kind: str) -> list[NotificationRow]:
    with store.session() as s:
        return list(s.scalars(select(NotificationRow).where(NotificationRow.kind == kind)))


def test_the_inbox_pages_says_how_many_and_searches(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    _add(store, seeded.sandbox_id, 60)
    client = client_as("vic")
    first = client.get("/api/inbox", params={"limit": 50}).json()
    assert first["total"] == 61 and len(first["items"]) == 50
    rest = client.get("/api/inbox", params={"limit": 50, "offset": 50}).json()
    assert len(rest["items"]) == 11
    assert not {c["id"] for c in first["items"]} & {c["id"] for c in rest["items"]}
    found = client.get("/api/inbox", params={"q": "@shopper7"}).json()
    assert [c["contact_handle"] for c in found["items"]] == ["shopper7"]
    by_text = client.get("/api/inbox", params={"q": "arrived broken"}).json()
    assert [c["id"] for c in by_text["items"]] == [seeded.conversation_id]
    page = client.get("/inbox").text
    assert "Showing 1–50 of 61 conversations" in page and "page 1 of 2" in page
    assert "Showing 51–61 of 61" in client.get("/inbox", params={"page": 2}).text


def test_bulk_assign_tag_and_close_and_the_assignee_is_told(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    ids = _add(store, seeded.sandbox_id, 3)
    client = client_as("gus")
    r = client.post("/api/inbox/bulk", json={"ids": ids, "action": "assign", "member": "gus"})
    assert r.status_code == 200, r.text
    assert r.json()["changed"] == ids
    told = _notifications(store, "inbox.assigned")
    assert len(told) == 3 and all("gus" in n.title for n in told)
    tagged = client.post("/api/inbox/bulk", json={"ids": ids, "action": "tag", "tags": ["Order"]})
    assert tagged.json()["changed"] == ids
    closed = client.post("/api/inbox/bulk", json={"ids": ids[:2], "action": "close"})
    assert closed.json()["changed"] == ids[:2]
    again = client.post("/api/inbox/bulk", json={"ids": ids[:2], "action": "close"})
    assert again.json()["unchanged"] == ids[:2]
    with store.session() as s:
        rows = [InboxRepo(s).get_summary(i) for i in ids]
    assert [r.assignee for r in rows] == ["gus"] * 3
    assert all(r.tags == ["order"] for r in rows)
    assert [r.status for r in rows] == ["done", "done", "open"]
    # A viewer cannot.
    assert (
        client_as("vic").post("/api/inbox/bulk", json={"ids": ids, "action": "close"}).status_code
        == 403
    )


def test_done_goes_to_the_next_conversation_and_reopen_brings_it_back(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    others = _add(store, seeded.sandbox_id, 2)
    client = client_as("gus")
    nxt = client.get("/api/inbox/next", params={"after": seeded.conversation_id}).json()["id"]
    assert nxt in others
    r = client.post(f"/inbox/{seeded.conversation_id}/done", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/inbox/{nxt}?")
    done = client.get(f"/api/inbox/{seeded.conversation_id}").json()["conversation"]
    assert done["status"] == "done"
    page = client.get(f"/inbox/{seeded.conversation_id}").text
    assert 'id="reopen-form"' in page
    reopened = client.post(f"/api/inbox/{seeded.conversation_id}/reopen").json()
    assert reopened["conversation"]["status"] == "open"
    assert reopened["conversation"]["resolved_at"] is None
    audit = client.get("/api/audit", params={"verb": "inbox.reopen"}).json()
    assert audit["total"] == 1 and audit["items"][0]["actor"] == "member:gus"


class _Severe:
    def classify(self, texts: Any) -> list[Classification]:
        return [Classification(0.99, True, 4, "negative", "complaint", "en", "t") for _ in texts]


def test_a_severe_complaint_and_an_sla_about_to_breach_raise_alerts(
    seeded: Any, store: Store
) -> None:
    msg = InboundMessage(
        platform=Platform.SANDBOX,
        remote_id="severe-1",
        author_id="angry-1",
        author_handle="angry",
        text="@acme you ruined my wedding, shame on you",
        kind=MessageKind.MENTION,
        created_at=NOW,
    )
    for _ in range(2):  # the same page twice: one message, one alert
        record_inbound_page(
            store,
            seeded.sandbox_id,
            Platform.SANDBOX,
            [msg],
            _Severe(),
            NOW,
            stream="mentions",
            cursor=None,
        )
    severe = _notifications(store, "inbox.severe_complaint")
    assert len(severe) == 1 and "@angry" in severe[0].title
    # The seeded complaint waited 90 minutes against a 60-minute target: breached, once.
    policy = sla_policy(60)
    assert raise_sla_alerts(store, policy, NOW) >= 1
    assert raise_sla_alerts(store, policy, NOW) == 0
    titles = [n.title for n in _notifications(store, "inbox.sla")]
    assert any("breached" in t for t in titles)


def test_the_team_inbox_routes_are_in_the_openapi_schema(app: Any) -> None:
    paths = app.openapi()["paths"]
    wanted = {
        "/api/queue/bulk": "post",
        "/api/queue/undo": "post",
        "/api/accounts": "post",
        "/api/audit": "get",
        "/api/inbox/bulk": "post",
        "/api/inbox/next": "get",
        "/api/inbox/auto-assign": "post",
        "/api/inbox/{conversation_id}/reopen": "post",
        "/api/inbox/{conversation_id}/compose": "get",
        "/api/inbox/{conversation_id}/contact": "get",
        "/api/inbox/{conversation_id}/notes": "post",
        "/api/inbox/{conversation_id}/drafts": "get",
        "/api/inbox/drafts/{draft_id}/approve": "post",
        "/api/inbox/drafts/{draft_id}/reject": "post",
    }
    missing = [f"{m.upper()} {p}" for p, m in wanted.items() if m not in paths.get(p, {})]
    assert missing == []
