"""The retention analyses kept by the service are the figures the page computed at request
time, to the last digit; they are recomputed when a sync or a setting makes them out of
date, the service computes them, forgetting a person drops them, and the migration that
adds their table goes up and down, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
from alembic import command
from sqlalchemy import inspect

import followback.workers.jobs  # noqa: F401 - the built-in jobs, registered before one is swapped
from followback.actions.datacare import forget_person
from followback.connectors.sandbox import SandboxNetwork
from followback.domain import FollowMode, Platform
from followback.services.demo import run_demo
from followback.services.report import (
    RETENTION_FILES,
    account_analytics,
    retention_csv,
    retention_html,
    write_csv_text,
)
from followback.services.retention_analyses import refresh_stale, retention_page
from followback.store import AccountRepo, Store
from followback.store.edges import EdgeRepo
from followback.store.engine import _alembic_config
from followback.store.retention_analyses import KeptAnalyses, RetentionAnalysisRepo
from followback.store.tracking_queries import load_experiment
from followback.workers import base
from followback.workers.base import job
from followback.workers.service import ServiceOptions, run_service


@pytest.fixture
def demo(store: Store, tmp_path: Path) -> tuple[Store, int, datetime]:
    result = run_demo(store, tmp_path, days=2, followers=300, seed=5, step_hours=3)
    return store, result.account_id, SandboxNetwork.load(result.state_path).time()


def _kept(store: Store, account_id: int) -> KeptAnalyses | None:
    with store.read() as s:
        return RetentionAnalysisRepo(s).get(account_id)


def test_kept_analyses_are_the_request_time_figures_and_refresh_when_out_of_date(
    demo: tuple[Store, int, datetime],
) -> None:
    store, aid, end = demo
    with store.read() as s:
        before = account_analytics(s, aid, end)  # what the page computed on each view
        account = AccountRepo(s).get(aid)
        assigned = load_experiment(s, aid).height
    assert assigned > 0 and before.counts.arrivals > 0, "the demo runs the experiment"
    assert _kept(store, aid) is None

    assert refresh_stale(store, clock=lambda: end) == [aid]
    kept = _kept(store, aid)
    assert kept is not None and kept.analyses is not None
    got = kept.analyses
    # Every figure: the encoded analyses, each CSV download, the page's section, the tables.
    assert got.same_as(before.retention)
    for name in RETENTION_FILES:
        assert write_csv_text(*retention_csv([(account, got)], name)) == write_csv_text(
            *retention_csv([(account, before.retention)], name)
        ), name
    assert retention_html(got) == retention_html(before.retention)
    assert got.cohorts.schema == before.cohorts.schema and got.cohorts.equals(before.cohorts)
    assert got.experiment.cohorts.equals(before.experiment.cohorts)
    assert (got.experiment.arms, got.experiment.looks) == (
        before.experiment.arms,
        before.experiment.looks,
    )

    # Current: nothing to do, and the page reads them without computing.
    assert refresh_stale(store, clock=lambda: end) == []
    page = retention_page(store, aid, clock=lambda: end, inline=False)
    assert page.state == "current" and page.kept and page.kept.computed_at == kept.computed_at

    # A later sync makes them out of date: the page says so for a large account (it
    # shows the kept ones), and the service's refresh recomputes them as of that sync.
    later = end + timedelta(hours=1)
    with store.session() as s:
        EdgeRepo(s).record_metric_snapshot(aid, later, before.counts.followers, 0)
    page = retention_page(store, aid, clock=lambda: later, inline=False)
    assert page.state == "stale" and page.kept and page.kept.computed_at == kept.computed_at
    assert refresh_stale(store, clock=lambda: later) == [aid]
    again = _kept(store, aid)
    assert again is not None and again.synced_at == later and again.as_of == later
    assert refresh_stale(store, clock=lambda: later) == []
    # Another SLA setting: out of date again.
    assert refresh_stale(store, clock=lambda: later, sla_minutes=30) == [aid]
    with store.read() as s:
        fresh = account_analytics(s, aid, later, sla_minutes=30)
    final = _kept(store, aid)
    assert final is not None and final.analyses is not None
    assert final.analyses.same_as(fresh.retention)

    # Forgetting a person drops the kept analyses (the next refresh leaves them out).
    with store.read() as s:
        someone = load_experiment(s, aid)["remote_id"][0]
    forget_person(store, f"sandbox:{someone}")
    assert _kept(store, aid) is None


@job
class _QuietCycle:
    """A cycle with nothing new (the refresh under test reads only the database)."""

    name: ClassVar[str] = "test_quiet_cycle"

    async def __call__(self, store: Store, connector: Any, account_id: int, *, clock: Any) -> None:
        return None


class _NoPlatform:
    platform = Platform.SANDBOX
    capabilities = None

    async def aclose(self) -> None:
        return None


def test_the_service_computes_them(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with store.session() as s:
        aid = AccountRepo(s).add(Platform.SANDBOX, "brand", "brand", FollowMode.AUTO)
        EdgeRepo(s).record_metric_snapshot(aid, datetime(2026, 11, 2, tzinfo=UTC), 0, 0)
    monkeypatch.setitem(base.JOBS, "cycle", _QuietCycle)  # type: ignore[type-abstract]
    # A stopping service leaves the rest for its next start.
    assert refresh_stale(store, clock=lambda: datetime.now(UTC), stopping=lambda: True) == []
    assert _kept(store, aid) is None

    def run_once() -> KeptAnalyses | None:
        summary = asyncio.run(
            run_service(
                store,
                ServiceOptions(once=True, queue=False),
                connector_factory=lambda _s, _a: _NoPlatform(),
                install_signals=False,
            )
        )
        assert summary.outcomes == {"ok": 1}
        return _kept(store, aid)

    kept = run_once()
    assert kept is not None and kept.analyses is not None
    assert kept.synced_at == kept.as_of == datetime(2026, 11, 2, tzinfo=UTC)
    with store.read() as s:
        assert kept.analyses.same_as(account_analytics(s, aid, kept.computed_at).retention)
    again = run_once()  # nothing synced since: kept as they were
    assert again is not None and again.computed_at == kept.computed_at


def test_the_migration_goes_up_and_down(store: Store) -> None:
    config = _alembic_config(store.engine)
    command.downgrade(config, "0021_conversation_last_outbound")
    assert "retention_analyses" not in inspect(store.engine).get_table_names()
    command.upgrade(config, "head")
    columns = {c["name"] for c in inspect(store.engine).get_columns("retention_analyses")}
    assert {"brand_account_id", "computed_at", "as_of", "synced_at", "payload"} <= columns
