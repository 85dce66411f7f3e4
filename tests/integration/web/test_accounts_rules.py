"""The accounts page shows the rules of the connected accounts' platforms, with sources."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from followback.domain import Platform
from followback.domain.rulebook import get_rule, list_rules


def test_accounts_page_lists_platform_rules_with_sources(
    client_as: Callable[[str], TestClient], seeded
) -> None:
    page = client_as("vic").get("/accounts")
    assert page.status_code == 200
    assert 'id="rules-table"' in page.text
    follow = get_rule(Platform.X, "follow_via_api")
    assert follow.key in page.text and f'href="{follow.source}"' in page.text
    # Mastodon and X are connected in the seed: their rules show, Bluesky's do not.
    assert get_rule(Platform.MASTODON, "follows_day").key in page.text
    assert all(r.key not in page.text for r in list_rules(Platform.BLUESKY))
