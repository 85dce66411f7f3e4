"""A full reconcile records when it saw every active edge once, not on every row."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import FollowMode, Platform
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store
from followback.store.tables import FollowEdgeRow
from followback.store.tracking_queries import EDGE_COLUMNS, iter_edges, load_survival_edges

QUIET = WorldParams(
    new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0, messages_per_day=0
)


def test_a_full_reconcile_marks_edges_seen_without_rewriting_them(store: Store) -> None:
    net = SandboxNetwork(seed=11)
    net.add_brand("acme", followers=40, params=QUIET)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    conn = net.connector("acme")
    asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    first_scan = net.time()
    net.advance(1)
    newcomer = 7_000_001  # arrives between scans: not part of the baseline
    net.peer_follow("acme", newcomer)
    net.advance(1)
    asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    second_scan = net.time()
    leaver = int(net.world("acme").follower_ids[0])
    net.peer_unfollow("acme", leaver)
    net.advance(1)
    asyncio.run(sync_account(store, conn, account_id, clock=net.time, full=True))
    third_scan = net.time()

    with store.session() as s:
        stored = dict(
            (r.remote_id, r.last_seen)
            for r in s.execute(select(FollowEdgeRow.remote_id, FollowEdgeRow.last_seen))
        )
    # No row was rewritten by the later scans: each keeps the time it was opened...
    assert stored[str(newcomer)] == second_scan
    assert {stored[r] for r in stored if r not in (str(newcomer), str(leaver))} == {first_scan}
    # ...except the edge that ended, which keeps the last scan that listed it.
    assert stored[str(leaver)] == second_scan

    with store.read() as s:
        exported = {
            row[EDGE_COLUMNS.index("remote_id")]: row[EDGE_COLUMNS.index("last_seen")]
            for row in iter_edges(s, account_id)
        }
        survival = load_survival_edges(s, account_id, third_scan)
    assert exported[str(newcomer)] == third_scan  # active: seen by the last full scan
    assert exported[str(leaver)] == second_scan  # ended: its last sighting stays
    assert set(exported.values()) == {third_scan, second_scan}
    # Retention reads the same sightings (it leaves the baseline import out).
    assert survival["remote_id"].to_list() == [str(newcomer)]
    assert survival["last_seen"].to_list() == [third_scan]
    assert third_scan - second_scan == timedelta(hours=1)
