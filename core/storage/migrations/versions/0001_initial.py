"""Members, subscriptions, groups, journal entries and the history of what was sent.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from core.storage.tables import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "members",
        sa.Column("platform", sa.String(16), primary_key=True),
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("dm_chat_id", sa.String(64)),
        sa.Column("locale", sa.String(16)),
        sa.Column("country", sa.String(2)),
        sa.Column("zone", sa.String(64)),
        sa.Column("journal", sa.Boolean(), nullable=False),
        sa.Column("pending", sa.String(128)),
        sa.Column("pending_until", UTCDateTime()),
        sa.Column("crisis_until", UTCDateTime()),
        sa.Column("last_prompt_id", sa.String(64)),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "subscriptions",
        sa.Column("platform", sa.String(16), primary_key=True),
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("slot", sa.String(5), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("cadence", sa.String(64), nullable=False),
        sa.Column("quiet", sa.String(16)),
        sa.Column("paused_until", sa.Date()),
        sa.Column("welcome_back", sa.Boolean(), nullable=False),
        sa.Column("next_due_at", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_subscriptions_next_due_at", "subscriptions", ["next_due_at"])
    op.create_table(
        "groups",
        sa.Column("platform", sa.String(16), primary_key=True),
        sa.Column("chat_id", sa.String(64), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("daily", sa.Boolean(), nullable=False),
        sa.Column("slot", sa.String(5), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("cadence", sa.String(64), nullable=False),
        sa.Column("themes", sa.String(512), nullable=False),
        sa.Column("thread_id", sa.String(64)),
        sa.Column("next_due_at", UTCDateTime()),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_groups_next_due_at", "groups", ["next_due_at"])
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("prompt_id", sa.String(64)),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_journal_entries_member", "journal_entries", ["platform", "user_id"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("recipient", sa.String(80), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_history_recipient", "history", ["platform", "recipient"])


def downgrade() -> None:
    for table in ("history", "journal_entries", "groups", "subscriptions", "members"):
        op.drop_table(table)
