"""Notification deliveries: one row per event and channel, the outbox and the log of its tries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.store.tables import NotificationRow

__all__ = ["Delivery", "NotificationRepo"]


@dataclass(frozen=True, slots=True)
class Delivery:
    """One event's delivery to one channel, as stored."""

    id: int
    event_key: str
    channel: str
    kind: str
    severity: str
    title: str
    body: str
    url: str
    brand_account_id: int | None
    fields: dict[str, str]
    state: str
    attempts: int
    created_at: datetime
    attempted_at: datetime | None
    sent_at: datetime | None
    error: str | None


def _delivery(r: NotificationRow) -> Delivery:
    return Delivery(
        r.id,
        r.event_key,
        r.channel,
        r.kind,
        r.severity,
        r.title,
        r.body,
        r.url,
        r.brand_account_id,
        {str(k): str(v) for k, v in (r.fields or {}).items()},
        r.state,
        r.attempts,
        r.created_at,
        r.attempted_at,
        r.sent_at,
        r.error,
    )


class NotificationRepo:
    """Reads and writes deliveries within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, channel: str, values: dict[str, Any], *, at: datetime) -> int | None:
        """Queue a delivery; ``None`` when this event was already queued for ``channel``."""
        row = {
            **values,
            "channel": channel,
            "state": "pending",
            "attempts": 0,
            "created_at": at,
            "next_attempt_at": at,
        }
        # ON CONFLICT DO NOTHING: a concurrent writer queueing the same event neither fails
        # nor aborts the caller's transaction (a savepoint would, on pysqlite, commit early).
        dialect = self.session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        stmt = (
            insert(NotificationRow)
            .values(**row)
            .on_conflict_do_nothing(index_elements=["event_key", "channel"])
            .returning(NotificationRow.id)
        )
        return self.session.scalar(stmt)

    def list_due(
        self,
        now: datetime,
        *,
        ids: Sequence[int] | None = None,
        channel: str | None = None,
        limit: int = 100,
    ) -> list[Delivery]:
        """Pending deliveries whose next try is due (or exactly ``ids``, when given)."""
        stmt = select(NotificationRow).where(NotificationRow.state == "pending")
        # Channel "" holds events not routed yet; they are only listed when asked for.
        if channel is None:
            stmt = stmt.where(NotificationRow.channel != "")
        else:
            stmt = stmt.where(NotificationRow.channel == channel)
        if ids is not None:
            stmt = stmt.where(NotificationRow.id.in_(list(ids)))
        else:
            stmt = stmt.where(
                or_(
                    NotificationRow.next_attempt_at.is_(None),
                    NotificationRow.next_attempt_at <= now,
                )
            )
        stmt = stmt.order_by(NotificationRow.id).limit(limit)
        return [_delivery(r) for r in self.session.scalars(stmt)]

    def mark_routed(self, delivery_id: int, *, at: datetime) -> None:
        """An event queued without a channel has been fanned out to its channels."""
        row = self.session.get_one(NotificationRow, delivery_id)
        row.state, row.attempted_at, row.next_attempt_at = "routed", at, None
        self.session.flush()

    def record_attempt(
        self,
        delivery_id: int,
        *,
        at: datetime,
        tries: int,
        error: str | None,
        next_attempt_at: datetime | None,
        give_up: bool,
    ) -> Delivery:
        """Store the outcome of ``tries`` tries: sent, pending again, or failed for good."""
        row = self.session.get_one(NotificationRow, delivery_id)
        row.attempts += tries
        row.attempted_at = at
        row.error = error
        if error is None:
            row.state, row.sent_at, row.next_attempt_at = "sent", at, None
        elif give_up:
            row.state, row.next_attempt_at = "failed", None
        else:
            row.next_attempt_at = next_attempt_at
        self.session.flush()
        return _delivery(row)

    def list_recent(self, limit: int = 50, *, channel: str | None = None) -> list[Delivery]:
        """The newest deliveries first (the log shown in Settings)."""
        stmt = select(NotificationRow).where(NotificationRow.state != "routed")
        if channel:
            stmt = stmt.where(NotificationRow.channel == channel)
        stmt = stmt.order_by(NotificationRow.id.desc()).limit(limit)
        return [_delivery(r) for r in self.session.scalars(stmt)]
