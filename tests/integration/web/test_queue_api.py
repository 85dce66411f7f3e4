"""The review queue API: list with filters, approve or skip one or many, X refuses bulk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.domain import DecisionState, Reason, Verdict
from followback.store import Store
from followback.store.decisions import DecisionRepo
from followback.store.tables import ActionRow, AuditRow, DecisionRow


def test_queue_lists_pending_with_profile_score_and_reasons(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    body = client_as("vic").get("/api/queue", params={"account": seeded.mastodon_id}).json()
    assert body["total"] == 4
    first = body["items"][0]
    # Highest priority first.
    assert first["bot_score"] == max(i["bot_score"] for i in body["items"])
    assert first["handle"].startswith("fan")
    assert first["bio"].startswith("I love coffee")
    assert first["reasons"][0]["rule"] == "grey_zone"


def test_queue_filters_by_score_and_search(client_as: Callable[[str], TestClient], seeded) -> None:
    client = client_as("vic")
    high = client.get("/api/queue", params={"min_score": 0.5}).json()
    assert {i["handle"] for i in high["items"]} == {"fan2", "fan3", "xfan0", "xfan1"}
    found = client.get("/api/queue", params={"q": "tea"}).json()
    assert found["total"] == 2 and all(i["platform"] == "x" for i in found["items"])


def test_bad_filter_is_a_clear_422(client_as: Callable[[str], TestClient]) -> None:
    r = client_as("vic").get("/api/queue", params={"min_score": "lots"})
    assert r.status_code == 422
    assert r.json()["error"] == "bad_input"
    assert "min_score" in r.json()["message"]


def test_agent_approves_a_batch_and_it_is_audited(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    ids = seeded.pending_mastodon[:3]
    r = client_as("gus").post("/api/queue", json={"ids": ids, "action": "approve", "note": "fans"})
    assert r.status_code == 200, r.text
    assert r.json()["applied"] == sorted(ids)
    assert r.json()["enqueued"] == 3
    with store.session() as s:
        follows = s.scalars(select(ActionRow.target).where(ActionRow.kind == "follow")).all()
        states = dict(s.execute(select(DecisionRow.id, DecisionRow.state)).all())
        audit = s.scalars(select(AuditRow).where(AuditRow.verb == "approve")).all()
    assert [states[i] for i in ids] == ["approved"] * 3
    assert states[seeded.pending_mastodon[3]] == "pending"
    assert {a.actor for a in audit} == {"member:gus"} and len(audit) == 3
    assert sorted(follows) == ["mf0", "mf1", "mf2"]


def test_skip_one(client_as: Callable[[str], TestClient], seeded) -> None:
    client = client_as("gus")
    r = client.post("/api/queue", json={"ids": seeded.pending_mastodon[:1], "action": "skip"})
    assert r.status_code == 200
    left = client.get("/api/queue", params={"account": seeded.mastodon_id}).json()
    assert left["total"] == 3


def test_x_refuses_bulk_approval_and_changes_nothing(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    client = client_as("gus")
    r = client.post("/api/queue", json={"ids": seeded.pending_x, "action": "approve"})
    assert r.status_code == 409
    assert r.json()["fields"]["platform"] == "x"
    assert r.json()["fields"]["rule"] == "x.bulk_approval"
    assert r.json()["fields"]["source"].startswith("https://docs.x.com/")
    with store.session() as s:
        assert {
            row.state
            for row in s.scalars(select(DecisionRow).where(DecisionRow.id.in_(seeded.pending_x)))
        } == {"pending"}
    # One at a time is fine.
    assert (
        client.post(
            "/api/queue", json={"ids": seeded.pending_x[:1], "action": "approve"}
        ).status_code
        == 200
    )


def test_reviewing_twice_is_a_conflict(client_as: Callable[[str], TestClient], seeded) -> None:
    client = client_as("gus")
    ids = seeded.pending_mastodon[:1]
    assert client.post("/api/queue", json={"ids": ids, "action": "approve"}).status_code == 200
    r = client.post("/api/queue", json={"ids": ids, "action": "skip"})
    assert r.status_code == 409
    assert r.json()["error"] == "conflict"


def test_unknown_ids_are_named(client_as: Callable[[str], TestClient], seeded) -> None:
    r = client_as("gus").post("/api/queue", json={"ids": [999999], "action": "approve"})
    assert r.status_code == 404
    assert r.json()["fields"]["ids"] == [999999]


def test_bulk_approve_from_the_page_form(client_as: Callable[[str], TestClient], seeded) -> None:
    client = client_as("gus")
    page = client.get("/queue", params={"account": seeded.mastodon_id})
    assert page.status_code == 200
    assert "fan0" in page.text and "is in the grey zone" in page.text
    assert "grey_zone" not in page.text  # reasons are words, never rule codes
    csrf = client.headers["X-CSRF-Token"]
    del client.headers["X-CSRF-Token"]
    r = client.post(
        "/queue",
        data={
            "csrf_token": csrf,
            "action": "approve",
            "ids": [str(i) for i in seeded.pending_mastodon[:2]],
            "back": f"?account={seeded.mastodon_id}",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "flash=" in r.headers["location"]
    assert "Approved 2 accounts." in client.get(r.headers["location"]).text
    left = client.get("/api/queue", params={"account": seeded.mastodon_id}).json()
    assert left["total"] == 2


def test_undo_a_batch_cancels_its_follows(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    client = client_as("gus")
    approved = client.post(
        "/api/queue", json={"ids": seeded.pending_mastodon[:2], "action": "approve"}
    ).json()
    (batch,) = approved["batch_ids"]
    r = client.post("/api/queue/undo", json={"account_id": seeded.mastodon_id, "batch_id": batch})
    assert r.status_code == 200, r.text
    assert r.json()["cancelled"] == 2
    with store.session() as s:
        states = set(s.scalars(select(ActionRow.state).where(ActionRow.batch_id == batch)))
    assert states == {"cancelled"}


def test_undo_offered_after_approving_from_the_page(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    client = client_as("gus")
    csrf = client.headers.pop("X-CSRF-Token")
    r = client.post(
        f"/queue/{seeded.pending_mastodon[0]}/approve",
        data={"csrf_token": csrf, "back": ""},
        follow_redirects=False,
    )
    assert "undo=" in r.headers["location"]
    page = client.get(r.headers["location"])
    assert 'id="undo-form"' in page.text
    batch = page.text.split('name="batch_id" value="')[1].split('"')[0]
    undone = client.post(
        "/queue/undo",
        data={"csrf_token": csrf, "account_id": str(seeded.mastodon_id), "batch_id": batch},
    )
    assert "1 follows cancelled" in undone.text


def test_approve_all_matching_a_filter_checks_the_count_shown_first(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    client = client_as("gus")
    params = {"account": seeded.mastodon_id, "min_score": 0.45}
    shown = client.get("/api/queue", params=params).json()["total"]
    assert shown == 3
    stale = client.post("/api/queue/bulk", json={**params, "action": "approve", "expected": 4})
    assert stale.status_code == 409, stale.text
    assert "3 accounts match" in stale.json()["message"]
    r = client.post("/api/queue/bulk", json={**params, "action": "approve", "expected": shown})
    assert r.status_code == 200, r.text
    assert len(r.json()["applied"]) == 3 and r.json()["enqueued"] == 3
    assert client.get("/api/queue", params=params).json()["total"] == 0
    # X forbids approving in bulk: refused with the reason, nothing changed.
    x = client.post(
        "/api/queue/bulk", json={"account": seeded.x_id, "action": "approve", "expected": 2}
    )
    assert x.status_code in (403, 409, 422), x.text
    assert "not allowed" in x.json()["message"]


def test_queue_page_offers_all_matching_with_the_count(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    page = client_as("gus").get("/queue", params={"account": seeded.mastodon_id}).text
    assert 'id="approve-all"' in page and "Approve all 4" in page
    assert 'name="expected" value="4"' in page


def test_undo_from_the_dashboard_lists_each_follower_back_in_review(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    client = client_as("gus")
    r = client.post("/api/queue", json={"ids": seeded.pending_mastodon, "action": "approve"})
    batch = r.json()["batch_ids"][0]
    undo = client.post(
        "/api/queue/undo", json={"account_id": seeded.mastodon_id, "batch_id": batch}
    )
    assert undo.status_code == 200, undo.text
    body = undo.json()
    assert body["cancelled"] == 4 and body["back_in_review"] == 4
    assert {f["handle"] for f in body["followers"]} == {"fan0", "fan1", "fan2", "fan3"}
    assert all(f["outcome"] == "cancelled" for f in body["followers"])
    pending = client.get("/api/queue", params={"account": seeded.mastodon_id}).json()
    assert pending["total"] == 4
    # The page form renders the same list.
    r = client.post("/api/queue", json={"ids": pending_ids(pending), "action": "approve"})
    page = client.post(
        "/queue/undo",
        data={"account_id": seeded.mastodon_id, "batch_id": r.json()["batch_ids"][0]},
    )
    assert page.status_code == 200
    assert "@fan0" in page.text and "back in review" in page.text


def pending_ids(page: dict) -> list[int]:
    return [i["id"] for i in page["items"]]


def _recommend(store: Store, account_id: int, remote_id: str) -> int:
    """A pending follow-back screening recommends (review mode): one-click approve."""
    with store.session() as s:
        row = DecisionRepo(s).record(
            account_id,
            remote_id,
            verdict=Verdict.FOLLOW,
            state=DecisionState.PENDING,
            reasons=[
                Reason("screening", "looks genuine (score 0.08 < 0.35)"),
                Reason("model:profile", "+ has a display name, bio and avatar"),
            ],
            decided_by="model:test",
            decided_at=datetime(2026, 11, 20, 11, 30, tzinfo=UTC),
            policy_version="test",
            bot_score=0.08,
        )
        return row.id


def test_queue_splits_into_recommended_and_needs_a_look(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    rid = _recommend(store, seeded.mastodon_id, "newfan")
    client = client_as("vic")
    body = client.get("/api/queue", params={"account": seeded.mastodon_id}).json()
    assert body["lanes"] == {"recommended": 1, "needs_a_look": 4, "screened_out": 0}
    lanes = {i["id"]: i["lane"] for i in body["items"]}
    assert lanes[rid] == "recommended"
    assert sorted(set(lanes.values())) == ["needs_a_look", "recommended"]
    only = client.get(
        "/api/queue", params={"account": seeded.mastodon_id, "lane": "recommended"}
    ).json()
    assert [i["id"] for i in only["items"]] == [rid]
    assert only["total"] == 1 and only["lanes"]["needs_a_look"] == 4  # counts ignore the lane
    page = client.get("/queue", params={"account": seeded.mastodon_id, "lane": "recommended"})
    assert "Recommended (1)" in page.text and "Needs a look (4)" in page.text
    assert "+ has a display name, bio and avatar" in page.text
    assert "fan1" not in page.text
    assert 'name="lane" value="recommended"' in page.text  # "approve all" keeps the lane


def test_approve_all_recommended_in_one_click(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    rid = _recommend(store, seeded.mastodon_id, "newfan")
    client = client_as("gus")
    params = {"account": seeded.mastodon_id, "lane": "recommended"}
    r = client.post("/api/queue/bulk", json={**params, "action": "approve", "expected": 1})
    assert r.status_code == 200, r.text
    assert r.json()["applied"] == [rid]
    left = client.get("/api/queue", params={"account": seeded.mastodon_id}).json()
    assert left["lanes"]["recommended"] == 0 and left["lanes"]["needs_a_look"] == 4
