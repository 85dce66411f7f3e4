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

This module only orchestrates: every transaction is an action function in
:mod:`followback.actions.outbox_steps`.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from followback.actions.intents import confirm_person_follows
from followback.actions.outbox import DEFAULT_LEASE, Write, deliver
from followback.actions.outbox_steps import (
    claim_next_write,
    record_write_auth_refused,
    record_write_failed,
    record_write_landed,
    record_write_refused,
    reschedule_write,
)
from followback.connectors.base import Connector
from followback.domain import (
    AuthExpiredError,
    Clock,
    ConnectorError,
    OutcomeUnknownError,
    RateLimitedError,
    StageError,
    TransientError,
)
from followback.domain.rulebook import RuleRefusedError
from followback.engine.pacing import bucket_specs, jittered
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo
from followback.store.facts import FactRepo
from followback.store.policies import PolicyRepo, account_capabilities

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


# First retry delay after a transient failure or an unknown outcome, doubling per attempt
# (the server soak lowers it to fit its minute).
RETRY_BASE_S = 30.0


def _backoff(attempts: int, rng: random.Random) -> float:
    return jittered(min(RETRY_BASE_S * 2 ** max(attempts - 1, 0), 3600.0), rng, spread=0.5)


async def _attempt(
    store: Store,
    connector: Connector,
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
        refusal = record_write_refused(store, action, exc, now)
        if refusal.fact is not None:
            facts[refusal.fact[0]] = refusal.fact[1]
        if refusal.handed_to_person:
            report.handed_to_person += 1
        else:
            report.failed += 1
            report.errors.append(StageError.of(f"act {action.target}", exc))
        return True
    except RateLimitedError as exc:
        wait = exc.retry_after if exc.retry_after is not None else DEFAULT_RETRY_AFTER_S
        reschedule_write(store, action, now + timedelta(seconds=jittered(wait, rng)), str(exc))
        report.rate_limited += 1
        report.stopped = "rate_limited"
        return False
    except (TransientError, OutcomeUnknownError) as exc:
        # Either way the next attempt reads back first (attempts > 1): an unknown outcome
        # is reconciled, never blindly re-sent.
        if action.attempts >= MAX_ATTEMPTS:
            error = f"gave up after {action.attempts} attempts: {exc}"
            record_write_failed(store, action, error, now)
            report.failed += 1
        else:
            later = now + timedelta(seconds=_backoff(action.attempts, rng))
            reschedule_write(store, action, later, str(exc))
            report.retried += 1
            report.unknown += int(isinstance(exc, OutcomeUnknownError))
        return True
    except AuthExpiredError as exc:
        record_write_auth_refused(store, action, str(exc))
        report.auth_expired = True
        report.stopped = "auth"
        report.errors.append(StageError.of("act", exc))
        return False
    except ConnectorError as exc:
        record_write_failed(store, action, f"{type(exc).__name__}: {exc}", now)
        report.failed += 1
        report.errors.append(StageError.of(f"act {action.target}", exc))
        return True
    learned = record_write_landed(store, connector.platform, action, landed, now, facts)
    if learned is not None:
        facts[learned[0]] = learned[1]
    report.done += 1
    report.reconciled += int(landed.reconciled)
    return True


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
    with store.read() as s:
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
        claim = claim_next_write(store, account_id, specs, now, lease)
        action = claim.write
        if claim.wait_s > 0.0:
            delay = jittered(claim.wait_s, rng)
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
        if not await _attempt(store, connector, action, now, report, rng, facts):
            break
    else:
        report.stopped = "max_actions"
    with store.read() as s:
        report.next_run_at = report.next_run_at or ActionRepo(s).next_due(account_id)
    return report
