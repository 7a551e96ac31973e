"""A role whose holders may moderate a group besides those the platform names (Discord).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("moderator_role", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("moderator_role")
