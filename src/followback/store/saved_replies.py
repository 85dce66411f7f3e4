"""Saved replies kept in the dashboard (Settings › Saved replies and ``/api/saved-replies``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.domain.errors import ErrorCode, UserError
from followback.store.tables import SavedReplyRow

__all__ = ["SavedReplyRepo", "SavedReplyView"]


@dataclass(frozen=True, slots=True)
class SavedReplyView:
    id: int
    name: str
    text: str
    updated_by: str
    updated_at: datetime


def _view(row: SavedReplyRow) -> SavedReplyView:
    return SavedReplyView(row.id, row.name, row.text, row.updated_by, row.updated_at)


class SavedReplyRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_all(self) -> list[SavedReplyView]:
        rows = self.session.scalars(select(SavedReplyRow).order_by(SavedReplyRow.name))
        return [_view(r) for r in rows]

    def _row(self, name: str) -> SavedReplyRow | None:
        # Names are unique regardless of case, so "Thanks" and "thanks" are one reply.
        return self.session.scalar(
            select(SavedReplyRow).where(func.lower(SavedReplyRow.name) == name.lower())
        )

    def get(self, name: str) -> SavedReplyView:
        row = self._row(name)
        if row is None:
            raise UserError(f"no saved reply named {name!r}", ErrorCode.NOT_FOUND, field="name")
        return _view(row)

    def _refuse_taken(self, name: str, but: int | None = None) -> None:
        row = self._row(name)
        if row is not None and row.id != but:
            raise UserError(
                f"a saved reply named {row.name!r} exists already", ErrorCode.CONFLICT, field="name"
            )

    def add(self, name: str, text: str, *, by: str, at: datetime) -> SavedReplyView:
        self._refuse_taken(name)
        row = SavedReplyRow(name=name, text=text, updated_by=by, updated_at=at)
        self.session.add(row)
        self.session.flush()
        return _view(row)

    def update(
        self, name: str, new_name: str, text: str, *, by: str, at: datetime
    ) -> tuple[SavedReplyView, SavedReplyView]:
        """Rename and/or rewrite the reply; returns (before, after)."""
        row = self._row(name)
        if row is None:
            raise UserError(f"no saved reply named {name!r}", ErrorCode.NOT_FOUND, field="name")
        before = _view(row)
        self._refuse_taken(new_name, but=row.id)
        row.name, row.text, row.updated_by, row.updated_at = new_name, text, by, at
        self.session.flush()
        return before, _view(row)

    def delete(self, name: str) -> SavedReplyView:
        row = self._row(name)
        if row is None:
            raise UserError(f"no saved reply named {name!r}", ErrorCode.NOT_FOUND, field="name")
        gone = _view(row)
        self.session.delete(row)
        return gone
