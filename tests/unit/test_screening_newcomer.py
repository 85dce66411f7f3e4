"""Not posted yet, following few, with a name or a bio: a newcomer (session 20)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from followback.domain import Platform, Profile
from followback.screening.newcomer import NEWCOMER_FOLLOWS_UNDER, newcomer_evidence

AT = datetime(2026, 12, 2, tzinfo=UTC)


def _newcomer(following: int = 38, **kw: object) -> Profile:
    return replace(
        Profile(Platform.BLUESKY, "1", "aigerim.test", AT, display_name="Aigerim",
                following_count=following, followers_count=1),
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def test_a_named_newcomer_following_few_is_said_with_its_numbers() -> None:
    (reason,) = newcomer_evidence(_newcomer())
    assert reason.rule == "newcomer:few_follows"
    assert reason.text == (
        "+ follows 38 and has not posted yet, with a display name: a newcomer or a reader"
    )
    (both,) = newcomer_evidence(_newcomer(bio="reader of everything"))
    assert "with a display name and a bio" in both.text


def test_following_a_hundred_or_none_is_no_evidence() -> None:
    assert newcomer_evidence(_newcomer(NEWCOMER_FOLLOWS_UNDER - 1)) != ()
    assert newcomer_evidence(_newcomer(NEWCOMER_FOLLOWS_UNDER)) == ()
    assert newcomer_evidence(_newcomer(1_500)) == ()
    assert newcomer_evidence(_newcomer(0)) == ()  # it follows the brand: 0 is a blank


def test_a_bare_account_posts_or_hidden_counts_are_no_evidence() -> None:
    assert newcomer_evidence(_newcomer(display_name="  ")) == ()
    assert newcomer_evidence(_newcomer(display_name="", bio="mum of two")) != ()
    assert newcomer_evidence(_newcomer(posts_count=2)) == ()
    assert newcomer_evidence(_newcomer(counts_reported=False)) == ()
    # Posts of its own read this run: those are the evidence, not its silence.
    read = dict(recent_sampled=True, recent_posts_sampled=3)
    assert newcomer_evidence(_newcomer(**read, recent_repost_share=1 / 3)) == ()
    assert newcomer_evidence(_newcomer(**read, recent_repost_share=1.0)) != ()


def test_a_bio_that_sells_is_no_newcomer() -> None:
    # Words the model's lists lack: a price and a redirect, or a scam line, in any language.
    assert newcomer_evidence(_newcomer(bio="Работа на дому 15 000 ₸ в день, пиши 👇")) == ()
    assert newcomer_evidence(_newcomer(bio="100% fixed matches every weekend")) == ()
    assert newcomer_evidence(_newcomer(bio="Портреты на заказ, Алматы")) != ()
