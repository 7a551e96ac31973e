"""The outbox: one row per (recipient, slot), so a slot can never be queued twice.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from core.storage.tables import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("recipient", sa.String(80), nullable=False),
        sa.Column("slot", sa.String(64), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("thread_id", sa.String(64)),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("item_id", sa.String(64)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_at", UTCDateTime()),
        sa.Column("sent_at", UTCDateTime()),
        sa.Column("reason", sa.String(200)),
        sa.UniqueConstraint("platform", "recipient", "slot", name="uq_outbox_slot"),
    )
    op.create_index("ix_outbox_ready", "outbox", ["status", "next_attempt_at"])
    # what every group got today is read once a tick: by time, not by scanning the history
    op.create_index("ix_history_sent_at", "history", ["platform", "sent_at"])


def downgrade() -> None:
    op.drop_index("ix_history_sent_at", "history")
    op.drop_table("outbox")
