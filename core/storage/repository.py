"""Reading and writing the domain records inside one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from core.model import (
    DEFAULT_JOURNAL_DAYS,
    Group,
    JournalEntry,
    Member,
    ScheduledPost,
    Subscription,
)
from core.schedule import slot_key
from core.sending import Destination
from core.storage import tables as t


def _upsert(conn: AsyncConnection, table: sa.Table, values: Mapping[str, Any]) -> sa.sql.Executable:
    keys = [c.name for c in table.primary_key.columns]
    rest = {k: v for k, v in values.items() if k not in keys}
    if conn.dialect.name == "postgresql":
        pg = postgresql.insert(table).values(**values)
        return pg.on_conflict_do_update(index_elements=keys, set_=rest)
    lite = sqlite.insert(table).values(**values)
    return lite.on_conflict_do_update(index_elements=keys, set_=rest)


def _group_row(group: Group) -> dict[str, Any]:
    row = dataclasses.asdict(group)
    row["themes"] = " ".join(group.themes)
    return row


def _group(row: sa.Row[Any]) -> Group:
    values = dict(row._mapping)
    values["themes"] = tuple(values["themes"].split())
    return Group(**values)


def _rows_table(
    conn: AsyncConnection,
    name: str,
    columns: Sequence[sa.Column[Any]],
    rows: Sequence[Sequence[Any]],
    *,
    per_row: Collection[str] = (),
) -> sa.Subquery:
    """Return many rows of values as one table to select or update from, in their order.

    One statement for a whole batch, whatever its size, instead of one per row: on
    PostgreSQL one array a column (`unnest`), on SQLite one JSON document (`json_each`).
    A column whose value is the same in every row (a batch's platform, status, instant
    ready, mostly its due time) is sent once, as one parameter, not once a row, unless
    named in `per_row` (see `_same_key`: the key an update matches by). Each value
    goes through its column's type, as a bound parameter of that column would. The table's
    columns are named (and typed) after `columns`.
    """
    dialect = conn.dialect
    values = [
        _bound(column, dialect, given)
        for column, given in zip(columns, zip(*rows, strict=True), strict=True)
    ]
    varying = [
        i
        for i, (column, column_values) in enumerate(zip(columns, values, strict=True))
        if column.name in per_row or len(set(column_values)) > 1
    ]
    varying = varying or [0]  # at least one, for the number of rows
    picked: list[str] = []
    params: list[sa.BindParameter[Any]] = []
    for i, column in enumerate(columns):
        if i in varying:
            picked.append(f"r.{column.name}")
            continue
        once = f":{name}_{i}"  # no CAST on SQLite: an instant's text would become a number
        if dialect.name == "postgresql":
            once = f"CAST({once} AS {column.type.compile(dialect=dialect)})"
        picked.append(f"{once} AS {column.name}")
        params.append(sa.bindparam(f"{name}_{i}", values[i][0], type_=sa.types.NullType()))
    if dialect.name == "postgresql":
        arrays = ", ".join(
            f"CAST(:{name}_{i} AS {columns[i].type.compile(dialect=dialect)}[])" for i in varying
        )
        names = ", ".join(columns[i].name for i in varying)
        source = f"unnest({arrays}) AS r({names})"
        params += [
            sa.bindparam(f"{name}_{i}", values[i], type_=sa.types.NullType()) for i in varying
        ]
    else:
        each = ", ".join(
            f"json_extract(value, '$[{j}]') AS {columns[i].name}" for j, i in enumerate(varying)
        )
        document = json.dumps(list(zip(*(values[i] for i in varying), strict=True)))
        source = f"(SELECT {each} FROM json_each(:{name})) AS r"
        params.append(sa.bindparam(name, document, type_=sa.String()))
    query = sa.text(f"SELECT {', '.join(picked)} FROM {source}").bindparams(*params)
    return query.columns(*(sa.column(c.name, c.type) for c in columns)).subquery(name)


def _bound(column: sa.Column[Any], dialect: sa.Dialect, given: Sequence[Any]) -> list[Any]:
    """Return values as the column's type binds them (each distinct value processed once:
    a batch holds a few instants, repeated)."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return list(given)
    done: dict[Any, Any] = {}
    bound = []
    for value in given:
        if (found := done.get(value, done)) is done:
            found = done[value] = process(value)
        bound.append(found)
    return bound


