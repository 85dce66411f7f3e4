"""current decisions counted per account, state and verdict (decision_counts), filled

Revision ID: 0019_decision_counts
Revises: 0018_day_range_indexes

The review queue's lane counts and each page's pending reviews per account read these
rows instead of counting every decision; the decisions repository keeps them from now on.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "0019_decision_counts"
down_revision: str | None = "0018_day_range_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "decision_counts",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("state", sa.String(length=16), primary_key=True),
        sa.Column("verdict", sa.String(length=16), primary_key=True),
        sa.Column("n", sa.BigInteger(), nullable=False),
    )
    # The repository's own rebuild: one definition of the counts.
    from followback.store.decision_counts import DecisionCountRepo

    with Session(bind=op.get_bind()) as session:
        DecisionCountRepo(session).rebuild()
        session.flush()


def downgrade() -> None:
    op.drop_table("decision_counts")
