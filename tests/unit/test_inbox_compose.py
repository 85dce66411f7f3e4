"""Writing replies: variables, signatures and each platform's way of counting."""

from __future__ import annotations

import pytest

from followback.domain.errors import UserError
from followback.inbox.compose import (
    initials,
    measure,
    render_saved_reply,
    sign,
    validate_saved_reply,
)


def test_saved_reply_fills_the_variables() -> None:
    text = render_saved_reply(
        "Hi {first_name}, {agent} here from {brand}. DM us? {handle}",
        display_name="Ana María López",
        handle="ana.bsky.social",
        agent="gus",
        brand="Acme",
    )
    assert text == "Hi Ana, gus here from Acme. DM us? @ana.bsky.social"
    # No display name: the handle's user part.
    assert (
        render_saved_reply(
            "Hi {first_name}", display_name="", handle="bo@fedi.example", agent="x", brand="y"
        )
        == "Hi bo"
    )


def test_an_unknown_variable_is_named() -> None:
    with pytest.raises(UserError, match="first_nme"):
        render_saved_reply("Hi {first_nme}", display_name="A", handle="a", agent="g", brand="b")


def test_signature_uses_the_agents_initials() -> None:
    assert initials("ana maria") == "AM" and initials("gus") == "GU"
    assert sign("On it! ", "ana maria") == "On it! ^AM"


def test_each_platform_counts_its_own_way() -> None:
    family = "👨\u200d👩\u200d👧"  # one grapheme, five code points
    assert measure("bluesky", family * 300).fits
    assert not measure("bluesky", family * 301).fits
    assert measure("bluesky", "é").used == 1
    # X: a link is 23, CJK characters weigh 2.
    assert measure("x", "see https://example.com/a/very/long/path/indeed").used == 4 + 23
    assert measure("x", "日本").used == 4
    assert measure("x", "a" * 280).fits and not measure("x", "a" * 281).fits
    # Mastodon: remote mentions count their user part; the server's limit applies.
    assert measure("mastodon", "@ana@very.long.server.example hi").used == len("@ana hi")
    assert measure("mastodon", "a" * 600, mastodon_limit=1000).fits
    assert not measure("mastodon", "a" * 600).fits


def test_a_saved_reply_is_checked_as_the_composer_renders_it() -> None:
    assert validate_saved_reply(" thanks ", " Thanks {first_name} ") == (
        "thanks",
        "Thanks {first_name}",
    )
    with pytest.raises(UserError, match=r"\{agnet\}") as bad:
        validate_saved_reply("x", "Hi, {agnet} here")
    assert bad.value.fields["field"] == "text"
    with pytest.raises(UserError, match="unmatched"):
        validate_saved_reply("x", "a } b")
    with pytest.raises(UserError, match="name"):
        validate_saved_reply("a/b", "hi")
    with pytest.raises(UserError, match="empty"):
        validate_saved_reply("x", "  ")
