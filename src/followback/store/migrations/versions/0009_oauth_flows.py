"""OAuth applications registered with servers, and authorizations in progress

Revision ID: 0009_oauth_flows
Revises: 0008_reply_drafts_contact_notes
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0009_oauth_flows"
down_revision: str | None = "0008_reply_drafts_contact_notes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "oauth_clients",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("server", sa.String(length=500), nullable=False),
        sa.Column("redirect_uri", sa.String(length=1000), nullable=False),
        sa.Column("client_id", sa.String(length=500), nullable=False),
        sa.Column("client_secret", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("platform", "server", "redirect_uri"),
    )
    op.create_table(
        "oauth_flows",
        sa.Column("state_hash", sa.String(length=64), primary_key=True),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("server", sa.String(length=500), nullable=True),
        sa.Column("redirect_uri", sa.String(length=1000), nullable=False),
        sa.Column("client_id", sa.String(length=500), nullable=False),
        sa.Column("verifier", sa.LargeBinary(), nullable=False),
        sa.Column("started_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_oauth_flows_expires_at", "oauth_flows", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_oauth_flows_expires_at", table_name="oauth_flows")
    op.drop_table("oauth_flows")
    op.drop_table("oauth_clients")
