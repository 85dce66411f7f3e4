"""Keep each account's server facts fresh: read them from the server at most once a day.

What a Mastodon server says about itself (its rules, character limit, the brand's
notification policy) changes rarely, and every reader (the reply counter, the follow
engine, ``followback status``) uses the stored copy, so the cycle refreshes it daily.
"""

from __future__ import annotations

from datetime import timedelta

from followback.actions.server_facts import record_server_facts
from followback.connectors.base import Connector, ServerFactsReader
from followback.domain import Clock
from followback.domain.server import ServerFacts
from followback.store import Store
from followback.store.server_facts import ServerFactsRepo

__all__ = ["MAX_AGE", "refresh_server_facts"]

MAX_AGE = timedelta(days=1)


async def refresh_server_facts(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    max_age: timedelta = MAX_AGE,
) -> ServerFacts | None:
    """The account's server facts, read again when older than ``max_age``; None where the
    platform publishes none (Bluesky, X)."""
    with store.read() as s:
        stored = ServerFactsRepo(s).find(account_id)
    if not isinstance(connector, ServerFactsReader):
        return stored
    if stored is not None and clock() - stored.checked_at < max_age:
        return stored
    facts = await connector.fetch_server_facts()
    record_server_facts(store, account_id, facts, clock())
    return facts
