"""First-response service levels, in wall-clock time and in business hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followback.domain import UserError
from followback.inbox.sla import (
    ConversationTimes,
    SlaPolicy,
    SlaState,
    first_response_status,
    parse_business_hours,
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
