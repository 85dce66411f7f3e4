"""Decide passes who the brand is (handles, names, remote ids) to a scorer that takes it,
so a follower posing as the brand's support desk can be told from the brand."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from engine_support import StubScore, StubScorer
from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import FollowMode, Platform, Profile
from followback.screening import BrandIdentity
from followback.services.decide import decide_account
from followback.store import AccountRepo, Store

QUIET = WorldParams(new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0)


class BrandRecorder(StubScorer):
    """A stub scorer that takes the brand, as the shipped model does (``for_brand``)."""

    def __init__(self) -> None:
        super().__init__()
        self.brands: list[BrandIdentity] = []

    def for_brand(self, brand: BrandIdentity) -> BrandRecorder:
        self.brands.append(brand)
        return self

    def score_profiles(self, profiles: Sequence[Profile]) -> list[StubScore]:
        return super().score_profiles(profiles)


def test_decide_gives_the_scorer_the_brands_handle_name_and_id(store: Store) -> None:
    from followback.services.sync import sync_account

    net = SandboxNetwork(seed=5)
    net.add_brand("acme", followers=5, params=QUIET)
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.SANDBOX, "acme", "brand1", FollowMode.REVIEW, name="Acme Shoes"
        )
    scorer = BrandRecorder()

    async def go() -> None:
        conn = net.connector("acme")
        await sync_account(store, conn, account_id, clock=net.time)
        await decide_account(store, conn, account_id, clock=net.time, scorer=scorer)

    asyncio.run(go())
    assert scorer.calls >= 1
    brand = scorer.brands[0]
    assert "acme" in brand.handles
    assert "Acme Shoes" in brand.names
    assert "brand1" in brand.remote_ids


def test_connect_keeps_the_brands_display_name(store: Store) -> None:
    with store.session() as s:
        repo = AccountRepo(s)
        account_id = repo.upsert(Platform.SANDBOX, "acme", "brand1", FollowMode.REVIEW)
        repo.upsert(Platform.SANDBOX, "acme", "brand1", FollowMode.REVIEW, name="Acme Shoes")
        repo.upsert(Platform.SANDBOX, "acme", "brand1", FollowMode.REVIEW)  # no name: kept
        assert repo.get(account_id).name == "Acme Shoes"
