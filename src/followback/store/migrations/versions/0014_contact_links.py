"""one person's contacts on several platforms, linked by a team member

Revision ID: 0014_contact_links
Revises: 0013_conversation_presence
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0014_contact_links"
down_revision: str | None = "0013_conversation_presence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_links",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("linked_by", sa.String(length=200), nullable=False),
        sa.Column("linked_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_contact_links_person_id", "contact_links", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_contact_links_person_id", table_name="contact_links")
    op.drop_table("contact_links")
