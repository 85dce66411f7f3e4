"""The audit log: who or what did what to whom, when and why."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from followback.domain import AuditEntry, utcnow
from followback.store.tables import AuditRow

__all__ = ["AuditRepo"]


class AuditRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(
        self,
        actor: str,
        verb: str,
        target: str,
        brand_account_id: int | None = None,
        at: datetime | None = None,
        **detail: object,
    ) -> None:
        """Append one entry (in the caller's transaction, so it commits with the change)."""
        self.session.add(
            AuditRow(
                at=at or utcnow(),
                actor=actor,
                verb=verb,
                target=target,
                brand_account_id=brand_account_id,
                detail=detail,
            )
        )

    def _query(
        self, search: str | None, brand_account_id: int | None, verb: str | None
    ) -> Select[AuditRow]:
        stmt = select(AuditRow)
        if brand_account_id is not None:
            stmt = stmt.where(AuditRow.brand_account_id == brand_account_id)
        if verb:
            stmt = stmt.where(AuditRow.verb == verb)
        if search:
            like = f"%{search}%"
            stmt = stmt.where(
                or_(
                    AuditRow.actor.ilike(like),
                    AuditRow.target.ilike(like),
                    AuditRow.verb.ilike(like),
                )
            )
        return stmt

    def list(
        self,
        search: str | None = None,
        brand_account_id: int | None = None,
        verb: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[AuditEntry]:
        stmt = self._query(search, brand_account_id, verb)
        stmt = stmt.order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit).offset(offset)
        return [
            AuditEntry(r.at, r.actor, r.verb, r.brand_account_id, r.target, dict(r.detail))
            for r in self.session.scalars(stmt)
        ]

    def count(self, search: str | None = None, brand_account_id: int | None = None) -> int:
        sub = self._query(search, brand_account_id, None).subquery()
        return int(self.session.scalar(select(func.count()).select_from(sub)) or 0)
