"""Bulk writes of follow edges: COPY on PostgreSQL, batched transactions during a scan."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import Direction, FollowMode, Platform, TransientError
from followback.services import sync as sync_module
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store
from followback.store import edges as edges_module
from followback.store.edges import EdgeRepo
from followback.store.tables import FollowEdgeRow, FollowEventRow

AT = datetime(2026, 11, 1, tzinfo=UTC)


def _account(store: Store) -> int:
    with store.session() as s:
        return AccountRepo(s).add(Platform.X, "big", "1", FollowMode.REVIEW)


def test_a_large_batch_opens_only_the_edges_not_already_active(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    account_id = _account(store)
    copies: list[int] = []
    real_stage = edges_module.stage_arrivals

    def spy(session: Any, *args: Any, **kw: Any) -> list[str]:
        copies.append(len(args[2]))
        return real_stage(session, *args, **kw)

    monkeypatch.setattr(edges_module, "stage_arrivals", spy)
    with store.session() as s:
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [(str(i), AT) for i in range(100)], seen_at=AT, via="t"
        )
    later = AT + timedelta(days=1)
    batch = [(str(i), later) for i in range(50, 1050)] + [("7", later)]  # a repeat too
    with store.session() as s:
        opened = EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, batch, seen_at=later, via="t"
        )
    assert sorted(opened, key=int) == [str(i) for i in range(100, 1050)]
    with store.session() as s:
        edges = s.scalar(select(func.count()).select_from(FollowEdgeRow))
        events = s.scalar(select(func.count()).select_from(FollowEventRow))
        first = s.scalar(select(FollowEdgeRow.first_seen).where(FollowEdgeRow.remote_id == "999"))
        kept = s.scalar(select(FollowEdgeRow.first_seen).where(FollowEdgeRow.remote_id == "60"))
    assert edges == 1050 and events == 1050
    assert first == later and kept == AT  # an active edge keeps its first sighting
    assert copies == [1001]  # the big batch took the bulk path, the small one did not


def test_the_bulk_path_keeps_ids_that_copy_text_would_escape(store: Store) -> None:
    account_id = _account(store)
    odd = ["tab\there", "back\\slash", "new\nline", "did:plc:é", "' OR 1=1 --"]
    ids = [str(i) for i in range(300)] + odd
    with store.session() as s:
        opened = EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [(r, AT) for r in ids], seen_at=AT, via="t"
        )
        again = EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [(r, AT) for r in ids], seen_at=AT, via="t"
        )
        stored = set(s.scalars(select(FollowEdgeRow.remote_id)))
        seen = s.scalar(select(func.min(FollowEdgeRow.first_seen)))
    assert sorted(opened) == sorted(ids) and again == [] and stored == set(ids)
    assert seen == AT


def test_a_full_scan_writes_arrivals_in_batches_not_page_by_page(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiet = WorldParams(new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0)
    net = SandboxNetwork(seed=3)
    net.add_brand("acme", followers=2_500, params=quiet)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    calls: list[int] = []
    real = EdgeRepo.record_arrivals

    def spy(self: EdgeRepo, account: int, direction: Direction, arrivals: Any, **kw: Any) -> Any:
        if direction is Direction.FOLLOWER:
            calls.append(len(arrivals))
        return real(self, account, direction, arrivals, **kw)

    monkeypatch.setattr(EdgeRepo, "record_arrivals", spy)
    monkeypatch.setattr(sync_module, "ARRIVAL_BATCH", 1_000)
    conn = net.connector("acme")
    conn.capabilities = replace(conn.capabilities, page_size=100)  # 25 pages
    report = asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    assert report.followers == 2_500
    assert [n for n in calls if n] == [1_000, 1_000, 500]


# Only PostgreSQL plans from table statistics, so the test runs on that backend alone.
@pytest.mark.parametrize("store", [pytest.param("postgres", marks=pytest.mark.pg)], indirect=True)
def test_a_first_import_refreshes_the_planner_statistics(store: Store) -> None:
    quiet = WorldParams(new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0)
    net = SandboxNetwork(seed=4)
    net.add_brand("acme", followers=1_500, params=quiet)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    conn = net.connector("acme")
    asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    with store.session() as s:
        analysed = s.scalar(
            text(
                "SELECT last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL"
                " FROM pg_stat_user_tables WHERE relname = 'follow_edges'"
                " AND schemaname = current_schema()"
            )
        )
        estimate = s.scalar(
            text("SELECT reltuples FROM pg_class WHERE oid = 'follow_edges'::regclass")
        )
    assert analysed
    assert estimate is not None and estimate >= 1_000  # the planner knows the table's size


def _fail_after(conn: Any, pages: int) -> None:
    """Make ``conn``'s follower listing fail once, after ``pages`` pages (a killed import)."""
    real = conn.list_followers
    calls = {"n": 0}

    async def listing(cursor: str | None = None) -> Any:
        calls["n"] += 1
        if calls["n"] == pages + 1:
            raise TransientError("connection lost mid-import")
        return await real(cursor)

    conn.list_followers = listing


def test_an_import_that_dies_halfway_is_redone_without_duplicates_or_lost_events(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiet = WorldParams(new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0)
    net = SandboxNetwork(seed=6)
    net.add_brand("acme", followers=2_500, params=quiet)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    monkeypatch.setattr(sync_module, "ARRIVAL_BATCH", 1_000)
    conn = net.connector("acme")
    conn.capabilities = replace(conn.capabilities, page_size=100)
    _fail_after(conn, 15)  # two batches written, the third half-read
    with pytest.raises(TransientError):
        asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    with store.session() as s:
        assert EdgeRepo(s).count_active(account_id, Direction.FOLLOWER) == 1_000
    first = asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    assert first.baseline and first.followers == 2_500
    # A reconcile that dies with arrivals half written: the redo opens each once, with
    # one "followed" event each.
    for rid in range(8_000_000, 8_001_500):
        net.peer_follow("acme", rid)
    net.advance(1)
    _fail_after(conn, 20)
    with pytest.raises(TransientError):
        asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    second = asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    with store.session() as s:
        rows = s.execute(
            select(FollowEdgeRow.remote_id, func.count())
            .where(FollowEdgeRow.ended_at.is_(None), FollowEdgeRow.direction == "follower")
            .group_by(FollowEdgeRow.remote_id)
        ).all()
        events = s.execute(
            select(FollowEventRow.remote_id, func.count())
            .where(FollowEventRow.kind == "followed")
            .group_by(FollowEventRow.remote_id)
        ).all()
    assert len(rows) == 4_000 and {n for _, n in rows} == {1}
    assert sorted(int(r) for r, _ in events) == list(range(8_000_000, 8_001_500))
    assert {n for _, n in events} == {1}
    assert second.followers == 4_000 and not second.baseline
