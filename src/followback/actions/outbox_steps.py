"""The state changes of one outbox run, one transaction each.

:func:`followback.services.act.run_actions` orchestrates the platform calls; every change
it makes to the store goes through these functions: claim the next due write (taking its
tokens), reschedule it, fail it, record it landed, record a refusal by the platform's rules,
count refused credentials. Each opens its own transaction, changes state through
repositories, writes the audit entry where the change is visible, and returns a typed
result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from followback.actions.outbox import Landed, Write, record_failed, record_landed
from followback.domain import ActionKind, Platform
from followback.domain.rulebook import RuleRefusedError
from followback.engine.pacing import BucketSpec
from followback.engine.rulegate import fact_from_landed, fact_from_refusal, x_follow_intent_url
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.actions import ActionRepo
from followback.store.buckets import BucketRepo
from followback.store.facts import FactRepo
from followback.store.people import PeopleRepo

__all__ = [
    "Claim",
    "Refusal",
    "claim_next_write",
    "record_write_auth_refused",
    "record_write_failed",
    "record_write_landed",
    "record_write_refused",
    "reschedule_write",
]


@dataclass(frozen=True, slots=True)
class Claim:
    """The next due write, claimed with its tokens taken; or why there is none.

    ``write`` None and ``wait_s`` 0: nothing is due. ``wait_s`` > 0: a write is due but
    its bucket is empty for that long (the write stays pending, nothing was taken).
    """

    write: Write | None
    wait_s: float = 0.0


class _NoTokens(Exception):
    # Raised inside the transaction so that it rolls back: the claim is undone.
    def __init__(self, wait_s: float) -> None:
        self.wait_s = wait_s


def claim_next_write(
    store: Store, account_id: int, specs: list[BucketSpec], now: datetime, lease: timedelta
) -> Claim:
    """Claim the next due action and take its tokens, atomically."""
    try:
        with store.session() as s:
            buckets = BucketRepo(s)
            buckets.lock(account_id)  # first statement: serialises workers on SQLite
            row = ActionRepo(s).claim(account_id, now, lease)
            if row is None:
                return Claim(None)
            # A reconcile of a person's send that may have landed takes tokens like a
            # send: when it did not land, it is sent again.
            wait = buckets.take(account_id, specs, row.kind, now)
            if wait > 0.0:
                raise _NoTokens(wait)
            return Claim(Write.of(row))
    except _NoTokens as no:
        return Claim(None, no.wait_s)


def reschedule_write(store: Store, write: Write, not_before: datetime | None, error: str) -> None:
    """Back to pending until ``not_before`` (None: as soon as possible), noting ``error``."""
    with store.session() as s:
        repo = ActionRepo(s)
        repo.reschedule(repo.get(write.action_id), not_before, error)


def record_write_failed(store: Store, write: Write, error: str, now: datetime) -> None:
    """Give the write up, with a dead letter."""
    with store.session() as s:
        record_failed(s, write, error, now)


def record_write_auth_refused(store: Store, write: Write, error: str) -> bool:
    """The platform refused the account's credentials: the write waits (not lost) and the
    refusal counts against the account; True once it needs a new login."""
    with store.session() as s:
        repo = ActionRepo(s)
        repo.reschedule(repo.get(write.action_id), None, error)
        needs = AccountRepo(s).record_auth_failure(write.account_id)
        AuditRepo(s).record(
            "followback", "auth_failed", "act", write.account_id, error=error, needs_reauth=needs
        )
    return needs


def record_write_landed(
    store: Store,
    platform: Platform,
    write: Write,
    landed: Landed,
    now: datetime,
    facts: Mapping[str, Any],
) -> tuple[str, bool] | None:
    """Mark the write done with what it changed; return the platform fact it proved (for
    example that API follows work), or None when it proved nothing new."""
    learned = fact_from_landed(platform, write.kind)
    new = learned is not None and facts.get(learned[0]) is not True
    with store.session() as s:
        record_landed(s, write, landed, now)
        if learned is not None and new:
            FactRepo(s).record(write.account_id, learned[0], True, evidence=learned[1], at=now)
    return (learned[0], True) if learned is not None and new else None


@dataclass(frozen=True, slots=True)
class Refusal:
    """What a refusal by the platform's rules changed."""

    handed_to_person: bool  # a follow became an intent link for a person to open
    fact: tuple[str, bool] | None  # what the platform showed about the account


def record_write_refused(
    store: Store, write: Write, exc: RuleRefusedError, now: datetime
) -> Refusal:
    """A write outside the platform's rules: nothing was sent. What the platform answered
    is stored as a fact about the account; a follow becomes a person's intent link,
    anything else fails."""
    fact_name, evidence = fact_from_refusal(exc.rule.key), exc.evidence
    fact = (fact_name, False) if fact_name is not None and evidence is not None else None
    with store.session() as s:
        if fact is not None and evidence is not None:
            FactRepo(s).record(write.account_id, fact[0], False, evidence=evidence, at=now)
        repo = ActionRepo(s)
        row = repo.get(write.action_id)
        if write.kind is ActionKind.FOLLOW and exc.rule.name == "follow_via_api":
            person = PeopleRepo(s).lookup_for_account(write.account_id, [write.target])
            url = x_follow_intent_url(person[write.target].handle, write.target)
            repo.hand_to_person(row, url, str(exc))
            AuditRepo(s).record(
                "followback",
                "follow.handed_to_person",
                write.target,
                write.account_id,
                at=now,
                action_id=write.action_id,
                intent_url=url,
                rule=exc.rule.key,
                source=exc.rule.source,
            )
            return Refusal(True, fact)
        repo.mark_failed(row, f"{type(exc).__name__}: {exc}", now)
    return Refusal(False, fact)