_KEY = ("platform", "user_id")  # what `_same_key` matches: each from the rows


def _same_key(table: sa.Table, rows: sa.Subquery) -> list[sa.ColumnElement[bool]]:
    """Match a table's rows to those of a `_rows_table` by (platform, user_id).

    The platform is one of the values, not a constant: told `platform = ?`, SQLite (which
    has no statistics unless asked) takes the platform's part of the key for a few rows and
    reads every member of the platform once for each value; with both from the values, it
    reads the values and looks each one up.
    """
    return [
        table.c.platform == rows.c.platform,
        table.c.user_id == rows.c.user_id,
    ]


def outbox_row(
    recipient: str,
    destination: Destination,
    item_id: str | None,
    text: str,
    due: dt.datetime,
    ready: dt.datetime,
    *,
    kind: str = "daily",
    slot: str | None = None,
    parts_sent: int = 0,
    buttons: str | None = None,
) -> dict[str, Any]:
    """Build an outbox row: one (recipient, slot) sent once, from `ready` on.

    The slot is the due minute unless given (a reply handed over at a shutdown has its own).
    """
    return {
        "platform": destination.platform,
        "recipient": recipient,
        "slot": slot or f"{kind}:{slot_key(due)}",
        "chat_id": destination.chat_id,
        "thread_id": destination.thread_id,
        "is_group": destination.is_group,
        "kind": kind,
        "item_id": item_id,
        "text": text,
        "due_at": due,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": ready,
        "parts_sent": parts_sent,
        "buttons": buttons,
    }


@dataclasses.dataclass(frozen=True)
class DueSubscription:
    """A subscription the tick found due, with what it needs to know of her."""

    sub: Subscription
    locale: str | None
    active: bool
    dates: str | None  # her own hard dates


class StaleMember(Exception):
    """A member's row changed since it was read: the save was refused (compare-and-set)."""


