"""Business hours and holidays per brand account (the dashboard's Settings › Business hours)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from followback.inbox.sla import BusinessHours, parse_business_hours
from followback.store.tables import BusinessCalendarRow

__all__ = ["CalendarRepo", "CalendarView"]


@dataclass(frozen=True, slots=True)
class CalendarView:
    account_id: int
    hours: str  # "09:00-17:00 Mon-Fri Europe/Lisbon"
    holidays: tuple[date, ...]
    updated_by: str
    updated_at: datetime


def _view(row: BusinessCalendarRow) -> CalendarView:
    days = tuple(date.fromisoformat(d) for d in row.holidays)
    return CalendarView(row.account_id, row.hours, days, row.updated_by, row.updated_at)


class CalendarRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, account_id: int) -> CalendarView | None:
        row = self.session.get(BusinessCalendarRow, account_id)
        return None if row is None else _view(row)

    def list_all(self) -> list[CalendarView]:
        rows = self.session.scalars(
            select(BusinessCalendarRow).order_by(BusinessCalendarRow.account_id)
        )
        return [_view(r) for r in rows]

    def business_hours(self) -> dict[int, BusinessHours]:
        """Each account's own hours with its holidays, for :class:`SlaPolicy.account_hours`."""
        return {
            c.account_id: parse_business_hours(c.hours).with_holidays(c.holidays)
            for c in self.list_all()
        }

    def record(
        self, account_id: int, hours: str, holidays: list[date], *, by: str, at: datetime
    ) -> CalendarView:
        """Set the account's hours and holidays (replacing what was there)."""
        row = self.session.get(BusinessCalendarRow, account_id)
        if row is None:
            row = BusinessCalendarRow(account_id=account_id)
            self.session.add(row)
        row.hours = hours
        row.holidays = [d.isoformat() for d in holidays]
        row.updated_by, row.updated_at = by, at
        self.session.flush()
        return _view(row)

    def delete(self, account_id: int) -> bool:
        """Forget the account's own calendar (the settings file's hours apply again)."""
        row = self.session.get(BusinessCalendarRow, account_id)
        if row is None:
            return False
        self.session.delete(row)
        return True
