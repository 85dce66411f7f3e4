"""One cycle for one brand account: sync → inbox → screen and decide → act → listen.

Each stage is its own service; the cycle runs them in order and keeps going after a
platform error in one stage (recorded in the report as a typed
:class:`~followback.domain.StageError`) except an expired token, which stops the cycle
since every later call would fail too; the worker counts that against the account.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from followback.connectors.base import Connector
from followback.domain import AuthExpiredError, Clock, ConnectorError, StageError
from followback.domain.stages import needs_login
from followback.store import Store

__all__ = ["CycleReport", "run_cycle"]

log = logging.getLogger(__name__)

# Stages that act on the follower graph and so need this cycle's sync to have completed.
NEEDS_SYNC = frozenset({"decide", "act"})


@dataclass
class CycleReport:
    """What each stage of one cycle reported, and the platform errors met (typed: the
    worker decides from :class:`~followback.domain.StageErrorKind`, never from text)."""

    account_id: int
    server: Any = None
    sync: Any = None
    decide: Any = None
    act: Any = None
    inbox: Any = None
    listen: Any = None
    errors: list[StageError] = field(default_factory=list)

    @property
    def auth_expired(self) -> bool:
        """The platform refused the account's credentials; the cycle stopped there."""
        return needs_login(self.errors)


async def run_cycle(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    scorer: Any = None,
    classifier: Any = None,
    max_actions: int | None = None,
    run_interval_s: float | None = None,
) -> CycleReport:
    """Run sync, inbox polling, decide, act and listening for ``account_id`` once.

    ``run_interval_s`` is how often the caller runs the outbox: pacing sizes its bursts so
    that runs at that interval use the platform's limits evenly.
    """
    from followback.services.act import run_actions
    from followback.services.decide import decide_account
    from followback.services.inbox import poll_inbox
    from followback.services.listen import listen_account
    from followback.services.server_facts import refresh_server_facts
    from followback.services.sync import sync_account

    report = CycleReport(account_id)
    stages: list[tuple[str, Any]] = [
        # First: the server's own rules decide whether this cycle may follow automatically.
        ("server", lambda: refresh_server_facts(store, connector, account_id, clock=clock)),
        ("sync", lambda: sync_account(store, connector, account_id, clock=clock)),
        # Before deciding, so a new follower who mentions the brand in this cycle is already
        # an engaged follower: the plan puts people who talk to the brand first.
        (
            "inbox",
            lambda: poll_inbox(store, connector, account_id, clock=clock, classifier=classifier),
        ),
        (
            "decide",
            lambda: decide_account(store, connector, account_id, clock=clock, scorer=scorer),
        ),
        (
            "act",
            lambda: run_actions(
                store,
                connector,
                account_id,
                clock=clock,
                max_actions=max_actions,
                run_interval_s=run_interval_s,
            ),
        ),
        # After the inbox, so a post that is both a mention and a search hit is a mention.
        (
            "listen",
            lambda: listen_account(
                store, connector, account_id, clock=clock, classifier=classifier
            ),
        ),
    ]
    for name, stage in stages:
        if name in NEEDS_SYNC and report.sync is None:
            # Without a fresh view of who the brand already follows, deciding and acting
            # would send follows to accounts followed before followback started.
            report.errors.append(StageError.skipped(name, "the sync did not complete"))
            continue
        try:
            setattr(report, name, await stage())
        except AuthExpiredError as exc:
            # Counted against the account by the worker, which reads the error's kind.
            report.errors.append(StageError.of(name, exc))
            log.warning("cycle stopped: credentials refused", extra={"account_id": account_id})
            break
        except ConnectorError as exc:
            report.errors.append(StageError.of(name, exc))
            log.warning("cycle stage %s failed: %s", name, exc, extra={"account_id": account_id})
    return report
