"""The overview: audience figures, growth and churn from the store, drawn as SVG charts."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from followback.store import Store
from followback.store.edges import EdgeRepo
from followback.web.charts import bar_chart, line_chart

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the seeded store's clock (conftest)


def test_metrics_come_from_the_follow_edges_and_events(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    m = client_as("vic").get("/api/metrics", params={"account": seeded.mastodon_id}).json()
    assert m["followers"] == 4  # five arrived, one left
    assert m["gained"] == 5 and m["lost"] == 1 and m["growth"] == 4
    assert m["churn"] is None  # nobody followed at the start of the window: no churn rate
    assert m["inactive_share"] is None  # no sync has counted the followers' activity yet
    by_day = {d["day"]: d for d in m["daily"]}
    gone = (datetime(2026, 11, 18, tzinfo=UTC)).date().isoformat()
    assert by_day[gone]["lost"] == 1


def test_inactive_share_is_the_latest_syncs_count(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    """The share of followers with no post in 90 days is what the latest sync counted
    (the report's figure), not a join of every follower with a profile."""
    with store.session() as s:
        edges = EdgeRepo(s)
        for at, inactive in ((NOW - timedelta(days=1), 1), (NOW - timedelta(hours=1), 3)):
            activity = {"known": 4, "inactive_30d": inactive, "inactive_90d": inactive}
            edges.record_metric_snapshot(seeded.mastodon_id, at, 4, 0, {"activity": activity})
    m = client_as("vic").get("/api/metrics", params={"account": seeded.mastodon_id}).json()
    assert m["inactive_share"] == 0.75
    everyone = client_as("vic").get("/api/metrics").json()
    assert everyone["inactive_share"] == 0.75  # the other accounts have no count yet


def test_overview_page_draws_charts_with_data(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    html = client_as("vic").get("/", params={"account": seeded.mastodon_id}).text
    assert '<span class="value" id="stat-followers">4</span>' in html
    points = [int(p) for p in re.findall(r'data-points="(\d+)"', html)]
    assert len(points) == 4 and points[0] >= 2  # followers, flow, response, volume
    assert "<polyline" in html and 'class="series"' in html


def test_response_time_appears_once_a_complaint_is_answered(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    client = client_as("gus")
    before = client.get("/api/metrics").json()
    assert before["answered"] == 0 and before["median_response_minutes"] is None
    client.post(f"/api/inbox/{seeded.conversation_id}/reply", json={"text": "On it!"})
    after = client.get("/api/metrics").json()
    assert after["answered"] == 1
    assert after["median_response_minutes"] == 90.0  # opened 90 minutes before the reply


def test_line_chart_scales_points_into_the_frame() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    svg = str(
        line_chart([(t0, 10), (t0 + timedelta(days=1), 20), (t0 + timedelta(days=2), 15)], "t")
    )
    coords = re.search(r'<polyline[^>]* points="([^"]+)"', svg)
    assert coords is not None
    xs = [float(p.split(",")[0]) for p in coords.group(1).split()]
    ys = [float(p.split(",")[1]) for p in coords.group(1).split()]
    assert xs == sorted(xs) and len(xs) == 3
    assert ys[1] < ys[2] < ys[0]  # higher values are drawn higher up (smaller y)


def test_charts_without_data_say_so_and_escape_titles() -> None:
    assert "No data yet" in str(line_chart([], "<script>"))
    assert "<script>" not in str(line_chart([], "<script>"))
    day = datetime(2026, 1, 1, tzinfo=UTC)
    assert "No data yet" in str(bar_chart([day], [0], [0], "flow"))
    assert str(bar_chart([day], [3], [1], "flow")).count("<rect") == 2
