"""Carry out pending actions through the outbox, paced by durable token buckets.

For each action: one transaction takes the tokens and marks the action ``in_flight``
(the intent is committed before the platform call); then the call; then one transaction
marks it ``done`` and writes the audit entry, the follow edge and the follow event (or,
for a person's reply or DM whose first attempt's outcome was unknown, the outbound
message). An action found again (the process died, or an earlier attempt's answer was
lost) is first reconciled against the platform by :func:`followback.actions.outbox.deliver`:
if the platform already shows it, it is recorded as done without calling again. So a
process killed at any point never follows twice and never loses a follow event.

Errors: a 429 reschedules the action after ``retry_after`` and ends the run; a transient
error reschedules it with jittered backoff; an expired token is counted against the
account and ends the run; anything else fails the action with a dead letter.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from followback.actions.intents import confirm_person_follows
from followback.actions.outbox import (
    DEFAULT_LEASE,
    Write,
    deliver,
    record_failed,
    record_landed,
)
from followback.connectors.base import Connector
from followback.domain import (
    ActionKind,
    AuthExpiredError,
    Clock,
    ConnectorError,
    OutcomeUnknownError,
    RateLimitedError,
    StageError,
    TransientError,
)
from followback.domain.rulebook import RuleRefusedError
from followback.engine.pacing import BucketSpec, bucket_specs, jittered
from followback.engine.rulegate import fact_from_landed, fact_from_refusal, x_follow_intent_url
from followback.services.decide import account_capabilities
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.actions import ActionRepo
from followback.store.buckets import BucketRepo
from followback.store.facts import FactRepo
from followback.store.people import PeopleRepo
from followback.store.policies import PolicyRepo

__all__ = ["ActReport", "run_actions"]

MAX_ATTEMPTS = 8
DEFAULT_RETRY_AFTER_S = 60.0
DEFAULT_GAP_S = (2.0, 8.0)  # random pause between two actions when the run may wait

Sleep = Callable[[float], Awaitable[None]]


@dataclass
class ActReport:
    """What one run did; ``next_run_at`` says when more work becomes possible."""

    account_id: int
    done: int = 0
    reconciled: int = 0
    retried: int = 0
    unknown: int = 0  # sent, answer lost: read back before any retry
    rate_limited: int = 0
    failed: int = 0
    handed_to_person: int = 0  # writes the platform's rules leave to a person (intent links)
    confirmed_by_person: int = 0  # of those, seen done on the platform (following list)
    auth_expired: bool = False
    waited_s: float = 0.0
    stopped: str = "empty"  # empty | buckets | rate_limited | auth | max_actions
    next_run_at: datetime | None = None
    errors: list[StageError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["next_run_at"] = self.next_run_at.isoformat() if self.next_run_at else None
        out["errors"] = [asdict(e) for e in self.errors]
        return out


class _NoTokens(Exception):
    def __init__(self, wait_s: float) -> None:
        self.wait_s = wait_s


def _claim(
    store: Store, account_id: int, specs: list[BucketSpec], now: datetime, lease: timedelta
) -> Write | None:
    """Claim the next due action and take its tokens, atomically; None when nothing is due."""
    # Raising _NoTokens rolls the whole transaction back: the action stays pending.
    with store.session() as s:
        buckets = BucketRepo(s)
        buckets.lock(account_id)  # first statement: serialises workers on SQLite
        row = ActionRepo(s).claim(account_id, now, lease)
        if row is None:
            return None
        # A reconcile of a person's send that may have landed takes tokens like a send:
        # when it did not land, it is sent again.
        wait = buckets.take(account_id, specs, row.kind, now)
        if wait > 0.0:
            raise _NoTokens(wait)
        return Write.of(row)


def _reschedule(store: Store, action: Write, not_before: datetime | None, error: str) -> None:
    with store.session() as s:
        repo = ActionRepo(s)
        repo.reschedule(repo.get(action.action_id), not_before, error)


def _fail(store: Store, action: Write, error: str, now: datetime) -> None:
    with store.session() as s:
        record_failed(s, action, error, now)


# First retry delay after a transient failure or an unknown outcome, doubling per attempt
# (the server soak lowers it to fit its minute).
RETRY_BASE_S = 30.0


def _backoff(attempts: int, rng: random.Random) -> float:
    return jittered(min(RETRY_BASE_S * 2 ** max(attempts - 1, 0), 3600.0), rng, spread=0.5)


async def _attempt(
    store: Store,
    connector: Connector,
    account_id: int,
    action: Write,
    now: datetime,
    report: ActReport,
    rng: random.Random,
    facts: dict[str, Any],
) -> bool:
    """Run one claimed action; return False when the run must stop."""
    try:
        landed = await deliver(connector, action, facts)
    except RuleRefusedError as exc:
        _refused(store, connector, action, exc, facts, now, report)
        return True
    except RateLimitedError as exc:
        wait = exc.retry_after if exc.retry_after is not None else DEFAULT_RETRY_AFTER_S
        _reschedule(store, action, now + timedelta(seconds=jittered(wait, rng)), str(exc))
        report.rate_limited += 1
        report.stopped = "rate_limited"
        return False
    except (TransientError, OutcomeUnknownError) as exc:
        # Either way the next attempt reads back first (attempts > 1): an unknown outcome
        # is reconciled, never blindly re-sent.
        if action.attempts >= MAX_ATTEMPTS:
            _fail(store, action, f"gave up after {action.attempts} attempts: {exc}", now)
            report.failed += 1
        else:
            _reschedule(
                store, action, now + timedelta(seconds=_backoff(action.attempts, rng)), str(exc)
            )
            report.retried += 1
            report.unknown += int(isinstance(exc, OutcomeUnknownError))
        return True
    except AuthExpiredError as exc:
        _reschedule(store, action, None, str(exc))
        with store.session() as s:
            AccountRepo(s).record_auth_failure(account_id)
        report.auth_expired = True
        report.stopped = "auth"
        report.errors.append(StageError.of("act", exc))
        return False
    except ConnectorError as exc:
        _fail(store, action, f"{type(exc).__name__}: {exc}", now)
        report.failed += 1
        report.errors.append(StageError.of(f"act {action.target}", exc))
        return True
    with store.session() as s:
        record_landed(s, action, landed, now)
        learned = fact_from_landed(connector.platform, action.kind)
        if learned is not None and facts.get(learned[0]) is not True:
            FactRepo(s).record(account_id, learned[0], True, evidence=learned[1], at=now)
            facts[learned[0]] = True
    report.done += 1
    report.reconciled += int(landed.reconciled)
    return True


def _refused(
    store: Store,
    connector: Connector,
    action: Write,
    exc: RuleRefusedError,
    facts: dict[str, Any],
    now: datetime,
    report: ActReport,
) -> None:
    """A write outside the platform's rules: nothing was sent. What the platform answered
    is stored as a fact about the account; a follow becomes a person's intent link."""
    with store.session() as s:
        fact = fact_from_refusal(exc.rule.key)
        if fact is not None and exc.evidence is not None:
            FactRepo(s).record(action.account_id, fact, False, evidence=exc.evidence, at=now)
            facts[fact] = False
        repo = ActionRepo(s)
        row = repo.get(action.action_id)
        if action.kind is ActionKind.FOLLOW and exc.rule.name == "follow_via_api":
            person = PeopleRepo(s).lookup_for_account(action.account_id, [action.target])
            url = x_follow_intent_url(person[action.target].handle, action.target)
            repo.hand_to_person(row, url, str(exc))
            AuditRepo(s).record(
                "followback",
                "follow.handed_to_person",
                action.target,
                action.account_id,
                at=now,
                action_id=action.action_id,
                intent_url=url,
                rule=exc.rule.key,
                source=exc.rule.source,
            )
            report.handed_to_person += 1
            return
        repo.mark_failed(row, f"{type(exc).__name__}: {exc}", now)
    report.failed += 1
    report.errors.append(StageError.of(f"act {action.target}", exc))


