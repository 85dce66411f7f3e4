"""The planner: which approved follow-backs to enqueue now, in which order.

Pure: it receives decisions, what is already followed or queued, the mode, the platform's
capabilities and engagement, and returns an ordered plan. Engaged followers (who
mentioned, replied to, reposted or messaged the brand) go first; then higher stored
priority; then the oldest decision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from followback.domain import Capabilities, FollowMode, MessageKind, Verdict

__all__ = [
    "ENGAGEMENT_WEIGHTS",
    "Candidate",
    "FollowPlan",
    "Planned",
    "effective_mode",
    "engagement_priority",
    "plan_follows",
]

# How much one interaction of each kind counts toward a follower's priority.
ENGAGEMENT_WEIGHTS: Mapping[str, float] = {
    MessageKind.DM.value: 3.0,
    MessageKind.REPLY.value: 2.0,
    MessageKind.MENTION.value: 2.0,
    MessageKind.QUOTE.value: 1.5,
    "repost": 1.0,
}
_MAX_PER_KIND = 5  # a flood of messages does not buy a place at the head of the queue


def engagement_priority(counts: Mapping[str, int]) -> float:
    """A follower's engagement score from interaction counts by kind."""
    return sum(
        ENGAGEMENT_WEIGHTS.get(kind, 0.0) * min(n, _MAX_PER_KIND) for kind, n in counts.items()
    )


def effective_mode(mode: FollowMode, caps: Capabilities) -> FollowMode:
    """The mode the engine may use: ``auto`` falls back to ``review`` where the platform's
    rules do not allow automated following (X, Bluesky)."""
    if mode is FollowMode.AUTO and not caps.automated_follow_allowed:
        return FollowMode.REVIEW
    return mode


@dataclass(frozen=True, slots=True)
class Candidate:
    """An approved decision that may become a follow action."""

    decision_id: int
    remote_id: str
    verdict: Verdict
    approved: bool
    reviewed_by: str | None
    decided_at: datetime
    priority: float = 0.0


@dataclass(frozen=True, slots=True)
class Planned:
    """One follow to enqueue."""

    decision_id: int
    remote_id: str
    priority: float


@dataclass
class FollowPlan:
    """The ordered follows to enqueue and why the others were left out."""

    follows: list[Planned] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)


def _eligible(c: Candidate, mode: FollowMode) -> str | None:
    if c.verdict is not Verdict.FOLLOW and c.reviewed_by is None:
        return "not_follow"
    if not c.approved:
        return "not_approved"
    if mode is FollowMode.REVIEW and c.reviewed_by is None:
        return "needs_review"
    return None


def plan_follows(
    candidates: Sequence[Candidate],
    *,
    mode: FollowMode,
    caps: Capabilities,
    already_following: Collection[str],
    queued: Collection[str],
    blocked: Mapping[str, str],
    engagement: Mapping[str, float],
    following_room: int | None,
) -> FollowPlan:
    """Order approved follow-backs and keep only those that may go out.

    ``queued``: targets with an open or done follow action; ``blocked``: targets the
    churn guard refuses (target -> rule); ``following_room``: how many more accounts the
    brand may follow under the platform's following cap (``None``: no cap).
    """
    plan = FollowPlan()
    mode = effective_mode(mode, caps)
    if mode is FollowMode.DRY_RUN:
        plan.left_out["dry_run"] += len(candidates)
        return plan
    seen: set[str] = set()
    ready: list[Candidate] = []
    for c in candidates:
        why = _eligible(c, mode)
        if why is None and (c.remote_id in already_following or c.remote_id in queued):
            why = "already_following_or_queued"
        if why is None and c.remote_id in seen:
            why = "duplicate"
        if why is None and c.remote_id in blocked:
            why = blocked[c.remote_id]
        if why is not None:
            plan.left_out[why] += 1
            continue
        seen.add(c.remote_id)
        ready.append(c)
    ready.sort(
        key=lambda c: (
            -engagement.get(c.remote_id, 0.0),
            -c.priority,
            c.decided_at,
            c.remote_id,
        )
    )
    if following_room is not None and len(ready) > max(following_room, 0):
        plan.left_out["following_cap"] += len(ready) - max(following_room, 0)
        ready = ready[: max(following_room, 0)]
    plan.follows = [Planned(c.decision_id, c.remote_id, c.priority) for c in ready]
    return plan
