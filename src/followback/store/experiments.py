"""The follow-back experiment's assignments: which arm each eligible follower is in."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from followback.store.tables import ExperimentAssignmentRow

__all__ = ["AssignmentInput", "ExperimentRepo"]

_BATCH = 500


def _chunks(items: Sequence[Any], size: int = _BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True, slots=True)
class AssignmentInput:
    """One follower's first assignment, with the screening score it was eligible at."""

    remote_id: str
    arm: str
    share: float
    bot_score: float | None
    scheme: str


class ExperimentRepo:
    """Assignments are written once and never changed: the arm a follower was first given
    is the arm the analysis compares them in."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find_arms(self, account_id: int, remote_ids: Sequence[str]) -> dict[str, str]:
        """The stored arm of each of ``remote_ids`` that has one."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(remote_ids))):
            stmt = select(ExperimentAssignmentRow.remote_id, ExperimentAssignmentRow.arm).where(
                ExperimentAssignmentRow.brand_account_id == account_id,
                ExperimentAssignmentRow.remote_id.in_(chunk),
            )
            found.update({rid: arm for rid, arm in self.session.execute(stmt)})
        return found

    def record_assignments(
        self, account_id: int, items: Sequence[AssignmentInput], *, at: datetime
    ) -> int:
        """Store the assignments of followers not assigned yet; returns how many were new."""
        existing = self.find_arms(account_id, [i.remote_id for i in items])
        fresh = {i.remote_id: i for i in items if i.remote_id not in existing}
        rows = [
            {
                "brand_account_id": account_id,
                "remote_id": i.remote_id,
                "arm": i.arm,
                "assigned_at": at,
                "share": i.share,
                "bot_score": i.bot_score,
                "scheme": i.scheme,
            }
            for i in fresh.values()
        ]
        for chunk in _chunks(rows):
            self.session.execute(insert(ExperimentAssignmentRow), list(chunk))
        return len(rows)
