"""The Mastodon connector's second look at an account's recent posts, on snac's listing
(its boosts by others stand in place of the account's own posts)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from followback.connectors.mastodon.client import MastodonConnector

ME, OTHER = "a1", "b2"


def _status(
    sid: str, account: str, text: str, reblog: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {"id": sid, "account": {"id": account}, "content": f"<p>{text}</p>", "reblog": reblog}


def _recent(listing: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    conn = MastodonConnector("https://snac.example", "0" * 32)
    conn._api = SimpleNamespace(account_statuses=lambda *a, **kw: listing)  # type: ignore[assignment]
    posts = asyncio.run(conn.fetch_recent_posts(ME))
    return [(p.text, p.repost) for p in posts]


def test_an_own_post_another_account_boosted_is_the_accounts_own_post() -> None:
    # snac 2.75 lists another account's boost of the post instead of the post (same id).
    own = _status("p1", ME, "hello from the garden")
    listing = [_status("p2", ME, "second post"), _status("x9", OTHER, "", reblog=own)]
    assert _recent(listing) == [("second post", False), ("hello from the garden", False)]


def test_a_post_and_a_boost_of_it_count_once_and_others_boosts_of_others_not_at_all() -> None:
    own = _status("p1", ME, "hello from the garden")
    theirs = _status("q1", OTHER, "not mine")
    listing = [own, _status("x9", OTHER, "", reblog=own), _status("x8", OTHER, "", reblog=theirs)]
    assert _recent(listing) == [("hello from the garden", False)]


def test_the_accounts_own_boost_is_a_repost() -> None:
    theirs = _status("q1", OTHER, "not mine")
    assert _recent([_status("r1", ME, "", reblog=theirs)]) == [("", True)]
