"""Business hours and holidays edited in the dashboard; the inbox's SLA clock pauses outside
them. The seeded complaint was opened at 10:30 UTC on Friday 20 November 2026; now is 12:00."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient

from followback.actions.conversations import raise_sla_alerts
from followback.inbox.sla import SlaPolicy
from followback.store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # as in conftest
WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def _sla(client: TestClient, conversation_id: int) -> dict[str, object]:
    items = client.get("/api/inbox").json()["items"]
    return next(c["sla"] for c in items if c["id"] == conversation_id)


def test_the_sla_clock_runs_only_in_the_accounts_hours(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    ada = client_as("ada")
    cid, account = seeded.conversation_id, seeded.sandbox_id
    before = _sla(ada, cid)
    assert before["state"] == "breached" and before["waited_minutes"] == 90
    body = {"opens": "11:30", "closes": "18:00", "weekdays": WEEK, "time_zone": "UTC"}
    r = ada.put(f"/api/accounts/{account}/business-hours", json=body)
    assert r.status_code == 200, r.text
    assert (
        r.json()["source"] == "account"
        and r.json()["hours"] == "11:30-18:00 Mon,Tue,Wed,Thu,Fri UTC"
    )
    after = _sla(ada, cid)
    assert after["state"] == "ok" and after["waited_minutes"] == 30
    assert after["due_at"] == "2026-11-20T12:30:00+00:00"
    # Today a holiday: the clock has not started; due on Monday, an hour after opening.
    r = ada.put(
        f"/api/accounts/{account}/business-hours", json={**body, "holidays": ["2026-11-20"]}
    )
    assert r.json()["holidays"] == ["2026-11-20"]
    holiday = _sla(ada, cid)
    assert holiday["waited_minutes"] == 0 and holiday["due_at"] == "2026-11-23T12:30:00+00:00"
    # Other accounts keep the settings file's (here: none, wall clock).
    assert ada.get(f"/api/accounts/{seeded.mastodon_id}/business-hours").json()["source"] == "none"
    verbs = [e["verb"] for e in ada.get("/api/audit").json()["items"]]
    assert verbs.count("inbox.business_hours") == 2
    r = ada.delete(f"/api/accounts/{account}/business-hours")
    assert r.json()["source"] == "none" and _sla(ada, cid)["state"] == "breached"


def test_the_settings_form_names_a_bad_value_and_keeps_what_was_typed(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    ada = client_as("ada")
    page = ada.get(f"/settings?account={seeded.sandbox_id}")
    assert 'id="business-hours"' in page.text and "the clock runs day and night" in page.text
    form = {
        "csrf_token": ada.headers["X-CSRF-Token"],
        "opens": "09:00",
        "closes": "17:00",
        "weekdays": ["Mon", "Fri"],
        "time_zone": "Mars/Olympus",
        "holidays": "2026-12-25 Christmas",
    }
    bad = ada.post(f"/settings/{seeded.sandbox_id}/business-hours", data=form)
    assert bad.status_code == 422 and "unknown time zone &#39;Mars/Olympus&#39;" in bad.text
    assert 'value="Mars/Olympus"' in bad.text and "2026-12-25 Christmas" in bad.text
    bad = ada.post(
        f"/settings/{seeded.sandbox_id}/business-hours",
        data={**form, "time_zone": "Europe/Lisbon", "holidays": "Christmas"},
    )
    assert bad.status_code == 422 and "expected a date like 2026-12-25" in bad.text
    assert ada.get(f"/api/accounts/{seeded.sandbox_id}/business-hours").json()["source"] == "none"
    ok = ada.post(
        f"/settings/{seeded.sandbox_id}/business-hours",
        data={**form, "time_zone": "Europe/Lisbon"},
        follow_redirects=False,
    )
    assert ok.status_code == 303
    saved = ada.get(f"/api/accounts/{seeded.sandbox_id}/business-hours").json()
    assert saved["hours"] == "09:00-17:00 Mon,Fri Europe/Lisbon"
    assert saved["holidays"] == ["2026-12-25"]


def test_only_admins_change_business_hours(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    gus = client_as("gus")
    body = {"opens": "09:00", "closes": "17:00", "weekdays": WEEK}
    assert (
        gus.put(f"/api/accounts/{seeded.sandbox_id}/business-hours", json=body).status_code == 403
    )
    assert gus.get(f"/api/accounts/{seeded.sandbox_id}/business-hours").status_code == 200
    ada = client_as("ada")
    assert ada.put("/api/accounts/9999/business-hours", json=body).status_code == 404


def test_sla_alerts_wait_for_opening_time(
    client_as: Callable[[str], TestClient], seeded: Any, store: Store
) -> None:
    ada = client_as("ada")
    body = {"opens": "09:00", "closes": "17:00", "weekdays": WEEK, "holidays": ["2026-11-20"]}
    ada.put(f"/api/accounts/{seeded.sandbox_id}/business-hours", json=body)
    assert raise_sla_alerts(store, SlaPolicy(first_response_minutes=60), NOW) == 0
    ada.delete(f"/api/accounts/{seeded.sandbox_id}/business-hours")
    assert raise_sla_alerts(store, SlaPolicy(first_response_minutes=60), NOW) >= 1
