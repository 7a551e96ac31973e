"""Reading and writing the domain records inside one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from core.model import Group, JournalEntry, Member, ScheduledPost, Subscription
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


WAITING = ("pending", "retry")  # outbox rows not yet sent, nor being sent


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

    async def save_member(self, member: Member) -> None:
        """Insert or update a member."""
        await self.conn.execute(_upsert(self.conn, t.members, dataclasses.asdict(member)))

    async def set_member_active(self, platform: str, user_id: str, active: bool) -> None:
        """Mark a member reachable or not (she blocked the bot, or came back)."""
        await self.conn.execute(
            sa.update(t.members)
            .where(t.members.c.platform == platform, t.members.c.user_id == user_id)
            .values(active=active)
        )

    async def mark_chat_gone(self, platform: str, chat_id: str) -> None:
        """Stop deliveries to a chat the bot can no longer reach; keep every setting."""
        await self.conn.execute(
            sa.update(t.members)
            .where(t.members.c.platform == platform, t.members.c.dm_chat_id == chat_id)
            .values(active=False)
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
            t.outbox.c.status.in_(WAITING),
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
        """Delete everything stored about a member.

        Her subscription goes first: on PostgreSQL that waits for a tick holding it, so the
        history and outbox rows that tick wrote are there to be deleted next.
        """
        recipient = member_recipient(user_id)
        for table, where in (
            (t.subscriptions, t.subscriptions.c.user_id == user_id),
            (t.members, t.members.c.user_id == user_id),
            (t.journal_entries, t.journal_entries.c.user_id == user_id),
            (t.history, t.history.c.recipient == recipient),
            (t.outbox, t.outbox.c.recipient == recipient),
        ):
            await self.conn.execute(sa.delete(table).where(table.c.platform == platform, where))

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

    # history of prompts and reframes sent ------------------------------------------------

    async def record_sent(
        self, platform: str, entries: Sequence[tuple[str, str]], at: dt.datetime
    ) -> None:
        """Remember that content went to recipients: (recipient, item_id) pairs."""
        if entries:
            await self.conn.execute(
                sa.insert(t.history),
                [
                    {"platform": platform, "recipient": r, "item_id": i, "sent_at": at}
                    for r, i in entries
                ],
            )

    async def history(self, platform: str, recipient: str) -> list[tuple[str, dt.datetime]]:
        """Return the prompts and reframes a recipient has had, oldest first."""
        rows = await self.conn.execute(
            sa.select(t.history.c.item_id, t.history.c.sent_at)
            .where(
                t.history.c.platform == platform,
                t.history.c.recipient == recipient,
            )
            .order_by(t.history.c.id)
        )
        return [(row.item_id, row.sent_at) for row in rows]

    # the outbox -----------------------------------------------------------------------------

    async def queue(self, rows: list[dict[str, Any]]) -> int:
        """Insert outbox rows, ignoring any whose (platform, recipient, slot) is already there."""
        if not rows:
            return 0
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        statement = (
            dialect.insert(t.outbox)
            .on_conflict_do_nothing(index_elements=["platform", "recipient", "slot"])
            .returning(t.outbox.c.id)
        )
        # counted from RETURNING: a driver's rowcount for many rows is not to be trusted
        # (asyncpg reports none), and a tick that queued something must wake the workers
        return len((await self.conn.execute(statement, rows)).all())

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
                t.outbox.c.status.in_(WAITING),
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
                    t.outbox.c.status.in_(WAITING),
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


def member_recipient(user_id: str) -> str:
    """Return the history key of a member."""
    return f"member:{user_id}"


def group_recipient(chat_id: str) -> str:
    """Return the history key of a group."""
    return f"group:{chat_id}"
