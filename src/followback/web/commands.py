"""Reviewing from the dashboard: decision ids may span accounts; the review service acts.

The review service works per account, so ids are grouped by account. Every group is
first checked with a dry run (member, role, states, X's no-bulk rule), so a refusal in
one group leaves every group unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from followback.actions import review
from followback.actions.review import ReviewReport
from followback.domain import Clock
from followback.domain.errors import ErrorCode, UserError
from followback.store import Store
from followback.store.decisions import DecisionRepo

__all__ = ["review_decisions"]

ACTIONS = ("approve", "skip")


def _group(store: Store, ids: Sequence[int]) -> dict[int, list[int]]:
    wanted = sorted(set(ids))
    with store.read() as s:
        groups = DecisionRepo(s).ids_by_account(wanted)
    missing = sorted(set(wanted) - {i for found in groups.values() for i in found})
    if missing:
        raise UserError(
            f"no decision with id {', '.join(map(str, missing))}", ErrorCode.NOT_FOUND, ids=missing
        )
    return groups


def _call(
    store: Store,
    account_id: int,
    ids: list[int],
    action: str,
    member: str,
    clock: Clock,
    note: str | None,
    dry_run: bool,
) -> ReviewReport:
    if action == "approve":
        return review.approve(
            store, account_id, member=member, clock=clock, ids=ids, note=note, dry_run=dry_run
        )
    reason = note or f"skipped in the dashboard by {member}"
    return review.skip(
        store, account_id, member=member, clock=clock, reason=reason, ids=ids, dry_run=dry_run
    )


def review_decisions(
    store: Store,
    ids: Sequence[int],
    action: str,
    *,
    member: str,
    clock: Clock,
    note: str | None = None,
) -> list[ReviewReport]:
    """Approve or skip decisions ``ids`` as ``member``; one report per account.

    Raises :class:`UserError`: unknown action or ids, a decision already approved, a
    viewer acting, or several approvals at once on a platform that forbids bulk (X).
    """
    if action not in ACTIONS:
        raise UserError(f"unknown action {action!r}; use approve or skip", ErrorCode.BAD_INPUT)
    if not ids:
        raise UserError("select at least one account", ErrorCode.BAD_INPUT, field="ids")
    groups = _group(store, ids)
    for account_id, group in groups.items():
        _call(store, account_id, group, action, member, clock, note, dry_run=True)
    return [
        _call(store, account_id, group, action, member, clock, note, dry_run=False)
        for account_id, group in groups.items()
    ]
