"""People working the review queue: approve, skip and undo, each named in the audit log.

- ``approve``: the decisions become approved follow-backs, enqueued in the outbox and
  paced like any other action. On X, each follow-back must be approved individually
  (X's automation rules), so approving by filter, ``--all`` or several ids is refused.
- ``skip``: the decisions are closed without following, with the reason given.
- ``undo``: take back an approval, one follow action at a time or a whole batch: follows
  not made yet are cancelled, follows already made are unfollowed, and every decision goes
  back to the review queue (verdict ``review``, so no filter re-approves it by itself). The
  report says what happened to each follower.

Every function takes ``dry_run``: it computes exactly what would happen, reports it, and
writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from followback.actions.decisions import enqueue_approved_follows
from followback.domain import (
    ActionKind,
    ActionState,
    Clock,
    DecisionState,
    Direction,
    ErrorCode,
    Platform,
    Reason,
    Role,
    UserError,
    Verdict,
)
from followback.domain.rulebook import find_rule, refused_request
from followback.store import AccountRepo, AuditRepo, Store
from followback.store import StoreSession as Session
from followback.store.actions import ActionRepo, follow_key
from followback.store.decisions import DecisionRepo, parse_filters
from followback.store.edges import EdgeRepo
from followback.store.policies import PolicyRepo, account_capabilities
from followback.store.tables import ActionRow, DecisionRow
from followback.store.team import TeamRepo

__all__ = ["ReviewReport", "UndoOutcome", "approve", "check_member", "skip", "undo"]

_REVIEWABLE = {
    DecisionState.PENDING.value,
    DecisionState.SKIPPED.value,
    DecisionState.REPORTED.value,
}


@dataclass(frozen=True, slots=True)
class UndoOutcome:
    """What an undo did to one follower."""

    remote_id: str
    outcome: str  # cancelled | unfollow_queued | already_unfollowed | not_followed
    text: str  # the same in plain words
    back_in_review: bool = True


@dataclass
class ReviewReport:
    """What an approve, skip or undo did (or, with ``dry_run``, would do)."""

    verb: str
    account_id: int
    member: str
    dry_run: bool
    decision_ids: list[int] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    enqueued: int = 0
    cancelled: int = 0
    batch_id: str | None = None
    left_out: dict[str, int] = field(default_factory=dict)
    outcomes: list[UndoOutcome] = field(default_factory=list)  # undo only
    already_closed: list[int] = field(default_factory=list)  # given ids approved/superseded

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Rollback(Exception):
    """Raised inside a dry run's transaction so nothing it wrote is kept."""


def check_member(session: Session, member: str) -> str:
    """The team member answering, by name; refused when unknown, inactive or a viewer."""
    name = member.strip()
    if not name:
        raise UserError("say who you are: --as MEMBER", ErrorCode.BAD_INPUT)
    team = TeamRepo(session)
    if team.count():
        row = team.find_row(name)
        if row is None or not row.active:
            raise UserError(f"no active team member {name!r}", ErrorCode.FORBIDDEN, member=name)
        if row.role == Role.VIEWER.value:
            raise UserError(
                f"{name} is a viewer; approving, skipping and undoing need an agent or admin",
                ErrorCode.FORBIDDEN,
                member=name,
            )
    return name


def _select(
    session: Session,
    account_id: int,
    ids: Sequence[int],
    filters: Sequence[str],
    all_: bool,
) -> tuple[list[DecisionRow], list[int]]:
    """The open decisions to review, and the given ids already closed (left alone)."""
    repo = DecisionRepo(session)
    if ids and (filters or all_):
        raise UserError("give decision ids, or --filter/--all, not both", ErrorCode.BAD_INPUT)
    if ids:
        rows = repo.get_many(account_id, ids)
        closed = [r.id for r in rows if r.state not in _REVIEWABLE or r.superseded]
        if len(closed) == len(rows):
            raise UserError(
                f"decision {', '.join(map(str, closed))} is already approved or superseded",
                ErrorCode.CONFLICT,
                ids=closed,
            )
        # Some were closed meanwhile (a hand-off approved its follow-back, a colleague got
        # there first): the others go ahead, and the report names the ones left alone.
        return [r for r in rows if r.id not in closed], closed
    if not (filters or all_):
        raise UserError("give decision ids, --filter or --all", ErrorCode.BAD_INPUT)
    return repo.list_matching(account_id, parse_filters(filters)), []


