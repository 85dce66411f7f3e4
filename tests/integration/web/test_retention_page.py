"""The Retention page, its downloads and its API on the seeded dashboard."""

from __future__ import annotations

import csv
import io
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from followback.services import report, retention_analyses
from followback.store import Store
from followback.store.edges import EdgeRepo


def test_retention_page_shows_the_experiment_status_and_downloads(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    client = client_as("vic")
    page = client.get("/retention", params={"account": seeded.mastodon_id})
    assert page.status_code == 200
    html = page.text
    assert 'href="/retention" aria-current="page"' in html
    assert "No experiment is running" in html  # the seeded account holds nobody out
    assert "Followers by week of arrival" in html and "Observational" in html
    assert html.count("<svg") >= 3  # experiment, followed back or not, SLA
    cohorts = client.get("/retention/cohorts_by_week.csv", params={"account": seeded.mastodon_id})
    rows = list(csv.DictReader(io.StringIO(cohorts.text)))
    assert rows and sum(int(r["arrived"]) for r in rows) == 5  # five arrivals seeded
    assert {r["account_id"] for r in rows} == {str(seeded.mastodon_id)}


def test_retention_api_and_unknown_accounts(client_as: Callable[[str], TestClient], seeded) -> None:
    client = client_as("vic")
    data = client.get("/api/retention", params={"account": seeded.mastodon_id}).json()
    assert data["experiment"]["status"] == "not_running"
    assert data["counts"]["arrivals"] == 5 and data["counts"]["unfollowed"] == 1
    assert data["counts"]["followers"] == 4
    missing = client.get("/api/retention", params={"account": 999})
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"


def test_retention_needs_a_login(anon: TestClient) -> None:
    assert anon.get("/api/retention").status_code == 401


def test_retention_figures_are_drawn_once_per_data(
    client_as: Callable[[str], TestClient], seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen again with the same data, the page reuses its figures (drawing them was most
    of its time); the same page is served either way."""
    drawn: list[str] = []
    real = report.survival_figure

    def counting(curves: Any, title: str, **kw: Any) -> Any:
        drawn.append(title)
        return real(curves, title, **kw)

    monkeypatch.setattr(report, "survival_figure", counting)
    monkeypatch.setattr(report, "_DRAWN", OrderedDict())
    client = client_as("vic")
    first = client.get("/retention", params={"account": seeded.mastodon_id}).text
    assert len(drawn) == 3
    again = client.get("/retention", params={"account": seeded.mastodon_id}).text
    assert len(drawn) == 3 and again == first


def test_the_page_shows_when_its_analyses_were_computed(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    """A small account's analyses are computed at the first view and kept; the page and
    the API say when."""
    client = client_as("vic")
    html = client.get("/retention", params={"account": seeded.mastodon_id}).text
    assert "Analyses computed" in html and "Out of date" not in html
    data = client.get("/api/retention", params={"account": seeded.mastodon_id}).json()
    assert data["analyses"]["state"] == "current" and data["analyses"]["computed_at"]
    assert data["analyses"]["seconds"] >= 0


def test_a_large_account_waits_for_the_service_and_says_so(
    client_as: Callable[[str], TestClient],
    seeded,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above the inline limits the page computes nothing: "not computed yet" until the
    service's refresh, then the kept figures, marked out of date after a newer sync
    while their last computation was not cheap."""
    monkeypatch.setattr(retention_analyses, "INLINE_MAX_ARRIVALS", 0)
    monkeypatch.setattr(retention_analyses, "INLINE_MAX_SECONDS", -1.0)
    client = client_as("vic")
    account = {"account": seeded.mastodon_id}
    html = client.get("/retention", params=account).text
    assert "not computed yet" in html and "<svg" not in html
    data = client.get("/api/retention", params=account).json()
    assert data["analyses"]["state"] == "missing" and data["experiment"] is None
    assert data["counts"]["arrivals"] == 5  # the counts are read as they are
    download = client.get("/retention/cohorts_by_week.csv", params=account)
    assert download.status_code == 409 and "not computed yet" in download.text

    at = datetime(2026, 11, 20, 12, tzinfo=UTC)
    assert seeded.mastodon_id in retention_analyses.refresh_stale(store, clock=lambda: at)
    html = client.get("/retention", params=account).text
    assert "Analyses computed" in html and html.count("<svg") >= 3
    assert client.get("/api/retention", params=account).json()["analyses"]["state"] == "current"

    with store.session() as s:
        EdgeRepo(s).record_metric_snapshot(seeded.mastodon_id, at, 4, 0)  # a sync
    html = client.get("/retention", params=account).text
    assert "Out of date" in html and "the account synced since" in html
    assert html.count("<svg") >= 3  # the kept figures are still shown
    assert client.get("/api/retention", params=account).json()["analyses"]["state"] == "stale"
    # Had their last computation been cheap, the page would have computed them itself.
    monkeypatch.setattr(retention_analyses, "INLINE_MAX_SECONDS", 3600.0)
    html = client.get("/retention", params=account).text
    assert "Analyses computed" in html and "Out of date" not in html
