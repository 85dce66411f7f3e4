"""Fake support desks (screening/impersonation.py): desks hit, people who work in support
not; the brand's name makes it stronger; the brand itself and verified accounts never."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from followback.domain import Platform, Profile
from followback.engine.policy import scorer_for_brand
from followback.screening import BrandIdentity
from followback.screening.impersonation import brand_tokens, impersonation_exprs
from followback.screening.model import BrandScorer, load_default_scorer

SEEN = datetime(2026, 11, 30, tzinfo=UTC)
BRAND = BrandIdentity.of(["acmeshop.bsky.social"], ["Acme Shop"], ["did:plc:acme"])


def _signals(
    handle: str, name: str, bio: str, brand: BrandIdentity | None = BRAND
) -> dict[str, float]:
    df = pl.DataFrame({"handle": [handle], "display_name": [name], "bio": [bio],
                       "user_id": ["did:plc:x"]})  # fmt: skip
    row = df.select(impersonation_exprs(df, brand)).row(0, named=True)
    return {k: float(v) for k, v in row.items()}


def test_brand_tokens_name_the_brand_and_skip_generic_words() -> None:
    assert brand_tokens(BRAND) == ("acmeshop", "acme")
    tokens = brand_tokens(BrandIdentity.of(["@the_store99@mastodon.social"], ["The Store"], []))
    assert tokens == ("thestore", "thestore99")  # "the" and "store" alone match anyone


@pytest.mark.parametrize(
    ("handle", "name", "bio"),
    [
        ("mira.bsky.social", "Mira Okafor", "Support engineer at Initech. Cats and bread."),
        ("jo.bsky.social", "Jo Byrne", "I do customer care for a living, and bake on weekends"),
        ("kofi.bsky.social", "Kofi", "Supporting local artists since 2009"),
        ("sam.bsky.social", "Sam · customer success manager at Acme", "Opinions mine."),
        ("dave.bsky.social", "Dave | IT support", "Fixing printers since 1998."),
        ("dave2.bsky.social", "Dave | tech support", "Fixing my parents' printer since 1998."),
        ("jo2.bsky.social", "Jo Smith - Customer Service", "Mum of two, runner."),
        ("lina.bsky.social", "Bakery Lina", "DM us for custom cakes! Open 7-19."),
        ("fan.bsky.social", "Acme fan 🎧", "Using their stuff for years. Not affiliated."),
        ("aiko.bsky.social", "Aiko", "Je travaille au service client d'une banque."),
        ("selfcare.bsky.social", "Rosa", "Therapist. Here to help, one session at a time."),
        ("ines.bsky.social", "Ines", "Never share your seed phrase with anyone. Security nerd."),
    ],
)
def test_people_who_work_in_support_or_say_the_words_are_not_hit(
    handle: str, name: str, bio: str
) -> None:
    assert _signals(handle, name, bio) == {
        "support_desk": 0.0, "support_bait": 0.0, "support_brand": 0.0, "brand_official": 0.0,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("handle", "name", "bio", "expected"),
    [
        ("acme-helpdesk.bsky.social", "Acme Support Team",
         "24/7 help desk, DM us your order number", (1, 1, 1)),
        ("acmecare.bsky.social", "Acme Care", "Official help.", (1, 0, 1)),
        ("soporte1.bsky.social", "Soporte Técnico Acme", "Escríbenos por DM", (1, 1, 1)),
        ("kd.bsky.social", "Kundenservice | Acme", "Kontaktiere uns, 24/7 erreichbar.", (1, 1, 1)),
        ("carecenter.bsky.social", "Customer Care Center",
         "Account locked? Send us a message, we're online around the clock.", (1, 1, 0)),
        ("walletfix.bsky.social", "Wallet Recovery Desk", "Lost funds? DM us.", (1, 1, 0)),
        ("ana.bsky.social", "Ana", "DM us to validate your wallet with its 12-word phrase",
         (0, 1, 0)),
        ("acmeshop-support.bsky.social", "Helen", "We answer fast.", (1, 0, 1)),
        ("acme-cc.bsky.social", "Acme | Customer Care", "Message us here.", (1, 1, 1)),
        ("cc.bsky.social", "Customer Care | Help", "DM us your order number.", (1, 1, 0)),
    ],
)  # fmt: skip
def test_support_desks_are_hit_and_the_brand_name_is_named(
    handle: str, name: str, bio: str, expected: tuple[int, int, int]
) -> None:
    got = _signals(handle, name, bio)
    assert (got["support_desk"], got["support_bait"], got["support_brand"]) == expected


def test_without_a_brand_a_desk_still_counts_but_bears_no_brand() -> None:
    got = _signals("acme-helpdesk.bsky.social", "Acme Support Team", "DM us", brand=None)
    assert got == {
        "support_desk": 1.0,
        "support_bait": 1.0,
        "support_brand": 0.0,
        "brand_official": 0.0,
    }


def test_the_brand_itself_and_verified_accounts_are_never_desks() -> None:
    assert _signals("acmeshop.bsky.social", "Acme Support", "DM us")["support_desk"] == 0.0
    df = pl.DataFrame({"handle": ["acme-help.bsky.social"], "display_name": ["Acme Support"],
                       "bio": ["DM us"], "user_id": ["did:plc:y"], "verified": [True]})  # fmt: skip
    assert not any(df.select(impersonation_exprs(df, BRAND)).row(0))
    own = pl.DataFrame({"handle": ["acme-care.bsky.social"], "display_name": ["Acme Care"],
                        "bio": [""], "user_id": ["did:plc:acme"]})  # fmt: skip
    assert not any(own.select(impersonation_exprs(own, BRAND)).row(0))


def _person(**kw: object) -> Profile:
    base: dict[str, object] = {
        "platform": Platform.BLUESKY, "remote_id": "did:plc:x", "handle": "x.bsky.social",
        "observed_at": SEEN, "created_at": SEEN - timedelta(days=1), "followers_count": 3,
        "following_count": 12, "posts_count": 3, "has_avatar": True,
    }  # fmt: skip
    base.update(kw)
    return Profile(**base)  # type: ignore[arg-type]


def test_a_complete_desk_bearing_the_brand_name_is_screened_out_with_a_plain_reason() -> None:
    desk = _person(handle="acme-helpdesk.bsky.social", display_name="Acme Support Team",
                   bio="24/7 help desk, DM us your order number or wallet phrase")  # fmt: skip
    worker = _person(handle="mira.bsky.social", display_name="Mira Okafor",
                     bio="Support engineer at Acme. Cats and bread.")  # fmt: skip
    scorer = scorer_for_brand(load_default_scorer(), BRAND)
    assert isinstance(scorer, BrandScorer)
    scored = scorer.score_profiles([desk, worker])
    assert scored[0].bot_score > 0.75  # screened out
    assert scored[0].reasons[0].text == "− calls itself a support desk and is not the brand"
    assert scored[1].bot_score < 0.35  # recommended
    assert not any("support desk" in r.text for r in scored[1].reasons)


def test_a_desk_of_no_brand_needs_at_least_a_look() -> None:
    desk = _person(handle="helpcentre.bsky.social", display_name="Help Centre",
                   bio="Official help desk for all your account questions.")  # fmt: skip
    score = load_default_scorer().score_profiles([desk])[0]
    assert score.bot_score >= 0.35
    assert any(r.text == "− calls itself a support desk" for r in score.reasons)


def test_scorers_that_take_no_brand_are_left_as_they_are() -> None:
    class Plain:
        def score_profiles(self, profiles: object) -> list[object]:
            return []

    plain = Plain()
    assert scorer_for_brand(plain, BRAND) is plain  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("Acme Shop ✔ Official", 1.0),
        ("The REAL Acme", 1.0),
        ("Acme Oficial", 1.0),
        ("Acme fan (not official)", 0.0),
        ("Acme fan club ✅", 0.0),
        ("Acme lover", 0.0),
        ("Official Rosa", 0.0),  # no brand name
    ],
)
def test_the_brands_name_with_a_claim_to_be_its_official_account(
    name: str, official: float
) -> None:
    got = _signals("someone.bsky.social", name, "Claim your free pair, link below")
    assert got["brand_official"] == official
    assert got["support_brand"] == 0.0


def test_an_official_claim_is_worded_and_screened_out() -> None:
    fake = _person(handle="acme-real.bsky.social", display_name="Acme Shop ✔ Official",
                   bio="The REAL official account. Claim your free pair, link below")  # fmt: skip
    score = scorer_for_brand(load_default_scorer(), BRAND).score_profiles([fake])[0]
    assert score.bot_score > 0.75
    assert score.reasons[0].text == (
        "− calls itself the brand's official account and is not the brand"
    )
