"""The inbox API and pages: list by priority with SLA, thread, reply, assign, tag, done."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.store import Store
from followback.store.tables import AuditRow, ConversationRow


def test_inbox_lists_the_complaint_first_with_a_breached_sla(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    items = client_as("vic").get("/api/inbox").json()["items"]
    assert items[0]["id"] == seeded.conversation_id
    assert items[0]["is_complaint"] is True
    # Opened 90 minutes ago; the default first-response target is 60 minutes.
    assert items[0]["sla"]["state"] == "breached"
    assert items[0]["awaiting_reply"] is True
    assert items[0]["urgency"] == ["waiting 1 h 30 min", "SLA missed by 30 min"]
    page = client_as("vic").get("/inbox").text
    assert "waiting 1 h 30 min · SLA missed by 30 min" in page


def test_thread_shows_the_messages(client_as: Callable[[str], TestClient], seeded) -> None:
    body = client_as("vic").get(f"/api/inbox/{seeded.conversation_id}").json()
    assert body["messages"][0]["text"].startswith("@acme my order arrived broken")
    assert body["messages"][0]["direction"] == "in"


def test_agent_answers_a_complaint_through_the_platform(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    r = client_as("gus").post(
        f"/api/inbox/{seeded.conversation_id}/reply",
        json={"text": "Sorry! We are sending a new one."},
    )
    assert r.status_code == 200, r.text
    out = [m for m in r.json()["messages"] if m["direction"] == "out"]
    assert out and out[0]["text"] == "Sorry! We are sending a new one." and out[0]["written_by"]
    assert r.json()["conversation"]["sla"]["state"] == "missed"
    # The sandbox platform received exactly this reply.
    sent = [(kind, text) for kind, _target, text, _at in seeded.net.world("acme").sent]
    assert sent == [("reply", "Sorry! We are sending a new one.")]
    assert r.json()["remote_id"].startswith("out")
    with store.session() as s:
        conv = s.get(ConversationRow, seeded.conversation_id)
        assert conv is not None and conv.first_response_at is not None


def test_viewer_cannot_reply(client_as: Callable[[str], TestClient], seeded) -> None:
    r = client_as("vic").post(f"/api/inbox/{seeded.conversation_id}/reply", json={"text": "hi"})
    assert r.status_code == 403


def test_empty_reply_is_refused(client_as: Callable[[str], TestClient], seeded) -> None:
    r = client_as("gus").post(f"/api/inbox/{seeded.conversation_id}/reply", json={"text": "   "})
    assert r.status_code == 422
    assert "empty" in r.json()["message"]


def test_assign_tag_and_done_are_audited(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    client = client_as("gus")
    cid = seeded.conversation_id
    assert (
        client.post(f"/api/inbox/{cid}/assign", json={"member": "gus"}).json()["conversation"][
            "assignee"
        ]
        == "gus"
    )
    assert client.post(f"/api/inbox/{cid}/tags", json={"add": ["Shipping"]}).json()["tags"] == [
        "shipping"
    ]
    assert client.post(f"/api/inbox/{cid}/done").json()["conversation"]["status"] == "done"
    with store.session() as s:
        verbs = set(s.scalars(select(AuditRow.verb).where(AuditRow.target == str(cid))))
    assert {"inbox.assign", "inbox.tag", "inbox.done"} <= verbs


def test_assigning_to_a_viewer_is_refused(client_as: Callable[[str], TestClient], seeded) -> None:
    r = client_as("gus").post(f"/api/inbox/{seeded.conversation_id}/assign", json={"member": "vic"})
    assert r.status_code == 403


def test_unknown_conversation_is_404(client_as: Callable[[str], TestClient]) -> None:
    r = client_as("vic").get("/api/inbox/999999")
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"


def test_reply_from_the_thread_page(client_as: Callable[[str], TestClient], seeded) -> None:
    client = client_as("gus")
    page = client.get(f"/inbox/{seeded.conversation_id}")
    assert "SLA breached" in page.text and 'id="reply-form"' in page.text
    csrf = client.headers.pop("X-CSRF-Token")
    r = client.post(
        f"/inbox/{seeded.conversation_id}/reply",
        data={"csrf_token": csrf, "text": "We are on it."},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "We are on it." in client.get(r.headers["location"]).text


def test_hand_off_invites_the_customer_to_a_private_message(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    client = client_as("gus")
    cid = seeded.conversation_id
    draft = client.post(f"/api/inbox/{cid}/handoff", json={"dry_run": True}).json()
    assert draft["sent"] is False and draft["reply_text"]
    assert seeded.net.world("acme").sent == []
    done = client.post(f"/api/inbox/{cid}/handoff", json={"dry_run": False}).json()
    assert done["sent"] is True
    assert [kind for kind, *_ in seeded.net.world("acme").sent] == ["reply"]
    assert "handoff" in client.get(f"/api/inbox/{cid}").json()["conversation"]["tags"]
    # One automated public reply per conversation: a second hand-off is refused.
    again = client.post(f"/api/inbox/{cid}/handoff", json={"dry_run": False})
    assert again.status_code == 409
