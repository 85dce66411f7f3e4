"""Platform facts: what a platform's own answers showed about a brand account.

A fact is detected from an answer (X's 403 ``client-forbidden`` to a follow, a follow that
landed, ...), never assumed; it is stored with the evidence and when it was seen, and a
later answer replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from followback.store.tables import PlatformFactRow

__all__ = ["Fact", "FactRepo"]


@dataclass(frozen=True, slots=True)
class Fact:
    name: str
    value: Any
    evidence: str
    detected_at: datetime


class FactRepo:
    """Reads and writes platform facts within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record(
        self, account_id: int, name: str, value: Any, *, evidence: str, at: datetime
    ) -> Fact:
        """Store (or replace) fact ``name`` of the account."""
        row = self.session.get(PlatformFactRow, (account_id, name))
        if row is None:
            row = PlatformFactRow(brand_account_id=account_id, name=name)
            self.session.add(row)
        row.value, row.evidence, row.detected_at = value, evidence[:2000], at
        self.session.flush()
        return Fact(name, value, row.evidence, at)

    def find(self, account_id: int, name: str) -> Fact | None:
        row = self.session.get(PlatformFactRow, (account_id, name))
        return None if row is None else Fact(row.name, row.value, row.evidence, row.detected_at)

    def list(self, account_id: int) -> list[Fact]:
        rows = self.session.scalars(
            select(PlatformFactRow)
            .where(PlatformFactRow.brand_account_id == account_id)
            .order_by(PlatformFactRow.name)
        )
        return [Fact(r.name, r.value, r.evidence, r.detected_at) for r in rows]
