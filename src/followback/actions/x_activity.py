"""The X Activity API's state changes during a sync: what X answered about the plan
(a fact about the account), and the follow events read from the stream."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from followback.actions.x_webhook import AppliedEvents, apply_follow_events
from followback.connectors.x.activity import FollowActivity
from followback.engine.rulegate import FACT_X_ACTIVITY
from followback.store import Store
from followback.store.facts import FactRepo

__all__ = ["record_follow_events", "record_x_activity_plan"]


def record_x_activity_plan(
    store: Store, account_id: int, available: bool, evidence: str, now: datetime
) -> None:
    """Whether the account's X plan includes the Activity API, with X's own answer."""
    with store.session() as s:
        FactRepo(s).record(account_id, FACT_X_ACTIVITY, available, evidence=evidence, at=now)


def record_follow_events(
    store: Store,
    account_id: int,
    me: str,
    events: Sequence[FollowActivity],
    now: datetime,
    *,
    via: str,
) -> AppliedEvents:
    """Record follow events read from X (each event id once), in one transaction."""
    with store.session() as s:
        return apply_follow_events(s, account_id, me, events, now, via=via)
