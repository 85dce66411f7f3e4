"""One outbox for every write: the outbox run also reconciles a person's unfinished sends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo
from followback.store.tables import ActionRow

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def test_stale_sends_in_flight_are_claimed_for_reconciling_fresh_ones_are_not(
    store: Store,
) -> None:
    with store.session() as s:
        aid = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
        for kind, key, at in (
            ("reply", "r1", NOW),
            ("dm", "d1", NOW),
            ("follow", "f1", NOW),
            ("reply", "r2", NOW + timedelta(hours=1)),  # being sent right now
        ):
            s.add(
                ActionRow(
                    brand_account_id=aid,
                    kind=kind,
                    target="42",
                    idempotency_key=key,
                    state="in_flight",
                    requested_by="member:ana",
                    created_at=at,
                    attempted_at=at,
                    payload={"text": "hi"},
                )
            )
    later = NOW + timedelta(hours=1)
    with store.session() as s:
        repo = ActionRepo(s)
        claimed = [repo.claim(aid, later, timedelta(minutes=5)) for _ in range(4)]
    assert [c.idempotency_key if c else None for c in claimed] == ["r1", "d1", "f1", None]
