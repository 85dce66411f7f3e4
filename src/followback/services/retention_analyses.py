"""Retention analyses computed ahead of the page: the service refreshes them, the
Retention page and its API read what is kept.

Fitting the page's survival models takes seconds at millions of followers (13-18 s at
10,000,000, ``bench/RESULTS.md``), so a page view must not do it. :func:`refresh_stale`
(run by ``followback run`` every :data:`REFRESH_EVERY_S`) recomputes each account whose
kept analyses are missing or behind its latest sync; :func:`retention_page` reads them,
and computes them itself only for accounts small enough that doing so is cheap
(:data:`INLINE_MAX_SECONDS`, :data:`INLINE_MAX_ARRIVALS`). Both compute with
:func:`followback.services.report.retention_analyses`, the report's own function, so the
page shows the figures the report would.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from followback.actions.retention_analyses import keep_retention_analyses
from followback.domain import BrandAccount, Clock
from followback.services.report import DEFAULT_SLA_MINUTES, retention_analyses
from followback.store import AccountRepo, Store
from followback.store import StoreSession as Session
from followback.store.policies import PolicyRepo
from followback.store.retention_analyses import KeptAnalyses, RetentionAnalysisRepo
from followback.store.tracking_queries import audience_counts, last_sync_at
from followback.tracking.analyses import RetentionAnalyses
from followback.tracking.metrics import AudienceCounts

__all__ = [
    "INLINE_MAX_ARRIVALS",
    "INLINE_MAX_SECONDS",
    "REFRESH_EVERY_S",
    "RetentionPage",
    "compute_and_keep",
    "refresh_stale",
    "retention_page",
]

REFRESH_EVERY_S = 3600.0  # how often the service looks for analyses behind their account
# The page computes missing or out-of-date analyses itself only where that is cheap: when
# their last computation took at most INLINE_MAX_SECONDS, or, never computed, when the
# account has at most INLINE_MAX_ARRIVALS follower arrivals. Measured on bench_web.py's
# account shape on PostgreSQL (bench/RESULTS.md, "The Retention page's analyses: cost
# against size"): 2,000 arrivals (100,000 followers) 0.14-0.34 s, 20,000 1.4-2.8 s; the
# cost follows the account's whole audience as well (0.5-0.7 s at 10,000 followers and
# 200 arrivals), hence the per-account measure once there is one.
INLINE_MAX_ARRIVALS = 2_000
INLINE_MAX_SECONDS = 0.25


@dataclass(frozen=True)
class RetentionPage:
    """What the Retention page and ``/api/retention`` show for one account.

    ``state``: ``"current"`` (the kept analyses are as of the latest sync, with today's
    settings), ``"stale"`` (kept, but a sync or a setting changed since; the service
    refreshes them) or ``"missing"`` (none kept yet).
    """

    account: BrandAccount
    counts: AudienceCounts
    last_sync: datetime | None
    kept: KeptAnalyses | None
    state: str

    @property
    def analyses(self) -> RetentionAnalyses | None:
        return self.kept.analyses if self.kept is not None else None


def _settings(session: Session, account_id: int) -> tuple[datetime | None, int]:
    """The account's latest sync and its experiment's horizon (what decides currency)."""
    holdout = PolicyRepo(session).get(account_id).settings.holdout_days
    return last_sync_at(session, account_id), holdout


def compute_and_keep(
    store: Store, account_id: int, *, clock: Clock, sla_minutes: int = DEFAULT_SLA_MINUTES
) -> KeptAnalyses:
    """Compute the account's analyses now (in a read transaction) and keep them."""
    started = time.perf_counter()
    with store.read() as s:
        synced_at = last_sync_at(s, account_id)
        analyses = retention_analyses(s, account_id, clock(), sla_minutes=sla_minutes)
    seconds = round(time.perf_counter() - started, 3)
    return keep_retention_analyses(
        store, account_id, analyses, computed_at=clock(), synced_at=synced_at, seconds=seconds
    )


def refresh_stale(
    store: Store,
    *,
    clock: Clock,
    sla_minutes: int = DEFAULT_SLA_MINUTES,
    stopping: Callable[[], bool] = lambda: False,
) -> list[int]:
    """Recompute the analyses of every account whose kept ones are missing or not
    current; return those accounts' ids. One account at a time: each computation reads
    in its own transaction and keeps its result in a short one; ``stopping()`` is asked
    between accounts (a stopping service does not wait for the rest)."""
    refreshed = []
    with store.read() as s:
        ids = [a.id for a in AccountRepo(s).list()]
    for account_id in ids:
        if stopping():
            break
        with store.read() as s:
            last_sync, holdout = _settings(s, account_id)
            kept = RetentionAnalysisRepo(s).get(account_id)
        if kept is None or not kept.current(
            last_sync, sla_minutes=sla_minutes, holdout_days=holdout
        ):
            compute_and_keep(store, account_id, clock=clock, sla_minutes=sla_minutes)
            refreshed.append(account_id)
    return refreshed


def _cheap(kept: KeptAnalyses | None, arrivals: int) -> bool:
    """Whether computing the analyses while a page waits is cheap: the last computation
    took at most :data:`INLINE_MAX_SECONDS`, or, none yet, the account has at most
    :data:`INLINE_MAX_ARRIVALS` arrivals."""
    if kept is not None:
        return kept.seconds <= INLINE_MAX_SECONDS
    return arrivals <= INLINE_MAX_ARRIVALS


def retention_page(
    store: Store,
    account_id: int,
    *,
    clock: Clock,
    sla_minutes: int = DEFAULT_SLA_MINUTES,
    inline: bool = True,
) -> RetentionPage:
    """The account's counts and kept analyses; missing or out-of-date analyses are
    computed here when that is cheap (``inline`` and :func:`_cheap`), and otherwise left
    to the service (the page says so)."""
    with store.read() as s:
        account = AccountRepo(s).get(account_id)
        counts = audience_counts(s, account_id)
        last_sync, holdout = _settings(s, account_id)
        kept = RetentionAnalysisRepo(s).get(account_id)
    if kept is not None and kept.current(last_sync, sla_minutes=sla_minutes, holdout_days=holdout):
        return RetentionPage(account, counts, last_sync, kept, "current")
    if inline and _cheap(kept, counts.arrivals):
        kept = compute_and_keep(store, account_id, clock=clock, sla_minutes=sla_minutes)
        return RetentionPage(account, counts, last_sync, kept, "current")
    state = "missing" if kept is None or kept.analyses is None else "stale"
    return RetentionPage(account, counts, last_sync, kept, state)
