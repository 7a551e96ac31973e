"""Storage on both engines: migrations from empty, the schema, and nothing lost on restart."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.model import ChatKind, Event
from core.storage import Storage, StorageError, async_url
from core.storage.tables import metadata
from tests.conftest import START

NOW = START


def _event(text: str, *, group: str | None = None, mod: bool = False) -> Event:
    command, _, args = text[1:].partition(" ")
    return Event(
        platform="test",
        chat_id=group or "ann",
        user_id="ann",
        chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE,
        command=command,
        args=args,
        text=text,
        is_moderator=mod,
    )


async def test_fresh_database_is_migrated_from_empty(database_url: str) -> None:
    async with Storage(database_url) as storage:
        assert (await storage.revisions())[0] is None
        await storage.migrate()
        current, head = await storage.revisions()
        assert current == head is not None
        await storage.migrate()  # a second start changes nothing
        assert (await storage.revisions())[0] == head

        def columns(conn: sa.Connection) -> dict[str, set[str]]:
            inspector = sa.inspect(conn)
            return {t: {c["name"] for c in inspector.get_columns(t)} for t in metadata.tables}

        async with storage.engine.connect() as conn:
            found = await conn.run_sync(columns)
    assert found == {name: {c.name for c in t.columns} for name, t in metadata.tables.items()}


async def test_restart_keeps_every_setting(database_url: str, library: Library) -> None:
    clock = FakeClock(NOW)
    async with Storage(database_url) as storage:
        await storage.migrate()
        app = Holdspace(library, storage, clock)
        for line in (
            "/subscribe 07:30 Europe/London",
            "/settings country GB",
            "/settings journal on",
            "/settings quiet 22:00-07:00",
            "/pause 3",
            "/reflect",
        ):
            await app.handle(_event(line))
        await app.handle(Event("test", "ann", "ann", text="The garden was quiet today."))
        await app.handle(_event("/setup on 09:00 Europe/Berlin", group="circle", mod=True))
        async with storage.transaction() as tx:
            before = (
                await tx.member("test", "ann"),
                await tx.subscription("test", "ann"),
                await tx.journal("test", "ann"),
                await tx.group("test", "circle"),
            )
    async with Storage(database_url) as storage:
        await storage.migrate()
        async with storage.transaction() as tx:
            after = (
                await tx.member("test", "ann"),
                await tx.subscription("test", "ann"),
                await tx.journal("test", "ann"),
                await tx.group("test", "circle"),
            )
    assert after == before
    member, sub, journal, group = after
    assert member is not None and member.country == "GB" and member.journal
    assert sub is not None and sub.slot == "07:30" and sub.paused_until == dt.date(2026, 11, 27)
    assert [e.text for e in journal] == ["The garden was quiet today."]
    assert group is not None and group.daily and group.zone == "Europe/Berlin"


async def test_a_failed_transaction_leaves_nothing_behind(
    database_url: str, library: Library
) -> None:
    async with Storage(database_url) as storage:
        await storage.migrate()
        with pytest.raises(RuntimeError):
            async with storage.transaction() as tx:
                await tx.add_journal_entry("test", "ann", NOW, None, "half-written")
                raise RuntimeError("boom")
        async with storage.transaction() as tx:
            assert await tx.journal("test", "ann") == []


def test_database_urls() -> None:
    memory = async_url("sqlite:///:memory:")
    assert (memory.drivername, memory.database) == ("sqlite+aiosqlite", ":memory:")
    postgres = async_url("postgresql://u:secret@127.0.0.1/db")
    assert postgres.drivername == "postgresql+asyncpg" and postgres.password == "secret"
    assert "secret" not in repr(postgres)
    with pytest.raises(StorageError, match="unsupported"):
        async_url("mysql://root@127.0.0.1/db")
    with pytest.raises(StorageError) as caught:
        async_url("not a url at all ::")
    assert "not a url" not in str(caught.value).lower() or "database URL" in str(caught.value)
