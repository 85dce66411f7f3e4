"""State changes the dashboard makes that no service owns yet: reviewing queued decisions.

Each command runs in the caller's session and writes an audit entry with the change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from followback.domain import DEFAULT_CAPABILITIES, DecisionState, Platform
from followback.domain.errors import ErrorCode, UserError
from followback.store import AuditRepo
from followback.store.tables import BrandAccountRow, DecisionRow

__all__ = ["apply_review"]

_STATES = {"approve": DecisionState.APPROVED, "skip": DecisionState.SKIPPED}


def _check_bulk(session: Session, rows: Sequence[DecisionRow], action: str) -> None:
    if action != "approve" or len(rows) < 2:
        return
    account_ids = {r.brand_account_id for r in rows}
    platforms = session.scalars(
        select(BrandAccountRow.platform).where(BrandAccountRow.id.in_(account_ids))
    )
    for platform in platforms:
        caps = DEFAULT_CAPABILITIES.get(Platform(platform))
        if caps is not None and not caps.bulk_approval_allowed:
            raise UserError(
                f"{platform} does not allow approving follow-backs in bulk; "
                "approve each account on its own",
                ErrorCode.NOT_ALLOWED,
                platform=platform,
            )


def apply_review(
    session: Session,
    ids: Sequence[int],
    action: str,
    *,
    member: str,
    at: datetime,
    note: str | None = None,
) -> list[int]:
    """Approve or skip the pending decisions ``ids``; return the ids changed.

    Raises :class:`UserError`: unknown action, missing ids, a decision no longer pending,
    or a bulk approval on a platform that forbids it (X). Nothing changes on error.
    """
    state = _STATES.get(action)
    if state is None:
        raise UserError(f"unknown action {action!r}; use approve or skip", ErrorCode.BAD_INPUT)
    if not ids:
        raise UserError("select at least one account", ErrorCode.BAD_INPUT, field="ids")
    wanted = sorted(set(ids))
    rows = list(
        session.scalars(
            select(DecisionRow).where(DecisionRow.id.in_(wanted)).order_by(DecisionRow.id)
        )
    )
    missing = sorted(set(wanted) - {r.id for r in rows})
    if missing:
        raise UserError(
            f"no decision with id {', '.join(map(str, missing))}", ErrorCode.NOT_FOUND, ids=missing
        )
    done = [r.id for r in rows if r.state != DecisionState.PENDING.value or r.superseded]
    if done:
        raise UserError(
            f"decision {', '.join(map(str, done))} is no longer pending",
            ErrorCode.CONFLICT,
            ids=done,
        )
    _check_bulk(session, rows, action)
    audit = AuditRepo(session)
    for row in rows:
        row.state = state.value
        row.reviewed_by = f"member:{member}"
        row.reviewed_at = at
        row.review_note = note
        audit.record(
            f"member:{member}",
            f"review.{action}",
            row.remote_id,
            brand_account_id=row.brand_account_id,
            at=at,
            decision_id=row.id,
            note=note or "",
        )
    return [r.id for r in rows]
