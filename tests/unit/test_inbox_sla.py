"""First-response service levels, in wall-clock time and in business hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from followback.domain import UserError
from followback.inbox.sla import (
    ConversationTimes,
    SlaPolicy,
    SlaState,
    due_at,
    first_response_status,
    parse_business_hours,
    parse_holidays,
    percentile,
    sla_alerts,
    summarise,
)

FRIDAY_1630 = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)  # a Friday
MONDAY_0930 = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def test_business_hours_count_only_opening_time() -> None:
    hours = parse_business_hours("09:00-17:00 Mon-Fri UTC")
    # 30 minutes on Friday, nothing at the weekend, 30 minutes on Monday.
    assert hours.seconds_between(FRIDAY_1630, MONDAY_0930) == 3600


def test_business_hours_follow_the_configured_time_zone() -> None:
    hours = parse_business_hours("09:00-17:00 Mon-Fri America/New_York")
    # 16:30 UTC is 11:30 in New York (EST): the whole next hour is open.
    assert hours.seconds_between(FRIDAY_1630, FRIDAY_1630 + timedelta(hours=1)) == 3600


def test_weekday_lists_and_wrapping_ranges_parse() -> None:
    assert parse_business_hours("08:00-12:00 Sat,Sun").weekdays == frozenset({5, 6})
    assert parse_business_hours("08:00-12:00 Fri-Mon").weekdays == frozenset({4, 5, 6, 0})
    assert parse_business_hours("08:00-12:00").weekdays == frozenset(range(5))


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("9 to 5", "expected e.g."),
        ("17:00-09:00", "closing must be after opening"),
        ("09:00-17:00 Mon-Fri Mars/Olympus", "unknown time zone"),
        ("09:00-17:00 Mon-Fry", "unknown weekday"),
        ("09:00-25:00", "hour must be in"),
    ],
)
def test_bad_business_hours_name_the_problem(spec: str, problem: str) -> None:
    with pytest.raises(UserError, match=problem):
        parse_business_hours(spec)


def test_waiting_conversations_go_ok_then_at_risk_then_breached() -> None:
    policy = SlaPolicy(first_response_minutes=60)
    t = ConversationTimes(1, FRIDAY_1630)
    states = [
        first_response_status(t, FRIDAY_1630 + timedelta(minutes=m), policy).state
        for m in (10, 50, 61)
    ]
    assert states == [SlaState.OK, SlaState.AT_RISK, SlaState.BREACHED]


def test_a_weekend_wait_is_not_a_breach_in_business_hours() -> None:
    policy = SlaPolicy(60, parse_business_hours("09:00-17:00 Mon-Fri"))
    answered = ConversationTimes(1, FRIDAY_1630, first_response_at=MONDAY_0930)
    status = first_response_status(answered, MONDAY_0930, policy)
    assert status.state is SlaState.MET
    assert status.waited_s == 3600
    wall_clock = first_response_status(answered, MONDAY_0930, SlaPolicy(60))
    assert wall_clock.state is SlaState.MISSED


def test_alerts_list_waiting_conversations_longest_first() -> None:
    policy = SlaPolicy(60)
    now = FRIDAY_1630 + timedelta(hours=3)
    items = [
        ConversationTimes(1, now - timedelta(minutes=70)),
        ConversationTimes(2, now - timedelta(minutes=5)),
        ConversationTimes(3, now - timedelta(minutes=150)),
        ConversationTimes(4, now - timedelta(hours=5), first_response_at=now),
    ]
    assert [a.conversation_id for a in sla_alerts(items, now, policy)] == [3, 1]


def test_summary_reports_median_and_90th_percentile() -> None:
    policy = SlaPolicy(60)
    start = FRIDAY_1630
    items = [
        ConversationTimes(i, start, first_response_at=start + timedelta(minutes=m))
        for i, m in enumerate((10, 20, 30, 40, 100))
    ]
    summary = summarise([first_response_status(t, start, policy) for t in items])
    assert (summary.answered, summary.met, summary.missed) == (5, 4, 1)
    assert summary.median_first_response_s == 30 * 60
    assert summary.p90_first_response_s == pytest.approx(76 * 60)
    assert percentile([], 50) is None


def test_no_time_passes_backwards() -> None:
    hours = parse_business_hours("09:00-17:00")
    assert hours.seconds_between(MONDAY_0930, FRIDAY_1630) == 0.0
    waited = first_response_status(
        ConversationTimes(1, MONDAY_0930), MONDAY_0930 - timedelta(hours=1), SlaPolicy(60)
    )
    assert waited.waited_s == 0.0 and waited.state is SlaState.OK


# -- due times, holidays and clock changes ---------------------------------------------------
LISBON = "09:00-18:00 Mon-Fri Europe/Lisbon"


def _lisbon(*args: int) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(*args, tzinfo=ZoneInfo("Europe/Lisbon"))  # type: ignore[misc]


def test_friday_1755_with_a_one_hour_target_is_due_monday_0955() -> None:
    hours = parse_business_hours(LISBON)
    friday = _lisbon(2026, 11, 20, 17, 55)
    assert due_at(friday, 3600, hours) == _lisbon(2026, 11, 23, 9, 55)
    assert due_at(friday, 3600, None) == _lisbon(2026, 11, 20, 18, 55)  # wall clock


def test_the_due_time_is_in_the_accounts_time_zone() -> None:
    # 17:55 in New York, five minutes before closing there: five minutes on Friday.
    hours = parse_business_hours("09:00-18:00 Mon-Fri America/New_York")
    friday_utc = datetime(2026, 11, 20, 22, 55, tzinfo=UTC)  # 17:55 in New York (EST)
    assert due_at(friday_utc, 3600, hours) == datetime(2026, 11, 23, 14, 55, tzinfo=UTC)


def test_the_clock_change_weekend_keeps_the_local_due_time() -> None:
    # Europe moves to summer time on Sunday 29 March 2026: Monday 09:55 is 08:55 UTC.
    hours = parse_business_hours(LISBON)
    friday = datetime(2026, 3, 27, 17, 55, tzinfo=UTC)  # 17:55 in Lisbon (WET, UTC+0)
    assert due_at(friday, 3600, hours) == datetime(2026, 3, 30, 8, 55, tzinfo=UTC)


def test_a_day_with_a_clock_change_has_an_hour_less_or_more() -> None:
    spring = parse_business_hours("00:00-12:00 Sun Europe/Lisbon")
    sunday = _lisbon(2026, 3, 29, 0, 0)
    assert spring.seconds_between(sunday, sunday + timedelta(days=1)) == 11 * 3600
    autumn = _lisbon(2026, 10, 25, 0, 0)
    assert spring.seconds_between(autumn, autumn + timedelta(days=1)) == 13 * 3600


def test_holidays_are_closed_all_day() -> None:
    hours = parse_business_hours(LISBON).with_holidays(parse_holidays(["2026-11-23 bank holiday"]))
    friday = _lisbon(2026, 11, 20, 17, 55)
    assert due_at(friday, 3600, hours) == _lisbon(2026, 11, 24, 9, 55)
    assert hours.seconds_between(friday, _lisbon(2026, 11, 24, 9, 0)) == 300


def test_never_open_means_never_due() -> None:
    hours = parse_business_hours("09:00-10:00 Mon UTC")
    every_monday = [date(2026, 11, 23) + timedelta(weeks=w) for w in range(53 * 5 + 2)]
    assert due_at(FRIDAY_1630, 60, hours.with_holidays(every_monday)) is None


def test_bad_holidays_are_named() -> None:
    with pytest.raises(UserError, match="holiday '25/12/2026'"):
        parse_holidays(["2026-01-01", "25/12/2026"])
    assert parse_holidays(["", "2026-12-25 Christmas", "2026-01-01", "2026-12-25"]) == [
        date(2026, 1, 1),
        date(2026, 12, 25),
    ]


def test_each_account_can_have_its_own_hours() -> None:
    lisbon = parse_business_hours(LISBON)
    policy = SlaPolicy(first_response_minutes=60, account_hours={7: lisbon})
    friday = _lisbon(2026, 11, 20, 17, 55)
    monday = _lisbon(2026, 11, 23, 9, 0)
    own = first_response_status(ConversationTimes(1, friday, account_id=7), monday, policy)
    other = first_response_status(ConversationTimes(2, friday, account_id=8), monday, policy)
    assert own.state is SlaState.OK and own.due_at == _lisbon(2026, 11, 23, 9, 55)
    assert other.state is SlaState.BREACHED and other.due_at == _lisbon(2026, 11, 20, 18, 55)
