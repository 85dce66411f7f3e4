"""Deleting data past its retention period (the query; the action is
:func:`followback.actions.datacare.apply_retention`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, false
from sqlalchemy.orm import Session

from followback.store.follow_days import FollowDayRepo
from followback.store.message_days import MessageDayRepo
from followback.store.tables import AuditRow, DeadLetterRow, FollowEventRow, MessageRow

__all__ = ["RETAINED", "delete_older_than"]

# What retention applies to: table name -> (row class, the time it is aged by).
RETAINED = {
    "messages": (MessageRow, MessageRow.created_at),
    "follow_events": (FollowEventRow, FollowEventRow.at),
    "audit_log": (AuditRow, AuditRow.at),
    "dead_letters": (DeadLetterRow, DeadLetterRow.at),
}


def delete_older_than(s: Session, cutoffs: Mapping[str, datetime]) -> dict[str, int]:
    """Delete rows of each named table older than its cutoff; rows deleted per table."""
    deleted: dict[str, int] = {}
    for name, cutoff in cutoffs.items():
        row, column = RETAINED[name]
        if row is FollowEventRow:  # the daily counts keep equal to the events left
            FollowDayRepo(s).forget_rows(column < cutoff, false())
        if row is MessageRow:  # and the daily inbound volume to the messages left
            MessageDayRepo(s).forget(column < cutoff)
        result = s.execute(delete(row).where(column < cutoff))
        deleted[name] = int(getattr(result, "rowcount", 0) or 0)
    return deleted
