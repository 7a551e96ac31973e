"""One send budget per bot, shared by its instances (core/storage/budget.py).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_budget",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("tat", sa.Double(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("send_budget")
