"""Saved replies managed in the dashboard and the API: admins add, change and delete them
(audited), everyone reads them, and the composer offers them with the settings file's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from followback.config import Settings
from followback.store import Store
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # as in conftest
SORRY = "Sorry {first_name}, {agent} here: we're on it."


@pytest.fixture
def with_file_replies(store: Store, seeded: Any) -> Callable[[str], TestClient]:
    """Clients of an app whose settings file has saved replies of its own."""
    settings = Settings(
        secret_key="test-secret-key-for-sessions",
        db_url="sqlite://",
        inbox={"saved_replies": {"dm": "{handle}, could you DM us?", "sorry": "file's sorry"}},
    )
    app = create_app(
        store,
        settings,
        clock=lambda: NOW,
        cookie_secure=True,
        connector_for=lambda _account_id: seeded.net.connector("acme"),
    )

    def make(name: str) -> TestClient:
        client = TestClient(app, base_url="https://testserver")
        r = client.post("/api/session", json={"name": name, "password": "correct horse battery"})
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        return client

    return make


@pytest.fixture
def ada(client_as: Callable[[str], TestClient]) -> Iterator[TestClient]:
    yield client_as("ada")


def test_admins_add_change_and_delete_saved_replies_audited(ada: TestClient) -> None:
    r = ada.post("/api/saved-replies", json={"name": "sorry", "text": SORRY})
    assert r.status_code == 200, r.text
    assert r.json()["source"] == "dashboard" and r.json()["updated_by"] == "member:ada"
    assert ada.post("/api/saved-replies", json={"name": "Sorry", "text": "x"}).status_code == 409
    r = ada.put("/api/saved-replies/sorry", json={"name": "apology", "text": "Sorry {name}."})
    assert r.status_code == 200, r.text
    listed = ada.get("/api/saved-replies").json()
    assert [(x["name"], x["text"]) for x in listed] == [("apology", "Sorry {name}.")]
    assert ada.delete("/api/saved-replies/apology").status_code == 204
    assert ada.get("/api/saved-replies").json() == []
    assert ada.delete("/api/saved-replies/apology").status_code == 404
    items = ada.get("/api/audit").json()["items"]
    verbs = [e["verb"] for e in items if e["verb"].startswith("inbox.saved_reply")]
    assert sorted(verbs) == [
        "inbox.saved_reply_created",
        "inbox.saved_reply_deleted",
        "inbox.saved_reply_updated",
    ]


def test_agents_and_viewers_read_but_cannot_change_them(
    ada: TestClient, client_as: Callable[[str], TestClient]
) -> None:
    assert ada.post("/api/saved-replies", json={"name": "sorry", "text": SORRY}).status_code == 200
    for name in ("gus", "vic"):
        member = client_as(name)
        assert [x["name"] for x in member.get("/api/saved-replies").json()] == ["sorry"]
        body = {"name": "mine", "text": "hi"}
        assert member.post("/api/saved-replies", json=body).status_code == 403
        assert member.put("/api/saved-replies/sorry", json=body).status_code == 403
        assert member.delete("/api/saved-replies/sorry").status_code == 403
        page = member.post("/saved-replies", data={"name": "mine", "text": "hi"})
        assert page.status_code == 403
    assert [x["name"] for x in ada.get("/api/saved-replies").json()] == ["sorry"]


def test_writes_need_the_csrf_token(ada: TestClient) -> None:
    r = ada.post(
        "/api/saved-replies", json={"name": "x", "text": "hi"}, headers={"X-CSRF-Token": "no"}
    )
    assert r.status_code == 403
    assert ada.get("/api/saved-replies").json() == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Hi {first_nme}", "{first_nme}"),
        ("Hi {first_name", "unmatched"),
        ("x" * 5001, "at most 5000"),
    ],
)
def test_a_bad_template_is_refused_naming_the_problem(
    ada: TestClient, text: str, named: str
) -> None:
    r = ada.post("/api/saved-replies", json={"name": "oops", "text": text})
    assert r.status_code == 422
    assert named in r.json()["message"]
    assert ada.get("/api/saved-replies").json() == []


def test_the_composer_offers_stored_and_file_replies_stored_winning(
    with_file_replies: Callable[[str], TestClient], seeded: Any
) -> None:
    ada = with_file_replies("ada")
    assert ada.post("/api/saved-replies", json={"name": "sorry", "text": SORRY}).status_code == 200
    gus = with_file_replies("gus")
    cid = seeded.conversation_id
    handle = gus.get(f"/api/inbox/{cid}").json()["conversation"]["contact_handle"]
    offered = gus.get(f"/api/inbox/{cid}/compose").json()["saved_replies"]
    assert {r["name"]: r["text"] for r in offered} == {
        "dm": f"@{handle}, could you DM us?",
        "sorry": f"Sorry {handle}, gus here: we're on it.",
    }
    listed = {r["name"]: r["source"] for r in gus.get("/api/saved-replies").json()}
    assert listed == {"dm": "settings", "sorry": "dashboard"}
    # A file reply cannot be deleted here; deleting the stored one brings the file's back.
    assert ada.delete("/api/saved-replies/dm").status_code == 404
    assert ada.delete("/api/saved-replies/sorry").status_code == 204
    offered = gus.get(f"/api/inbox/{cid}/compose").json()["saved_replies"]
    assert {r["name"]: r["text"] for r in offered}["sorry"] == "file's sorry"


def test_the_page_lists_adds_keeps_a_refused_form_and_deletes(
    ada: TestClient, client_as: Callable[[str], TestClient]
) -> None:
    page = ada.get("/saved-replies")
    assert page.status_code == 200 and "No saved replies yet." in page.text
    assert 'href="/saved-replies"' in page.text and 'id="saved-reply-add"' in page.text
    r = ada.post("/saved-replies", data={"name": "thanks", "text": "Thanks {first_nam}!"})
    assert r.status_code == 422
    assert "{first_nam}" in r.text and 'id="saved-reply-error"' in r.text
    assert "Thanks {first_nam}!</textarea>" in r.text  # what was typed is kept
    r = ada.post(
        "/saved-replies",
        data={"name": "thanks", "text": "Thanks {first_name}!"},
        follow_redirects=True,
    )
    assert r.status_code == 200 and "Thanks {first_name}!</textarea>" in r.text
    r = ada.post("/saved-replies/thanks", data={"name": "thanks", "text": "{bogus}"})
    assert r.status_code == 422 and "{bogus}</textarea>" in r.text
    assert ada.get("/api/saved-replies").json()[0]["text"] == "Thanks {first_name}!"
    viewer = client_as("vic").get("/saved-replies").text
    assert "Thanks {first_name}!" in viewer and 'id="saved-reply-add"' not in viewer
    r = ada.post("/saved-replies/thanks", data={"delete": "1"}, follow_redirects=True)
    assert r.status_code == 200 and ada.get("/api/saved-replies").json() == []


def test_the_routes_are_in_the_openapi_schema(ada: TestClient) -> None:
    paths = ada.get("/api/openapi.json").json()["paths"]
    assert set(paths["/api/saved-replies"]) == {"get", "post"}
    assert set(paths["/api/saved-replies/{name}"]) == {"put", "delete"}
