"""The brand's judgment, learned from its approve/skip decisions (see screening/learned.py).

- :func:`train_learning` (action): fit the adjustment on every account a person approved
  or skipped since the last reset, store it with its version, audit it.
- :func:`followback.actions.learning.reset_learning` (action): forget it; later training
  starts from the reset.
- :func:`learning_status` (read): what the dashboard and CLI show.
- :func:`learned_scorer`: the shipped scorer with the account's adjustment on top (what
  decide uses); hard rules stay with the policy, which runs before any score is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import numpy as np

from followback.domain import Clock, Profile
from followback.engine.policy import ScoreLike, Scorer
from followback.screening.frame import profiles_to_frame
from followback.screening.learned import MIN_DECISIONS, Adjustment, features, fit
from followback.services.profiles import load_profiles
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.learning import LearningRepo

__all__ = [
    "LearnedScorer",
    "LearningStatus",
    "learned_scorer",
    "learning_status",
    "needs_training",
    "train_learning",
]


@dataclass(frozen=True)
class LearningStatus:
    """What is learned for one account, in the words the dashboard shows."""

    account_id: int
    version: str | None
    decisions: int  # decisions the stored adjustment was learned from
    reviewed_since_reset: int  # decisions available now
    min_decisions: int
    trained_at: datetime | None
    reset_at: datetime | None

    @property
    def summary(self) -> str:
        if self.version:
            return f"learned from {self.decisions} of your decisions"
        need = max(self.min_decisions - self.reviewed_since_reset, 0)
        if need:
            return f"not learning yet: {need} more approve/skip decisions needed"
        return "not learned yet: runs with the next screening"

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["summary"] = self.summary
        for key in ("trained_at", "reset_at"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


class LearnedScorer:
    """A scorer whose scores carry the account's learned adjustment."""

    def __init__(self, base: Scorer, adjustment: Adjustment) -> None:
        self.base = base
        self.adjustment = adjustment

    def score_profiles(self, profiles: Sequence[Profile]) -> Sequence[ScoreLike]:
        return self.adjustment.apply(profiles, self.base.score_profiles(profiles))


def learned_scorer(store: Store, account_id: int, base: Scorer) -> Scorer:
    """``base`` with the account's stored adjustment on top (``base`` when none)."""
    with store.session() as s:
        stored = LearningRepo(s).find(account_id)
    adjustment = Adjustment.from_json(stored.weights) if stored else None
    return LearnedScorer(base, adjustment) if adjustment else base


def learning_status(store: Store, account_id: int) -> LearningStatus:
    with store.session() as s:
        AccountRepo(s).get(account_id)  # raises a UserError naming a missing account
        repo = LearningRepo(s)
        stored = repo.find(account_id)
        reset_at = stored.reset_at if stored else None
        available = repo.count_reviewed(account_id, reset_at)
    return LearningStatus(
        account_id,
        (stored.version or None) if stored else None,
        stored.decisions_used if stored else 0,
        available,
        MIN_DECISIONS,
        stored.trained_at if stored else None,
        reset_at,
    )


def needs_training(store: Store, account_id: int) -> bool:
    """New decisions since the stored adjustment (and enough of them to learn from)."""
    status = learning_status(store, account_id)
    return (
        status.reviewed_since_reset >= MIN_DECISIONS
        and status.reviewed_since_reset != status.decisions
    )


def train_learning(
    store: Store, account_id: int, *, clock: Clock, scorer: Scorer, by: str = "system"
) -> LearningStatus:
    """Fit the adjustment on the account's reviewed decisions since the last reset."""
    now = clock()
    with store.session() as s:
        account = AccountRepo(s).get(account_id)
        repo = LearningRepo(s)
        stored = repo.find(account_id)
        reviewed = repo.list_reviewed(account_id, stored.reset_at if stored else None)
        profiles = load_profiles(s, account.platform, [r.remote_id for r in reviewed])
    usable = [(r, profiles[r.remote_id]) for r in reviewed if r.remote_id in profiles]
    adjustment = None
    if usable:
        people = [p for _, p in usable]
        base = np.array([s.bot_score for s in scorer.score_profiles(people)], dtype=np.float64)
        labels = np.array([1.0 if r.skipped else 0.0 for r, _ in usable])
        adjustment = fit(features(profiles_to_frame(people), base), base, labels)
    with store.session() as s:
        repo = LearningRepo(s)
        if adjustment is None:
            repo.save(account_id, "", {}, 0, now)
        else:
            repo.save(account_id, adjustment.version, adjustment.to_json(), len(usable), now)
        AuditRepo(s).record(
            by,
            "learning.train",
            adjustment.describe() if adjustment else f"{len(usable)} decisions: not enough",
            account_id,
            at=now,
            version=adjustment.version if adjustment else None,
            decisions=len(usable),
        )
    return learning_status(store, account_id)
