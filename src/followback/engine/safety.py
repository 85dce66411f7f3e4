"""Churn guard: the engine never fights the brand's own choices or loops follow/unfollow.

- An account the brand unfollowed by hand is never followed again automatically.
- An account the engine has already followed and unfollowed once is not followed again
  (no follow/unfollow loops); a person may still follow it on the platform.
- An automatic unfollow waits a minimum gap after the follow (people get time to post).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from followback.domain import FollowEventKind, Reason

__all__ = ["ENGINE_SOURCES", "ChurnHistory", "build_histories", "check_follow", "check_unfollow"]

# follow_events.source values written by the engine itself (anything else is the brand
# acting on the platform, as seen by sync).
ENGINE_SOURCES: frozenset[str] = frozenset({"engine", "undo"})

MAX_ENGINE_CYCLES = 1


@dataclass(frozen=True, slots=True)
class ChurnHistory:
    """What the brand did to one account, from the follow events."""

    last_followed_at: datetime | None = None
    manual_unfollows: int = 0
    engine_unfollows: int = 0


def build_histories(
    events: Iterable[tuple[str, str, str, datetime]],
) -> dict[str, ChurnHistory]:
    """Histories by remote id from ``(remote_id, kind, source, at)`` follow events."""
    out: dict[str, ChurnHistory] = {}
    for remote_id, kind, source, at in sorted(events, key=lambda e: e[3]):
        h = out.get(remote_id, ChurnHistory())
        if kind == FollowEventKind.FOLLOWED_BACK:
            h = ChurnHistory(at, h.manual_unfollows, h.engine_unfollows)
        elif kind == FollowEventKind.UNFOLLOWED_BY_BRAND:
            if source in ENGINE_SOURCES:
                h = ChurnHistory(h.last_followed_at, h.manual_unfollows, h.engine_unfollows + 1)
            else:
                h = ChurnHistory(h.last_followed_at, h.manual_unfollows + 1, h.engine_unfollows)
        out[remote_id] = h
    return out


def check_follow(history: ChurnHistory | None) -> Reason | None:
    """Why the engine must not follow this account now, or ``None`` when it may."""
    if history is None:
        return None
    if history.manual_unfollows:
        return Reason("churn_manual_unfollow", "the brand unfollowed this account by hand")
    if history.engine_unfollows >= MAX_ENGINE_CYCLES:
        return Reason("churn_loop", "already followed and unfollowed once (no loops)")
    return None


def check_unfollow(
    history: ChurnHistory | None, now: datetime, min_gap: timedelta, *, automatic: bool
) -> Reason | None:
    """Why the engine must not unfollow this account now, or ``None`` when it may.

    A person's unfollow (undo) is never held back; an automatic one waits ``min_gap``
    after the engine's follow.
    """
    if not automatic or history is None or history.last_followed_at is None:
        return None
    ready = history.last_followed_at + min_gap
    if now < ready:
        return Reason("churn_min_gap", f"followed less than {min_gap.days} days ago")
    return None
