"""How long a member's journal entries are kept (she chooses; 90 days unless she does).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(
            sa.Column("journal_days", sa.Integer(), nullable=False, server_default="90")
        )
    # the daily purge reads entries by age
    op.create_index("ix_journal_entries_created_at", "journal_entries", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_journal_entries_created_at", "journal_entries")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("journal_days")
