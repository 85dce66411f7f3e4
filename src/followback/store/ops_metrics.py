"""What the workers' metrics endpoint reads: outbox actions by kind and state, the rate
buckets, and how many accounts wait for a new login."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.store.tables import ActionRow, BrandAccountRow, RateBucketRow

__all__ = ["OpsMetricsRepo"]


class OpsMetricsRepo:
    """Reads for :mod:`followback.workers.telemetry` within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def action_counts(self) -> list[tuple[str, str, int]]:
        """``(kind, state, count)`` of every outbox action."""
        stmt = select(ActionRow.kind, ActionRow.state, func.count()).group_by(
            ActionRow.kind, ActionRow.state
        )
        return [(k, s, int(n)) for k, s, n in self.session.execute(stmt)]

    def buckets(self) -> list[RateBucketRow]:
        """Every account's rate buckets."""
        return list(self.session.scalars(select(RateBucketRow)))

    def needing_reauth(self) -> int:
        """Accounts whose credentials were refused."""
        stmt = select(func.count()).where(BrandAccountRow.needs_reauth.is_(True))
        return int(self.session.scalar(stmt) or 0)
