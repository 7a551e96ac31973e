"""Outbox rows remember how many parts of a reply went, and a reply's buttons.

A reply too long for one message is sent part by part; a retry resumes at the first part
not sent. Replies a shutdown could not send are handed to the outbox with their buttons.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("parts_sent", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("buttons", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("buttons")
        batch.drop_column("parts_sent")
