"""Community: suggest reposting followers' positive posts about the brand.

A post is worth sharing when a follower wrote it, it is positive and not a complaint, and
it speaks about the brand (a mention). Each author is suggested once, with the strongest
post first, so the brand's timeline does not fill up with one fan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["RepostCandidate", "suggest_reposts"]


@dataclass(frozen=True, slots=True)
class RepostCandidate:
    message_id: int
    remote_id: str
    author_id: str
    text: str
    sentiment: str
    is_complaint: bool
    is_follower: bool
    public: bool
    author_followers: int = 0
    already_reposted: bool = False
    score: float = 0.0  # e.g. 1 - complaint_score


def _eligible(c: RepostCandidate) -> bool:
    return (
        c.public
        and c.is_follower
        and c.sentiment == "positive"
        and not c.is_complaint
        and not c.already_reposted
    )


def suggest_reposts(
    candidates: Iterable[RepostCandidate], limit: int = 10
) -> list[RepostCandidate]:
    """Eligible posts, one per author, best first (score, then reach), at most ``limit``."""
    ranked = sorted(
        (c for c in candidates if _eligible(c)),
        key=lambda c: (-c.score, -c.author_followers, c.message_id),
    )
    seen: set[str] = set()
    picked: list[RepostCandidate] = []
    for c in ranked:
        if c.author_id in seen:
            continue
        seen.add(c.author_id)
        picked.append(c)
        if len(picked) >= limit:
            break
    return picked