def _refuse_bulk_on_x(
    platform: str, bulk_allowed: bool, ids: Sequence[int], filters: Sequence[str], all_: bool
) -> None:
    if bulk_allowed or (len(ids) == 1 and not filters and not all_):
        return
    detail = (
        f"bulk approval is not allowed on {platform}: its automation rules allow a tool to "
        "highlight new followers only if each follow-back is approved individually and "
        "manually. Approve one decision id at a time."
    )
    rule = find_rule(Platform(platform), "bulk_approval")
    if rule is not None:
        raise refused_request(rule, detail)
    raise UserError(detail, ErrorCode.NOT_ALLOWED, platform=platform)


def _run(store: Store, dry_run: bool, body: Callable[[Session], ReviewReport]) -> ReviewReport:
    reports: list[ReviewReport] = []
    try:
        with store.session() as s:
            reports.append(body(s))
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return reports[0]


def approve(
    store: Store,
    account_id: int,
    *,
    member: str,
    clock: Clock,
    ids: Sequence[int] = (),
    filters: Sequence[str] = (),
    all_: bool = False,
    note: str | None = None,
    dry_run: bool = False,
) -> ReviewReport:
    """Approve follow-backs and enqueue them (bulk refused on X, with the reason)."""
    now = clock()

    def body(s: Session) -> ReviewReport:
        name = check_member(s, member)
        account = AccountRepo(s).get(account_id)
        caps = account_capabilities(account.platform, PolicyRepo(s).get(account_id))
        _refuse_bulk_on_x(account.platform.value, caps.bulk_approval_allowed, ids, filters, all_)
        rows, closed = _select(s, account_id, ids, filters, all_)
        report = ReviewReport("approve", account_id, name, dry_run, already_closed=closed)
        report.batch_id = f"review-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
        DecisionRepo(s).apply_review(
            rows, DecisionState.APPROVED, reviewer=f"member:{name}", note=note, at=now
        )
        plan = enqueue_approved_follows(
            s,
            account_id,
            rows,
            caps=caps,
            mode=account.mode,
            requested_by=f"member:{name}",
            batch_id=report.batch_id,
            now=now,
        )
        report.decision_ids = [r.id for r in rows]
        report.targets = [p.remote_id for p in plan.follows]
        report.enqueued = len(plan.follows)
        report.left_out = dict(plan.left_out)
        audit = AuditRepo(s)
        for r in rows:
            audit.record(
                f"member:{name}",
                "approve",
                r.remote_id,
                account_id,
                at=now,
                decision_id=r.id,
                note=note,
                batch_id=report.batch_id,
                reasons=[x["text"] for x in r.reasons],
            )
        return report

    return _run(store, dry_run, body)


def skip(
    store: Store,
    account_id: int,
    *,
    member: str,
    clock: Clock,
    reason: str,
    ids: Sequence[int] = (),
    filters: Sequence[str] = (),
    all_: bool = False,
    dry_run: bool = False,
) -> ReviewReport:
    """Close decisions without following, with the reviewer's reason."""
    now = clock()
    if not reason.strip():
        raise UserError("skipping needs a reason: --reason TEXT", ErrorCode.BAD_INPUT)

    def body(s: Session) -> ReviewReport:
        name = check_member(s, member)
        AccountRepo(s).get(account_id)
        rows, closed = _select(s, account_id, ids, filters, all_)
        DecisionRepo(s).apply_review(
            rows, DecisionState.SKIPPED, reviewer=f"member:{name}", note=reason, at=now
        )
        audit = AuditRepo(s)
        for r in rows:
            audit.record(
                f"member:{name}",
                "skip",
                r.remote_id,
                account_id,
                at=now,
                decision_id=r.id,
                note=reason,
            )
        report = ReviewReport("skip", account_id, name, dry_run, already_closed=closed)
        report.decision_ids = [r.id for r in rows]
        report.targets = [r.remote_id for r in rows]
        return report

    return _run(store, dry_run, body)


_OUTCOME_TEXT = {
    "cancelled": "not followed yet: the follow was cancelled",
    "unfollow_queued": "was followed: an unfollow is queued",
    "unfollow_pending": "was followed: an unfollow was already queued",
    "already_unfollowed": "was followed and has been unfollowed since",
    "not_followed": "was never followed (the follow failed or was held back)",
}


def _undo_actions(
    s: Session, account_id: int, batch_id: str | None, action_ids: Sequence[int]
) -> list[ActionRow]:
    if bool(batch_id) == bool(action_ids):
        raise UserError("give --batch ID or follow action ids (one of them)", ErrorCode.BAD_INPUT)
    repo = ActionRepo(s)
    rows = (
        repo.list(account_id, kind=ActionKind.FOLLOW, batch_id=batch_id)
        if batch_id
        else repo.list(account_id, kind=ActionKind.FOLLOW, ids=list(action_ids))
    )
    if action_ids:
        missing = sorted(set(action_ids) - {r.id for r in rows})
        if missing:
            raise UserError(
                f"no follow action with id {', '.join(map(str, missing))}", ErrorCode.NOT_FOUND
            )
    return rows


