"""A follower whose name starts with the brand's whole name waits for a person (session 15)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followback.domain import Platform, Profile
from followback.screening.brand_name import names_brand
from followback.screening.impersonation import BrandIdentity

AT = datetime(2026, 12, 1, tzinfo=UTC)
BRAND = BrandIdentity.of(["kutahyacini.bsky.social"], ["Kütahya Çini"], ["did:plc:brand"])


def _p(name: str, handle: str = "someone.bsky.social", **kw: object) -> Profile:
    return Profile(Platform.BLUESKY, f"did:plc:{handle}", handle, AT, display_name=name, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "handle"),
    [
        ("Kütahya Çini Müşteri Destek", "destek-hatti.bsky.social"),  # a desk, in Turkish
        ("KÜTAHYA ÇİNİ 🎁 Yılbaşı Çekilişi", "cekilis2026.bsky.social"),  # a giveaway
        ("Kütahya Çini", "kutahya-cini-shop.bsky.social"),  # a clone of the name
        ("Ayşe", "kutahyacini-destek.bsky.social"),  # the handle carries it
        ("Kutahya Cini Destek", "destek.bsky.social"),  # written without the accents
    ],
)
def test_a_name_that_starts_with_the_brand_s_wants_a_look(name: str, handle: str) -> None:
    (reason,) = names_brand(_p(name, handle), BRAND)
    assert reason.rule == "brand:named"
    assert reason.text == "− its name carries the brand's name (Kütahya Çini)"


@pytest.mark.parametrize(
    ("name", "handle", "kw"),
    [
        ("Ayşe from Kütahya Çini's workshop class", "ayse.bsky.social", {}),  # not first
        ("Kütahya Belediyesi", "kutahya-bld.bsky.social", {}),  # the city, not the brand
        ("Kütahya Çini", "kutahyacini.bsky.social", {}),  # the brand itself
        ("Kütahya Çini Official", "kc-official.bsky.social", {"verified": True}),  # vouched
    ],
)
def test_others_and_the_brand_itself_are_not_named(
    name: str, handle: str, kw: dict[str, object]
) -> None:
    assert names_brand(_p(name, handle, **kw), BRAND) == ()


def test_a_short_brand_name_names_nobody() -> None:
    # "Lyon" starts too many people's names to say anything.
    short = BrandIdentity.of(["lyon.social"], ["Lyon"], ["1"])
    assert names_brand(_p("Lyon Bakery", "lyonbakery.social"), short) == ()
