"""The brand's judgment, learned from its approve/skip decisions (see screening/learned.py).

- :func:`followback.actions.learning.train_learning` (action, re-exported here): fit the
  adjustment on every account a person approved or skipped since the last reset, store
  it with its version, audit it.
- :func:`followback.actions.learning.reset_learning` (action): forget it; later training
  starts from the reset.
- :func:`learning_status` (read): what the dashboard and CLI show.
- :func:`learned_scorer`: the shipped scorer with the account's adjustment on top (what
  decide uses); hard rules stay with the policy, which runs before any score is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from followback.actions.learning import train_learning
from followback.domain import Profile
from followback.engine.policy import ScoreLike, Scorer
from followback.screening.learned import MIN_DECISIONS, Adjustment
from followback.store import Store
from followback.store.learning import LearningRepo, LearningStatus

__all__ = [
    "LearnedScorer",
    "LearningStatus",
    "learned_scorer",
    "learning_status",
    "needs_training",
    "train_learning",
]


class LearnedScorer:
    """A scorer whose scores carry the account's learned adjustment."""

    def __init__(self, base: Scorer, adjustment: Adjustment) -> None:
        self.base = base
        self.adjustment = adjustment

    def score_profiles(self, profiles: Sequence[Profile]) -> Sequence[ScoreLike]:
        return self.adjustment.apply(profiles, self.base.score_profiles(profiles))


def learned_scorer(store: Store, account_id: int, base: Scorer) -> Scorer:
    """``base`` with the account's stored adjustment on top (``base`` when none)."""
    with store.read() as s:
        stored = LearningRepo(s).find(account_id)
    adjustment = Adjustment.from_json(stored.weights) if stored else None
    return LearnedScorer(base, adjustment) if adjustment else base


def learning_status(store: Store, account_id: int) -> LearningStatus:
    """What is learned for the account (what the dashboard and CLI show)."""
    with store.read() as s:
        return LearningRepo(s).status(account_id)


def needs_training(store: Store, account_id: int) -> bool:
    """New decisions since the stored adjustment (and enough of them to learn from)."""
    status = learning_status(store, account_id)
    return (
        status.reviewed_since_reset >= MIN_DECISIONS
        and status.reviewed_since_reset != status.decisions
    )
