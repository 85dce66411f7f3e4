"""The brand's learned adjustment per account, and the decisions it learns from."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.domain import DecisionState
from followback.screening.learned import MIN_DECISIONS
from followback.store.accounts import AccountRepo
from followback.store.tables import DecisionRow, LearnedAdjustmentRow

__all__ = ["LearningRepo", "LearningStatus", "ReviewedDecision", "StoredLearning"]

_REVIEWED = (DecisionState.APPROVED.value, DecisionState.SKIPPED.value)


@dataclass(frozen=True, slots=True)
class StoredLearning:
    """What is stored for one account (``weights`` empty: nothing learned)."""

    version: str
    weights: dict[str, Any]
    decisions_used: int
    trained_at: datetime | None
    reset_at: datetime | None


@dataclass(frozen=True)
class LearningStatus:
    """What is learned for one account, in the words the dashboard shows."""

    account_id: int
    version: str | None
    decisions: int  # decisions the stored adjustment was learned from
    reviewed_since_reset: int  # decisions available now
    min_decisions: int
    trained_at: datetime | None
    reset_at: datetime | None

    @property
    def summary(self) -> str:
        if self.version:
            return f"learned from {self.decisions} of your decisions"
        need = max(self.min_decisions - self.reviewed_since_reset, 0)
        if need:
            return f"not learning yet: {need} more approve/skip decisions needed"
        return "not learned yet: runs with the next screening"

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["summary"] = self.summary
        for key in ("trained_at", "reset_at"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


@dataclass(frozen=True, slots=True)
class ReviewedDecision:
    """A person's approve (``skipped=False``) or skip of one account."""

    remote_id: str
    skipped: bool
    reviewed_at: datetime


class LearningRepo:
    """Reads and writes ``learned_adjustments`` within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, account_id: int) -> StoredLearning | None:
        row = self.session.get(LearnedAdjustmentRow, account_id)
        if row is None:
            return None
        return StoredLearning(
            row.version, dict(row.weights or {}), row.decisions_used, row.trained_at, row.reset_at
        )

    def _row(self, account_id: int) -> LearnedAdjustmentRow:
        row = self.session.get(LearnedAdjustmentRow, account_id)
        if row is None:
            row = LearnedAdjustmentRow(
                brand_account_id=account_id, version="", weights={}, decisions_used=0
            )
            self.session.add(row)
        return row

    def save(
        self, account_id: int, version: str, weights: dict[str, Any], used: int, at: datetime
    ) -> None:
        row = self._row(account_id)
        row.version, row.weights, row.decisions_used, row.trained_at = version, weights, used, at
        self.session.flush()

    def reset(self, account_id: int, at: datetime) -> None:
        """Forget everything learned; decisions reviewed before ``at`` no longer count."""
        row = self._row(account_id)
        row.version, row.weights, row.decisions_used = "", {}, 0
        row.trained_at, row.reset_at = None, at
        self.session.flush()

    def _reviewed_filter(self, account_id: int, since: datetime | None) -> list[Any]:
        conds = [
            DecisionRow.brand_account_id == account_id,
            DecisionRow.reviewed_by.is_not(None),
            DecisionRow.reviewed_at.is_not(None),
            DecisionRow.state.in_(_REVIEWED),
        ]
        if since is not None:
            conds.append(DecisionRow.reviewed_at > since)
        return conds

    def count_reviewed(self, account_id: int, since: datetime | None) -> int:
        """How many accounts a person approved or skipped since ``since``."""
        stmt = select(func.count(func.distinct(DecisionRow.remote_id))).where(
            *self._reviewed_filter(account_id, since)
        )
        return int(self.session.scalar(stmt) or 0)

    def list_reviewed(self, account_id: int, since: datetime | None) -> list[ReviewedDecision]:
        """Each reviewed account's latest approve or skip since ``since``."""
        stmt = (
            select(DecisionRow.remote_id, DecisionRow.state, DecisionRow.reviewed_at)
            .where(*self._reviewed_filter(account_id, since))
            .order_by(DecisionRow.reviewed_at, DecisionRow.id)
        )
        latest: dict[str, ReviewedDecision] = {}
        for rid, state, at in self.session.execute(stmt):
            if at is not None:  # the query requires it; this tells the type checker
                latest[rid] = ReviewedDecision(rid, state == DecisionState.SKIPPED.value, at)
        return list(latest.values())

    def status(self, account_id: int) -> LearningStatus:
        """What is learned for the account (a UserError names a missing account)."""
        AccountRepo(self.session).get(account_id)
        stored = self.find(account_id)
        reset_at = stored.reset_at if stored else None
        return LearningStatus(
            account_id,
            (stored.version or None) if stored else None,
            stored.decisions_used if stored else 0,
            self.count_reviewed(account_id, reset_at),
            MIN_DECISIONS,
            stored.trained_at if stored else None,
            reset_at,
        )
