"""Read-only queries behind the demo's summary and examples (the sandbox brand)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.domain import Platform
from followback.store.tables import (
    ActionRow,
    ConversationRow,
    DecisionRow,
    MessageRow,
    RemoteAccountRow,
)

__all__ = ["DemoQueries", "DemoTallies"]


@dataclass(frozen=True, slots=True)
class DemoTallies:
    """What the demo's summary counts for one brand account."""

    followed_back: int
    screened_out: int
    pending_review: int
    messages: int  # inbound messages in the whole (demo) database
    complaints: int


class DemoQueries:
    """The demo's reads: follows done, screened-out followers, tallies and examples."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _follow_done(account_id: int) -> Any:
        return (
            (ActionRow.brand_account_id == account_id)
            & (ActionRow.kind == "follow")
            & (ActionRow.state == "done")
        )

    def follow_done_times(self, account_id: int) -> list[datetime]:
        """When each follow the brand made landed."""
        stmt = select(ActionRow.done_at).where(self._follow_done(account_id))
        return [at for at in self.session.scalars(stmt) if at is not None]

    def followed_targets(self, account_id: int) -> list[str]:
        """Whom the brand followed back."""
        return list(
            self.session.scalars(select(ActionRow.target).where(self._follow_done(account_id)))
        )

    def screened_out_ids(self, account_id: int) -> list[str]:
        """Followers whose current decision is to skip them."""
        return list(
            self.session.scalars(
                select(DecisionRow.remote_id).where(
                    DecisionRow.brand_account_id == account_id,
                    DecisionRow.verdict == "skip",
                    DecisionRow.superseded.is_(False),
                )
            )
        )

    def tallies(self, account_id: int) -> DemoTallies:
        """The summary's counts of follows, decisions, messages and complaints."""
        current = (DecisionRow.brand_account_id == account_id) & DecisionRow.superseded.is_(False)

        def count(stmt: object) -> int:
            return int(self.session.scalar(stmt) or 0)  # type: ignore[call-overload]

        return DemoTallies(
            followed_back=count(
                select(func.count(ActionRow.id)).where(self._follow_done(account_id))
            ),
            screened_out=count(
                select(func.count(DecisionRow.id)).where(current, DecisionRow.verdict == "skip")
            ),
            pending_review=count(
                select(func.count(DecisionRow.id)).where(current, DecisionRow.state == "pending")
            ),
            messages=count(select(func.count(MessageRow.id)).where(MessageRow.direction == "in")),
            complaints=count(
                select(func.count(ConversationRow.id)).where(
                    ConversationRow.brand_account_id == account_id,
                    ConversationRow.is_complaint.is_(True),
                )
            ),
        )

    def decision_examples(
        self, account_id: int, *, verdict: str, state: str | None, limit: int
    ) -> list[tuple[DecisionRow, str | None]]:
        """Current decisions with ``verdict`` (and ``state``) and their handles, highest
        priority first."""
        stmt = (
            select(DecisionRow, RemoteAccountRow.handle)
            .join(
                RemoteAccountRow,
                (RemoteAccountRow.remote_id == DecisionRow.remote_id)
                & (RemoteAccountRow.platform == Platform.SANDBOX.value),
                isouter=True,
            )
            .where(
                DecisionRow.brand_account_id == account_id,
                DecisionRow.verdict == verdict,
                DecisionRow.superseded.is_(False),
            )
            .order_by(DecisionRow.priority.desc(), DecisionRow.id)
            .limit(limit)
        )
        if state is not None:
            stmt = stmt.where(DecisionRow.state == state)
        return [(row, handle) for row, handle in self.session.execute(stmt).all()]
