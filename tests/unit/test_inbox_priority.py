"""Inbox priority: bounds, ordering (complaints first) and monotonicity."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followback.inbox.classify import INTENTS, SENTIMENTS, Classification
from followback.inbox.priority import priority

SEVERE = Classification(0.95, True, 4, "negative", "complaint", "en", "test")
MILD = Classification(0.55, True, 1, "neutral", "complaint", "en", "test")
QUESTION = Classification(0.2, False, 1, "neutral", "question", "en", "test")
PRAISE = Classification(0.02, False, 1, "positive", "praise", "en", "test")

classifications = st.builds(
    Classification,
    complaint_score=st.floats(0.0, 1.0),
    is_complaint=st.booleans(),
    severity=st.integers(1, 4),
    sentiment=st.sampled_from(SENTIMENTS),
    intent=st.sampled_from(INTENTS),
    language=st.just("en"),
    model_version=st.just("test"),
)
counts = st.integers(0, 10_000)


def test_complaints_come_first() -> None:
    ranked = [priority(c, 100, 0, 0) for c in (SEVERE, MILD, QUESTION, PRAISE)]
    assert ranked == sorted(ranked, reverse=True)
    assert ranked[0] > ranked[1] > ranked[2] > ranked[3]


def test_documented_landmarks() -> None:
    assert 70 <= priority(SEVERE, 0, 0, 0) <= 75
    assert priority(SEVERE, 2_000_000, 5, 5) >= 95
    assert 15 <= priority(QUESTION, 0, 0, 0) <= 25
    assert priority(PRAISE, 10, 0, 0) < 10


def test_reach_and_history_raise_priority_but_do_not_outrank_a_severe_complaint() -> None:
    assert priority(QUESTION, 1_000_000, 0, 0) > priority(QUESTION, 10, 0, 0)
    assert priority(MILD, 50, 4, 3) > priority(MILD, 50, 4, 0)
    assert priority(QUESTION, 10_000_000, 9, 3) < priority(SEVERE, 0, 0, 0)


@given(classifications, counts, counts, counts)
def test_bounded(c: Classification, followers: int, messages: int, complaints: int) -> None:
    complaints = min(complaints, messages)
    assert 0.0 <= priority(c, followers, messages, complaints) <= 100.0


@given(classifications, counts, counts, st.floats(0.0, 1.0))
def test_monotone(c: Classification, followers: int, extra: int, higher: float) -> None:
    base = priority(c, followers, 3, 1)
    assert priority(c, followers + extra, 3, 1) >= base
    assert priority(c, followers, 3, 2) >= base
    if higher >= c.complaint_score:
        assert priority(replace(c, complaint_score=higher), followers, 3, 1) >= base


@pytest.mark.parametrize(
    ("followers", "messages", "complaints"), [(-1, 0, 0), (0, -1, 0), (0, 1, 2)]
)
def test_bad_counts_raise(followers: int, messages: int, complaints: int) -> None:
    with pytest.raises(ValueError):
        priority(PRAISE, followers, messages, complaints)


def test_nan_score_counts_as_zero() -> None:
    assert priority(replace(PRAISE, complaint_score=float("nan")), 0, 0, 0) == priority(
        replace(PRAISE, complaint_score=0.0), 0, 0, 0
    )
