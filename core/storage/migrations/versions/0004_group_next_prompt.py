"""A group's next prompt, chosen when its due time is set, so members can avoid it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("next_prompt_id", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("next_prompt_id")
