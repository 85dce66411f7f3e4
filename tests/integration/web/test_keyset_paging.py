"""Keyset paging of the list endpoints: every item once, even when items arrive mid-way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from followback.domain import DecisionState, Reason, Verdict
from followback.store import Store
from followback.store.audit import AuditRepo
from followback.store.decisions import DecisionRepo

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the web fixtures' clock


def _decide(store: Store, account_id: int, names: list[str], priority: float) -> None:
    with store.session() as s:
        repo = DecisionRepo(s)
        for name in names:
            repo.record(
                account_id,
                name,
                verdict=Verdict.REVIEW,
                state=DecisionState.PENDING,
                reasons=[Reason("grey_zone", "grey zone")],
                decided_by="policy:test",
                decided_at=NOW - timedelta(minutes=30),
                policy_version="test",
                bot_score=0.5,
                priority=priority,
            )


def _walk(
    client: TestClient, path: str, params: dict[str, Any], between: Callable[[], None]
) -> list[Any]:
    seen: list[Any] = []
    body = client.get(path, params=params).json()
    between()  # new items arrive ahead of the reader after the first page
    while True:
        seen.extend(i.get("id", (i.get("at"), i.get("target"))) for i in body["items"])
        if not body["next"]:
            return seen
        body = client.get(path, params={**params, "after": body["next"]}).json()


def test_queue_pages_by_cursor_show_every_decision_once(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    _decide(store, seeded.mastodon_id, [f"p{i}" for i in range(9)], priority=0.3)
    client = client_as("vic")
    params = {"account": seeded.mastodon_id, "limit": 3}
    total = client.get("/api/queue", params=params).json()["total"]
    ids = _walk(
        client,
        "/api/queue",
        params,
        lambda: _decide(store, seeded.mastodon_id, ["urgent1", "urgent2"], priority=0.99),
    )
    assert len(ids) == len(set(ids)) == total  # no repeats, none skipped
    # The same walk by offset shows items twice: the arrivals push them onto later pages.
    first = client.get("/api/queue", params=params).json()["items"]
    _decide(store, seeded.mastodon_id, ["urgent3", "urgent4"], priority=0.99)
    rest = [
        i["id"]
        for k in range(3, total + 6, 3)
        for i in client.get("/api/queue", params={**params, "offset": k}).json()["items"]
    ]
    by_offset = [i["id"] for i in first] + rest
    assert len(by_offset) > len(set(by_offset))


def test_audit_pages_by_cursor_in_order_without_repeats(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    with store.session() as s:
        for i in range(7):
            AuditRepo(s).record("system", "note", f"t{i}", at=NOW - timedelta(minutes=i))
    client = client_as("vic")
    first = client.get("/api/audit", params={"limit": 4}).json()
    pages = [first]
    while pages[-1]["next"]:
        pages.append(
            client.get("/api/audit", params={"limit": 4, "after": pages[-1]["next"]}).json()
        )
    items = [i for p in pages for i in p["items"]]
    assert len(items) == first["total"]
    keys = [(i["at"], i["target"]) for i in items]
    assert len(set(keys)) == len(keys)
    assert [i["at"] for i in items] == sorted((i["at"] for i in items), reverse=True)


def test_a_forged_cursor_is_a_clear_422(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("vic")
    for path in ("/api/queue", "/api/audit", "/api/inbox"):
        r = client.get(path, params={"after": "not-a-cursor"})
        assert r.status_code == 422, (path, r.text)
        assert "after" in r.json()["message"]
