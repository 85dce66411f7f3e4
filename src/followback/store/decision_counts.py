"""How many current decisions each account has by state and verdict (``decision_counts``).

The review queue's lane counts and every page's "pending reviews" per account read these
few rows instead of counting the decisions (a million-decision account made every page pay
for that count). :class:`~followback.store.decisions.DecisionRepo` keeps them as it records
and supersedes decisions and applies reviews; forgetting a person subtracts theirs. They
always equal ``GROUP BY brand_account_id, state, verdict`` over the decisions that are not
superseded: :meth:`DecisionCountRepo.rebuild` computes exactly that (migration 0019 runs it
on existing databases, and the tests compare the two).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.store.tables import DecisionCountRow, DecisionRow

__all__ = ["DecisionCountRepo"]

Key = tuple[int, str, str]  # account, state, verdict


class DecisionCountRepo:
    """Adds to, rebuilds and reads ``decision_counts`` within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, changes: Iterable[tuple[Key, int]]) -> None:
        """Add each ``(account, state, verdict) -> delta``; rows locked in key order."""
        total: Counter[Key] = Counter()
        for key, delta in changes:
            total[key] += delta
        rows = [
            {"brand_account_id": a, "state": s, "verdict": v, "n": n}
            for (a, s, v), n in sorted(total.items())
            if n
        ]
        if not rows:
            return
        dialect = self.session.get_bind().dialect.name
        ins: Any = (postgresql if dialect == "postgresql" else sqlite).insert(DecisionCountRow)
        stmt = ins.on_conflict_do_update(
            index_elements=["brand_account_id", "state", "verdict"],
            set_={"n": DecisionCountRow.n + ins.excluded.n},
        )
        self.session.execute(stmt, rows)

    def forget(self, where: Any) -> None:
        """Subtract the current decisions matching ``where`` (call before deleting them)."""
        self.record(((k, -n) for k, n in self._grouped(where).items()))

    def rebuild(self) -> int:
        """Recompute every row from the decisions; rows written."""
        self.session.execute(delete(DecisionCountRow))
        counts = self._grouped(true())
        self.record(counts.items())
        return len(counts)

    def _grouped(self, where: Any) -> Counter[Key]:
        keys = (DecisionRow.brand_account_id, DecisionRow.state, DecisionRow.verdict)
        stmt = (
            select(*keys, func.count())
            .where(where, DecisionRow.superseded.is_(False))
            .group_by(*keys)
        )
        return Counter({(a, s, v): int(n) for a, s, v, n in self.session.execute(stmt)})

    def by_account(self, state: str) -> dict[int, int]:
        """Current decisions in ``state`` per account."""
        stmt = (
            select(DecisionCountRow.brand_account_id, func.sum(DecisionCountRow.n))
            .where(DecisionCountRow.state == state)
            .group_by(DecisionCountRow.brand_account_id)
        )
        return {a: int(n) for a, n in self.session.execute(stmt) if n}

    def by_verdict(self, account_id: int | None, state: str | None) -> dict[str, int]:
        """Current decisions per verdict, of one account (or all) in ``state`` (or any)."""
        stmt = select(DecisionCountRow.verdict, func.sum(DecisionCountRow.n)).group_by(
            DecisionCountRow.verdict
        )
        if account_id is not None:
            stmt = stmt.where(DecisionCountRow.brand_account_id == account_id)
        if state is not None:
            stmt = stmt.where(DecisionCountRow.state == state)
        return {v: int(n) for v, n in self.session.execute(stmt) if n}
