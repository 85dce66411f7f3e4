"""Second looks: screened-out followers who talked to the brand since, and the checks of
accounts the brand follows (the "unfollow?" list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from followback.domain import Direction, ErrorCode, UserError
from followback.store.edges import active_edge
from followback.store.tables import (
    ConversationRow,
    DecisionRow,
    FollowCheckRow,
    FollowEdgeRow,
    MessageRow,
    RemoteAccountRow,
)

__all__ = ["FollowCheck", "SecondLookRepo", "TalkedBack"]

TALK_KINDS = ("mention", "reply", "quote", "dm")


@dataclass(frozen=True, slots=True)
class TalkedBack:
    """A screened-out follower's current decision and their first message after it."""

    decision: DecisionRow
    kind: str
    at: datetime


@dataclass(frozen=True, slots=True)
class FollowCheck:
    """The latest second look at an account the brand follows."""

    remote_id: str
    handle: str
    state: str
    bot_score: float | None
    reasons: tuple[dict[str, Any], ...]
    checked_at: datetime


class SecondLookRepo:
    """Queries and writes for second looks, within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def talked_back(self, account_id: int, rules: Sequence[str]) -> list[TalkedBack]:
        """Current skip decisions made by one of ``rules`` whose account has since sent
        the brand a mention, reply, quote or message."""
        first = (
            select(
                MessageRow.author_id.label("author"),
                func.min(MessageRow.created_at).label("at"),
            )
            .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
            .join(
                DecisionRow,
                and_(
                    DecisionRow.brand_account_id == ConversationRow.brand_account_id,
                    DecisionRow.remote_id == MessageRow.author_id,
                    DecisionRow.superseded.is_(False),
                    DecisionRow.verdict == "skip",
                    MessageRow.created_at > DecisionRow.decided_at,
                ),
            )
            .where(
                ConversationRow.brand_account_id == account_id,
                MessageRow.direction == "in",
                MessageRow.kind.in_(TALK_KINDS),
            )
            .group_by(MessageRow.author_id)
            .subquery()
        )
        stmt = (
            select(DecisionRow, first.c.at)
            .join(first, first.c.author == DecisionRow.remote_id)
            .where(DecisionRow.brand_account_id == account_id, DecisionRow.superseded.is_(False))
        )
        out = []
        for row, at in self.session.execute(stmt):
            rule = row.reasons[0].get("rule") if row.reasons else None
            if rule in rules:
                kind = self._kind(account_id, row.remote_id, at)
                out.append(TalkedBack(row, kind, at))
        return out

    def _kind(self, account_id: int, author: str, at: datetime) -> str:
        stmt = (
            select(MessageRow.kind)
            .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
            .where(
                ConversationRow.brand_account_id == account_id,
                MessageRow.author_id == author,
                MessageRow.created_at == at,
            )
            .limit(1)
        )
        return str(self.session.scalar(stmt) or "mention")

    def followed(self, account_id: int) -> list[str]:
        """Accounts the brand follows now."""
        stmt = select(FollowEdgeRow.remote_id).where(active_edge(account_id, Direction.FOLLOWING))
        return list(self.session.scalars(stmt))

    def checks(self, account_id: int, remote_ids: Sequence[str]) -> dict[str, FollowCheckRow]:
        out: dict[str, FollowCheckRow] = {}
        for start in range(0, len(remote_ids), 500):
            stmt = select(FollowCheckRow).where(
                FollowCheckRow.brand_account_id == account_id,
                FollowCheckRow.remote_id.in_(remote_ids[start : start + 500]),
            )
            out.update({r.remote_id: r for r in self.session.scalars(stmt)})
        return out

    def record_check(
        self,
        account_id: int,
        remote_id: str,
        *,
        at: datetime,
        fingerprint: str,
        bot_score: float | None,
        state: str,
        reasons: Sequence[dict[str, Any]],
    ) -> None:
        row = self.session.get(FollowCheckRow, (account_id, remote_id))
        if row is None:
            row = FollowCheckRow(brand_account_id=account_id, remote_id=remote_id)
            self.session.add(row)
        row.checked_at, row.fingerprint, row.bot_score = at, fingerprint, bot_score
        row.state, row.reasons = state, list(reasons)
        self.session.flush()

    def list_flagged(self, account_id: int, platform: str) -> list[FollowCheck]:
        """The "unfollow?" list: followed accounts flagged by a second look."""
        stmt = (
            select(FollowCheckRow, RemoteAccountRow.handle)
            .outerjoin(
                RemoteAccountRow,
                and_(
                    RemoteAccountRow.platform == platform,
                    RemoteAccountRow.remote_id == FollowCheckRow.remote_id,
                ),
            )
            .where(FollowCheckRow.brand_account_id == account_id, FollowCheckRow.state == "flagged")
            .order_by(FollowCheckRow.bot_score.desc(), FollowCheckRow.checked_at)
        )
        return [
            FollowCheck(
                r.remote_id, h or r.remote_id, r.state, r.bot_score, tuple(r.reasons), r.checked_at
            )
            for r, h in self.session.execute(stmt)
        ]

    def resolve(self, account_id: int, remote_id: str, state: str, by: str, at: datetime) -> None:
        """A person's answer to an "unfollow?" flag: ``kept`` or ``unfollowed``."""
        row = self.session.get(FollowCheckRow, (account_id, remote_id))
        if row is None or row.state != "flagged":
            raise UserError(
                f"{remote_id} is not on the unfollow? list of this account", ErrorCode.NOT_FOUND
            )
        row.state, row.resolved_by, row.resolved_at = state, by, at
        self.session.flush()
