"""A person's answers about what followback learned: reset the learned adjustment, and
keep or unfollow an account flagged "unfollow?" by a second look. One action each: its
transaction, the repositories, the audit entry, a typed result."""

from __future__ import annotations

from followback.domain import ActionKind, Clock
from followback.services.learning import LearningStatus, learning_status
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.actions import ActionRepo, follow_key
from followback.store.learning import LearningRepo
from followback.store.second_looks import SecondLookRepo

__all__ = ["reset_learning", "resolve_unfollow_check"]


def reset_learning(store: Store, account_id: int, *, clock: Clock, by: str) -> LearningStatus:
    """Forget what was learned for the account; screening uses the shipped model alone
    until enough new decisions are made."""
    now = clock()
    with store.session() as s:
        AccountRepo(s).get(account_id)
        LearningRepo(s).reset(account_id, now)
        AuditRepo(s).record(by, "learning.reset", "learned adjustment reset", account_id, at=now)
    return learning_status(store, account_id)


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
