"""The schema, as SQLAlchemy Core tables: one definition for SQLite and PostgreSQL.

Migrations (core/storage/migrations) create and change it; this module is what the code
reads and writes through. Keep the two in step: a test compares them.

Every table says how its rows relate to a member (`info["member"]`): a `MemberRows`, which
`/forget` deletes and `/mydata` shows, or `MEMBER_FREE` with the reason. A test enumerates the
tables, here and in the live database, so a new one cannot be missed by either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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


@dataclass(frozen=True)
class MemberRows:
    """How a table's rows belong to a member: `column` holds her id on her platform.

    `key` is the form the column holds it in ("{}" the id itself, "member:{}" a recipient
    key); `export` names the rows in `/mydata` (`single`: one row at most, shown as an
    object). `forget_first`: deleted before the others (see `Tx.forget_member`).
    """

    column: str
    export: str
    key: str = "{}"
    single: bool = False
    forget_first: bool = False

    def owner(self, table: sa.Table, platform: str, user_id: str) -> sa.ColumnElement[bool]:
        """Return the condition that selects a member's rows in this table."""
        return sa.and_(
            table.c.platform == platform, table.c[self.column] == self.key.format(user_id)
        )


@dataclass(frozen=True)
class MemberFree:
    """A table that holds nothing about any member, and why."""

    reason: str


# Tables in the database that this module does not define.
BOOKKEEPING = {"alembic_version": MemberFree("Alembic's record of the schema's version")}


def member_rows(table: sa.Table) -> MemberRows | None:
    """Return how a table's rows belong to a member, or None if they never do."""
    relation = table.info["member"]
    return relation if isinstance(relation, MemberRows) else None


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
    sa.Column("country_offered", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("journal_days", sa.Integer(), nullable=False, server_default="90"),
    # every write adds one; a save says which version it read (compare-and-set)
    sa.Column("version", sa.Integer(), nullable=False, server_default="0"),
    sa.Index("ix_members_journal_days", "journal_days"),  # the daily purge's keeping times
    info={"member": MemberRows("user_id", export="member", single=True)},
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
    sa.Index("ix_subscriptions_due", "platform", "next_due_at"),  # the tick's due query
    info={
        "member": MemberRows("user_id", export="daily_reflection", single=True, forget_first=True)
    },
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
    sa.Column("moderator_role", sa.String(64)),  # a role that may moderate it too (Discord)
    sa.Column("moderator_chat", sa.String(64)),  # where its moderators are told (Discord)
    # its daily post opens a thread for the day's discussion (Discord)
    sa.Column("daily_thread", sa.Boolean(), nullable=False, server_default=sa.true()),
    sa.Index("ix_groups_due", "platform", "next_due_at"),
    info={"member": MemberFree("a group's settings: ids of chats, never of the people in them")},
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
    sa.Index("ix_journal_entries_created_at", "created_at"),
    info={"member": MemberRows("user_id", export="journal")},
)

history = sa.Table(
    "history",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("recipient", sa.String(80), nullable=False),
    sa.Column("item_id", sa.String(64), nullable=False),
    sa.Column("sent_at", UTCDateTime(), nullable=False),
    # a member's history in order, read from the index alone (item and time included)
    sa.Index("ix_history_recipient", "platform", "recipient", "id", "item_id", "sent_at"),
    sa.Index("ix_history_sent_at", "platform", "sent_at"),  # recent group posts; the pruning
    info={"member": MemberRows("recipient", export="sent_to_you", key="member:{}")},
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
    # Partial indexes: each query below reads only the rows in its state, however many sent
    # rows the week keeps. Their conditions are the queries' own words (`outbox_in`).
    *(
        sa.Index(
            name,
            "platform",
            *columns,
            sqlite_where=sa.text(condition),
            postgresql_where=sa.text(condition),
        )
        for name, columns, condition in (
            ("ix_outbox_ready", ("next_attempt_at", "id"), "status IN ('pending', 'retry')"),
            ("ix_outbox_late", ("due_at",), "status IN ('pending', 'retry')"),
            ("ix_outbox_sending", ("claimed_at",), "status IN ('sending')"),
            ("ix_outbox_done", ("next_attempt_at",), "status IN ('sent', 'dead')"),
        )
    ),
    info={"member": MemberRows("recipient", export="deliveries", key="member:{}")},
)

WAITING = ("pending", "retry")  # outbox rows not yet sent, nor being sent
SENDING = ("sending",)
DONE = ("sent", "dead")


def outbox_in(statuses: tuple[str, ...]) -> sa.ColumnElement[bool]:
    """Return `outbox.status IN (...)` with the statuses written out, not bound.

    Written out, the condition is the partial indexes' own, which is how SQLite's planner
    (and PostgreSQL's, for a statement it has prepared) knows a query may use them.
    """
    values: sa.BindParameter[tuple[str, ...]] = sa.bindparam(
        f"status_{'_'.join(statuses)}", statuses, expanding=True
    )
    return outbox.c.status.in_(values.render_literal_execute())


send_budget = sa.Table(
    "send_budget",
    metadata,
    # `platform:` and a hash of the bot's token: the instances of one bot share a row; the
    # token itself is never stored (core/storage/budget.py)
    sa.Column("key", sa.String(80), primary_key=True),
    # the theoretical arrival time (GCRA): when the bot's next send may go, in seconds since
    # the epoch by the database's clock; every reservation moves it on
    sa.Column("tat", sa.Double(), nullable=False),
    info={"member": MemberFree("one bot's shared send rate: a time, under a hash of its token")},
)
