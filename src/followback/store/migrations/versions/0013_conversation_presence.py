"""who is viewing or typing in a conversation (short-lived rows)

Revision ID: 0013_conversation_presence
Revises: 0012_business_calendars
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0013_conversation_presence"
down_revision: str | None = "0012_business_calendars"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conversation_presence",
        sa.Column(
            "conversation_id",
            sa.Integer(),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("member", sa.String(length=200), primary_key=True),
        sa.Column("typing_at", UtcDateTime(), nullable=True),
        sa.Column("seen_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_conversation_presence_seen_at", "conversation_presence", ["seen_at"])


def downgrade() -> None:
    op.drop_index("ix_conversation_presence_seen_at", table_name="conversation_presence")
    op.drop_table("conversation_presence")
