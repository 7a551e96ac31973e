"""The history lookup reads its index alone: what was sent and when, beside whom to.

A busy tick reads the history of a thousand members at a time; with the prompt and the
instant in the index, their rows (written a day apart, far from each other in the table)
are not fetched one by one, so thirty days of history cost little more than one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_history_recipient", table_name="history")
    op.create_index(
        "ix_history_recipient", "history", ["platform", "recipient", "id", "item_id", "sent_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_history_recipient", table_name="history")
    op.create_index("ix_history_recipient", "history", ["platform", "recipient", "id"])
