"""The accounts page shows the rules of the connected accounts' platforms, with sources."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from followback.domain import Platform
from followback.domain.rulebook import get_rule, list_rules
from followback.store import Store


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


def test_auto_mode_is_refused_where_the_servers_own_rules_forbid_bots(
    client_as: Callable[[str], TestClient], seeded, store
) -> None:
    from datetime import UTC, datetime

    from followback.domain.server import ServerFacts
    from followback.store.server_facts import ServerFactsRepo

    client = client_as("ada")
    assert client.patch(f"/api/accounts/{seeded.mastodon_id}", json={"mode": "auto"}).is_success
    client.patch(f"/api/accounts/{seeded.mastodon_id}", json={"mode": "review"})
    now = datetime(2026, 11, 30, tzinfo=UTC)
    with store.session() as s:
        facts = ServerFacts(now, server="https://example.social", rules=("No bots, please",))
        ServerFactsRepo(s).record(seeded.mastodon_id, facts, now)

    refused = client.patch(f"/api/accounts/{seeded.mastodon_id}", json={"mode": "auto"})

    assert refused.status_code == 409
    body = refused.json()
    assert (
        "'No bots, please'" in body["message"] and "https://example.social/about" in body["message"]
    )
    rule = get_rule(Platform.MASTODON, "server_rules_automation")
    assert rule.key in body["message"] and rule.source in body["message"]


def test_queue_page_gives_an_intent_link_per_account_left_to_a_person(
    client_as: Callable[[str], TestClient], seeded, store: Store
) -> None:
    from datetime import UTC, datetime

    from followback.domain import ActionKind
    from followback.store.actions import ActionRepo

    with store.session() as s:
        repo = ActionRepo(s)
        repo.enqueue(
            seeded.x_id,
            ActionKind.FOLLOW,
            "1600000000000000011",
            key="t-intent",
            requested_by="member:gus",
            at=datetime(2026, 11, 30, tzinfo=UTC),
        )
        row = repo.get_by_key("t-intent")
        repo.hand_to_person(row, "https://x.com/intent/follow?user_id=1600000000000000011", "rule")
    page = client_as("gus").get("/queue")
    assert page.status_code == 200 and 'id="follow-yourself"' in page.text
    assert 'href="https://x.com/intent/follow?user_id=1600000000000000011"' in page.text
