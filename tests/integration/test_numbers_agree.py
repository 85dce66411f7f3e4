"""One definition of the numbers: on a demo run, the demo summary, the dashboard overview,
the API, the report and the Retention page show the same followers, arrivals and
departures; the Retention page's CSVs are the report's files, byte for byte."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from followback.config import Settings
from followback.connectors.sandbox import SandboxNetwork
from followback.services.demo import DemoResult, run_demo
from followback.services.report import RETENTION_FILES, account_analytics, write_report
from followback.store import Store, open_store
from followback.store.overview import build_overview
from followback.web import create_app


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, DemoResult, Path]:
    work = tmp_path_factory.mktemp("demo")
    store = open_store(f"sqlite:///{work / 'demo.db'}")
    result = run_demo(store, work, days=2, followers=800, seed=7)
    report = write_report(
        store, result.account_id, work / "report", clock=SandboxNetwork.load(result.state_path).time
    )
    yield store, result, report.parent
    store.dispose()


def _client(store: Store, result: DemoResult) -> TestClient:
    end = SandboxNetwork.load(result.state_path).time()
    settings = Settings(secret_key="test-secret-key-for-sessions", db_url="sqlite://")
    client = TestClient(create_app(store, settings, clock=lambda: end), base_url="https://t")
    r = client.post("/api/session", json={"name": "admin", "password": result.admin_password})
    assert r.status_code == 200, r.text
    return client


def _cell(html: str, label: str) -> int:
    match = re.search(re.escape(label) + r"</th><td>(-?\d+)</td>", html)
    assert match, label
    return int(match.group(1))


def test_summary_dashboard_api_and_report_agree(demo: tuple[Store, DemoResult, Path]) -> None:
    store, result, out = demo
    s = result.summary
    end = SandboxNetwork.load(result.state_path).time()
    with store.session() as session:
        overview = build_overview(session, result.account_id, end)
        analytics = account_analytics(session, result.account_id, end)
    client = _client(store, result)
    api = client.get("/api/metrics", params={"account": result.account_id}).json()
    retention = client.get("/api/retention", params={"account": result.account_id}).json()
    html = (out / "index.html").read_text(encoding="utf-8")
    # The demo closes with a full scan: the stored audience is the platform's.
    assert s.followers_end == s.followers_on_platform
    followers = {
        s.followers_end, overview.followers, analytics.counts.followers, api["followers"],
        retention["counts"]["followers"], analytics.summary["followers"],
    }  # fmt: skip
    assert followers == {s.followers_end}
    assert s.new_followers > 0 and s.unfollowers > 0
    assert {s.new_followers, overview.gained, api["gained"], retention["counts"]["arrivals"]} == {
        _cell(html, "New followers (arrivals)")
    }
    assert {s.unfollowers, overview.unfollowed, api["unfollowed"]} == {
        _cell(html, "Unfollowed (chose to leave)")
    }
    assert {s.purged, overview.purged, api["purged"]} == {
        _cell(html, "Purged by the platform (suspended, deleted, moved, blocked)")
    }
    assert {s.deactivated, overview.deactivated, api["deactivated"]} == {_cell(html, "Deactivated")}
    assert s.departures == overview.lost == api["lost"] == retention["counts"]["departures"]
    assert s.departures == s.unfollowers + s.purged + s.deactivated
    assert (
        s.last_full_scan_at == api["last_full_scan_at"] == retention["counts"]["last_full_scan_at"]
    )
    page = client.get("/", params={"account": result.account_id}).text
    assert (
        'id="stat-last-full-scan"' in page
        and "never" not in page.split("stat-last-full-scan")[1][:40]
    )


def test_retention_page_and_csvs_are_the_reports(demo: tuple[Store, DemoResult, Path]) -> None:
    store, result, out = demo
    client = _client(store, result)
    page = client.get("/retention", params={"account": result.account_id})
    assert page.status_code == 200
    report_html = (out / "index.html").read_text(encoding="utf-8")
    # The experiment's answer (the demo holds out a fifth of eligible followers).
    with store.session() as session:
        exp = account_analytics(
            session, result.account_id, SandboxNetwork.load(result.state_path).time()
        ).experiment
    assert exp.status != "not_running" and exp.arms[1].assigned > 0
    headline = exp.headline.replace("'", "&#39;")
    assert headline in page.text and headline in report_html
    for name in RETENTION_FILES:
        download = client.get(f"/retention/{name}", params={"account": result.account_id})
        assert download.status_code == 200
        assert download.headers["content-type"].startswith("text/csv")
        assert download.content == (out / name).read_bytes(), name
        assert f"/retention/{name}?account={result.account_id}" in page.text
    assert client.get("/retention/nope.csv").status_code == 404
    cohorts = (out / "cohorts_by_week.csv").read_text(encoding="utf-8").splitlines()
    assert len(cohorts) > 1  # the files compared carry data, not only headers
