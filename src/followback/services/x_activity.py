"""Follow and unfollow events from the X Activity API, where the plan includes it.

X has no follow-notification feed: without the Activity API, unfollows are found only by
listing every follower. With it, each follow and unfollow of the brand arrives as one
event (billed per event), so :func:`read_x_follow_events`:

1. subscribes the first time (``follow.follow``, ``follow.unfollow`` for the brand's id),
   storing X's answer as the account's plan: accepted, or refused with 403
   ``client-forbidden`` (then the caller falls back to listing followers newest first);
2. reads the stream for a bounded time and records, in one transaction: arrivals and
   departures (edges and events, as a sync would), and the brand's own follows, which
   confirm follow-backs a person made from their intent links.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from followback.actions.outbox import Landed, Write, record_landed
from followback.connectors.x import XConnector
from followback.connectors.x.activity import FollowActivity
from followback.domain import ActionKind, Clock, Direction, EndReason
from followback.domain.rulebook import RuleRefusedError
from followback.engine.rulegate import FACT_X_ACTIVITY
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo
from followback.store.edges import EdgeRepo
from followback.store.facts import FactRepo

__all__ = ["XActivityReport", "read_x_follow_events"]

VIA = "x_activity"


@dataclass
class XActivityReport:
    account_id: int
    available: bool  # False: the plan has no Activity API (detected); list followers instead
    events: int = 0
    arrivals: list[str] = field(default_factory=list)
    departures: list[str] = field(default_factory=list)
    confirmed_follows: int = 0  # follow-backs made from intent links, seen as events
    refusal: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


async def _subscribed(store: Store, connector: XConnector, account_id: int, now: datetime) -> str:
    """Subscribe if X has not answered yet; "" when the plan includes the API, else why not."""
    with store.session() as s:
        fact = FactRepo(s).find(account_id, FACT_X_ACTIVITY)
    if fact is not None:
        return "" if fact.value else fact.evidence
    try:
        ids = await connector.subscribe_follow_events()
    except RuleRefusedError as exc:
        if exc.evidence is None:
            raise
        with store.session() as s:
            FactRepo(s).record(account_id, FACT_X_ACTIVITY, False, evidence=exc.evidence, at=now)
        return str(exc)
    with store.session() as s:
        evidence = f"X accepted the subscriptions {', '.join(ids)}"
        FactRepo(s).record(account_id, FACT_X_ACTIVITY, True, evidence=evidence, at=now)
    return ""


def _apply(
    store: Store,
    account_id: int,
    me: str,
    events: list[FollowActivity],
    now: datetime,
    report: XActivityReport,
) -> None:
    arrivals = [e.source_id for e in events if e.about_brand(me) == "arrival"]
    departures = {
        e.source_id: EndReason.UNFOLLOWED for e in events if e.about_brand(me) == "departure"
    }
    followed = {e.target_id for e in events if e.about_brand(me) == "brand_followed"}
    with store.session() as s:
        edges = EdgeRepo(s)
        report.arrivals = edges.record_arrivals(
            account_id, Direction.FOLLOWER, [(rid, now) for rid in arrivals], seen_at=now, via=VIA
        )
        report.departures = sorted(departures)
        edges.record_ends(account_id, Direction.FOLLOWER, departures, at=now, source=VIA)
        for row in ActionRepo(s).awaiting_person(account_id, ActionKind.FOLLOW):
            if row.target in followed:
                record_landed(s, Write.of(row), Landed(None, True), now)
                report.confirmed_follows += 1


async def read_x_follow_events(
    store: Store,
    connector: XConnector,
    account_id: int,
    *,
    clock: Clock,
    max_seconds: float = 60.0,
    max_events: int = 1000,
) -> XActivityReport:
    """Read and record the brand's follow events for up to ``max_seconds``."""
    refusal = await _subscribed(store, connector, account_id, clock())
    report = XActivityReport(account_id, available=not refusal, refusal=refusal)
    if refusal:
        return report
    with store.session() as s:
        me = AccountRepo(s).get(account_id).remote_id
    events = await connector.read_follow_events(max_events, max_seconds)
    report.events = len(events)
    _apply(store, account_id, me, events, clock(), report)
    return report
