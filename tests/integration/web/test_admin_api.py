"""Settings (policy and limits), team and accounts: validated, admin-only writes, audited."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.store import Store
from followback.store.tables import AuditRow


def test_admin_changes_the_policy_and_it_is_audited(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    client = client_as("ada")
    url = f"/api/policy/{seeded.mastodon_id}"
    r = client.put(
        url,
        json={
            "policy": {"follow_below": 0.2, "skip_above": 0.8, "blocked_keywords": ["crypto"]},
            "limits": {"follows_day": {"capacity": 100, "period_s": 86400}},
        },
    )
    assert r.status_code == 200, r.text
    body = client.get(url).json()
    assert body["policy"]["follow_below"] == 0.2
    assert body["policy"]["blocked_keywords"] == ["crypto"]
    assert body["updated_by"] == "member:ada"
    assert body["limits"] == {"follows_day": {"capacity": 100, "period_s": 86400}}
    with store.session() as s:
        entry = s.scalars(select(AuditRow).where(AuditRow.verb == "policy.update")).one()
    assert "follow_below" in entry.detail["changed"]


def test_invalid_policy_is_named_and_nothing_changes(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    client = client_as("ada")
    url = f"/api/policy/{seeded.mastodon_id}"
    before = client.get(url).json()
    r = client.put(url, json={"policy": {"follow_below": 0.9, "skip_above": 0.1}})
    assert r.status_code == 422
    assert "skip_above" in r.json()["message"]
    r = client.put(url, json={"policy": {"blocked_regexes": ["(unclosed"]}})
    assert r.status_code == 422 and "does not compile" in r.json()["message"]
    r = client.put(
        url, json={"policy": {}, "limits": {"no_such_limit": {"capacity": 1, "period_s": 1}}}
    )
    assert r.status_code == 400 and "no_such_limit" in r.json()["message"]
    assert client.get(url).json() == before


def test_unknown_policy_key_is_refused(client_as: Callable[[str], TestClient], seeded) -> None:
    r = client_as("ada").put(
        f"/api/policy/{seeded.mastodon_id}", json={"policy": {"folow_below": 0.1}}
    )
    assert r.status_code == 422
    assert "folow_below" in r.json()["message"]


def test_policy_form_saves_for_an_admin(client_as: Callable[[str], TestClient], seeded) -> None:
    client = client_as("ada")
    page = client.get("/settings", params={"account": seeded.mastodon_id})
    assert 'id="policy-form"' in page.text and "follow below" in page.text
    csrf = client.headers.pop("X-CSRF-Token")
    r = client.post(
        f"/settings/{seeded.mastodon_id}",
        data={
            "csrf_token": csrf,
            "p.follow_below": "0.3",
            "p.skip_above": "0.7",
            "p.deny": "spammer\nbot",
            "p.respect_opt_out": "on",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    client.headers["X-CSRF-Token"] = csrf
    policy = client.get(f"/api/policy/{seeded.mastodon_id}").json()["policy"]
    assert policy["deny"] == ["spammer", "bot"] and policy["skip_above"] == 0.7


def test_admin_adds_a_member_who_can_then_log_in(
    client_as: Callable[[str], TestClient], anon: TestClient
) -> None:
    client = client_as("ada")
    r = client.post(
        "/api/team", json={"name": "newbie", "role": "agent", "password": "long enough pw"}
    )
    assert r.status_code == 201, r.text
    assert {m["name"] for m in client.get("/api/team").json()} >= {"ada", "gus", "vic", "newbie"}
    assert (
        anon.post("/api/session", json={"name": "newbie", "password": "long enough pw"}).status_code
        == 200
    )


def test_short_password_and_duplicate_names_are_refused(
    client_as: Callable[[str], TestClient],
) -> None:
    client = client_as("ada")
    assert client.post("/api/team", json={"name": "x", "password": "short"}).status_code == 422
    r = client.post("/api/team", json={"name": "gus"})
    assert r.status_code == 409


def test_agent_cannot_manage_the_team(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("gus")
    assert client.post("/api/team", json={"name": "sneaky", "role": "admin"}).status_code == 403
    assert client.patch("/api/team/gus", json={"role": "admin"}).status_code == 403


def test_role_change_applies_at_once(client_as: Callable[[str], TestClient]) -> None:
    vic = client_as("vic")
    assert client_as("ada").patch("/api/team/vic", json={"role": "agent"}).json()["role"] == "agent"
    # The old session ends with the old role; a new login carries the new one.
    assert vic.get("/api/me").status_code == 401
    assert client_as("vic").get("/api/me").json()["role"] == "agent"


def test_last_admin_cannot_step_down(client_as: Callable[[str], TestClient]) -> None:
    r = client_as("ada").patch("/api/team/ada", json={"role": "viewer"})
    assert r.status_code == 409
    assert "last active admin" in r.json()["message"]


def test_accounts_list_hides_credentials_and_x_refuses_auto_mode(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    client = client_as("ada")
    accounts = client.get("/api/accounts").json()
    assert {a["platform"] for a in accounts} >= {"mastodon", "x"}
    assert all("credentials" not in a for a in accounts)
    x = next(a for a in accounts if a["platform"] == "x")
    assert x["bulk_approval_allowed"] is False
    r = client.patch(f"/api/accounts/{seeded.x_id}", json={"mode": "auto"})
    assert r.status_code == 409
    assert (
        client.patch(f"/api/accounts/{seeded.x_id}", json={"mode": "dry-run"}).json()["mode"]
        == "dry-run"
    )


def test_every_page_renders_for_every_role(client_as: Callable[[str], TestClient], seeded) -> None:
    for name in ("ada", "gus", "vic"):
        client = client_as(name)
        for path in [
            "/",
            "/queue",
            "/inbox",
            f"/inbox/{seeded.conversation_id}",
            "/audit",
            "/settings",
            "/listening",
            "/saved-replies",
            "/team",
            "/accounts",
        ]:
            r = client.get(path)
            assert r.status_code == 200, (name, path, r.text[:300])


def test_admin_sets_a_password_from_the_team_page(
    client_as: Callable[[str], TestClient], anon: TestClient
) -> None:
    client = client_as("ada")
    csrf = client.headers.pop("X-CSRF-Token")
    r = client.post(
        "/team/gus",
        data={"csrf_token": csrf, "password": "a brand new one"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert (
        anon.post("/api/session", json={"name": "gus", "password": "a brand new one"}).status_code
        == 200
    )
    short = client.post("/team/gus", data={"csrf_token": csrf, "password": "short"})
    assert short.status_code == 422


def test_pages_answer_odd_query_strings_without_server_errors(
    client_as: Callable[[str], TestClient],
) -> None:
    client = client_as("ada")
    odd = [
        {"account": "999999"},
        {"account": "abc"},
        {"page": "-1"},
        {"page": "99999"},
        {"state": "bogus", "verdict": "nope"},
        {"min_score": "2"},
        {"min_score": "x"},
        {"q": "%_'\""},
        {"status": "weird", "complaints": "yes"},
    ]
    for path in [
        "/",
        "/queue",
        "/inbox",
        "/audit",
        "/settings",
        "/team",
        "/accounts",
        "/inbox/999999",
    ]:
        for params in odd:
            r = client.get(path, params=params)
            assert r.status_code < 500, (path, params, r.text[:200])
