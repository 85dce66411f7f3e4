"""Listening's state changes during a pass: store what was heard (with what it cost),
move a term's mark, and queue a complaint-spike alert.

:func:`followback.services.listen.listen_account` searches and classifies; every change
it makes to the store goes through these functions, one transaction each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from followback.domain import InboundMessage
from followback.inbox.classify import Classification
from followback.inbox.listening import HEARD_TAG, heard_priority
from followback.inbox.priority import priority
from followback.inbox.signal import SpikeVerdict
from followback.notify.dispatch import record_notification
from followback.notify.event import NotifyEvent, Severity
from followback.store import AccountRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.listening import ListenRepo

__all__ = ["Heard", "record_heard", "record_listen_mark", "record_spike_alert"]


@dataclass(frozen=True, slots=True)
class Heard:
    """What storing one page of heard posts changed."""

    new_messages: int = 0
    duplicates: int = 0  # stored meanwhile by another pass (the platform id is unique)
    complaints: int = 0


def record_heard(
    store: Store,
    account_id: int,
    labelled: Sequence[tuple[InboundMessage, Classification]],
    history: Mapping[str, tuple[int, int]],
    now: datetime,
    spend: tuple[str, int, Decimal] | None = None,
) -> Heard:
    """Store heard posts (classified; ``history``: each author's earlier messages and
    complaints) as tagged conversations, and what the page cost (``spend``: month, posts,
    dollars) in the same transaction: a page and its cost commit together, or not at all."""
    new = duplicates = complaints = 0
    seen_by = dict(history)
    with store.session() as s:
        if spend is not None:
            ListenRepo(s).add_x_spend(account_id, spend[0], spend[1], spend[2], now)
        repo = InboxRepo(s)
        for msg, label in labelled:
            seen, complained = seen_by.get(msg.author_id, (0, 0))
            as_mention = priority(label, max(msg.author_followers, 0), seen, min(complained, seen))
            result = repo.record_inbound(
                account_id,
                msg,
                classification={**asdict(label), "heard": True},
                priority=heard_priority(as_mention),
                at=now,
            )
            if not result.created:
                duplicates += 1
                continue
            repo.tag(result.conversation_id, add=[HEARD_TAG])
            new += 1
            complaints += int(label.is_complaint)
            seen_by[msg.author_id] = (seen + 1, complained + int(label.is_complaint))
    return Heard(new, duplicates, complaints)


def record_listen_mark(
    store: Store, account_id: int, term: str, mark: dict[str, Any], now: datetime
) -> None:
    """Where the next pass over ``term`` (or the stream) starts."""
    with store.session() as s:
        ListenRepo(s).save_mark(account_id, term, mark, now)


def record_spike_alert(
    store: Store, account_id: int, verdict: SpikeVerdict, day: date, now: datetime
) -> None:
    """Queue the complaint-spike alert; keyed by account and day, so sent once a day."""
    with store.session() as s:
        account = AccountRepo(s).get(account_id)
        record_notification(
            s,
            NotifyEvent(
                kind="listen.spike",
                title=f"Complaints about {account.handle} on {account.platform.value} are spiking",
                body=verdict.reason,
                url=f"/inbox?account={account_id}&complaints=1",
                severity=Severity.CRITICAL,
                brand_account_id=account_id,
                key=f"listen.spike|{account_id}|{day.isoformat()}",
                fields={
                    "today": str(verdict.today),
                    "usual": f"{verdict.baseline:g}",
                    "day": day.isoformat(),
                },
            ),
            at=now,
        )