async def run_actions(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    max_actions: int | None = None,
    sleep: Sleep | None = None,
    lease: timedelta = DEFAULT_LEASE,
    rng: random.Random | None = None,
    gap_s: tuple[float, float] = DEFAULT_GAP_S,
    run_interval_s: float | None = None,
) -> ActReport:
    """Execute the account's due actions until none is due, the buckets are empty, the
    platform says stop, or ``max_actions`` were attempted.

    With ``sleep`` (an async ``seconds -> None``; the demo passes one that advances the
    sandbox's clock), the run waits for the buckets to refill, with jitter, instead of
    stopping, and leaves a random ``gap_s`` pause between actions so they do not go out
    in a machine-regular rhythm. Without it, a run sends at most the buckets' burst and
    reports ``next_run_at`` (jittered) for the scheduler. Pass ``run_interval_s`` (how often
    the scheduler runs this) to size the bursts so no share of a limit is lost between runs
    (see :func:`~followback.engine.pacing.bucket_specs`); the default burst is a tenth.
    """
    rng = rng or random.Random()  # noqa: S311 - jitter, not security
    with store.session() as s:
        account = AccountRepo(s).get(account_id)
        stored = PolicyRepo(s).get(account_id)
        facts = {f.name: f.value for f in FactRepo(s).list(account_id)}
    caps = account_capabilities(account.platform, stored, connector.capabilities)
    specs = bucket_specs(caps.limits, run_interval_s=run_interval_s)
    report = ActReport(account_id)
    # Follows a person made from their intent links: confirmed before anything is sent.
    confirmed = await confirm_person_follows(store, connector, account_id, clock=clock)
    report.confirmed_by_person = confirmed.confirmed
    attempted = 0
    while max_actions is None or attempted < max_actions:
        if attempted and sleep is not None:
            pause = rng.uniform(*gap_s)
            report.waited_s += pause
            await sleep(pause)
        now = clock()
        try:
            action = _claim(store, account_id, specs, now, lease)
        except _NoTokens as wait:
            delay = jittered(wait.wait_s, rng)
            if sleep is None:
                report.stopped = "buckets"
                report.next_run_at = now + timedelta(seconds=delay)
                return report
            report.waited_s += delay
            await sleep(delay)
            continue
        if action is None:
            report.stopped = "empty"
            break
        attempted += 1
        if not await _attempt(store, connector, account_id, action, now, report, rng, facts):
            break
    else:
        report.stopped = "max_actions"
    with store.session() as s:
        report.next_run_at = report.next_run_at or ActionRepo(s).next_due(account_id)
    return report
