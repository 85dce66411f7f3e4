"""People are named by handle and display name, with a profile link, never by a bare id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient

from followback.domain import DecisionState, Reason, Verdict
from followback.domain.audit import describe_detail
from followback.domain.people import profile_url
from followback.store import AuditRepo, Store
from followback.store.decisions import DecisionRepo
from followback.store.inbox import InboxRepo

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_profile_urls_per_platform() -> None:
    assert profile_url("bluesky", "ana.bsky.social") == "https://bsky.app/profile/ana.bsky.social"
    assert profile_url("x", "@ana") == "https://x.com/ana"
    assert profile_url("mastodon", "ana@fedi.example") == "https://fedi.example/@ana"
    # A local account on the brand's own server.
    assert profile_url("mastodon", "ana", "https://social.example") == "https://social.example/@ana"
    assert profile_url("mastodon", "ana") == ""


def test_details_are_plain_words_not_python_dicts() -> None:
    text = dict(describe_detail({"reasons": ["few posts", "new"], "policy": {"a_b": 1}, "x": None}))
    assert text == {"reasons": "few posts, new", "policy": "a b: 1"}


def _handoff_offer(store: Store, seeded: Any) -> tuple[str, int]:
    """A follow-back offer for the complaining customer, who has no follower profile."""
    with store.session() as s:
        contact = InboxRepo(s).contact_of(seeded.conversation_id)
        row = DecisionRepo(s).record(
            seeded.sandbox_id,
            contact.remote_id,
            verdict=Verdict.FOLLOW,
            state=DecisionState.PENDING,
            reasons=[Reason("inbox.handoff", "customer in a hand-off")],
            decided_by="gus",
            decided_at=NOW,
            policy_version="inbox-handoff",
            priority=100.0,
        )
        s.flush()
        return contact.handle, row.id


def test_review_item_from_a_handoff_shows_the_customers_handle(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    handle, decision_id = _handoff_offer(store, seeded)
    client = client_as("vic")
    items = client.get("/api/queue", params={"account": seeded.sandbox_id}).json()["items"]
    item = next(i for i in items if i["id"] == decision_id)
    assert item["handle"] == handle != item["remote_id"]
    assert item["followers_count"] == 50  # from the inbox contact, not 0
    # Searchable by that handle too.
    found = client.get("/api/queue", params={"q": handle}).json()["items"]
    assert decision_id in [i["id"] for i in found]


def test_audit_names_the_person_links_the_profile_and_searches_by_handle(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    with store.session() as s:
        AuditRepo(s).record(
            "member:gus", "approve", "mf0", seeded.mastodon_id, at=NOW, reasons=["few posts"]
        )
        AuditRepo(s).record(
            "member:gus",
            "inbox.assign",
            str(seeded.conversation_id),
            seeded.sandbox_id,
            at=NOW,
            assignee="gus",
        )
    client = client_as("vic")
    body = client.get("/api/audit", params={"q": "@fan0"}).json()
    assert body["total"] == 1
    entry = body["items"][0]
    assert entry["target"] == "mf0" and entry["target_handle"] == "fan0"
    assert entry["target_name"] == "Fan0"
    assert entry["target_url"] == "https://example.social/@fan0"
    assert entry["detail_text"] == "reasons: few posts"
    # A conversation's entries are found by the customer's handle.
    with store.session() as s:
        customer = InboxRepo(s).contact_of(seeded.conversation_id).handle
    convs = client.get("/api/audit", params={"q": customer}).json()
    assert [e["verb"] for e in convs["items"]] == ["inbox.assign"]
    assert convs["items"][0]["target_handle"] == customer
    page = client.get("/audit", params={"q": "fan0"}).text
    assert "@fan0" in page and "https://example.social/@fan0" in page
    assert "{'" not in page and "['" not in page


def test_inbox_list_and_thread_show_name_handle_and_profile_link(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    with store.session() as s:
        summary = InboxRepo(s).get_summary(seeded.conversation_id)
    client = client_as("vic")
    listed = client.get("/api/inbox").json()["items"]
    row = next(c for c in listed if c["id"] == seeded.conversation_id)
    assert row["contact_handle"] == summary.contact_handle
    assert summary.contact_label == f"@{summary.contact_handle}"
    thread = client.get(f"/inbox/{seeded.conversation_id}").text
    assert f"@{summary.contact_handle}" in thread
