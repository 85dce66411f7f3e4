"""Store what a server says about itself (rules, limits, the brand's notification policy)."""

from __future__ import annotations

from datetime import datetime

from followback.domain.server import ServerFacts
from followback.store import Store
from followback.store.server_facts import ServerFactsRepo

__all__ = ["record_server_facts"]


def record_server_facts(store: Store, account_id: int, facts: ServerFacts, now: datetime) -> None:
    """Keep ``facts`` as the account's server facts, checked at ``now``."""
    with store.session() as s:
        ServerFactsRepo(s).record(account_id, facts, now)
