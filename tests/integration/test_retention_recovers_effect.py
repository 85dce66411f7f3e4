"""On sandbox data with a known effect, the survival comparison recovers it.

The sandbox makes followers who are not followed back leave ``not_followed_back_factor``
times faster. Followback syncs the account for a few simulated days, a random half of
new followers is followed back, and Cox regression on the stored follow edges must put
the set factor inside its 95 % confidence interval.
"""

from __future__ import annotations

import asyncio

import numpy as np

from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import FollowMode, Platform
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store
from followback.store.edges import EdgeRepo
from followback.store.tracking_queries import load_survival_edges
from followback.tracking.retention import compare_followback

FACTOR = 3.0


def test_cox_on_synced_edges_recovers_the_sandbox_hazard_ratio(sqlite_store: Store) -> None:
    store = sqlite_store
    net = SandboxNetwork(seed=21)
    params = WorldParams(
        new_followers_per_day=380,
        leave_rate_per_day=0.08,
        not_followed_back_factor=FACTOR,
        messages_per_day=0,
    )
    net.add_brand("acme", followers=100, params=params)
    conn = net.connector("acme")
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    rng = np.random.default_rng(0)

    async def run() -> None:
        await sync_account(store, conn, account_id, clock=net.time)
        for _ in range(6 * 12):  # six days, a sync every two hours, full every other one
            net.advance(2)
            report = await sync_account(store, conn, account_id, clock=net.time, full_every=2)
            chosen = [r for r in report.new_followers if rng.uniform() < 0.5]
            for rid in chosen:
                await conn.follow(rid)
            with store.session() as s:
                for rid in chosen:
                    EdgeRepo(s).record_brand_follow(account_id, rid, net.time())

    asyncio.run(run())
    assert net.world("acme").limit_violations == 0
    with store.session() as s:
        edges = load_survival_edges(s, account_id, net.time())
    result = compare_followback(edges, net.time())
    assert result.ok, result.message
    assert sum(g.n for g in result.groups) > 1500
    assert result.hazard_ratio_lower is not None and result.hazard_ratio_upper is not None
    assert result.hazard_ratio_lower <= FACTOR <= result.hazard_ratio_upper, result.message
    assert result.hazard_ratio_lower > 1.5  # the effect is detected, not just "not excluded"
    assert result.logrank_p is not None and result.logrank_p < 0.001
