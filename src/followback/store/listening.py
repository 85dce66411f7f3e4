"""Listening's stored state: each account's listen rule, search marks, X spend, daily volume."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.config import AccountSettings, ListenSettings
from followback.domain import ErrorCode, UserError, utcnow
from followback.inbox.signal import DayVolume
from followback.store.message_days import MessageDayRepo
from followback.store.tables import (
    ListenRuleRow,
    MessageRow,
    SyncStateRow,
)

__all__ = ["MARKS_STREAM", "X_SPEND_STREAM", "ListenRepo", "seed_listen_from_settings"]

MARKS_STREAM = "listen.marks"
X_SPEND_STREAM = "listen.x_spend"


def _validate(data: Mapping[str, Any]) -> ListenSettings:
    try:
        return ListenSettings(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise UserError(
            f"invalid listen settings: {key}: {err['msg']}", ErrorCode.BAD_INPUT, key=key
        ) from exc


class ListenRepo:
    """Reads and writes listening state within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- the rule ------------------------------------------------------------------------
    def find(self, account_id: int) -> ListenSettings | None:
        row = self.session.get(ListenRuleRow, account_id)
        return None if row is None else _validate(row.settings)

    def get(self, account_id: int) -> ListenSettings:
        """The account's listen settings; empty (listen for nothing) when none are stored."""
        return self.find(account_id) or ListenSettings()

    def updated_by(self, account_id: int) -> str | None:
        row = self.session.get(ListenRuleRow, account_id)
        return None if row is None else row.updated_by

    def record(
        self, account_id: int, data: Mapping[str, Any], *, by: str, at: datetime | None = None
    ) -> ListenSettings:
        """Validate and store (raises :class:`UserError` naming a bad key; nothing changes)."""
        settings = _validate(data)
        row = self.session.get(ListenRuleRow, account_id)
        if row is None:
            row = ListenRuleRow(brand_account_id=account_id)
            self.session.add(row)
        row.settings = settings.model_dump(mode="json")
        row.updated_at = at or utcnow()
        row.updated_by = by
        self.session.flush()
        return settings

    # -- sync state ----------------------------------------------------------------------
    def _find_state(self, account_id: int, stream: str) -> SyncStateRow | None:
        stmt = select(SyncStateRow).where(
            SyncStateRow.brand_account_id == account_id, SyncStateRow.stream == stream
        )
        return self.session.scalars(stmt).first()

    def _state(self, account_id: int, stream: str, now: datetime) -> SyncStateRow:
        row = self._find_state(account_id, stream)
        if row is None:
            row = SyncStateRow(brand_account_id=account_id, stream=stream, updated_at=now, data={})
            self.session.add(row)
            self.session.flush()
        return row

    def marks(self, account_id: int) -> dict[str, dict[str, str]]:
        """Per search term, the newest post seen: ``{"id": ..., "at": iso}``."""
        row = self._find_state(account_id, MARKS_STREAM)  # a read: creates nothing
        return {str(k): dict(v) for k, v in ((row.data if row else None) or {}).items()}

    def save_mark(self, account_id: int, term: str, mark: Mapping[str, str], at: datetime) -> None:
        row = self._state(account_id, MARKS_STREAM, at)
        row.data = {**(row.data or {}), term: dict(mark)}
        row.updated_at = at

    def x_spend(self, account_id: int, month: str) -> tuple[int, Decimal]:
        """Posts read by X search and their cost in ``month`` (``YYYY-MM``)."""
        row = self._find_state(account_id, X_SPEND_STREAM)  # a read: creates nothing
        data = (row.data if row else None) or {}
        entry = data.get(month) or {}
        return int(entry.get("posts", 0)), Decimal(str(entry.get("usd", "0")))

    def add_x_spend(
        self, account_id: int, month: str, posts: int, usd: Decimal, at: datetime
    ) -> None:
        row = self._state(account_id, X_SPEND_STREAM, at)
        data = dict(row.data or {})
        before_posts, before_usd = self.x_spend(account_id, month)
        data[month] = {"posts": before_posts + posts, "usd": str(before_usd + usd)}
        row.data = data
        row.updated_at = at

    def replies_sent(self, conversation_id: int) -> int:
        """Messages the brand sent in a conversation (a heard post gets one at most)."""
        stmt = select(func.count()).where(
            MessageRow.conversation_id == conversation_id, MessageRow.direction == "out"
        )
        return int(self.session.scalar(stmt) or 0)

    # -- the signal ----------------------------------------------------------------------
    def daily_volume(self, account_id: int | None, first: date, last: date) -> list[DayVolume]:
        """Inbound public posts per UTC day from ``first`` to ``last`` (every day listed).

        ``account_id`` ``None``: every account together. Read from the daily counts
        (``message_days``, one row per account and day), not from the messages.
        """
        counts = MessageDayRepo(self.session).by_day(account_id, first, last)
        out = []
        for i in range(max((last - first).days + 1, 0)):
            d = first + timedelta(days=i)
            out.append(DayVolume(d, *counts.get(d, (0, 0, 0))))
        return out


def seed_listen_from_settings(session: Session, accounts: Iterable[AccountSettings]) -> int:
    """Store each connected account's ``[accounts.listen]``; returns how many changed.

    What a person saved in Settings wins over the file; what the file wrote before is
    replaced when the file changes (so editing followback.toml takes effect).
    """
    from followback.store.accounts import AccountRepo

    repo = AccountRepo(session)
    listen = ListenRepo(session)
    changed = 0
    for acct in accounts:
        row = repo.find_row(acct.platform, acct.handle)
        if row is None:
            continue
        by = listen.updated_by(row.id)
        if by not in (None, "config") or listen.find(row.id) == acct.listen:
            continue
        if by is None and acct.listen == ListenSettings():
            continue
        listen.record(row.id, acct.listen.model_dump(mode="json"), by="config")
        changed += 1
    return changed
