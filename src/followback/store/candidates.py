"""What the decide stage reads about follow-back candidates: who still needs a decision,
whom the brand follows, its follow/unfollow history and who has talked to it.

The reads :func:`followback.services.decide.decide_account` and the planner
(:func:`followback.actions.decisions.enqueue_approved_follows`) need, in one repository so
that no service writes a query of its own.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from followback.domain import DecisionState, Direction, Platform
from followback.store.edges import active_edge
from followback.store.tables import (
    ConversationRow,
    DecisionRow,
    FollowEdgeRow,
    FollowEventRow,
    MessageRow,
    RemoteAccountRow,
)

__all__ = ["CandidateRepo"]


class CandidateRepo:
    """Reads about an account's follow-back candidates within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def following(self, account_id: int) -> list[str]:
        """Accounts the brand follows now, newest first."""
        stmt = (
            select(FollowEdgeRow.remote_id)
            .where(active_edge(account_id, Direction.FOLLOWING))
            .order_by(FollowEdgeRow.first_seen.desc(), FollowEdgeRow.id.desc())
        )
        return list(self.session.scalars(stmt))

    def brand_follow_events(self, account_id: int) -> list[tuple[str, str, str, datetime]]:
        """``(remote id, kind, source, at)`` of every follow-back and brand unfollow."""
        stmt = select(
            FollowEventRow.remote_id, FollowEventRow.kind, FollowEventRow.source, FollowEventRow.at
        ).where(
            FollowEventRow.brand_account_id == account_id,
            FollowEventRow.kind.in_(["followed_back", "unfollowed_by_brand"]),
        )
        return [(r, k, s, a) for r, k, s, a in self.session.execute(stmt)]

    def inbound_by_author(self, account_id: int) -> dict[str, Counter[str]]:
        """Per author, how many messages of each kind they sent the brand."""
        stmt = (
            select(MessageRow.author_id, MessageRow.kind, func.count())
            .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
            .where(ConversationRow.brand_account_id == account_id, MessageRow.direction == "in")
            .group_by(MessageRow.author_id, MessageRow.kind)
        )
        counts: dict[str, Counter[str]] = {}
        for author, kind, n in self.session.execute(stmt):
            counts.setdefault(author, Counter())[kind] += int(n)
        return counts

    def undecided(
        self, account_id: int, platform: Platform, *, reported_too: bool = False
    ) -> list[str]:
        """Active followers the brand does not follow whose stored profile has no decision
        (``reported_too``: or only a dry-run one, "reported", never acted on).

        One query, so an account with a million followers does not load them all each run.
        """
        follower = aliased(FollowEdgeRow)
        following = aliased(FollowEdgeRow)
        reported = [DecisionRow.state == DecisionState.REPORTED.value] if reported_too else []
        stmt = (
            select(follower.remote_id)
            .outerjoin(
                following,
                and_(
                    active_edge(follower.brand_account_id, Direction.FOLLOWING, following),
                    following.remote_id == follower.remote_id,
                ),
            )
            .outerjoin(
                RemoteAccountRow,
                and_(
                    RemoteAccountRow.platform == platform.value,
                    RemoteAccountRow.remote_id == follower.remote_id,
                ),
            )
            .outerjoin(
                DecisionRow,
                and_(
                    DecisionRow.brand_account_id == follower.brand_account_id,
                    DecisionRow.remote_id == follower.remote_id,
                    DecisionRow.superseded.is_(False),
                ),
            )
            .where(
                active_edge(account_id, Direction.FOLLOWER, follower),
                following.id.is_(None),
                or_(
                    DecisionRow.id.is_(None),
                    RemoteAccountRow.id.is_(None),
                    DecisionRow.profile_fingerprint != RemoteAccountRow.fingerprint,
                    *reported,
                ),
            )
            .order_by(follower.first_seen.desc(), follower.id.desc())
        )
        return list(self.session.scalars(stmt))
