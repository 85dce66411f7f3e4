"""The brand's learned adjustment per account, and the decisions it learns from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.domain import DecisionState
from followback.store.tables import DecisionRow, LearnedAdjustmentRow

__all__ = ["LearningRepo", "ReviewedDecision", "StoredLearning"]

_REVIEWED = (DecisionState.APPROVED.value, DecisionState.SKIPPED.value)


@dataclass(frozen=True, slots=True)
class StoredLearning:
    """What is stored for one account (``weights`` empty: nothing learned)."""

    version: str
    weights: dict[str, Any]
    decisions_used: int
    trained_at: datetime | None
    reset_at: datetime | None


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
