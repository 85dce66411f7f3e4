"""Shared helpers for the follow-back engine's tests: a stub scorer and sandbox setup."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from followback.domain import FollowMode, Platform, Profile, Reason
from followback.store import AccountRepo, Store


@dataclass(frozen=True)
class StubScore:
    bot_score: float
    reasons: tuple[Reason, ...]
    model_version: str = "stub-1"


class StubScorer:
    """A tiny deterministic scorer: follows many, followed by few, posts nothing -> bot."""

    def __init__(self, fixed: dict[str, float] | None = None) -> None:
        self.fixed = fixed or {}
        self.calls = 0

    def score_profiles(self, profiles: Sequence[Profile]) -> list[StubScore]:
        self.calls += 1
        return [self._one(p) for p in profiles]

    def _one(self, p: Profile) -> StubScore:
        if p.remote_id in self.fixed:
            return StubScore(self.fixed[p.remote_id], (Reason("stub", "fixed score"),))
        ratio = math.log1p(p.following_count) - math.log1p(p.followers_count)
        score = 0.5 + 0.12 * ratio
        if p.posts_count == 0:
            score += 0.25
        if not p.has_avatar:
            score += 0.15
        if p.posts_count > 20 and p.has_avatar:
            score -= 0.3
        score = min(1.0, max(0.0, score))
        reasons = (
            Reason("follow_ratio", f"follows {p.following_count}, followed by {p.followers_count}"),
        )
        return StubScore(round(score, 3), reasons)


def add_sandbox_account(store: Store, handle: str, mode: FollowMode) -> int:
    with store.session() as s:
        return AccountRepo(s).add(Platform.SANDBOX, handle, "brand1", mode)
