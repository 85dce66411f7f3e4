"""``CycleJob``: one full cycle (sync → inbox → decide → act) for one brand account."""

from __future__ import annotations

from typing import ClassVar

from followback.actions.jobs import record_stage_errors
from followback.connectors.base import Connector
from followback.domain import Clock
from followback.store import Store
from followback.workers.base import job

__all__ = ["CycleJob"]


@job
class CycleJob:
    """Run :func:`followback.services.cycle.run_cycle` and audit every stage error.

    The cycle keeps going after a platform error in one stage and reports it as a typed
    :class:`~followback.domain.StageError`; those are written to the audit log here so
    every failure stays visible, and :class:`~followback.workers.base.JobRunner` decides
    from their kinds whether to count an expired login or wait out a rate limit.
    """

    name: ClassVar[str] = "cycle"

    async def __call__(
        self, store: Store, connector: Connector, account_id: int, *, clock: Clock
    ) -> object:
        from followback.services.cycle import run_cycle

        report = await run_cycle(store, connector, account_id, clock=clock)
        if report.errors:
            record_stage_errors(
                store, "cycle_error", account_id, report.errors, auth_expired=report.auth_expired
            )
        return report
