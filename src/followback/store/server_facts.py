"""Each account's server facts (Mastodon's rules, character limit, notification policy),
kept in ``sync_state`` under one stream so a new fact needs no migration."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from followback.domain.server import ServerFacts
from followback.store.edges import TrackingStateRepo

__all__ = ["SERVER_FACTS_STREAM", "ServerFactsRepo"]

SERVER_FACTS_STREAM = "server_facts"


class ServerFactsRepo:
    """Reads and writes one account's server facts within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, account_id: int) -> ServerFacts | None:
        row = TrackingStateRepo(self.session).find(account_id, SERVER_FACTS_STREAM)
        if row is None or not row.data or "checked_at" not in row.data:
            return None
        return ServerFacts.from_json(row.data)

    def record(self, account_id: int, facts: ServerFacts, at: datetime) -> None:
        TrackingStateRepo(self.session).record(
            account_id, SERVER_FACTS_STREAM, at, data=facts.as_json()
        )
