"""Service levels: first-response and resolution times, in business hours where configured.

Times are measured from when the customer opened the conversation. With business hours
(``"09:00-17:00 Mon-Fri Europe/Lisbon"``) only the time inside those hours counts, so a
message sent on Friday night and answered on Monday at 09:30 waited 30 minutes. Holidays
(dates in the hours' time zone) count as closed all day. Each brand account may have its own
hours (edited in the dashboard); the rest use the settings file's.

Opening and closing times are wall-clock times in the account's zone; durations are measured
in UTC, so a day when the clocks change has one hour more or less of opening time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followback.domain.errors import ErrorCode, UserError

__all__ = [
    "BusinessHours",
    "ConversationTimes",
    "SlaPolicy",
    "SlaState",
    "SlaStatus",
    "SlaSummary",
    "due_at",
    "elapsed_seconds",
    "first_response_status",
    "parse_business_hours",
    "parse_holidays",
    "percentile",
    "sla_alerts",
    "summarise",
]

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPEC = re.compile(
    r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})"
    r"(?:\s+([A-Za-z]{3}(?:\s*-\s*[A-Za-z]{3})?(?:\s*,\s*[A-Za-z]{3}(?:\s*-\s*[A-Za-z]{3})?)*))?"
    r"(?:\s+([A-Za-z_]+(?:/[A-Za-z_+\-0-9]+)*))?\s*$"
)


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """Opening hours on some weekdays (0 = Monday) in one time zone, closed on ``holidays``."""

    start: time
    end: time
    weekdays: frozenset[int]
    tz: str = "UTC"
    holidays: frozenset[date] = frozenset()

    def with_holidays(self, holidays: Iterable[date]) -> BusinessHours:
        return replace(self, holidays=frozenset(holidays))

    def _openings(self, begin: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Opening intervals in UTC, from the day of ``begin`` on (endless)."""
        zone = ZoneInfo(self.tz)
        day = begin.astimezone(zone).date()
        for _ in range(366 * 5):  # five years without an opening day means none will come
            if day.weekday() in self.weekdays and day not in self.holidays:
                opens = datetime.combine(day, self.start, zone).astimezone(UTC)
                closes = datetime.combine(day, self.end, zone).astimezone(UTC)
                yield opens, closes
            day += timedelta(days=1)

    def seconds_between(self, begin: datetime, finish: datetime) -> float:
        """Seconds of opening time between ``begin`` and ``finish`` (0 if not after)."""
        total = 0.0
        if finish <= begin:
            return total
        for opens, closes in self._openings(begin):
            if opens >= finish:
                break
            lo, hi = max(opens, begin), min(closes, finish)
            if hi > lo:
                total += (hi - lo).total_seconds()
        return total

    def add(self, begin: datetime, seconds: float) -> datetime | None:
        """The moment ``seconds`` of opening time after ``begin`` (UTC); None if never."""
        left = seconds
        for opens, closes in self._openings(begin):
            lo = max(opens, begin)
            if closes <= lo:
                continue
            span = (closes - lo).total_seconds()
            if left <= span:
                return lo + timedelta(seconds=left)
            left -= span
        return None


def _day_index(name: str) -> int:
    key = name.strip().lower()[:3]
    if key not in _DAYS:
        raise UserError(f"business hours: unknown weekday {name!r}", ErrorCode.BAD_CONFIG)
    return _DAYS.index(key)


def _weekdays(spec: str | None) -> frozenset[int]:
    if not spec:
        return frozenset(range(5))
    days: set[int] = set()
    for part in spec.split(","):
        first, _, last = part.partition("-")
        a = _day_index(first)
        b = _day_index(last) if last else a
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(b + 1)])
    return frozenset(days)


def parse_business_hours(spec: str) -> BusinessHours:
    """Parse ``"HH:MM-HH:MM [Mon-Fri] [Time/Zone]"``; weekdays default to Mon-Fri, zone to UTC.

    Raises :class:`UserError` (``bad_config``) naming what is wrong.
    """
    match = _SPEC.match(spec)
    if match is None:
        raise UserError(
            f"business hours {spec!r}: expected e.g. '09:00-17:00 Mon-Fri Europe/Lisbon'",
            ErrorCode.BAD_CONFIG,
        )
    h1, m1, h2, m2, days, tz = match.groups()
    try:
        start, end = time(int(h1), int(m1)), time(int(h2), int(m2))
    except ValueError as exc:
        raise UserError(f"business hours {spec!r}: {exc}", ErrorCode.BAD_CONFIG) from None
    if end <= start:
        raise UserError(
            f"business hours {spec!r}: closing must be after opening", ErrorCode.BAD_CONFIG
        )
    zone = tz or "UTC"
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            f"business hours {spec!r}: unknown time zone {zone!r}", ErrorCode.BAD_CONFIG
        ) from None
    return BusinessHours(start, end, _weekdays(days), zone)


