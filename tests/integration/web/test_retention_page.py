"""The Retention page, its downloads and its API on the seeded dashboard."""

from __future__ import annotations

import csv
import io
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from followback.services import report


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
