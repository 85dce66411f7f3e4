"""Keeping an account's retention analyses (the service's refresh and the Retention page
call this once they have computed them)."""

from __future__ import annotations

from datetime import datetime

from followback.store import Store
from followback.store.retention_analyses import KeptAnalyses, RetentionAnalysisRepo
from followback.tracking.analyses import RetentionAnalyses

__all__ = ["keep_retention_analyses"]


def keep_retention_analyses(
    store: Store,
    account_id: int,
    analyses: RetentionAnalyses,
    *,
    computed_at: datetime,
    synced_at: datetime | None,
    seconds: float,
) -> KeptAnalyses:
    """Replace the account's kept analyses with ``analyses``, computed at ``computed_at``
    in ``seconds`` from the data of the account's sync at ``synced_at``; return what is
    now kept.

    Not audited: it keeps figures derived from stored rows (as the daily counts are kept),
    refreshed as often as hourly per account; the follows, messages and decisions it reads
    are audited where they happen. Computing is the caller's, outside this transaction, so
    a refresh of seconds never holds a write transaction open.
    """
    with store.session() as s:
        return RetentionAnalysisRepo(s).put(
            account_id, analyses, computed_at=computed_at, synced_at=synced_at, seconds=seconds
        )
