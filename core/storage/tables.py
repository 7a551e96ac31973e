"""The schema, as SQLAlchemy Core tables: one definition for SQLite and PostgreSQL.

Migrations (core/storage/migrations) create and change it; this module is what the code
reads and writes through. Keep the two in step: a test compares them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

metadata = sa.MetaData()


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """An instant, stored as naive UTC and read back as aware UTC on every engine."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValueError("only aware datetimes are stored")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


members = sa.Table(
    "members",
    metadata,
    sa.Column("platform", sa.String(16), primary_key=True),
    sa.Column("user_id", sa.String(64), primary_key=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("dm_chat_id", sa.String(64)),
    sa.Column("locale", sa.String(16)),
    sa.Column("country", sa.String(2)),
    sa.Column("zone", sa.String(64)),
    sa.Column("journal", sa.Boolean(), nullable=False, default=False),
    sa.Column("pending", sa.String(128)),
    sa.Column("pending_until", UTCDateTime()),
    sa.Column("crisis_until", UTCDateTime()),
    sa.Column("last_prompt_id", sa.String(64)),
    sa.Column("active", sa.Boolean(), nullable=False, default=True),
    sa.Column("dates", sa.String(64), nullable=False, server_default=""),
)

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("platform", sa.String(16), primary_key=True),
    sa.Column("user_id", sa.String(64), primary_key=True),
    sa.Column("chat_id", sa.String(64), nullable=False),
    sa.Column("slot", sa.String(5), nullable=False),
    sa.Column("zone", sa.String(64), nullable=False),
    sa.Column("cadence", sa.String(64), nullable=False),
    sa.Column("quiet", sa.String(16)),
    sa.Column("paused_until", sa.Date()),
    sa.Column("welcome_back", sa.Boolean(), nullable=False, default=False),
    sa.Column("next_due_at", UTCDateTime(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Index("ix_subscriptions_next_due_at", "next_due_at"),
)

groups = sa.Table(
    "groups",
    metadata,
    sa.Column("platform", sa.String(16), primary_key=True),
    sa.Column("chat_id", sa.String(64), primary_key=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("locale", sa.String(16), nullable=False),
    sa.Column("daily", sa.Boolean(), nullable=False, default=False),
    sa.Column("slot", sa.String(5), nullable=False),
    sa.Column("zone", sa.String(64), nullable=False),
    sa.Column("cadence", sa.String(64), nullable=False),
    sa.Column("themes", sa.String(512), nullable=False, default=""),
    sa.Column("thread_id", sa.String(64)),
    sa.Column("next_due_at", UTCDateTime()),
    sa.Column("active", sa.Boolean(), nullable=False, default=True),
    sa.Column("next_prompt_id", sa.String(64)),  # chosen ahead: members avoid it
    sa.Index("ix_groups_next_due_at", "next_due_at"),
)

journal_entries = sa.Table(
    "journal_entries",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("user_id", sa.String(64), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("prompt_id", sa.String(64)),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Index("ix_journal_entries_member", "platform", "user_id"),
)

history = sa.Table(
    "history",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("recipient", sa.String(80), nullable=False),
    sa.Column("item_id", sa.String(64), nullable=False),
    sa.Column("sent_at", UTCDateTime(), nullable=False),
    sa.Index("ix_history_recipient", "platform", "recipient"),
    sa.Index("ix_history_sent_at", "platform", "sent_at"),
)

outbox = sa.Table(
    "outbox",
    metadata,
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
    sa.Column("attempts", sa.Integer(), nullable=False, default=0),
    sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
    sa.Column("claimed_at", UTCDateTime()),
    sa.Column("sent_at", UTCDateTime()),
    sa.Column("reason", sa.String(200)),
    # a reply in several messages: how many went, so a retry resumes at the first not sent
    sa.Column("parts_sent", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("buttons", sa.Text()),  # a reply's buttons, as JSON (replies only)
    sa.UniqueConstraint("platform", "recipient", "slot", name="uq_outbox_slot"),
    sa.Index("ix_outbox_ready", "status", "next_attempt_at"),
)
