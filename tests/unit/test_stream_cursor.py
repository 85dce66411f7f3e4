"""Where an event stream resumes, and when polling must cover the gap instead (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followback.services.stream_cursor import MAX_GAP, stream_start, to_us

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


def test_a_recent_cursor_is_resumed_and_a_missing_or_stale_one_means_polling() -> None:
    recent = to_us(NOW - timedelta(minutes=15))
    assert stream_start(str(recent), NOW) == recent
    assert stream_start(None, NOW) is None  # first cycle after opting in
    assert stream_start("", NOW) is None
    assert stream_start("not-a-number", NOW) is None
    stale = to_us(NOW - MAX_GAP - timedelta(seconds=1))
    assert stream_start(str(stale), NOW) is None  # Jetstream no longer has those events
