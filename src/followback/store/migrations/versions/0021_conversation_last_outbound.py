"""each conversation's latest reply from the brand (conversations.last_outbound_at), filled

Revision ID: 0021_conversation_last_outbound
Revises: 0020_reviewed_decisions_index

The inbox's header counts (open, waiting, complaints) and its "waiting" filter compared
each conversation's last inbound message with the latest outbound one, found among its
messages: a subquery per conversation, over every open conversation on each page view.
The inbox repository keeps the latest reply on the conversation from now on.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from followback.store.tables import UtcDateTime

revision: str = "0021_conversation_last_outbound"
down_revision: str | None = "0020_reviewed_decisions_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("conversations", sa.Column("last_outbound_at", UtcDateTime(), nullable=True))
    # The repository's own rebuild: one definition of the column.
    from followback.store.inbox import InboxRepo

    with Session(bind=op.get_bind()) as session:
        InboxRepo(session).rebuild_last_outbound()
        session.flush()


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("last_outbound_at")
