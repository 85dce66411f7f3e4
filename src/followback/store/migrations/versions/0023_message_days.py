"""daily inbound post counts per account (message_days), filled from the existing messages

Revision ID: 0023_message_days
Revises: 0022_retention_analyses

The overview's and the Listening page's volume charts (and the spike check) counted a
month of inbound messages per day on each view, joined to their conversations; they read
these rows (one per account and day) instead. The inbox repository keeps them equal to the
messages from now on. The backfill is one grouped query.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "0023_message_days"
down_revision: str | None = "0022_retention_analyses"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "message_days",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("day", sa.Date(), primary_key=True),
        *(
            sa.Column(name, sa.BigInteger(), nullable=False)
            for name in ("mentions", "heard", "complaints")
        ),
    )
    # The repository's own rebuild: one definition of the counts.
    from followback.store.message_days import MessageDayRepo

    with Session(bind=op.get_bind()) as session:
        MessageDayRepo(session).rebuild()
        session.flush()


def downgrade() -> None:
    op.drop_table("message_days")
