"""A follower whose name or handle calls it a support desk in a language the model's desk
list lacks waits for a person (session 19)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followback.domain import Platform, Profile
from followback.screening.desk_name import names_desk

AT = datetime(2026, 12, 2, tzinfo=UTC)


def _p(name: str, handle: str = "someone.bsky.social", **kw: object) -> Profile:
    return Profile(Platform.BLUESKY, f"did:plc:{handle}", handle, AT, display_name=name, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "handle", "said"),
    [
        ("Vietcombank Hỗ Trợ", "vcb-xacthuc.bsky.social", "ho tro"),  # a bank's "support"
        ("Tổng đài CSKH Điện lực", "evn-247.bsky.social", "tong đai"),  # hotline, customer care
        ("Ayşe", "kargo-musteri-hizmetleri.bsky.social", "musteri hizmetleri"),  # the handle
        ("Служба поддержки Сбербанк", "sber-help.bsky.social", "служба поддержки"),
        ("PKO Obsługa Klienta", "pko-pomoc.bsky.social", "obsługa klienta"),
        ("PostNord Kundtjänst", "pn-sverige.bsky.social", "kundtjanst"),
        ("Banco SAC", "banco-atende.bsky.social", "sac"),
        ("쿠팡 고객센터", "cp-help.bsky.social", "고객센터"),
    ],
)
def test_a_desk_name_in_another_language_is_evidence(name: str, handle: str, said: str) -> None:
    (reason,) = names_desk(_p(name, handle))
    assert reason.rule == "desk:named" and reason.text.startswith("−")
    assert reason.text.endswith(f"({said})")


@pytest.mark.parametrize(
    "name",
    [
        "Hỗ trợ người nghèo Đà Nẵng",  # a charity's "support", not at the end of its name
        "Isaac Nguyễn",  # "sac" inside a name
        "Destekçi Ayşe",  # a word that starts like "destek"
        "Thu Trang",
        "Nhóm cứu hộ tình nguyện",  # a volunteer rescue team
    ],
)
def test_people_and_charities_are_no_desks(name: str) -> None:
    assert names_desk(_p(name)) == ()


def test_an_account_the_platform_verifies_is_no_evidence() -> None:
    assert names_desk(_p("Vietcombank Hỗ Trợ", verified=True)) == ()


def test_japanese_is_read_as_written() -> None:
    (reason,) = names_desk(_p("アマゾン サポート"))  # folding would drop the kana's marks
    assert reason.text.endswith("(サポート)")


@pytest.mark.parametrize(
    ("name", "said"),
    [("京东客服中心", "客服"), ("アマゾンサポート", "サポート"), ("쿠팡고객센터", "고객센터")],
)
def test_desk_words_of_languages_without_spaces_are_found_inside_a_name(
    name: str, said: str
) -> None:
    (reason,) = names_desk(_p(name))
    assert reason.text.endswith(f"({said})")
