"""The tracking report: HTML with real plots and CSV exports; the sync and report commands."""

from __future__ import annotations

import asyncio
import csv
import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from followback.cli.main import app
from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import FollowMode, Platform, UserError
from followback.services.report import account_analytics, write_report
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store, open_store
from followback.store.edges import EdgeRepo

PARAMS = WorldParams(new_followers_per_day=240, leave_rate_per_day=0.05, messages_per_day=0)


def _simulate(store: Store, days: int = 3) -> tuple[SandboxNetwork, int]:
    net = SandboxNetwork(seed=9)
    net.add_brand("acme", followers=400, params=PARAMS)
    conn = net.connector("acme")
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    rng = random.Random(1)

    async def run() -> None:
        await sync_account(store, conn, account_id, clock=net.time)
        for _ in range(days * 6):
            net.advance(4)
            report = await sync_account(store, conn, account_id, clock=net.time, full_every=3)
            chosen = [r for r in report.new_followers if rng.random() < 0.5]
            for rid in chosen:
                await conn.follow(rid)
            with store.session() as s:
                for rid in chosen:
                    EdgeRepo(s).record_brand_follow(account_id, rid, net.time())

    asyncio.run(run())
    return net, account_id


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_report_has_real_plots_and_csv_exports(store: Store, tmp_path: Path) -> None:
    net, _ = _simulate(store)
    index = write_report(store, None, tmp_path / "out", clock=net.time)
    html = index.read_text(encoding="utf-8")
    assert index.name == "index.html"
    # followers, ratio, churn, inactive; experiment, observational follow-back, SLA
    assert html.count("<svg") >= 7
    assert "<path" in html  # the plots draw data, not only axes
    assert "acme" in html and "Experiment: does following back keep followers?" in html
    assert "No experiment is running" in html  # this account holds nobody out
    assert "Observational, adjusted for" in html
    daily = _rows(tmp_path / "out" / "daily_metrics.csv")
    assert len(daily) >= 3 and {"followers", "churn_rate", "net_growth"} <= set(daily[0])
    assert sum(int(r["new_followers"]) for r in daily) > 0
    events = _rows(tmp_path / "out" / "follow_events.csv")
    assert {"followed", "unfollowed"} <= {r["kind"] for r in events}
    edges = _rows(tmp_path / "out" / "follow_edges.csv")
    assert {"follower", "following"} == {r["direction"] for r in edges}
    assert any(r["via"] == "baseline" for r in edges)
    assert _rows(tmp_path / "out" / "metric_snapshots.csv")
    curves = _rows(tmp_path / "out" / "retention_curves.csv")
    assert {r["comparison"] for r in curves} >= {"observational_followback"}
    cohorts = _rows(tmp_path / "out" / "cohorts_by_week.csv")
    assert sum(int(r["arrived"]) for r in cohorts) > 0


def test_analytics_numbers_match_the_sandbox(store: Store) -> None:
    net, account_id = _simulate(store, days=2)
    world = net.world("acme")
    with store.session() as s:
        a = account_analytics(s, account_id, net.time())
    # The last sync was full (every third), so the stored audience is the network's.
    assert a.summary["followers"] == world.active_count()
    assert a.summary["following"] == len(world.following)
    assert 0 < a.summary["reciprocity_followers"] < 1
    assert a.summary["activity_known"] == world.active_count()
    assert set(a.figures_svg()) == {
        "followers", "ratio", "churn", "inactive", "experiment", "survival", "sla",
    }  # fmt: skip
    assert a.counts.followers == world.active_count()
    assert a.totals["new_followers"] == a.counts.arrivals > 0


def test_report_into_a_file_path_is_refused(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="not a directory"):
        write_report(store, None, target, clock=lambda: SandboxNetwork().time())


def test_sync_and_report_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    saved = tmp_path / "world.pickle"
    net = SandboxNetwork(seed=4)
    net.add_brand("acme", followers=250, params=PARAMS)
    net.save(saved)
    store = open_store(db)
    with store.session() as s:
        AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO, server=str(saved))
    store.dispose()
    runner = CliRunner()
    first = runner.invoke(app, ["sync", "acme", "--json", "--db", db])
    assert first.exit_code == 0, first.output
    data = json.loads(first.output)
    assert data["full"] and data["followers"] == 250 and data["calls"] > 0
    table = runner.invoke(app, ["sync", "--full", "--db", db])
    assert table.exit_code == 0, table.output
    assert "Follower sync" in table.output and "full" in table.output
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", "--output", str(out), "--account", "acme", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out / "index.html")
    assert "<svg" in (out / "index.html").read_text(encoding="utf-8")
