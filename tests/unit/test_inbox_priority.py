"""Inbox priority: tiers (complaints > questions/requests > other > praise), bounds,
monotonicity and the reasons each flag carries."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followback.inbox.classify import INTENTS, SENTIMENTS, Classification
from followback.inbox.priority import (
    POSSIBLE_COMPLAINT,
    TIERS,
    possible_complaint,
    priority,
    priority_reasons,
    raise_for_waiting,
    tier_of,
    urgency,
    urgency_reasons,
    waiting_reasons,
)
from followback.inbox.sla import BusinessHours, SlaPolicy

SEVERE = Classification(
    0.95, True, 4, "negative", "complaint", "en", "test", 0.9, True, ("charged twice",)
)
MILD = Classification(0.55, True, 1, "neutral", "complaint", "en", "test", 0.6, True)
QUESTION = Classification(0.15, False, 1, "neutral", "question", "en", "test", 0.8, True)
REQUEST = Classification(0.1, False, 1, "neutral", "request", "en", "test", 0.7, True)
OTHER = Classification(0.05, False, 1, "neutral", "other", "en", "test", 0.3, False)
PRAISE = Classification(0.02, False, 1, "positive", "praise", "en", "test", 0.2, False)

classifications = st.builds(
    Classification,
    complaint_score=st.floats(0.0, 1.0),
    is_complaint=st.booleans(),
    severity=st.integers(1, 4),
    sentiment=st.sampled_from(SENTIMENTS),
    intent=st.sampled_from(INTENTS),
    language=st.just("en"),
    model_version=st.just("test"),
    response_score=st.floats(0.0, 1.0),
    needs_response=st.booleans(),
)
counts = st.integers(0, 10_000)
waits = st.one_of(st.none(), st.floats(0, 1e6).map(lambda h: timedelta(hours=h)))


def test_tiers_in_order() -> None:
    ranked = [priority(c, 100, 0, 0) for c in (SEVERE, MILD, QUESTION, OTHER, PRAISE)]
    assert ranked == sorted(ranked, reverse=True)
    assert len(set(ranked)) == len(ranked)


def test_no_reach_wait_or_history_lifts_a_message_into_the_tier_above() -> None:
    loudest = {"author_followers": 10**9, "prior_messages": 9, "prior_complaints": 9}
    waited = timedelta(days=30)
    quietest = priority(replace(MILD, complaint_score=0.5, severity=1), 0, 0, 0)
    for c in (QUESTION, REQUEST, OTHER, PRAISE):
        assert priority(c, waited=waited, **loudest) < quietest
    assert priority(PRAISE, waited=waited, **loudest) < priority(
        replace(OTHER, response_score=0.0), 0, 0, 0
    )


def test_severity_waiting_and_reach_order_complaints() -> None:
    assert priority(SEVERE, 0, 0, 0) > priority(replace(SEVERE, severity=1), 0, 0, 0)
    assert priority(MILD, 0, 0, 0, timedelta(days=2)) > priority(MILD, 0, 0, 0)
    assert priority(MILD, 500_000, 0, 0) > priority(MILD, 10, 0, 0)
    assert priority(MILD, 50, 4, 3) > priority(MILD, 50, 4, 0)


def test_needs_a_response_orders_chatter() -> None:
    assert priority(replace(OTHER, response_score=0.9), 0, 0, 0) > priority(OTHER, 0, 0, 0)


def test_reasons_say_why() -> None:
    why = priority_reasons(SEVERE, 120_000, 3, 2, timedelta(days=5, hours=3))
    assert why == (
        "charged twice",
        "blames the brand",
        "waiting 5 days",
        "author has 120,000 followers",
        "2 earlier complaints",
    )
    assert priority_reasons(QUESTION, 10, 0, 0, timedelta(hours=3)) == (
        "asks a question",
        "waiting 3 h",
    )
    assert priority_reasons(PRAISE, 10, 0, 0, timedelta(hours=3)) == ()
    assert priority_reasons(replace(MILD, reasons=()), 0, 0, 0) == ("complaint",)


@given(classifications, counts, counts, counts, waits)
def test_bounded(
    c: Classification, followers: int, messages: int, complaints: int, waited: timedelta | None
) -> None:
    complaints = min(complaints, messages)
    assert 0.0 <= priority(c, followers, messages, complaints, waited) <= 100.0


@given(classifications, counts, counts, st.floats(0, 1e4))
def test_monotone(c: Classification, followers: int, extra: int, hours: float) -> None:
    base = priority(c, followers, 3, 1)
    assert priority(c, followers + extra, 3, 1) >= base
    assert priority(c, followers, 3, 1, timedelta(hours=hours)) >= base
    assert priority(c, followers, 3, 2) >= base


def test_bookkeeping_errors_are_refused() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        priority(MILD, -1, 0, 0)
    with pytest.raises(ValueError, match="exceed"):
        priority_reasons(MILD, 0, 1, 2)


# --------------------------------------------------------------------------- waiting


def test_waiting_and_sla_nearness_raise_the_rank_inside_the_tiers() -> None:
    fresh_question = priority(QUESTION, 100, 0, 0)
    two_hours = priority(QUESTION, 100, 0, 0, timedelta(hours=2), sla_used=0.5)
    near_sla = priority(QUESTION, 100, 0, 0, timedelta(hours=2), sla_used=0.95)
    assert fresh_question < two_hours < near_sla
    assert two_hours > priority(PRAISE, 10**6, 5, 0)  # a 2-hour-old question above praise
    oldest = priority(QUESTION, 10**9, 9, 9, timedelta(days=30), sla_used=50.0)
    assert priority(MILD, 0, 0, 0) > oldest  # complaints first, still


@given(classifications, counts, st.floats(0, 1e4), st.one_of(st.none(), st.floats(0, 10)))
def test_raising_a_stored_priority_equals_scoring_with_the_wait(
    c: Classification, followers: int, hours: float, used: float | None
) -> None:
    waited = timedelta(hours=hours)
    stored = priority(c, followers, 2, 1)
    now = priority(c, followers, 2, 1, waited, used)
    assert raise_for_waiting(stored, waited, used) == pytest.approx(now, abs=0.011)
    assert stored <= raise_for_waiting(stored, waited, used) < 25 * (int(stored // 25) + 1)


def test_urgency_grows_with_the_wait_and_the_sla_share() -> None:
    assert urgency(None) == 0.0
    assert urgency(timedelta(hours=1)) < urgency(timedelta(hours=5)) < 1.0
    assert urgency(timedelta(days=6)) == 1.0
    assert urgency(timedelta(hours=1), 0.2) < urgency(timedelta(hours=1), 0.9)
    assert urgency(timedelta(hours=1), 3.0) == urgency(timedelta(hours=1), 1.0)
    with pytest.raises(ValueError, match="outside"):
        raise_for_waiting(120.0, None, None)


@pytest.mark.parametrize(
    ("waited", "left", "expected"),
    [
        (timedelta(hours=2), timedelta(minutes=30), ("waiting 2 h", "SLA in 30 min")),
        (timedelta(minutes=45), timedelta(minutes=-15), ("waiting 45 min", "SLA missed by 15 min")),
        (timedelta(hours=2, minutes=20), None, ("waiting 2 h 20 min",)),
        (timedelta(days=3), timedelta(days=-2), ("waiting 3 days", "SLA missed by 2 days")),
        (timedelta(seconds=20), timedelta(minutes=59), ()),
        (None, None, ()),
    ],
)
def test_waiting_reasons(
    waited: timedelta | None, left: timedelta | None, expected: tuple[str, ...]
) -> None:
    assert waiting_reasons(waited, left) == expected


def test_urgency_reasons_count_the_sla_in_business_hours() -> None:
    now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # a Monday
    policy = SlaPolicy(first_response_minutes=60)
    assert urgency_reasons(now - timedelta(minutes=30), now, policy) == (
        "waiting 30 min",
        "SLA in 30 min",
    )
    assert urgency_reasons(None, now, policy) == ()
    hours = BusinessHours(
        datetime(2026, 1, 1, 9).time(), datetime(2026, 1, 1, 17).time(), frozenset(range(5))
    )
    weekend = now - timedelta(days=2, hours=12)  # Friday 22:00: only Monday 9-10 counts
    why = urgency_reasons(weekend, now, SlaPolicy(first_response_minutes=90, business_hours=hours))
    assert why == ("waiting 2 days", "SLA in 30 min")


# --------------------------------------------------------------------------- possible complaints


def test_a_possible_complaint_ranks_with_the_questions_and_below_every_complaint() -> None:
    doubtful = replace(PRAISE, complaint_score=POSSIBLE_COMPLAINT)
    calm = replace(PRAISE, complaint_score=POSSIBLE_COMPLAINT - 0.01)
    assert possible_complaint(doubtful) and not possible_complaint(calm)
    assert tier_of(doubtful) == TIERS["question"] and tier_of(calm) == TIERS["praise"]
    loudest = {"author_followers": 10**9, "prior_messages": 9, "prior_complaints": 9}
    lifted = priority(doubtful, waited=timedelta(days=30), **loudest)
    assert priority(calm, 0, 0, 0) < 25.0
    assert 50.0 <= priority(doubtful, 0, 0, 0) < 75.0
    assert lifted < priority(replace(MILD, complaint_score=0.5, severity=1), 0, 0, 0)
    assert "possible complaint" in priority_reasons(doubtful, 0, 0, 0)
    assert "possible complaint" not in priority_reasons(calm, 0, 0, 0)
    # the ablation switch of the training script: above 1, nothing is lifted
    assert priority(doubtful, 0, 0, 0, possible_floor=2.0) < 25.0


def test_inside_a_band_a_likelier_missed_complaint_ranks_first() -> None:
    # Two messages the intent head calls chatter, equally likely to be answered: the one the
    # complaint head half-suspects ("still static") comes first. The previous order
    # (needs-a-response alone, complaint_share=0) could not tell them apart.
    chatter = replace(OTHER, complaint_score=0.02, response_score=0.6)
    suspect = replace(OTHER, complaint_score=0.15, response_score=0.6)
    assert tier_of(chatter) == tier_of(suspect) == TIERS["other"]
    assert priority(suspect, 0, 0, 0) > priority(chatter, 0, 0, 0)
    assert priority(suspect, 0, 0, 0, complaint_share=0.0) == priority(
        chatter, 0, 0, 0, complaint_share=0.0
    )
    # ... and still below every question, however sure the question's needs-a-response
    assert priority(suspect, 10**6, 5, 0) < priority(replace(QUESTION, response_score=0.0), 0, 0, 0)


def test_a_possible_complaint_ranks_above_every_question_and_request_of_its_band() -> None:
    # Session 7: on the customer-care samples missed complaints the head half-suspected
    # ("Just did, still the same") sat among questions and requests below the top 200.
    possible = replace(OTHER, complaint_score=POSSIBLE_COMPLAINT, response_score=0.0)
    sure_question = replace(QUESTION, complaint_score=0.19, response_score=1.0)
    loud = {"author_followers": 10**9, "prior_messages": 9, "prior_complaints": 9}
    assert tier_of(possible) == tier_of(sure_question) == TIERS["question"]
    for loudest in (
        replace(sure_question, sentiment="negative"),
        replace(REQUEST, response_score=1.0),
    ):
        assert priority(possible, 0, 0, 0) > priority(loudest, **loud)
    # mixed in as before with the ablation switch
    assert priority(possible, 0, 0, 0, possible_first=False) < priority(
        sure_question, **loud, possible_first=False
    )
    # waiting still raises a stored score exactly as scoring with the wait does
    wait, used = timedelta(hours=30), 0.7
    for c in (possible, sure_question):
        stored = priority(c, 0, 0, 0)
        assert raise_for_waiting(stored, wait, used) == pytest.approx(
            priority(c, 0, 0, 0, wait, used), abs=0.02
        )
