"""Each account's kept retention analyses (``retention_analyses``): written by the
service's refresh, read by the Retention page and its API.

One row per account: the analyses (:class:`~followback.tracking.analyses.RetentionAnalyses`,
encoded exactly and compressed), when they were computed, the time they ran as of and the
settings they used, so a reader can tell whether they are still current
(:meth:`KeptAnalyses.current`).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.domain import as_utc
from followback.store.tables import RetentionAnalysisRow
from followback.tracking.analyses import RetentionAnalyses, decode, encode

__all__ = ["KeptAnalyses", "RetentionAnalysisRepo"]


@dataclass(frozen=True)
class KeptAnalyses:
    """One account's kept analyses; ``analyses`` is ``None`` when an older version of
    followback wrote them in another format (then they count as missing)."""

    account_id: int
    computed_at: datetime
    seconds: float
    as_of: datetime
    synced_at: datetime | None
    sla_minutes: int
    holdout_days: int
    analyses: RetentionAnalyses | None

    def current(self, last_sync: datetime | None, *, sla_minutes: int, holdout_days: int) -> bool:
        """Still what a computation now would give: no sync since they were computed (the
        account's latest sync is the one they saw), and the same settings."""
        return (
            self.analyses is not None
            and last_sync == self.synced_at
            and (self.sla_minutes, self.holdout_days) == (sla_minutes, holdout_days)
        )


class RetentionAnalysisRepo:
    """Reads and replaces the kept analyses within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, account_id: int) -> KeptAnalyses | None:
        """The account's kept analyses, if any were computed."""
        row = self.session.get(RetentionAnalysisRow, account_id)
        if row is None:
            return None
        return KeptAnalyses(
            account_id=account_id,
            computed_at=as_utc(row.computed_at),
            seconds=row.seconds,
            as_of=as_utc(row.as_of),
            synced_at=as_utc(row.synced_at) if row.synced_at else None,
            sla_minutes=row.sla_minutes,
            holdout_days=row.holdout_days,
            analyses=decode(zlib.decompress(row.payload).decode("utf-8")),
        )

    def put(
        self,
        account_id: int,
        analyses: RetentionAnalyses,
        *,
        computed_at: datetime,
        synced_at: datetime | None,
        seconds: float,
    ) -> KeptAnalyses:
        """Keep ``analyses`` as the account's, replacing any kept before (an upsert: two
        refreshes at once both succeed, the later write stays); return what is now kept."""
        values = {
            "brand_account_id": account_id,
            "computed_at": computed_at,
            "as_of": analyses.as_of,
            "synced_at": synced_at,
            "sla_minutes": analyses.sla_minutes,
            "holdout_days": analyses.holdout_days,
            "seconds": seconds,
            "payload": zlib.compress(encode(analyses).encode("utf-8"), 6),
        }
        dialect = self.session.get_bind().dialect.name
        ins: Any = (postgresql if dialect == "postgresql" else sqlite).insert(RetentionAnalysisRow)
        stmt = ins.values(values).on_conflict_do_update(
            index_elements=["brand_account_id"],
            set_={k: ins.excluded[k] for k in values if k != "brand_account_id"},
        )
        self.session.execute(stmt)
        return KeptAnalyses(
            account_id=account_id,
            computed_at=computed_at,
            seconds=seconds,
            as_of=analyses.as_of,
            synced_at=synced_at,
            sla_minutes=analyses.sla_minutes,
            holdout_days=analyses.holdout_days,
            analyses=analyses,
        )
