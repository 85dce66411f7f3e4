"""The dashboard and API against a hostile network and careless hands (issue 19).

Bodies are refused before they are read; sessions and tokens end when they should;
logins are limited atomically in the database; flashes are signed; viewers see no
e-mail addresses or typed passwords; searches and filters say what they mean; names
cannot hide characters; passwords and policy patterns are checked.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from followback.config import Settings
from followback.store import Store
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the seeded app's clock (conftest)
PASSWORD = "correct horse battery"  # the seeded members' password (conftest)
BIG = 2 * 1024 * 1024  # over the default 1 MiB cap


def login(client: TestClient, name: str) -> TestClient:
    r = client.post("/api/session", json={"name": name, "password": PASSWORD})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return client


def _app(store: Store, seeded: Any, **service: Any) -> FastAPI:
    settings = Settings(
        secret_key="test-secret-key-for-sessions", db_url="sqlite://", service=service
    )
    return create_app(store, settings, clock=lambda: NOW, cookie_secure=True)


# ------------------------------------------------------------------ bodies


def test_unauthenticated_body_is_refused_before_parsing(anon: TestClient) -> None:
    body = json.dumps({"ids": list(range(200_000)), "action": "approve"})
    r = anon.post("/api/queue", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 401
    assert r.json()["error"] == "unauthenticated"


def test_oversized_body_is_refused_with_413(client_as: Callable[[str], TestClient]) -> None:
    gus = client_as("gus")
    body = json.dumps({"ids": [1], "action": "approve", "note": "x" * BIG})
    r = gus.post("/api/queue", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"] == "request_too_large"
    r = gus.post("/api/queue", json={"ids": [], "action": "approve"})
    assert r.status_code != 413  # a normal body still gets through


def test_oversized_login_body_is_refused(anon: TestClient) -> None:
    r = anon.post("/api/session", json={"name": "ada", "password": "x" * 100_000})
    assert r.status_code == 413


# ------------------------------------------------------------------ sessions and tokens


def _token(client: TestClient, label: str = "ci") -> dict[str, Any]:
    r = client.post("/api/tokens", json={"days": 365, "label": label})
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


def _bearer(app: FastAPI, token: str) -> TestClient:
    client = TestClient(app, base_url="https://testserver")
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def test_logout_ends_the_cookie(anon: TestClient, app: FastAPI) -> None:
    login(anon, "gus")
    stolen = anon.cookies["fb_session"]
    assert anon.post("/logout", follow_redirects=False).status_code == 303
    replay = TestClient(app, base_url="https://testserver")
    replay.cookies.set("fb_session", stolen, domain="testserver")
    assert replay.get("/api/me").status_code == 401


def test_password_change_ends_other_sessions_and_tokens(
    client_as: Callable[[str], TestClient], app: FastAPI
) -> None:
    here, elsewhere = client_as("gus"), client_as("gus")
    token = _token(here)["token"]
    bot = _bearer(app, token)
    assert bot.get("/api/me").status_code == 200
    r = here.post(
        "/api/me/password",
        json={"current_password": PASSWORD, "new_password": "a much longer passphrase"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["ended_sessions"] == 2
    assert elsewhere.get("/api/me").status_code == 401
    assert bot.get("/api/me").status_code == 401
    assert bot.post("/api/queue", json={"ids": [1], "action": "skip"}).status_code == 401
    assert here.get("/api/me").status_code == 200  # the session that changed it stays


def test_password_change_needs_the_current_password(
    client_as: Callable[[str], TestClient],
) -> None:
    gus = client_as("gus")
    r = gus.post(
        "/api/me/password",
        json={"current_password": "not it at all", "new_password": "a much longer passphrase"},
    )
    assert r.status_code == 403
    ada = client_as("ada")
    r = ada.patch("/api/team/ada", json={"password": "a much longer passphrase"})
    assert r.status_code == 422 and "current password" in r.json()["message"]


def test_common_passwords_are_refused(client_as: Callable[[str], TestClient]) -> None:
    ada = client_as("ada")
    for weak in ("password1", "Password123!", "iloveyou2"):
        r = ada.patch("/api/team/gus", json={"password": weak})
        assert r.status_code == 422, (weak, r.text)
        assert "too easy to guess" in r.json()["message"]
    r = ada.post("/api/team", json={"name": "newbie", "password": "qwertyuiop"})
    assert r.status_code == 422


def test_role_change_and_admin_revoke_end_sessions_and_tokens(
    client_as: Callable[[str], TestClient], app: FastAPI
) -> None:
    gus = client_as("gus")
    bot = _bearer(app, _token(gus)["token"])
    ada = client_as("ada")
    r = ada.post("/api/team/gus/revoke")
    assert r.status_code == 200 and r.json()["ended"] == 2
    assert gus.get("/api/me").status_code == 401
    assert bot.get("/api/me").status_code == 401
    vic_bot = _bearer(app, _token(client_as("vic"))["token"])
    assert ada.patch("/api/team/vic", json={"role": "agent"}).status_code == 200
    assert vic_bot.get("/api/me").status_code == 401


def test_tokens_are_listed_and_revoked(
    client_as: Callable[[str], TestClient], app: FastAPI
) -> None:
    gus = client_as("gus")
    made = _token(gus, "deploy script")
    listed = gus.get("/api/tokens").json()
    assert [(t["id"], t["label"], t["kind"]) for t in listed] == [
        (made["id"], "deploy script", "token")
    ]
    assert "token" not in listed[0] or listed[0]["token"] != made["token"]
    assert client_as("vic").delete(f"/api/tokens/{made['id']}").status_code == 404
    assert client_as("vic").get("/api/tokens", params={"member": "gus"}).status_code == 403
    bot = _bearer(app, made["token"])
    assert bot.get("/api/me").status_code == 200
    assert gus.delete(f"/api/tokens/{made['id']}").status_code == 204
    assert bot.get("/api/me").status_code == 401
    assert gus.get("/api/tokens").json() == []


def test_a_deactivated_member_can_be_reactivated(
    client_as: Callable[[str], TestClient], anon: TestClient
) -> None:
    vic = client_as("vic")
    ada = client_as("ada")
    assert ada.patch("/api/team/vic", json={"active": False}).json()["active"] is False
    assert vic.get("/api/me").status_code == 401
    assert anon.post("/api/session", json={"name": "vic", "password": PASSWORD}).status_code == 401
    assert ada.patch("/api/team/vic", json={"active": True}).json()["active"] is True
    assert anon.post("/api/session", json={"name": "vic", "password": PASSWORD}).status_code == 200


# ------------------------------------------------------------------ login limits


def test_concurrent_wrong_logins_are_limited(app: FastAPI) -> None:
    with TestClient(app, base_url="https://testserver") as client:

        def guess(i: int) -> tuple[int, str]:
            r = client.post("/api/session", json={"name": "ada", "password": f"guess {i}"})
            return r.status_code, r.text

        with ThreadPoolExecutor(max_workers=10) as pool:
            results = list(pool.map(guess, range(30)))
    codes = [code for code, _ in results]
    assert 200 not in codes
    assert codes.count(401) <= 5
    assert codes.count(429) >= 25
    assert all("too many attempts" in text for code, text in results if code == 429)


def test_login_limit_survives_a_restart(store: Store, seeded: Any) -> None:
    for i in range(5):
        with TestClient(_app(store, seeded), base_url="https://testserver") as c:
            assert (
                c.post("/api/session", json={"name": "ada", "password": f"g{i}"}).status_code == 401
            )
    with TestClient(_app(store, seeded), base_url="https://testserver") as c:
        r = c.post("/api/session", json={"name": "ada", "password": PASSWORD})
    assert r.status_code == 429
    assert "too many attempts" in r.json()["message"]


def test_forwarded_for_is_ignored_unless_from_a_trusted_proxy(store: Store, seeded: Any) -> None:
    untrusted = _app(store, seeded)
    with TestClient(untrusted, base_url="https://testserver") as c:
        codes = [
            c.post(
                "/api/session",
                json={"name": f"nobody{i}", "password": "x"},
                headers={"X-Forwarded-For": f"203.0.113.{i}"},
            ).status_code
            for i in range(7)
        ]
    assert codes[-1] == 429  # rotating the header did not reset the address's count
    trusted = _app(store, seeded, trusted_proxies=["testclient"])
    with TestClient(trusted, base_url="https://testserver") as c:
        r = c.post(
            "/api/session",
            json={"name": "gus", "password": PASSWORD},
            headers={"X-Forwarded-For": "198.51.100.7"},
        )
    assert r.status_code == 200  # behind a configured proxy, the forwarded address counts


def test_serve_does_not_let_uvicorn_believe_forwarded_headers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    import uvicorn

    from followback.cli import main as cli_main

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    monkeypatch.setenv("FOLLOWBACK_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setattr(sys, "argv", ["followback", "serve", "--db", f"sqlite:///{tmp_path}/x.db"])
    with pytest.raises(SystemExit) as done:
        cli_main.main()
        raise SystemExit(0)
    assert done.value.code == 0
    assert calls and calls[0].get("proxy_headers") is False


# ------------------------------------------------------------------ what pages show


def test_flash_from_the_url_is_not_shown(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    gus = client_as("gus")
    evil = "Your session expired. Re-enter your X password at evil.example"
    page = gus.get("/queue", params={"flash": evil})
    assert page.status_code == 200
    assert 'class="flash"' not in page.text
    # The app's own (signed) flash still shows after a form post.
    csrf = gus.headers["X-CSRF-Token"]
    r = gus.post(
        "/queue",
        data={"csrf_token": csrf, "action": "skip", "ids": [str(seeded.pending_x[0])]},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert 'class="flash"' in gus.get(r.headers["location"]).text


def test_viewers_see_no_email_addresses(client_as: Callable[[str], TestClient]) -> None:
    ada = client_as("ada")
    ada.post("/api/team", json={"name": "eve", "email": "eve@private.example"})
    vic = client_as("vic")
    assert vic.get("/api/team").status_code == 403
    assert "eve@private.example" not in vic.get("/team").text
    assert "eve@private.example" in ada.get("/team").text
    assert any(m["email"] == "eve@private.example" for m in ada.get("/api/team").json())


def test_failed_login_does_not_audit_the_typed_name(
    anon: TestClient, client_as: Callable[[str], TestClient]
) -> None:
    typed = "hunter2-secret-typed-in-the-name-field"
    assert anon.post("/api/session", json={"name": typed, "password": "x"}).status_code == 401
    vic = client_as("vic")
    audit = vic.get("/api/audit", params={"verb": "auth.login_failed"}).json()
    assert audit["total"] >= 1
    assert typed not in json.dumps(audit)
    assert typed not in vic.get("/audit").text


def test_audit_total_matches_the_verb_filter(client_as: Callable[[str], TestClient]) -> None:
    page = client_as("vic").get("/api/audit", params={"verb": "nonexistent"}).json()
    assert (page["total"], page["items"], page.get("next")) == (0, [], None)


def test_search_treats_percent_and_underscore_literally(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    gus = client_as("gus")
    everything = gus.get("/api/queue", params={"account": seeded.mastodon_id}).json()["total"]
    assert everything > 0
    for term in ("%", "_"):
        r = gus.get("/api/queue", params={"account": seeded.mastodon_id, "q": term}).json()
        assert r["total"] == 0, term
        assert gus.get("/api/audit", params={"q": term}).json()["total"] == 0


def test_hidden_characters_in_names_are_shown(client_as: Callable[[str], TestClient]) -> None:
    ada = client_as("ada")
    sneaky = "mallory\u202egnp.exe\u200b"
    assert ada.post("/api/team", json={"name": sneaky, "role": "viewer"}).status_code == 201
    page = ada.get("/team").text
    assert "\u202e" not in page and "\u200b" not in page
    assert "mallory\\u202Egnp.exe\\u200B" in page


def test_blocked_regexes_that_need_backtracking_are_refused(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    ada = client_as("ada")
    url = f"/api/policy/{seeded.mastodon_id}"
    r = ada.put(url, json={"policy": {"blocked_regexes": [r"(\w+)\s\1"]}})
    assert r.status_code == 422
    assert "linear time" in r.json()["message"]
    r = ada.put(url, json={"policy": {"blocked_regexes": ["(a+)+$"]}})
    assert r.status_code == 200  # nested quantifiers are harmless to a linear-time matcher


def test_no_route_writes_an_unsigned_flash() -> None:
    # Every flash goes through flash_url (signed); a hand-built "?flash=text" would not
    # show, and reading request.query_params["flash"] directly would reopen the hole.
    import pathlib

    import followback.web.routes as routes

    offenders = []
    for path in pathlib.Path(routes.__file__).parent.glob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hand_built = any(bad in line for bad in ("flash=", "'flash':", '"flash":'))
            if (hand_built and "dump_flash" not in line) or 'params.get("flash")' in line:
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
