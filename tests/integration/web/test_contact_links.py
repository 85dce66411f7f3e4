"""The same person on two platforms, linked by a team member on a public signal: the
contact panel shows the linked identity and its conversations; unlink; both audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from connector_support import payload
from followback.config import Settings
from followback.connectors.mastodon.mapping import map_account
from followback.domain import InboundMessage, MessageKind, Platform
from followback.store import Store
from followback.store.inbox import InboxRepo
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # as in conftest


def _mastodon_message(store: Store, account_id: int, handle: str) -> int:
    msg = InboundMessage(
        platform=Platform.MASTODON,
        remote_id=f"m-{handle}",
        author_id=f"id-{handle}",
        author_handle=handle,
        text="@brand is my parcel lost?",
        kind=MessageKind.MENTION,
        created_at=NOW - timedelta(days=3),
        author_followers=10,
    )
    with store.session() as s:
        return (
            InboxRepo(s)
            .record_inbound(
                account_id, msg, classification={}, priority=10.0, at=NOW - timedelta(days=3)
            )
            .conversation_id
        )


def test_link_show_and_unlink_a_person_across_platforms(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    other = _mastodon_message(store, seeded.mastodon_id, "ana@example.social")
    gus = client_as("gus")
    cid = seeded.conversation_id
    body = {
        "platform": "mastodon",
        "handle": "@ANA@example.social",
        "evidence": "verified_link",
        "note": "verified link on their Mastodon profile points to this account",
    }
    r = gus.post(f"/api/inbox/{cid}/links", json=body)
    assert r.status_code == 200, r.text
    [linked] = r.json()["linked"]
    assert linked["platform"] == "mastodon" and linked["handle"] == "ana@example.social"
    panel = gus.get(f"/api/inbox/{cid}/contact").json()
    assert [i["handle"] for i in panel["linked"]] == ["ana@example.social"]
    assert {"id": other, "platform": "mastodon", "handle": "ana@example.social"}.items() <= next(
        c for c in panel["conversations"] if c["id"] == other
    ).items()
    # Seen from the other side too.
    back = gus.get(f"/api/inbox/{other}/contact").json()
    assert [i["platform"] for i in back["linked"]] == ["sandbox"]
    page = gus.get(f"/inbox/{cid}")
    assert "Same person elsewhere" in page.text and "@ana@example.social" in page.text
    audit = gus.get("/api/audit", params={"q": "ana@example.social"}).json()["items"]
    assert [e["verb"] for e in audit] == ["contact.link"]
    r = gus.delete(f"/api/inbox/{cid}/links/{linked['contact_id']}")
    assert r.json() == {"unlinked": True}
    assert gus.get(f"/api/inbox/{cid}/contact").json()["linked"] == []
    assert gus.get(f"/api/inbox/{other}/contact").json()["linked"] == []
    verbs = [e["verb"] for e in gus.get("/api/audit").json()["items"]]
    assert "contact.unlink" in verbs


def test_only_explicit_signals_and_known_contacts(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    _mastodon_message(store, seeded.mastodon_id, "ana@example.social")
    gus, vic = client_as("gus"), client_as("vic")
    cid = seeded.conversation_id
    body = {"platform": "mastodon", "handle": "ana@example.social", "note": "same profile photo"}
    r = gus.post(f"/api/inbox/{cid}/links", json={**body, "evidence": "same_photo"})
    assert r.status_code == 422
    r = gus.post(
        f"/api/inbox/{cid}/links", json={**body, "evidence": "said_so", "handle": "nobody@x.y"}
    )
    assert r.status_code == 404 and "has written to the brand" in r.json()["message"]
    r = vic.post(f"/api/inbox/{cid}/links", json={**body, "evidence": "said_so"})
    assert r.status_code == 403
    assert gus.get(f"/api/inbox/{cid}/contact").json()["linked"] == []


class _ProfileConnector:
    """Answers fetch_profile with a recorded Mastodon account that has verified links."""

    async def fetch_profile(self, remote_id: str) -> Any:
        return map_account(payload("mastodon", "account_signals"), NOW)

    async def aclose(self) -> None:
        return None


def test_verified_links_suggest_a_contact_to_link(seeded: Any, store: Store) -> None:
    profile = map_account(payload("mastodon", "account_signals"), NOW)
    assert profile.verified_urls == ("https://tove.example", "https://codeberg.example/tove")
    msg = InboundMessage(
        platform=Platform.BLUESKY,
        remote_id="at://did:plc:tove/app.bsky.feed.post/1",
        author_id="did:plc:tove",
        author_handle="tove.example",
        text="@brand hello",
        kind=MessageKind.MENTION,
        created_at=NOW - timedelta(days=1),
    )
    with store.session() as s:
        InboxRepo(s).record_inbound(
            seeded.mastodon_id, msg, classification={}, priority=1.0, at=NOW
        )
    settings = Settings(secret_key="test-secret-key-for-sessions", db_url="sqlite://")
    app = create_app(
        store,
        settings,
        clock=lambda: NOW,
        cookie_secure=True,
        connector_for=lambda _account_id: _ProfileConnector(),  # type: ignore[arg-type,return-value]
    )
    with TestClient(app, base_url="https://testserver") as gus:
        r = gus.post("/api/session", json={"name": "gus", "password": "correct horse battery"})
        gus.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        r = gus.get(f"/api/inbox/{seeded.conversation_id}/links/suggestions")
        assert r.status_code == 200, r.text
        [found] = r.json()["suggestions"]
        assert found["platform"] == "bluesky" and found["handle"] == "tove.example"
        assert found["evidence"] == "same_domain"
        assert gus.get(f"/api/inbox/{seeded.conversation_id}/contact").json()["linked"] == []
