"""``CycleJob``: one full cycle (sync → decide → act → inbox) for one brand account."""

from __future__ import annotations

from typing import ClassVar

from followback.connectors.base import Connector
from followback.domain import Clock
from followback.store import Store
from followback.store.audit import AuditRepo
from followback.workers.base import job

__all__ = ["CycleJob"]


@job
class CycleJob:
    """Run :func:`followback.services.cycle.run_cycle` and audit every stage error.

    The cycle keeps going after a platform error in one stage and reports it; those
    errors are written to the audit log here so every failure stays visible.
    """

    name: ClassVar[str] = "cycle"

    async def __call__(
        self, store: Store, connector: Connector, account_id: int, *, clock: Clock
    ) -> object:
        from followback.services.cycle import run_cycle

        report = await run_cycle(store, connector, account_id, clock=clock)
        if report.errors:
            with store.session() as s:
                audit = AuditRepo(s)
                for error in report.errors:
                    stage, _, text = error.partition(": ")
                    audit.record(
                        "worker",
                        "cycle_error",
                        stage,
                        account_id,
                        error=text.split(":", 1)[0],
                        auth_expired=report.auth_expired,
                    )
        return report
