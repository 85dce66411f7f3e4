"""What followback learns from the brand's decisions, and a person's answers about it:
train the learned adjustment, reset it, and keep or unfollow an account flagged
"unfollow?" by a second look. One action each: its transaction, the repositories, the
audit entry, a typed result."""

from __future__ import annotations

import numpy as np

from followback.domain import ActionKind, Clock
from followback.engine.policy import Scorer
from followback.screening.frame import profiles_to_frame
from followback.screening.learned import features, fit
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.actions import ActionRepo, follow_key
from followback.store.learning import LearningRepo, LearningStatus
from followback.store.profiles import load_profiles
from followback.store.second_looks import SecondLookRepo

__all__ = ["reset_learning", "resolve_unfollow_check", "train_learning"]


def _status(store: Store, account_id: int) -> LearningStatus:
    with store.read() as s:
        return LearningRepo(s).status(account_id)


def train_learning(
    store: Store, account_id: int, *, clock: Clock, scorer: Scorer, by: str = "system"
) -> LearningStatus:
    """Fit the adjustment on the account's reviewed decisions since the last reset; store
    it with its version and audit it."""
    now = clock()
    with store.read() as s:
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
    return _status(store, account_id)


def reset_learning(store: Store, account_id: int, *, clock: Clock, by: str) -> LearningStatus:
    """Forget what was learned for the account; screening uses the shipped model alone
    until enough new decisions are made."""
    now = clock()
    with store.session() as s:
        AccountRepo(s).get(account_id)
        LearningRepo(s).reset(account_id, now)
        AuditRepo(s).record(by, "learning.reset", "learned adjustment reset", account_id, at=now)
    return _status(store, account_id)


def resolve_unfollow_check(
    store: Store, account_id: int, remote_id: str, *, keep: bool, by: str, clock: Clock
) -> str:
    """A person's answer to an "unfollow?" flag: keep following, or queue an unfollow
    (carried out by the outbox at the platform's pace). Returns the new state."""
    now = clock()
    state = "kept" if keep else "unfollowed"
    with store.session() as s:
        SecondLookRepo(s).resolve(account_id, remote_id, state, by, now)
        if not keep:
            actions = ActionRepo(s)
            cycle = actions.count_for_target(account_id, ActionKind.UNFOLLOW, remote_id)
            actions.enqueue(
                account_id, ActionKind.UNFOLLOW, remote_id,
                key=follow_key(account_id, ActionKind.UNFOLLOW, remote_id, cycle),
                requested_by=by, at=now,
            )  # fmt: skip
        AuditRepo(s).record(by, f"follow.{state}", remote_id, account_id, at=now)
    return state
