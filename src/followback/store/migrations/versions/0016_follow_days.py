"""daily follower counts per account (follow_days), filled from the existing rows

Revision ID: 0016_follow_days
Revises: 0015_saved_replies

The overview, ``/api/metrics`` and the Retention page read these rows (one per account
and day) instead of counting every follower; the repositories keep them equal to the
edges and events from now on. The backfill is one grouped query over each table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "0016_follow_days"
down_revision: str | None = "0015_saved_replies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COUNTS = (
    "arrivals",
    "unfollowed",
    "purged",
    "deactivated",
    "followers_opened",
    "followers_closed",
    "following_opened",
    "following_closed",
)


def upgrade() -> None:
    op.create_table(
        "follow_days",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("day", sa.Date(), primary_key=True),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in _COUNTS),
    )
    # The repository's own rebuild: one definition of the counts.
    from followback.store.follow_days import FollowDayRepo

    with Session(bind=op.get_bind()) as session:
        FollowDayRepo(session).rebuild()
        session.flush()


def downgrade() -> None:
    op.drop_table("follow_days")
