"""The outbox: every platform write (follow, unfollow, reply, DM, repost, hand-off message).

One module for the engine (:mod:`followback.services.act`) and the inbox
(:mod:`followback.services.inbox`):

1. the intent is committed first, as an ``actions`` row unique on its idempotency key
   (:meth:`ActionRepo.enqueue` for the engine, :func:`open_send` for a person's send);
2. :func:`deliver` sends the write once. When an earlier attempt may have landed (its
   answer was lost, or the process died: ``attempts > 1``) it first reads back whether it
   did: the relationship for a follow or unfollow, the brand's own posts or conversation
   for a reply, DM or repost (:meth:`Connector.find_sent`). Connectors never re-send a
   write themselves (:mod:`followback.connectors.retry`); where the platform allows, the
   write itself is idempotent (Bluesky record keys derived from the idempotency key);
3. :func:`record_landed` marks the action done and records what it changed (follow edge
   and event, or the outbound message) with its audit entry, in one transaction;
   :func:`record_unknown` leaves an action whose outcome is unknown ``pending`` so that
   the next run (``followback act``, the worker) reconciles it first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from followback.connectors.base import Connector, WriteKey
from followback.domain import (
    ActionKind,
    ActionState,
    ErrorCode,
    FollowEventKind,
    NotFoundError,
    RejectedError,
    UserError,
)
from followback.engine.rulegate import check_write
from followback.store import AuditRepo
from followback.store import StoreSession as Session
from followback.store.actions import ActionRepo
from followback.store.edges import EdgeRepo
from followback.store.inbox import InboxRepo
from followback.store.tables import ActionRow, DecisionRow, FollowEventRow

__all__ = [
    "DEFAULT_LEASE",
    "Landed",
    "Write",
    "deliver",
    "open_send",
    "record_failed",
    "record_landed",
    "record_unknown",
]

# How long an attempt owns an in-flight action; after that another process reconciles it.
DEFAULT_LEASE = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Write:
    """One claimed outbox action, detached from its session."""

    action_id: int
    account_id: int
    kind: ActionKind
    target: str
    text: str
    key: WriteKey
    attempts: int
    requested_by: str
    payload: dict[str, Any]
    decision_id: int | None = None
    batch_id: str | None = None

    @classmethod
    def of(cls, row: ActionRow) -> Write:
        payload = dict(row.payload or {})
        return cls(
            action_id=row.id,
            account_id=row.brand_account_id,
            kind=ActionKind(row.kind),
            target=row.target,
            text=str(payload.get("text", "")),
            key=WriteKey(row.idempotency_key, row.created_at),
            attempts=row.attempts,
            requested_by=row.requested_by,
            payload=payload,
            decision_id=row.decision_id,
            batch_id=row.batch_id,
        )


@dataclass(frozen=True, slots=True)
class Landed:
    """A write that is on the platform: sent now, or found there (``reconciled``)."""

    ref: str | None
    reconciled: bool


async def _read_back(connector: Connector, write: Write) -> Landed | None:
    """The write as found on the platform, or None when it did not land."""
    if write.kind in (ActionKind.FOLLOW, ActionKind.UNFOLLOW):
        try:
            rel = await connector.get_relationship(write.target)
        except NotFoundError:
            # The account is gone: nothing to follow, and nothing left to unfollow.
            return Landed(None, True) if write.kind is ActionKind.UNFOLLOW else None
        following = write.kind is ActionKind.FOLLOW
        return Landed(None, True) if rel.following == following else None
    ref = await connector.find_sent(write.kind.value, write.target, write.text, key=write.key)
    return Landed(ref, True) if ref is not None else None


async def _send(connector: Connector, write: Write) -> str | None:
    kind, target, key = write.kind, write.target, write.key
    if kind in (ActionKind.REPLY, ActionKind.DM) and not write.text:
        # Written before the outbox stored the text: it cannot be re-sent, only reconciled.
        raise RejectedError(f"action {write.action_id}: no text stored to send")
    if kind is ActionKind.FOLLOW:
        return await connector.follow(target, key=key)
    if kind is ActionKind.UNFOLLOW:
        with contextlib.suppress(NotFoundError):  # the account is gone: nothing to unfollow
            await connector.unfollow(target)
        return None
    if kind is ActionKind.REPLY:
        return await connector.send_reply(target, write.text, key=key)
    if kind is ActionKind.DM:
        return await connector.send_dm(target, write.text, key=key)
    return await connector.repost(target, key=key)


async def deliver(
    connector: Connector, write: Write, facts: Mapping[str, Any] | None = None
) -> Landed:
    """Put ``write`` on the platform exactly once: read back first when an earlier attempt
    may have landed, then send once. Raises the connector's error otherwise
    (``OutcomeUnknownError`` when this send's answer was lost), and
    :class:`~followback.domain.rulebook.RuleRefusedError` without sending when the
    platform's rules do not allow the write (``facts``: what the platform showed about the
    account, see :mod:`followback.engine.rulegate`)."""
    if write.attempts > 1:
        found = await _read_back(connector, write)
        if found is not None:
            return found
    check_write(connector.platform, write.kind, write.payload, facts or {})
    return Landed(await _send(connector, write), False)


def open_send(
    s: Session,
    account_id: int,
    kind: ActionKind,
    target: str,
    *,
    key: str,
    author: str,
    payload: dict[str, Any],
    now: datetime,
    lease: timedelta = DEFAULT_LEASE,
) -> tuple[ActionRow, bool]:
    """Commit a person's send as intent and claim it; ``(row, True)`` if it already landed.

    An earlier attempt of the same send that is still within its lease is being sent
    right now (CONFLICT: try again shortly); one whose outcome was unknown, or whose
    process died, is claimed again and :func:`deliver` reconciles it before re-sending.
    """
    repo = ActionRepo(s)
    row = repo.find_by_key(key)
    if row is not None and row.state == ActionState.DONE.value:
        return row, True
    if (
        row is not None
        and row.state == ActionState.IN_FLIGHT.value
        and row.attempted_at is not None
        and _aware(row.attempted_at) > now - lease
    ):
        raise UserError(
            "this message is being sent right now; try again in a few minutes and "
            "followback will check whether it was posted",
            ErrorCode.CONFLICT,
            action_id=row.id,
        )
    if row is None:
        repo.enqueue(
            account_id, kind, target, key=key, requested_by=author, at=now, payload=payload
        )
        row = repo.get_by_key(key)
    repo.start(row, now)
    return row, False


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _follow_detail(s: Session, write: Write, reconciled: bool) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "action_id": write.action_id,
        "batch_id": write.batch_id,
        "decision_id": write.decision_id,
        "reconciled": reconciled,
    }
    if write.decision_id is not None:
        decision = s.get(DecisionRow, write.decision_id)
        if decision is not None:
            detail["reasons"] = [r["text"] for r in decision.reasons]
            detail["model_version"] = decision.model_version
            detail["policy_version"] = decision.policy_version
            detail["reviewed_by"] = decision.reviewed_by
    return detail


def _record_follow(s: Session, write: Write, now: datetime, reconciled: bool) -> None:
    edges = EdgeRepo(s)
    account_id, target = write.account_id, write.target
    source = str(write.payload.get("source", "engine"))
    if write.kind is ActionKind.FOLLOW:
        edges.record_brand_follow(account_id, target, now, via="engine")
        s.add(
            FollowEventRow(
                brand_account_id=account_id,
                remote_id=target,
                kind=FollowEventKind.FOLLOWED_BACK.value,
                at=now,
                source="engine",
            )
        )
    elif not edges.record_brand_unfollow(account_id, target, now, via=source):
        s.add(
            FollowEventRow(
                brand_account_id=account_id,
                remote_id=target,
                kind=FollowEventKind.UNFOLLOWED_BY_BRAND.value,
                at=now,
                source=source,
            )
        )
    AuditRepo(s).record(
        write.requested_by,
        write.kind.value,
        target,
        account_id,
        at=now,
        **_follow_detail(s, write, reconciled),
    )


def _record_message(s: Session, write: Write, landed: Landed, now: datetime) -> None:
    conversation_id = write.payload.get("conversation_id")
    if write.kind is ActionKind.REPOST or conversation_id is None:
        AuditRepo(s).record(
            write.requested_by,
            write.kind.value,
            write.target,
            write.account_id,
            at=now,
            action_id=write.action_id,
            reconciled=landed.reconciled,
        )
        return
    InboxRepo(s).record_outbound(
        int(conversation_id),
        remote_id=landed.ref or f"action:{write.action_id}",
        text=write.text,
        written_by=write.requested_by,
        at=now,
        in_reply_to_id=write.target if write.kind is ActionKind.REPLY else None,
        automated=bool(write.payload.get("automated", False)),
    )


def record_landed(s: Session, write: Write, landed: Landed, now: datetime) -> None:
    """Mark the action done and record what it changed, with its audit entry."""
    repo = ActionRepo(s)
    repo.mark_done(repo.get(write.action_id), now, landed.ref)
    if write.kind in (ActionKind.FOLLOW, ActionKind.UNFOLLOW):
        _record_follow(s, write, now, landed.reconciled)
    else:
        _record_message(s, write, landed, now)


def record_unknown(s: Session, write: Write, error: str) -> None:
    """The write may have landed: back to pending (no delay), reconciled on the next run."""
    repo = ActionRepo(s)
    repo.reschedule(repo.get(write.action_id), None, f"outcome unknown: {error}")


def record_failed(s: Session, write: Write, error: str, now: datetime) -> None:
    """The platform refused the write: give up, with a dead letter."""
    repo = ActionRepo(s)
    repo.mark_failed(repo.get(write.action_id), error, now)