class Tx:
    """One open transaction and the queries the use cases need."""

    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    # members -------------------------------------------------------------------------------

    async def member(self, platform: str, user_id: str) -> Member | None:
        """Return a member, or None if nothing is stored about her."""
        row = (
            await self.conn.execute(
                sa.select(t.members).where(
                    t.members.c.platform == platform, t.members.c.user_id == user_id
                )
            )
        ).first()
        return Member(**row._mapping) if row else None

    async def save_member(self, member: Member, *, new: bool) -> None:
        """Store a member: insert her (`new`), or update the row of the version she was read at.

        Compare-and-set: if anyone wrote her row since it was read (a tick recording the
        reflection it queued for her, on PostgreSQL where both run at once), nothing is
        written and `StaleMember` is raised, so the caller can run again on the fresh row.
        """
        values = dataclasses.asdict(member)
        if new:
            dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
            inserted = await self.conn.execute(
                dialect.insert(t.members)
                .values(**values)
                .on_conflict_do_nothing(index_elements=["platform", "user_id"])
                .returning(t.members.c.user_id)
            )
            if inserted.first() is None:
                raise StaleMember("she was stored meanwhile")
            return
        values["version"] = member.version + 1
        updated = await self.conn.execute(
            sa.update(t.members)
            .where(
                t.members.c.platform == member.platform,
                t.members.c.user_id == member.user_id,
                t.members.c.version == member.version,
            )
            .values(**values)
        )
        if updated.rowcount != 1:
            raise StaleMember("her row changed since it was read")

    async def set_member_active(self, platform: str, user_id: str, active: bool) -> None:
        """Mark a member reachable or not (she blocked the bot, or came back)."""
        await self.conn.execute(
            sa.update(t.members)
            .where(t.members.c.platform == platform, t.members.c.user_id == user_id)
            .values(active=active, version=t.members.c.version + 1)
        )

    async def mark_chat_gone(self, platform: str, chat_id: str) -> None:
        """Stop deliveries to a chat the bot can no longer reach; keep every setting."""
        await self.conn.execute(
            sa.update(t.members)
            .where(t.members.c.platform == platform, t.members.c.dm_chat_id == chat_id)
            .values(active=False, version=t.members.c.version + 1)
        )
        await self.conn.execute(
            sa.update(t.groups)
            .where(t.groups.c.platform == platform, t.groups.c.chat_id == chat_id)
            .values(active=False)
        )

    async def rekey_group(self, platform: str, old_chat_id: str, new_chat_id: str) -> None:
        """Move a group's settings and history to its new id (Telegram supergroup upgrade).

        If the new id has settings already (a moderator set it up first), they stand and the
        old id's go, so the chat never gets two daily posts.
        """
        old_group = sa.and_(t.groups.c.platform == platform, t.groups.c.chat_id == old_chat_id)
        if await self.group(platform, new_chat_id) is None:
            await self.conn.execute(
                sa.update(t.groups).where(old_group).values(chat_id=new_chat_id)
            )
        else:
            await self.conn.execute(sa.delete(t.groups).where(old_group))
        await self.conn.execute(
            sa.update(t.history)
            .where(
                t.history.c.platform == platform,
                t.history.c.recipient == group_recipient(old_chat_id),
            )
            .values(recipient=group_recipient(new_chat_id))
        )
        await self.move_waiting(platform, old_chat_id, new_chat_id)

    async def move_waiting(self, platform: str, old_chat_id: str, new_chat_id: str) -> None:
        """Send a group's waiting posts to its new id; one the new id already has stays dead."""
        old, new = group_recipient(old_chat_id), group_recipient(new_chat_id)
        waiting = sa.and_(
            t.outbox.c.platform == platform,
            t.outbox.c.recipient == old,
            t.outbox_in(t.WAITING),
        )
        taken = sa.select(t.outbox.c.slot).where(
            t.outbox.c.platform == platform, t.outbox.c.recipient == new
        )
        await self.conn.execute(
            sa.update(t.outbox)
            .where(waiting, t.outbox.c.slot.in_(taken))
            .values(status="dead", reason="already queued for the group's new id")
        )
        await self.conn.execute(
            sa.update(t.outbox).where(waiting).values(recipient=new, chat_id=new_chat_id)
        )

    async def forget_member(self, platform: str, user_id: str) -> None:
        """Delete everything stored about a member: her rows in every table that has any.

        Her subscription goes first: on PostgreSQL that waits for a tick holding it, so the
        history and outbox rows that tick wrote are there to be deleted next.
        """
        for table, rows in sorted(_member_tables(), key=lambda pair: not pair[1].forget_first):
            await self.conn.execute(sa.delete(table).where(rows.owner(table, platform, user_id)))

    async def member_data(self, platform: str, user_id: str) -> dict[str, Any]:
        """Return everything stored about a member, table by table, ready for JSON."""
        data: dict[str, Any] = {}
        for table, rows in _member_tables():
            found = await self.conn.execute(
                sa.select(table)
                .where(rows.owner(table, platform, user_id))
                .order_by(*table.primary_key.columns)
            )
            items = [_jsonable(row._mapping) for row in found]
            data[rows.export] = (items[0] if items else None) if rows.single else items
        return data

    # subscriptions -------------------------------------------------------------------------

    async def subscription(self, platform: str, user_id: str) -> Subscription | None:
        """Return a member's daily reflection subscription."""
        row = (
            await self.conn.execute(
                sa.select(t.subscriptions).where(
                    t.subscriptions.c.platform == platform,
                    t.subscriptions.c.user_id == user_id,
                )
            )
        ).first()
        return Subscription(**row._mapping) if row else None

    async def save_subscription(self, sub: Subscription) -> None:
        """Insert or update a subscription."""
        await self.conn.execute(_upsert(self.conn, t.subscriptions, dataclasses.asdict(sub)))

    async def delete_subscription(self, platform: str, user_id: str) -> bool:
        """Delete a subscription; tell whether there was one."""
        result = await self.conn.execute(
            sa.delete(t.subscriptions).where(
                t.subscriptions.c.platform == platform, t.subscriptions.c.user_id == user_id
            )
        )
        return bool(result.rowcount)

    # groups --------------------------------------------------------------------------------

    async def group(self, platform: str, chat_id: str) -> Group | None:
        """Return a group's settings."""
        row = (
            await self.conn.execute(
                sa.select(t.groups).where(
                    t.groups.c.platform == platform, t.groups.c.chat_id == chat_id
                )
            )
        ).first()
        return _group(row) if row else None

    async def save_group(self, group: Group) -> None:
        """Insert or update a group."""
        await self.conn.execute(_upsert(self.conn, t.groups, _group_row(group)))

    # journal -------------------------------------------------------------------------------

    async def add_journal_entry(
        self, platform: str, user_id: str, at: dt.datetime, prompt_id: str | None, text: str
    ) -> None:
        """Keep one private reflection."""
        await self.conn.execute(
            sa.insert(t.journal_entries).values(
                platform=platform, user_id=user_id, created_at=at, prompt_id=prompt_id, text=text
            )
        )

    async def journal(self, platform: str, user_id: str) -> list[JournalEntry]:
        """Return a member's kept reflections, oldest first."""
        rows = await self.conn.execute(
            sa.select(t.journal_entries)
            .where(t.journal_entries.c.platform == platform, t.journal_entries.c.user_id == user_id)
            .order_by(t.journal_entries.c.id)
        )
        return [JournalEntry(**row._mapping) for row in rows]

    async def journal_keeping_times(self) -> set[int]:
        """Return the different numbers of days members keep their journal entries."""
        rows = await self.conn.execute(sa.select(t.members.c.journal_days).distinct())
        return set(rows.scalars())

    async def purge_journal(self, days: int, cutoff: dt.datetime, limit: int) -> int:
        """Delete up to `limit` entries written before `cutoff` by members who keep `days`.

        Entries whose member is gone (there should be none) are kept the default time.
        """
        entry = t.journal_entries
        keeps = (
            sa.select(t.members.c.journal_days)
            .where(t.members.c.platform == entry.c.platform, t.members.c.user_id == entry.c.user_id)
            .scalar_subquery()
        )
        expired = (
            sa.select(entry.c.id)
            .where(
                entry.c.created_at < cutoff,
                sa.func.coalesce(keeps, DEFAULT_JOURNAL_DAYS) == days,
            )
            .order_by(entry.c.created_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        result = await self.conn.execute(sa.delete(entry).where(entry.c.id.in_(expired)))
        return int(result.rowcount)

    # history of prompts and reframes sent ------------------------------------------------

    async def record_sent(
        self, platform: str, entries: Sequence[tuple[str, str]], at: dt.datetime
    ) -> None:
        """Remember that content went to recipients: (recipient, item_id) pairs."""
        if not entries:
            return
        history = t.history
        sent = _rows_table(self.conn, "sent", [history.c.recipient, history.c.item_id], entries)
        await self.conn.execute(
            sa.insert(history).from_select(
                ["platform", "recipient", "item_id", "sent_at"],
                sa.select(
                    sa.literal(platform, history.c.platform.type),
                    sent.c.recipient,
                    sent.c.item_id,
                    sa.literal(at, history.c.sent_at.type),
                ),
            )
        )

    async def history(self, platform: str, recipient: str) -> list[str]:
        """Return the prompts and reframes a recipient has had (their ids), oldest first."""
        return (await self.histories(platform, [recipient])).get(recipient, [])

    async def histories(self, platform: str, recipients: Sequence[str]) -> dict[str, list[str]]:
        """Return what each of many recipients has had (ids), oldest first; when, prompt
        choice asks only of a hard date's prompts (`had_since`), so it is not read here.

        One row a recipient, her rows gathered by the database (a busy tick with a month of
        history read 30 rows a member, and making a row object of each cost more than the
        rest of her choice): on PostgreSQL as arrays, on SQLite as text (content ids hold no
        space). The ids say the order, checked here, so the plan needs no sort.
        """
        history = t.history
        if self.conn.dialect.name == "postgresql":
            ids: Any = sa.type_coerce(sa.func.array_agg(history.c.id), sa.types.NullType())
            items: Any = sa.type_coerce(sa.func.array_agg(history.c.item_id), sa.types.NullType())
        else:
            ids = sa.func.group_concat(history.c.id, " ")
            items = sa.func.group_concat(history.c.item_id, " ")
        found = await self.conn.execute(
            sa.select(history.c.recipient, ids, items)
            .where(history.c.platform == platform, self._among(recipients))
            .group_by(history.c.recipient)
        )
        result: dict[str, list[str]] = {}
        for recipient, order, had in found.all():
            if isinstance(had, str):  # SQLite's
                order, had = list(map(int, order.split(" "))), had.split(" ")
            if order != sorted(order):
                had = [item for _, item in sorted(zip(order, had, strict=True))]
            result[recipient] = had
        return result

    async def had_since(
        self, platform: str, recipients: Sequence[str], items: Collection[str], after: dt.datetime
    ) -> dict[str, set[str]]:
        """Return which of `items` each of many recipients was sent after an instant (those
        who had any)."""
        history = t.history
        found = await self.conn.execute(
            sa.select(history.c.recipient, history.c.item_id, history.c.sent_at).where(
                history.c.platform == platform,
                self._among(recipients),
                history.c.item_id.in_(sorted(items)),
            )
        )  # the instants compared here: told of one, SQLite reads the platform's by time
        result: dict[str, set[str]] = {}
        for recipient, item, at in found.all():
            if at > after:
                result.setdefault(recipient, set()).add(item)
        return result

    def _among(self, recipients: Sequence[str]) -> sa.ColumnElement[bool]:
        """Return `history.recipient` among many: on PostgreSQL as one array parameter (a
        statement with a list of a thousand values, prepared again and again, is soon given
        a generic plan that reads the whole table; one array keeps the statement, and its
        plan, the same); on SQLite as one JSON document (a thousand placeholders cost more
        to render and bind, each time, than the lookup itself)."""
        if self.conn.dialect.name == "postgresql":
            ids = sa.bindparam("recipients", list(recipients), type_=postgresql.ARRAY(sa.String))
            return t.history.c.recipient == sa.any_(ids)
        listed = sa.bindparam("recipients", json.dumps(list(recipients)), type_=sa.String())
        return t.history.c.recipient.in_(
            sa.select(sa.func.json_each(listed).table_valued("value").c.value)
        )

    async def prune_history(self, platform: str, cutoff: dt.datetime, limit: int) -> int:
        """Delete up to `limit` of a platform's history rows sent before `cutoff`."""
        history = t.history
        old = (
            sa.select(history.c.id)
            .where(history.c.platform == platform, history.c.sent_at < cutoff)
            .limit(limit)
            .scalar_subquery()
        )
        result = await self.conn.execute(sa.delete(history).where(history.c.id.in_(old)))
        return int(result.rowcount)

    # the outbox -----------------------------------------------------------------------------

    async def queue(self, rows: list[dict[str, Any]]) -> set[str]:
        """Insert outbox rows, ignoring any whose (platform, recipient, slot) is already there.

        Return the recipients of the rows inserted.
        """
        if not rows:
            return set()
        names = list(rows[0])
        if any(list(row) != names for row in rows):
            raise ValueError("outbox rows to queue together must have the same columns")
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        queued = _rows_table(
            self.conn,
            "queued",
            [t.outbox.c[name] for name in names],
            [[row[name] for name in names] for row in rows],
        )
        statement = (
            dialect.insert(t.outbox)
            .from_select(names, sa.select(*queued.c).where(sa.true()))  # WHERE: SQLite's parser
            .on_conflict_do_nothing(index_elements=["platform", "recipient", "slot"])
            .returning(t.outbox.c.recipient)
        )
        # read from RETURNING: a driver's rowcount is not to be trusted (asyncpg reports
        # none), and a tick that queued something must wake the workers
        return set((await self.conn.execute(statement)).scalars())

    async def last_queued(self, platform: str, recipient: str, kind: str) -> dt.datetime | None:
        """Return the due time of the last post of a kind queued for a recipient (a week back)."""
        last: dt.datetime | None = (
            await self.conn.execute(
                sa.select(sa.func.max(t.outbox.c.due_at)).where(
                    t.outbox.c.platform == platform,
                    t.outbox.c.recipient == recipient,
                    t.outbox.c.kind == kind,
                )
            )
        ).scalar_one()
        return last

    async def deliveries(self, platform: str, recipient: str) -> list[dict[str, Any]]:
        """Return a recipient's outbox rows (the last week's and those waiting), oldest first."""
        rows = await self.conn.execute(
            sa.select(t.outbox.c.item_id, t.outbox.c.due_at, t.outbox.c.status)
            .where(t.outbox.c.platform == platform, t.outbox.c.recipient == recipient)
            .order_by(t.outbox.c.due_at, t.outbox.c.id)
        )
        return [dict(row._mapping) for row in rows]

    async def scheduled(self, platform: str, recipient: str, kind: str) -> list[ScheduledPost]:
        """Return a recipient's posts of one kind still waiting to be sent, soonest first."""
        rows = await self.conn.execute(
            sa.select(t.outbox.c.id, t.outbox.c.due_at, t.outbox.c.item_id, t.outbox.c.text)
            .where(
                t.outbox.c.platform == platform,
                t.outbox.c.recipient == recipient,
                t.outbox.c.kind == kind,
                t.outbox_in(t.WAITING),
            )
            .order_by(t.outbox.c.due_at, t.outbox.c.id)
        )
        return [ScheduledPost(**row._mapping) for row in rows]

    async def cancel_scheduled(self, platform: str, recipient: str, kind: str, post: int) -> bool:
        """Remove one waiting post of a recipient's and its record in the history.

        Its slot is free again and its prompt goes back to the pool; say whether there was
        such a post.
        """
        row = (
            await self.conn.execute(
                sa.delete(t.outbox)
                .where(
                    t.outbox.c.id == post,
                    t.outbox.c.platform == platform,
                    t.outbox.c.recipient == recipient,
                    t.outbox.c.kind == kind,
                    t.outbox_in(t.WAITING),
                )
                .returning(t.outbox.c.item_id, t.outbox.c.due_at)
            )
        ).first()
        if row is None:
            return False
        await self.conn.execute(
            sa.delete(t.history).where(
                t.history.c.platform == platform,
                t.history.c.recipient == recipient,
                t.history.c.item_id == row.item_id,
                t.history.c.sent_at == row.due_at,  # recorded for the day it was to post
            )
        )
        return True

    # the daily tick and the outbox's workers (core/delivery.py) ---------------------------

    async def due_subscriptions(
        self, platform: str, now: dt.datetime, limit: int
    ) -> list[DueSubscription]:
        """Lock and return up to `limit` subscriptions due by now, the longest due first."""
        her = (t.members.c.locale, t.members.c.active, t.members.c.dates)
        query = (
            sa.select(*(t.subscriptions.c[field] for field in _SUB_FIELDS), *her)
            .join(
                t.members,
                sa.and_(
                    t.members.c.platform == t.subscriptions.c.platform,
                    t.members.c.user_id == t.subscriptions.c.user_id,
                ),
            )
            .where(t.subscriptions.c.platform == platform, t.subscriptions.c.next_due_at <= now)
            .order_by(t.subscriptions.c.next_due_at)
            .limit(limit)
            .with_for_update(skip_locked=True, of=t.subscriptions)
        )
        width = len(_SUB_FIELDS)  # her subscription's fields in order, then what else is hers
        return [
            DueSubscription(Subscription(*row[:width]), *row[width:])
            for row in (await self.conn.execute(query)).all()
        ]

    async def advance_subscriptions(
        self, platform: str, next_due: Sequence[tuple[str, dt.datetime]]
    ) -> None:
        """Set members' next due times (user id, instant), a reflection having been queued."""
        if not next_due:
            return
        subs = t.subscriptions
        ahead = _rows_table(
            self.conn,
            "ahead",
            [subs.c.platform, subs.c.user_id, subs.c.next_due_at],
            [(platform, user, when) for user, when in next_due],
            per_row=_KEY,
        )
        await self.conn.execute(
            sa.update(subs)
            .where(*_same_key(subs, ahead))
            .values(next_due_at=ahead.c.next_due_at, welcome_back=False)
        )

    async def await_answers(
        self, platform: str, prompts: Sequence[tuple[str, str]], until: dt.datetime
    ) -> None:
        """Record the reflection each member was sent (user id, prompt id): her answer's."""
        if not prompts:
            return
        members = t.members
        sent = _rows_table(
            self.conn,
            "sent",
            [members.c.platform, members.c.user_id, members.c.pending, members.c.last_prompt_id],
            [(platform, user, f"reflect:{item}", item) for user, item in prompts],
            per_row=_KEY,
        )
        await self.conn.execute(
            sa.update(members)
            .where(*_same_key(members, sent))
            .values(
                pending=sent.c.pending,
                pending_until=until,
                last_prompt_id=sent.c.last_prompt_id,
                version=members.c.version + 1,  # a conversation's stale save fails
            )
        )

    async def due_groups(self, platform: str, now: dt.datetime) -> list[Group]:
        """Lock and return the groups whose daily reflection is due by now."""
        rows = await self.conn.execute(
            sa.select(t.groups)
            .where(
                t.groups.c.platform == platform,
                t.groups.c.next_due_at <= now,
                t.groups.c.daily.is_(True),
            )
            .with_for_update(skip_locked=True)
        )
        return [_group(row) for row in rows]

    async def group_items_near(self, platform: str, now: dt.datetime) -> set[str]:
        """Return the prompts groups got in the last day or will get in the next."""
        day = dt.timedelta(days=1)
        got = await self.conn.execute(
            sa.select(t.history.c.item_id).where(
                t.history.c.platform == platform,
                t.history.c.sent_at > now - day,
                t.history.c.sent_at <= now + day,  # a topic planned soon
                t.history.c.recipient.like("group:%"),  # a range would depend on the collation
            )
        )
        ahead = await self.conn.execute(
            sa.select(t.groups.c.next_prompt_id).where(
                t.groups.c.platform == platform,
                t.groups.c.daily.is_(True),
                t.groups.c.active.is_(True),
                t.groups.c.next_due_at < now + day,
                t.groups.c.next_prompt_id.is_not(None),
            )
        )
        return {row.item_id for row in got} | {row.next_prompt_id for row in ahead}

    async def prune_outbox(self, platform: str, before: dt.datetime) -> None:
        """Delete sent and dead outbox rows last touched before an instant."""
        await self.conn.execute(
            sa.delete(t.outbox).where(
                t.outbox.c.platform == platform,
                t.outbox_in(t.DONE),
                t.outbox.c.next_attempt_at < before,
            )
        )

    async def sweep_outbox(
        self, platform: str, now: dt.datetime, *, lease_from: dt.datetime, due_from: dt.datetime
    ) -> int:
        """Make rows whose lease was taken before `lease_from` ready again (their sender
        died) and drop rows due before `due_from` (too late to send); return how many were
        dropped. The tick's work, through the indexes of rows being sent and rows waiting."""
        mine = t.outbox.c.platform == platform
        expired = self._skip_locked(
            mine, t.outbox_in(t.SENDING), t.outbox.c.claimed_at < lease_from
        )
        await self.conn.execute(
            sa.update(t.outbox)
            .where(expired)
            .values(status="retry", next_attempt_at=now, reason="lease expired mid-send")
        )
        late = self._skip_locked(mine, t.outbox_in(t.WAITING), t.outbox.c.due_at < due_from)
        dropped = await self.conn.execute(
            sa.update(t.outbox)
            .where(late)
            .values(status="dead", reason="missed by more than the grace")
        )
        return int(dropped.rowcount)

    async def claim_outbox(self, platform: str, now: dt.datetime, limit: int) -> list[sa.Row[Any]]:
        """Mark up to `limit` ready rows as being sent and return them, readiest first."""
        ready = self._skip_locked(
            t.outbox.c.platform == platform,
            t.outbox_in(t.WAITING),
            t.outbox.c.next_attempt_at <= now,
            order_by=(t.outbox.c.next_attempt_at, t.outbox.c.id),
            limit=limit,
        )
        rows = (
            await self.conn.execute(
                sa.update(t.outbox)
                .where(ready)
                .values(status="sending", claimed_at=now, attempts=t.outbox.c.attempts + 1)
                .returning(*t.outbox.c)
            )
        ).all()
        return sorted(rows, key=lambda r: (r.next_attempt_at, r.id))

    def _skip_locked(
        self, *where: Any, order_by: Sequence[Any] = (), limit: int | None = None
    ) -> sa.ColumnElement[bool]:
        """Return `outbox.id` among the rows no other instance is working on (SKIP LOCKED on
        PostgreSQL).

        On PostgreSQL the ids are gathered into one array first (`= ANY(ARRAY(…))`, run
        once), not joined as `IN (…)`: prepared while the outbox was nearly empty, as at a
        fresh start, the join's generic plan read the whole outbox again for each of its
        rows (a busy tick's sweep took over ten minutes at 50,000 queued).
        """
        query = sa.select(t.outbox.c.id).where(*where).order_by(*order_by).limit(limit)
        query = query.with_for_update(skip_locked=True)
        if self.conn.dialect.name == "postgresql":
            ids = sa.func.array(query.scalar_subquery(), type_=postgresql.ARRAY(sa.Integer))
            return t.outbox.c.id == sa.any_(ids)
        return t.outbox.c.id.in_(query.scalar_subquery())

    async def update_outbox(
        self, ids: Sequence[int], *, still_claimed: bool = False, **values: Any
    ) -> None:
        """Update outbox rows (only those still claimed, if asked)."""
        where: list[sa.ColumnElement[bool]] = [t.outbox.c.id.in_(ids)]
        if still_claimed:
            where.append(t.outbox_in(t.SENDING))
        await self.conn.execute(sa.update(t.outbox).where(*where).values(**values))


def _member_tables() -> list[tuple[sa.Table, t.MemberRows]]:
    """Return every table that holds rows about members, in the order they are defined."""
    return [
        (table, rows)
        for table in t.metadata.tables.values()
        if (rows := t.member_rows(table)) is not None
    ]


def _jsonable(values: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        str(k): v.isoformat() if isinstance(v, dt.date | dt.datetime) else v
        for k, v in values.items()
    }


def member_recipient(user_id: str) -> str:
    """Return the history key of a member."""
    return f"member:{user_id}"


def group_recipient(chat_id: str) -> str:
    """Return the history key of a group."""
    return f"group:{chat_id}"


_SUB_FIELDS = tuple(f.name for f in dataclasses.fields(Subscription))