def _back_to_review(
    s: Session, account_id: int, target: str, name: str, note: str | None, now: datetime
) -> None:
    """A new pending decision (verdict ``review``) supersedes the approved one."""
    current = DecisionRepo(s).find_current(account_id, target)
    earlier = [Reason(str(r["rule"]), str(r["text"])) for r in (current.reasons if current else [])]
    undo_reason = Reason("undo", note or f"approval undone by {name}: back in review")
    DecisionRepo(s).record(
        account_id,
        target,
        verdict=Verdict.REVIEW,
        state=DecisionState.PENDING,
        reasons=[undo_reason, *(r for r in earlier if r.rule != "undo")],
        decided_by=f"member:{name}",
        decided_at=now,
        policy_version=current.policy_version if current else "",
        bot_score=current.bot_score if current else None,
        model_version=current.model_version if current else None,
        priority=current.priority if current else 0.0,
        fingerprint=current.profile_fingerprint if current else "",
    )


def _undo_one(
    s: Session,
    account_id: int,
    row: ActionRow,
    following: set[str],
    report: ReviewReport,
    name: str,
    now: datetime,
) -> str:
    """Cancel or unfollow one follow action; returns its outcome."""
    if row.state == ActionState.PENDING.value:
        row.state = ActionState.CANCELLED.value
        row.error = f"cancelled by undo ({name})"
        report.cancelled += 1
        return "cancelled"
    if row.state not in (ActionState.DONE.value, ActionState.IN_FLIGHT.value):
        return "not_followed"
    if row.state == ActionState.DONE.value and row.target not in following:
        return "already_unfollowed"
    actions = ActionRepo(s)
    cycle = actions.count_for_target(account_id, ActionKind.UNFOLLOW, row.target)
    added = actions.enqueue(
        account_id,
        ActionKind.UNFOLLOW,
        row.target,
        key=follow_key(account_id, ActionKind.UNFOLLOW, row.target, cycle),
        requested_by=f"member:{name}",
        at=now,
        batch_id=report.batch_id,
        payload={"source": "undo", "undoes": row.id},
    )
    if not added:
        return "unfollow_pending"
    report.enqueued += 1
    report.targets.append(row.target)
    return "unfollow_queued"


def undo(
    store: Store,
    account_id: int,
    *,
    member: str,
    clock: Clock,
    batch_id: str | None = None,
    action_ids: Sequence[int] = (),
    note: str | None = None,
    dry_run: bool = False,
) -> ReviewReport:
    """Take back approvals (a batch, or follow action ids): cancel follows not made yet,
    unfollow those made, and put every decision back in the review queue."""
    now = clock()

    def body(s: Session) -> ReviewReport:
        name = check_member(s, member)
        AccountRepo(s).get(account_id)
        rows = _undo_actions(s, account_id, batch_id, action_ids)
        # Approvals of the batch that never reached the outbox (held back by a limit).
        approved = (
            AuditRepo(s).targets_of_batch(account_id, "approve", batch_id) if batch_id else []
        )
        if not rows and not approved:
            what = f"batch {batch_id!r}" if batch_id else "those ids"
            raise UserError(f"no follow actions in {what}", ErrorCode.NOT_FOUND)
        report = ReviewReport("undo", account_id, name, dry_run)
        report.batch_id = f"undo-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
        following = EdgeRepo(s).find_active(
            account_id, Direction.FOLLOWING, [r.target for r in rows]
        )
        audit = AuditRepo(s)
        seen: set[str] = set()
        for row in rows:
            outcome = _undo_one(s, account_id, row, following, report, name, now)
            seen.add(row.target)
            report.outcomes.append(UndoOutcome(row.target, outcome, _OUTCOME_TEXT[outcome]))
            audit.record(
                f"member:{name}",
                "cancel" if outcome == "cancelled" else "undo",
                row.target,
                account_id,
                at=now,
                action_id=row.id,
                batch_id=row.batch_id,
                outcome=_OUTCOME_TEXT[outcome],
                note=note,
            )
        for target in approved:
            if target not in seen:
                seen.add(target)
                report.outcomes.append(
                    UndoOutcome(target, "not_followed", _OUTCOME_TEXT["not_followed"])
                )
                audit.record(
                    f"member:{name}",
                    "undo",
                    target,
                    account_id,
                    at=now,
                    batch_id=batch_id,
                    outcome=_OUTCOME_TEXT["not_followed"],
                    note=note,
                )
        for target in seen:
            _back_to_review(s, account_id, target, name, note, now)
        report.decision_ids = DecisionRepo(s).current_ids(account_id, list(seen))
        return report

    return _run(store, dry_run, body)
