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

The stream only carries what X sends while it is open: events between two reads are not
delivered to it. Where the brand registers a webhook (``followback x webhook register``),
X delivers every event to ``followback serve`` instead and the sync reads no stream
(:mod:`followback.actions.x_webhook`); without one, the scheduled full listing catches the
unfollows the windows missed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from followback.actions.x_activity import record_follow_events, record_x_activity_plan
from followback.connectors.x import XConnector
from followback.domain import Clock
from followback.domain.rulebook import RuleRefusedError
from followback.engine.rulegate import FACT_X_ACTIVITY
from followback.store import AccountRepo, Store
from followback.store.facts import FactRepo

__all__ = ["XActivityReport", "describe_follow_path", "read_x_follow_events"]

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
    with store.read() as s:
        fact = FactRepo(s).find(account_id, FACT_X_ACTIVITY)
    if fact is not None:
        return "" if fact.value else fact.evidence
    try:
        ids = await connector.subscribe_follow_events()
    except RuleRefusedError as exc:
        if exc.evidence is None:
            raise
        record_x_activity_plan(store, account_id, False, exc.evidence, now)
        return str(exc)
    evidence = f"X accepted the subscriptions {', '.join(ids)}"
    record_x_activity_plan(store, account_id, True, evidence, now)
    return ""


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
    with store.read() as s:
        me = AccountRepo(s).get(account_id).remote_id
    events = await connector.read_follow_events(max_events, max_seconds)
    report.events = len(events)
    applied = record_follow_events(store, account_id, me, events, clock(), via=VIA)
    report.arrivals, report.departures = applied.arrivals, applied.departures
    report.confirmed_follows = applied.confirmed_follows
    return report


def describe_follow_path(
    has_webhook: bool, activity_api: bool | None, full_every: int
) -> tuple[str, str]:
    """How an X account learns of follows and unfollows: a short name and one plain line
    (``followback status``), saying plainly when events can be missed."""
    full = f"the full follower listing every {full_every} syncs"
    if has_webhook:
        return "webhook", "follow events: by X webhook, each one as it happens (no gaps)"
    if activity_api is None:
        return "unknown", "follow events: not known yet (the first sync asks X for the plan)"
    if activity_api:
        return "stream", (
            "follow events: read from X's activity stream a few seconds each sync; events "
            f"X sends between two reads are missed, and {full} is the safety net "
            "(`followback x webhook register` gets them all)"
        )
    return "listing", (
        f"follow events: none (the plan has no X Activity API): new followers are listed "
        f"newest first, and unfollows are found only by {full}"
    )
