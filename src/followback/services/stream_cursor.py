"""Where an event stream (Bluesky's Jetstream) resumes, and when polling must cover a gap.

Jetstream replays roughly a day of events from a cursor (``time_us``). A stream read from
a stored cursor misses nothing; with no cursor yet (the first cycle after opting in) or one
older than Jetstream keeps, the cycle polls instead (polling is the source of truth for the
past) and the stream starts from now. Arrivals and messages are idempotent, so the overlap
of a poll and a stream costs nothing but a few duplicates skipped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from followback.actions.inbound import record_stream_cursor
from followback.domain import TransientError
from followback.store import Store
from followback.store.edges import TrackingStateRepo

__all__ = ["MAX_GAP", "StreamWindow", "read_stream_window", "stream_start", "to_us"]

T = TypeVar("T")

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


@dataclass(frozen=True, slots=True)
class StreamWindow(Generic[T]):
    """What a stream read from its cursor returned, and the cursor to store with it."""

    items: list[T]
    resume: str


async def read_stream_window(
    store: Store,
    account_id: int,
    stream: str,
    now: datetime,
    read: Callable[[int, int], Awaitable[tuple[list[T], int | None]]],
) -> StreamWindow[T] | str:
    """Read ``stream`` from its stored cursor up to ``now`` with ``read(start_us, until_us)``.

    Returns the window, or why this cycle must poll instead: no recent cursor (then the
    stream starts from ``now``: its cursor is stored here) or the stream is down. The
    caller stores the items and ``resume`` in one transaction, so the cursor moves exactly
    with what it produced.
    """
    with store.read() as s:
        state = TrackingStateRepo(s).find(account_id, stream)
    start = stream_start(state.cursor if state else None, now)
    if start is None:
        record_stream_cursor(store, account_id, stream, str(to_us(now)), now)
        return "no recent stream cursor: polled, the stream starts now"
    try:
        items, cursor = await read(start, to_us(now))
    except TransientError as exc:
        return f"stream unavailable ({exc}): polled"
    # Never backwards: events before ``start`` are the stream's rewind overlap.
    return StreamWindow(items, str(max(cursor or start, start)))
