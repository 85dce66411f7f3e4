"""Writes the platform's rules leave to a person, and their confirmation.

On X without API follows (every self-serve plan since 2026-04-20, detected from X's own
answer), an approved follow-back becomes an intent link (``x.com/intent/follow``) the
person opens from the review queue. :func:`confirm_person_follows` then reads the brand's
following list, newest first (an owned read, priced lowest), and records each follow it
finds exactly as the outbox records a follow that landed: edge, event and audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from followback.actions.outbox import Landed, Write, record_landed
from followback.connectors.base import Connector
from followback.domain import ActionKind, Clock
from followback.store import Store
from followback.store.actions import ActionRepo
from followback.store.people import PeopleRepo

__all__ = [
    "CONFIRM_PAGES",
    "ConfirmReport",
    "PersonFollow",
    "confirm_person_follows",
    "list_person_follows",
]

# Pages of the following list read to confirm (newest first: a follow made since the link
# was handed out is near the top).
CONFIRM_PAGES = 3


@dataclass(frozen=True, slots=True)
class PersonFollow:
    """An approved follow-back waiting for a person to open its intent link."""

    action_id: int
    remote_id: str
    handle: str
    intent_url: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "action_id": self.action_id,
            "remote_id": self.remote_id,
            "handle": self.handle,
            "intent_url": self.intent_url,
        }


@dataclass
class ConfirmReport:
    waiting: int = 0
    confirmed: int = 0
    pages_read: int = 0
    records_read: int = 0


def list_person_follows(store: Store, account_id: int) -> list[PersonFollow]:
    """Follow-backs waiting for a person, with the link each one opens."""
    with store.session() as s:
        rows = ActionRepo(s).awaiting_person(account_id, ActionKind.FOLLOW)
        people = PeopleRepo(s).lookup_for_account(account_id, [r.target for r in rows])
        return [
            PersonFollow(
                r.id, r.target, people[r.target].handle, str((r.payload or {}).get("intent_url"))
            )
            for r in rows
        ]


async def confirm_person_follows(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    max_pages: int = CONFIRM_PAGES,
) -> ConfirmReport:
    """Record the follows a person made from their intent links, seen in the following list."""
    with store.session() as s:
        rows = ActionRepo(s).awaiting_person(account_id, ActionKind.FOLLOW)
        waiting = {r.target: Write.of(r) for r in rows}
    report = ConfirmReport(waiting=len(waiting))
    if not waiting:
        return report  # nothing to confirm: no call
    found: set[str] = set()
    cursor: str | None = None
    for _ in range(max_pages):
        page = await connector.list_following(cursor)
        report.pages_read += 1
        report.records_read += len(page.items)
        found |= {p.remote_id for p in page.items} & waiting.keys()
        cursor = page.next_cursor
        if found == waiting.keys() or cursor is None:
            break
    now = clock()
    with store.session() as s:
        for target in sorted(found):
            record_landed(s, waiting[target], Landed(None, True), now)
    report.confirmed = len(found)
    report.waiting -= len(found)
    return report
