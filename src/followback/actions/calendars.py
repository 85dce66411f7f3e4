"""Business hours and holidays per brand account: set or clear them, audited.

The SLA clock of the account's conversations runs only inside its hours; accounts without
their own use ``inbox.business_hours`` from the settings file (or wall-clock time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from followback.domain import Clock
from followback.domain.errors import ErrorCode, UserError
from followback.inbox.sla import SlaPolicy, parse_business_hours, parse_holidays
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.calendars import CalendarRepo

__all__ = [
    "WEEKDAYS",
    "CalendarSaved",
    "clear_business_calendar",
    "record_business_calendar",
    "with_account_hours",
]

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class CalendarSaved:
    account_id: int
    hours: str
    holidays: tuple[date, ...]


def _spec(opens: str, closes: str, weekdays: Sequence[str], time_zone: str) -> str:
    days = [d for d in WEEKDAYS if d.lower() in {w.strip().lower()[:3] for w in weekdays}]
    unknown = [w for w in weekdays if w.strip().lower()[:3] not in {d.lower() for d in WEEKDAYS}]
    if unknown:
        raise UserError(f"unknown weekday {unknown[0]!r}", ErrorCode.BAD_INPUT, field="weekdays")
    if not days:
        raise UserError("choose at least one open weekday", ErrorCode.BAD_INPUT, field="weekdays")
    zone = time_zone.strip() or "UTC"
    return f"{opens.strip()}-{closes.strip()} {','.join(days)} {zone}"


def record_business_calendar(
    store: Store,
    account_id: int,
    *,
    opens: str,
    closes: str,
    weekdays: Sequence[str],
    time_zone: str,
    holidays: Sequence[str],
    by: str,
    clock: Clock,
) -> CalendarSaved:
    """Set the account's opening hours and holidays; a bad value is named, nothing saved."""
    spec = _spec(opens, closes, weekdays, time_zone)
    try:
        parse_business_hours(spec)
    except UserError as exc:
        raise UserError(exc.message, ErrorCode.BAD_INPUT, field="hours") from None
    days = parse_holidays(holidays)
    with store.session() as s:
        AccountRepo(s).get(account_id)  # unknown account: not found
        saved = CalendarRepo(s).record(account_id, spec, days, by=by, at=clock())
        AuditRepo(s).record(
            by,
            "inbox.business_hours",
            f"account:{account_id}",
            account_id,
            clock(),
            hours=spec,
            holidays=len(days),
        )
    return CalendarSaved(account_id, saved.hours, saved.holidays)


def clear_business_calendar(store: Store, account_id: int, *, by: str, clock: Clock) -> bool:
    """Drop the account's own hours (the settings file's apply again); False if none."""
    with store.session() as s:
        AccountRepo(s).get(account_id)
        removed = CalendarRepo(s).delete(account_id)
        if removed:
            AuditRepo(s).record(
                by, "inbox.business_hours_cleared", f"account:{account_id}", account_id, clock()
            )
    return removed


def with_account_hours(store: Store, policy: SlaPolicy) -> SlaPolicy:
    """``policy`` with each account's own hours from the dashboard."""
    with store.session() as s:
        return replace(policy, account_hours=CalendarRepo(s).business_hours())
