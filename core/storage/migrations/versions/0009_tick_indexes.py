"""Indexes for ticks whose cost depends on what is due, not on how many members there are.

The due queries read (platform, next_due_at); a member's history is read in id order; each
outbox query reads only the rows in its state (partial indexes: ready to send, waiting past
the grace, being sent, sent or dead), however many sent rows the week keeps; the daily
purge finds the members' keeping times without reading every member.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OUTBOX = (
    ("ix_outbox_ready", ("next_attempt_at", "id"), "status IN ('pending', 'retry')"),
    ("ix_outbox_late", ("due_at",), "status IN ('pending', 'retry')"),
    ("ix_outbox_sending", ("claimed_at",), "status IN ('sending')"),
    ("ix_outbox_done", ("next_attempt_at",), "status IN ('sent', 'dead')"),
)


def upgrade() -> None:
    op.create_index("ix_members_journal_days", "members", ["journal_days"])
    op.drop_index("ix_subscriptions_next_due_at", table_name="subscriptions")
    op.create_index("ix_subscriptions_due", "subscriptions", ["platform", "next_due_at"])
    op.drop_index("ix_groups_next_due_at", table_name="groups")
    op.create_index("ix_groups_due", "groups", ["platform", "next_due_at"])
    op.drop_index("ix_history_recipient", table_name="history")
    op.create_index("ix_history_recipient", "history", ["platform", "recipient", "id"])
    op.drop_index("ix_outbox_ready", table_name="outbox")
    for name, columns, condition in OUTBOX:
        op.create_index(
            name,
            "outbox",
            ["platform", *columns],
            sqlite_where=sa.text(condition),
            postgresql_where=sa.text(condition),
        )


def downgrade() -> None:
    for name, _, _ in OUTBOX:
        op.drop_index(name, table_name="outbox")
    op.create_index("ix_outbox_ready", "outbox", ["status", "next_attempt_at"])
    op.drop_index("ix_history_recipient", table_name="history")
    op.create_index("ix_history_recipient", "history", ["platform", "recipient"])
    op.drop_index("ix_groups_due", table_name="groups")
    op.create_index("ix_groups_next_due_at", "groups", ["next_due_at"])
    op.drop_index("ix_subscriptions_due", table_name="subscriptions")
    op.create_index("ix_subscriptions_next_due_at", "subscriptions", ["next_due_at"])
    op.drop_index("ix_members_journal_days", table_name="members")
