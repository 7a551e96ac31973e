"""Where a group's moderators are told that the bot may not post in it (Discord: a channel).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("moderator_chat", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("moderator_chat")