def parse_holidays(lines: Iterable[str]) -> list[date]:
    """Dates ``YYYY-MM-DD`` (anything after the date on a line is a note), sorted, unique.

    Raises :class:`UserError` (``bad_input``) naming the first bad line.
    """
    days: set[date] = set()
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        head = text.split(maxsplit=1)[0]
        try:
            days.add(date.fromisoformat(head))
        except ValueError:
            raise UserError(
                f"holiday {text!r}: expected a date like 2026-12-25", ErrorCode.BAD_INPUT
            ) from None
    if len(days) > 1000:
        raise UserError("at most 1000 holidays", ErrorCode.BAD_INPUT)
    return sorted(days)


def due_at(begin: datetime, seconds: float, hours: BusinessHours | None) -> datetime | None:
    """When a target of ``seconds`` started at ``begin`` runs out (in business time)."""
    if hours is not None:
        return hours.add(begin, seconds)
    return begin + timedelta(seconds=seconds)


def elapsed_seconds(begin: datetime, finish: datetime, hours: BusinessHours | None) -> float:
    """Wall-clock seconds, or business seconds when ``hours`` is given."""
    if hours is not None:
        return hours.seconds_between(begin, finish)
    return max(0.0, (finish - begin).total_seconds())


class SlaState(StrEnum):
    OK = "ok"  # waiting, within target
    AT_RISK = "at_risk"  # waiting, past the warning share of the target
    BREACHED = "breached"  # waiting, past the target
    MET = "met"  # answered within target
    MISSED = "missed"  # answered, late


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    """A first-response target; ``warn_share`` of it raises an at-risk alert."""

    first_response_minutes: int = 60
    business_hours: BusinessHours | None = None
    warn_share: float = 0.8
    # Accounts with their own hours (edited in the dashboard); others use business_hours.
    account_hours: Mapping[int, BusinessHours] = field(default_factory=dict)

    @property
    def target_s(self) -> float:
        return self.first_response_minutes * 60.0

    def hours_for(self, account_id: int | None) -> BusinessHours | None:
        if account_id is not None and account_id in self.account_hours:
            return self.account_hours[account_id]
        return self.business_hours


@dataclass(frozen=True, slots=True)
class ConversationTimes:
    conversation_id: int
    opened_at: datetime
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    account_id: int | None = None


@dataclass(frozen=True, slots=True)
class SlaStatus:
    conversation_id: int
    state: SlaState
    waited_s: float  # time to first response, or waiting so far
    target_s: float
    resolution_s: float | None = None
    due_at: datetime | None = None  # when the first response is due (waiting only)

    @property
    def is_alert(self) -> bool:
        return self.state in (SlaState.AT_RISK, SlaState.BREACHED)


def first_response_status(times: ConversationTimes, now: datetime, policy: SlaPolicy) -> SlaStatus:
    """Where ``times`` stands against the first-response target at ``now``."""
    hours = policy.hours_for(times.account_id)
    resolution = (
        None
        if times.resolved_at is None
        else elapsed_seconds(times.opened_at, times.resolved_at, hours)
    )
    due = None
    if times.first_response_at is not None:
        waited = elapsed_seconds(times.opened_at, times.first_response_at, hours)
        state = SlaState.MET if waited <= policy.target_s else SlaState.MISSED
    else:
        due = due_at(times.opened_at, policy.target_s, hours)
        waited = elapsed_seconds(times.opened_at, now, hours)
        if waited > policy.target_s:
            state = SlaState.BREACHED
        elif waited > policy.warn_share * policy.target_s:
            state = SlaState.AT_RISK
        else:
            state = SlaState.OK
    return SlaStatus(times.conversation_id, state, waited, policy.target_s, resolution, due)


def sla_alerts(
    items: Iterable[ConversationTimes], now: datetime, policy: SlaPolicy
) -> list[SlaStatus]:
    """Unanswered conversations breached or at risk, longest wait first."""
    statuses = [first_response_status(t, now, policy) for t in items]
    return sorted((s for s in statuses if s.is_alert), key=lambda s: -s.waited_s)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) with linear interpolation; ``None`` for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass(frozen=True, slots=True)
class SlaSummary:
    conversations: int
    answered: int
    unanswered: int
    met: int
    missed: int
    breached: int
    at_risk: int
    median_first_response_s: float | None
    p90_first_response_s: float | None
    median_resolution_s: float | None


def summarise(statuses: Sequence[SlaStatus]) -> SlaSummary:
    """Counts per state and median / 90th-percentile first-response and resolution times."""
    answered = [s.waited_s for s in statuses if s.state in (SlaState.MET, SlaState.MISSED)]
    resolved = [s.resolution_s for s in statuses if s.resolution_s is not None]
    count = {state: sum(1 for s in statuses if s.state is state) for state in SlaState}
    return SlaSummary(
        conversations=len(statuses),
        answered=len(answered),
        unanswered=len(statuses) - len(answered),
        met=count[SlaState.MET],
        missed=count[SlaState.MISSED],
        breached=count[SlaState.BREACHED],
        at_risk=count[SlaState.AT_RISK],
        median_first_response_s=percentile(answered, 50),
        p90_first_response_s=percentile(answered, 90),
        median_resolution_s=percentile(resolved, 50),
    )
