"""Where an event stream (Bluesky's Jetstream) resumes, and when polling must cover a gap.

Jetstream replays roughly a day of events from a cursor (``time_us``). A stream read from
a stored cursor misses nothing; with no cursor yet (the first cycle after opting in) or one
older than Jetstream keeps, the cycle polls instead (polling is the source of truth for the
past) and the stream starts from now. Arrivals and messages are idempotent, so the overlap
of a poll and a stream costs nothing but a few duplicates skipped.
"""

from __future__ import annotations

from datetime import datetime, timedelta

__all__ = ["MAX_GAP", "stream_start", "to_us"]

MAX_GAP = timedelta(hours=20)  # Jetstream keeps about a day; resume well inside it


def to_us(at: datetime) -> int:
    return int(at.timestamp() * 1_000_000)


def stream_start(cursor: str | None, now: datetime, max_gap: timedelta = MAX_GAP) -> int | None:
    """The ``time_us`` to read the stream from, or ``None`` when polling must cover the gap
    (no cursor yet, an unreadable one, or one older than ``max_gap``)."""
    if not cursor:
        return None
    try:
        start = int(cursor)
    except ValueError:
        return None
    if to_us(now) - start > int(max_gap.total_seconds() * 1_000_000):
        return None
    return start
