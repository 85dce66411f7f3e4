"""Inbox priority: tiers (complaints > questions/requests > other > praise), bounds,
monotonicity and the reasons each flag carries."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followback.inbox.classify import INTENTS, SENTIMENTS, Classification
from followback.inbox.priority import priority, priority_reasons

SEVERE = Classification(
    0.95, True, 4, "negative", "complaint", "en", "test", 0.9, True, ("charged twice",)
)
MILD = Classification(0.55, True, 1, "neutral", "complaint", "en", "test", 0.6, True)
QUESTION = Classification(0.2, False, 1, "neutral", "question", "en", "test", 0.8, True)
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
        "no reply in 5 days",
        "author has 120,000 followers",
        "2 earlier complaints",
    )
    assert priority_reasons(QUESTION, 10, 0, 0, timedelta(hours=3)) == (
        "asks a question",
        "no reply in 3 hours",
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
