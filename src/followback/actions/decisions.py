"""The decide stage's state changes: store fetched profiles, record a run's decisions
(with experiment arms and hold-outs) and enqueue the follow-backs they approve.

:func:`followback.services.decide.decide_account` screens and judges (pure, plus platform
reads); what it decided is written here, in one transaction with its audit entry.
:func:`enqueue_approved_follows` is shared with the review queue
(:mod:`followback.actions.review`), which calls it inside its own transaction.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from followback.domain import (
    ActionKind,
    ActionState,
    Capabilities,
    DecisionState,
    Direction,
    FollowMode,
    Platform,
    Profile,
    Verdict,
    following_cap,
)
from followback.engine.planner import Candidate, FollowPlan, engagement_priority, plan_follows
from followback.engine.safety import build_histories, check_follow
from followback.store import AuditRepo, Store
from followback.store import StoreSession as Session
from followback.store.actions import ActionRepo, follow_key
from followback.store.candidates import CandidateRepo
from followback.store.decisions import DecisionInput, DecisionRepo
from followback.store.edges import EdgeRepo
from followback.store.experiments import AssignmentInput, ExperimentRepo
from followback.store.profiles import save_profiles
from followback.store.tables import DecisionRow

__all__ = [
    "DecisionBatch",
    "RecordedDecisions",
    "enqueue_approved_follows",
    "record_decisions",
    "record_profiles",
]


def record_profiles(store: Store, platform: Platform, profiles: Iterable[Profile]) -> None:
    """Store profiles fetched from the platform (insert or refresh)."""
    with store.session() as s:
        save_profiles(s, platform, profiles)


def enqueue_approved_follows(
    session: Session,
    account_id: int,
    rows: Sequence[DecisionRow],
    *,
    caps: Capabilities,
    mode: FollowMode,
    requested_by: str,
    batch_id: str,
    now: datetime,
) -> FollowPlan:
    """Plan and enqueue follow actions for approved decisions ``rows``; returns the plan.

    Runs inside the caller's transaction (a decide run, or a person's approval)."""
    edges = EdgeRepo(session)
    actions = ActionRepo(session)
    candidates_repo = CandidateRepo(session)
    open_states = (ActionState.PENDING, ActionState.IN_FLIGHT, ActionState.DONE)
    queued = actions.targets(account_id, ActionKind.FOLLOW, open_states)
    following = set(candidates_repo.following(account_id))
    histories = build_histories(candidates_repo.brand_follow_events(account_id))
    targets = sorted({r.remote_id for r in rows})
    blocked = {
        rid: reason.rule
        for rid in targets
        if (reason := check_follow(histories.get(rid))) is not None
    }
    # Someone approved days later may have left meanwhile: a follow-back needs a follower.
    still = edges.find_active(account_id, Direction.FOLLOWER, targets)
    blocked.update({rid: "no_longer_follows" for rid in targets if rid not in still})
    cap = following_cap(caps, edges.count_active(account_id, Direction.FOLLOWER))
    pending = len(actions.targets(account_id, ActionKind.FOLLOW, open_states[:2]))
    room = None if cap is None else cap - len(following) - pending
    candidates = [
        Candidate(
            r.id,
            r.remote_id,
            Verdict(r.verdict),
            r.state == DecisionState.APPROVED.value,
            r.reviewed_by,
            r.decided_at,
            r.priority,
        )
        for r in rows
    ]
    engagement = {
        author: engagement_priority(counts)
        for author, counts in candidates_repo.inbound_by_author(account_id).items()
    }
    plan = plan_follows(
        candidates,
        mode=mode,
        caps=caps,
        already_following=following,
        queued=queued,
        blocked=blocked,
        engagement=engagement,
        following_room=room,
    )
    for item in plan.follows:
        cycle = actions.count_for_target(account_id, ActionKind.FOLLOW, item.remote_id)
        actions.enqueue(
            account_id,
            ActionKind.FOLLOW,
            item.remote_id,
            key=follow_key(account_id, ActionKind.FOLLOW, item.remote_id, cycle),
            requested_by=requested_by,
            at=now,
            decision_id=item.decision_id,
            batch_id=batch_id,
        )
    return plan


@dataclass
class DecisionBatch:
    """What one decide run judged, ready to be written."""

    entries: list[DecisionInput] = field(default_factory=list)
    assignments: list[AssignmentInput] = field(default_factory=list)
    held_out: list[str] = field(default_factory=list)  # follower edges held out


@dataclass(frozen=True)
class RecordedDecisions:
    """What recording a decide run changed."""

    decided: int
    enqueued: int = 0
    batch_id: str | None = None
    left_out: Counter[str] = field(default_factory=Counter)


def record_decisions(
    store: Store,
    account_id: int,
    batch: DecisionBatch,
    *,
    caps: Capabilities,
    mode: FollowMode,
    actor: str,
    now: datetime,
    detail: dict[str, Any],
) -> RecordedDecisions:
    """Record a decide run's decisions, experiment arms and hold-outs, enqueue the
    follow-backs they approve (``auto``), and audit the run with ``detail``."""
    with store.session() as s:
        edges = EdgeRepo(s)
        for remote_id in batch.held_out:
            edges.record_holdout(account_id, remote_id)
        ExperimentRepo(s).record_assignments(account_id, batch.assignments, at=now)
        rows = DecisionRepo(s).record_many(account_id, batch.entries)
        approved = [
            row
            for row, entry in zip(rows, batch.entries, strict=True)
            if entry.state is DecisionState.APPROVED
        ]
        result = RecordedDecisions(len(rows))
        if approved:
            batch_id = f"auto-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
            plan = enqueue_approved_follows(
                s,
                account_id,
                approved,
                caps=caps,
                mode=mode,
                requested_by=actor,
                batch_id=batch_id,
                now=now,
            )
            result = RecordedDecisions(len(rows), len(plan.follows), batch_id, plan.left_out)
        AuditRepo(s).record(
            actor,
            "decide",
            f"{detail.get('screened', len(rows))} followers",
            account_id,
            at=now,
            **(detail | {"enqueued": result.enqueued, "batch_id": result.batch_id}),
        )
    return result
