"""``InboxJob``: poll mentions and direct messages for one brand account, between cycles."""

from __future__ import annotations

from typing import ClassVar

from followback.actions.jobs import record_stage_errors
from followback.connectors.base import Connector
from followback.domain import Clock
from followback.store import Store
from followback.workers.base import job

__all__ = ["InboxJob"]


@job
class InboxJob:
    """Run :func:`followback.services.inbox.poll_inbox`; audit the streams that failed.

    The full cycle polls the inbox too; this job runs more often
    (``service.inbox_interval_s``) so complaints are seen within minutes.
    """

    name: ClassVar[str] = "inbox"

    async def __call__(
        self, store: Store, connector: Connector, account_id: int, *, clock: Clock
    ) -> object:
        from followback.services.inbox import poll_inbox

        report = await poll_inbox(store, connector, account_id, clock=clock)
        if report.errors:
            record_stage_errors(store, "inbox_error", account_id, report.errors)
        return report
