"""Second looks' state changes: send screened-out followers who talked to the brand back
to review, and record the re-check of followed accounts (the "unfollow?" flags).

:mod:`followback.services.second_looks` fetches and scores; the changes are here, one
transaction each with its audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from followback.domain import Clock, DecisionState, Reason, Verdict
from followback.store import AuditRepo, Store
from followback.store.decisions import DecisionRepo
from followback.store.second_looks import SecondLookRepo

__all__ = ["REOPENABLE", "FollowRecheck", "record_follow_rechecks", "reopen_talked_back"]

REOPENABLE = ("screening",)  # skips a conversation may reopen: the model's, not rules'


@dataclass(frozen=True)
class FollowRecheck:
    """One followed account scored again."""

    remote_id: str
    fingerprint: str
    bot_score: float
    state: str  # ok | flagged | kept
    reasons: list[dict[str, Any]] = field(default_factory=list)


def record_follow_rechecks(
    store: Store,
    account_id: int,
    results: Sequence[FollowRecheck],
    now: datetime,
    *,
    flagged: int,
    profile_calls: int,
) -> None:
    """Store each re-check (and so the "unfollow?" flags) with the pass's audit entry."""
    with store.session() as s:
        repo = SecondLookRepo(s)
        for r in results:
            repo.record_check(
                account_id, r.remote_id, at=now, fingerprint=r.fingerprint,
                bot_score=r.bot_score, state=r.state, reasons=r.reasons,
            )  # fmt: skip
        AuditRepo(s).record(
            "second-look", "follow.recheck", f"{len(results)} followed accounts", account_id,
            at=now, flagged=flagged, profile_calls=profile_calls,
        )  # fmt: skip


def reopen_talked_back(store: Store, account_id: int, *, clock: Clock) -> int:
    """Send screened-out followers who talked to the brand since back to review."""
    now = clock()
    with store.session() as s:
        found = SecondLookRepo(s).talked_back(account_id, REOPENABLE)
        decisions = DecisionRepo(s)
        for t in found:
            old = t.decision
            head = Reason(
                "talked_back",
                f"+ sent the brand a {t.kind} on {t.at:%Y-%m-%d} after being screened out",
            )
            kept = tuple(Reason(str(r.get("rule")), str(r.get("text"))) for r in old.reasons)
            decisions.record(
                account_id,
                old.remote_id,
                verdict=Verdict.REVIEW,
                state=DecisionState.PENDING,
                reasons=(head, *kept),
                decided_by="second-look",
                decided_at=now,
                policy_version=old.policy_version,
                bot_score=old.bot_score,
                model_version=old.model_version,
                priority=1.0,  # someone who talks to the brand is worth a look first
                fingerprint=old.profile_fingerprint,
            )
        if found:
            AuditRepo(s).record(
                "second-look", "review.reopen", f"{len(found)} followers", account_id, at=now,
                remote_ids=[t.decision.remote_id for t in found][:100],
            )  # fmt: skip
    return len(found)
