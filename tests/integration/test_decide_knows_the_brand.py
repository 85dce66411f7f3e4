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


def test_the_listening_keywords_name_the_brand_too(store: Store) -> None:
    # A snac brand shows no display name (snac shows the user name): the brand's name is
    # still known from what it listens for, joined into one word.
    from followback.screening.impersonation import brand_tokens
    from followback.services.profiles import brand_identity
    from followback.store.listening import ListenRepo

    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "verdanta08c73@snac.example", "7", FollowMode.REVIEW
        )
        ListenRepo(s).record(account_id, {"keywords": ["Verdant Soles"]}, by="test")
    with store.read() as s:
        brand = brand_identity(s, account_id)
    assert "verdantsoles" in brand_tokens(brand)
    assert "soles" not in brand_tokens(brand)  # a word of a phrase does not name it alone
