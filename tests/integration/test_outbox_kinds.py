"""The engine's outbox runner leaves replies and DMs to the inbox service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo
from followback.store.tables import ActionRow

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def test_stale_reply_in_flight_is_not_claimed_by_the_engine(store: Store) -> None:
    with store.session() as s:
        aid = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
        for kind, key in (("reply", "r1"), ("dm", "d1"), ("follow", "f1")):
            s.add(
                ActionRow(
                    brand_account_id=aid,
                    kind=kind,
                    target="42",
                    idempotency_key=key,
                    state="in_flight",
                    requested_by="member:ana",
                    created_at=NOW,
                    attempted_at=NOW,
                    payload={},
                )
            )
    later = NOW + timedelta(hours=1)
    with store.session() as s:
        repo = ActionRepo(s)
        claimed = repo.claim(aid, later, timedelta(minutes=5))
        assert claimed is not None and claimed.kind == "follow"
        assert repo.claim(aid, later, timedelta(minutes=5)) is None
