"""The outbox's table: actions are committed as intent before any platform call.

(The outbox's logic, shared by the engine and the inbox, is :mod:`followback.actions.outbox`.)

States: ``pending`` -> ``in_flight`` (committed right before the call) -> ``done`` or back
to ``pending`` (retry later, ``not_before``) or ``failed`` (with a dead letter). An action
left ``in_flight`` by a process that died is claimed again after its lease and reconciled
against the platform before anything is retried.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.domain import ActionKind, ActionState, ErrorCode, UserError
from followback.store.tables import ActionRow, DeadLetterRow

__all__ = ["ActionRepo", "ScheduledSend", "follow_key"]

# Action kinds the follow-back engine executes from the outbox.
ENGINE_KINDS = (ActionKind.FOLLOW.value, ActionKind.UNFOLLOW.value)
# A person's sends (replies, DMs, reposts) are sent at once by the inbox; the outbox run
# sends those a limit held back (scheduled) and reconciles those whose outcome was unknown
# or whose process died.
SEND_KINDS = (ActionKind.REPLY.value, ActionKind.DM.value, ActionKind.REPOST.value)

_OPEN = (ActionState.PENDING.value, ActionState.IN_FLIGHT.value)


@dataclass(frozen=True, slots=True)
class ScheduledSend:
    """A reply or DM in the outbox, not on the platform yet (shown as "scheduled")."""

    action_id: int
    kind: str
    text: str
    written_by: str
    not_before: datetime | None  # None: due now (an earlier answer was lost; checked first)
    state: str


def follow_key(account_id: int, kind: ActionKind, target: str, cycle: int) -> str:
    """The idempotency key of the ``cycle``-th ``kind`` action on ``target``."""
    return f"{kind.value}:{account_id}:{target}:{cycle}"


class ActionRepo:
    """Reads and writes outbox actions within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def enqueue(
        self,
        account_id: int,
        kind: ActionKind,
        target: str,
        *,
        key: str,
        requested_by: str,
        at: datetime,
        decision_id: int | None = None,
        batch_id: str | None = None,
        payload: dict[str, Any] | None = None,
    ) -> bool:
        """Add an action unless one with ``key`` exists (then nothing changes); True if added."""
        values = {
            "brand_account_id": account_id,
            "kind": kind.value,
            "target": target,
            "idempotency_key": key,
            "state": ActionState.PENDING.value,
            "requested_by": requested_by,
            "decision_id": decision_id,
            "batch_id": batch_id,
            "payload": payload or {},
            "attempts": 0,
            "created_at": at,
        }
        dialect = self.session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        stmt = insert(ActionRow).values(**values).on_conflict_do_nothing()
        result = self.session.execute(stmt)
        return bool(getattr(result, "rowcount", 0))

    def count_for_target(self, account_id: int, kind: ActionKind, target: str) -> int:
        stmt = select(func.count()).where(
            ActionRow.brand_account_id == account_id,
            ActionRow.kind == kind.value,
            ActionRow.target == target,
        )
        return int(self.session.scalar(stmt) or 0)

    def targets(self, account_id: int, kind: ActionKind, states: Iterable[ActionState]) -> set[str]:
        """Targets of ``kind`` actions in any of ``states``."""
        stmt = select(ActionRow.target).where(
            ActionRow.brand_account_id == account_id,
            ActionRow.kind == kind.value,
            ActionRow.state.in_([s.value for s in states]),
        )
        return set(self.session.scalars(stmt))

    def claim(self, account_id: int, now: datetime, lease: timedelta) -> ActionRow | None:
        """The next action due (or an in-flight one whose lease ran out), marked in flight.

        On PostgreSQL the row is locked (``SKIP LOCKED``) so concurrent workers never claim
        the same action; on SQLite the caller's write transaction serialises workers.
        """
        due = or_(ActionRow.not_before.is_(None), ActionRow.not_before <= now)
        stmt = (
            select(ActionRow)
            .where(
                ActionRow.brand_account_id == account_id,
                ActionRow.kind.in_(ENGINE_KINDS + SEND_KINDS),
                or_(
                    and_(ActionRow.state == ActionState.PENDING.value, due),
                    and_(
                        ActionRow.state == ActionState.IN_FLIGHT.value,
                        ActionRow.attempted_at <= now - lease,
                    ),
                ),
            )
            .order_by(ActionRow.id)
            .limit(1)
        )
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        row = self.session.scalars(stmt).first()
        if row is None:
            return None
        self.start(row, now)
        return row

    def start(self, row: ActionRow, now: datetime) -> None:
        """Mark an attempt as started (committed before the platform call)."""
        row.state = ActionState.IN_FLIGHT.value
        row.attempts += 1
        row.attempted_at = now

    def find_by_key(self, key: str) -> ActionRow | None:
        stmt = select(ActionRow).where(ActionRow.idempotency_key == key)
        return self.session.scalars(stmt).first()

    def get_by_key(self, key: str) -> ActionRow:
        row = self.find_by_key(key)
        if row is None:
            raise UserError(f"no action with key {key!r}", ErrorCode.NOT_FOUND)
        return row

    def next_due(self, account_id: int) -> datetime | None:
        """When the earliest pending action becomes due (None: nothing pending)."""
        stmt = select(func.min(func.coalesce(ActionRow.not_before, ActionRow.created_at))).where(
            ActionRow.brand_account_id == account_id,
            ActionRow.kind.in_(ENGINE_KINDS + SEND_KINDS),
            ActionRow.state == ActionState.PENDING.value,
        )
        value = self.session.scalar(stmt)
        return value if isinstance(value, datetime) else None

    def get(self, action_id: int) -> ActionRow:
        row = self.session.get(ActionRow, action_id)
        if row is None:
            raise UserError(f"no action with id {action_id}", ErrorCode.NOT_FOUND)
        return row

    def mark_done(self, row: ActionRow, at: datetime, remote_ref: str | None) -> None:
        row.state = ActionState.DONE.value
        row.done_at = at
        row.remote_ref = remote_ref
        row.error = None

    def reschedule(self, row: ActionRow, not_before: datetime | None, error: str) -> None:
        """Back to pending: tried again once ``not_before`` has passed."""
        row.state = ActionState.PENDING.value
        row.not_before = not_before
        row.error = error

    def release(self, row: ActionRow) -> None:
        """Back to pending without counting the attempt (we never reached the platform)."""
        row.state = ActionState.PENDING.value
        row.attempts = max(0, row.attempts - 1)

    def defer(self, row: ActionRow, not_before: datetime, reason: str) -> None:
        """Not sent yet (a limit is reached): pending until ``not_before``, attempt uncounted."""
        self.release(row)
        row.not_before = not_before
        row.error = reason

    def scheduled_sends(self, conversation_id: int) -> list[ScheduledSend]:
        """A conversation's replies and DMs waiting in the outbox to be sent, oldest first."""
        stmt = (
            select(ActionRow)
            .where(
                ActionRow.kind.in_(SEND_KINDS),
                ActionRow.state.in_(_OPEN),
                ActionRow.payload["conversation_id"].as_integer() == conversation_id,
            )
            .order_by(ActionRow.id)
        )
        return [
            ScheduledSend(
                action_id=r.id,
                kind=r.kind,
                text=str((r.payload or {}).get("text", "")),
                written_by=r.requested_by,
                not_before=r.not_before,
                state=r.state,
            )
            for r in self.session.scalars(stmt)
        ]

    def mark_failed(self, row: ActionRow, error: str, at: datetime) -> None:
        """Give up on the action and leave a dead letter for a person to look at."""
        row.state = ActionState.FAILED.value
        row.error = error
        self.session.add(
            DeadLetterRow(
                at=at,
                brand_account_id=row.brand_account_id,
                kind=f"action.{row.kind}",
                error=error,
                payload={
                    "action_id": row.id,
                    "target": row.target,
                    "idempotency_key": row.idempotency_key,
                    "attempts": row.attempts,
                    "batch_id": row.batch_id,
                },
            )
        )

    def hand_to_person(self, row: ActionRow, intent_url: str, reason: str) -> None:
        """The platform's rules leave this write to a person: keep it, with the link they
        open, until followback sees it done (:meth:`awaiting_person`)."""
        row.state = ActionState.AWAITING_PERSON.value
        row.payload = {**(row.payload or {}), "intent_url": intent_url}
        row.error = reason

    def awaiting_person(self, account_id: int, kind: ActionKind | None = None) -> list[ActionRow]:
        """Writes left to a person, oldest first."""
        return self.list(account_id, states=[ActionState.AWAITING_PERSON], kind=kind)

    def list(
        self,
        account_id: int,
        *,
        states: Sequence[ActionState] | None = None,
        kind: ActionKind | None = None,
        batch_id: str | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[ActionRow]:
        stmt = select(ActionRow).where(ActionRow.brand_account_id == account_id)
        if states is not None:
            stmt = stmt.where(ActionRow.state.in_([s.value for s in states]))
        if kind is not None:
            stmt = stmt.where(ActionRow.kind == kind.value)
        if batch_id is not None:
            stmt = stmt.where(ActionRow.batch_id == batch_id)
        if ids is not None:
            stmt = stmt.where(ActionRow.id.in_(ids))
        return list(self.session.scalars(stmt.order_by(ActionRow.id)))

    def ids_by_account(
        self, ids: Sequence[int] = (), batch_id: str | None = None
    ) -> dict[int, builtins.list[int]]:
        """Brand account id -> the action ids among ``ids`` (or in ``batch_id``) it owns."""
        stmt = select(ActionRow.brand_account_id, ActionRow.id)
        if batch_id is not None:
            stmt = stmt.where(ActionRow.batch_id == batch_id)
        else:
            stmt = stmt.where(ActionRow.id.in_(ids))
        owners: dict[int, builtins.list[int]] = {}
        for account_id, action_id in self.session.execute(stmt.order_by(ActionRow.id)):
            owners.setdefault(account_id, []).append(action_id)
        return owners

    def counts(self, account_id: int) -> dict[str, int]:
        stmt = (
            select(ActionRow.state, func.count())
            .where(ActionRow.brand_account_id == account_id)
            .group_by(ActionRow.state)
        )
        return {state: int(n) for state, n in self.session.execute(stmt)}
