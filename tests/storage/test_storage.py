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


async def test_a_batch_is_written_as_one_statement_each_and_reads_back_as_given(
    database_url: str,
) -> None:
    """The tick's writes (outbox, history, due times, awaited answers) each go as one
    statement for the whole batch; every value comes back as it went, in order."""
    from core.model import Member, Subscription
    from core.sending import Destination
    from core.storage import member_recipient, outbox_row
    from core.storage import tables as t

    odd = 'Quote " and \\ backslash, ünïcödé 🌱, a line\nbreak, <b>markup</b> & 100%'
    users = ["0042", "ann", "1e3", "null"]  # ids a careless encoding would turn into numbers
    later = NOW + dt.timedelta(days=1, minutes=7, microseconds=123456)
    async with Storage(database_url) as storage:
        await storage.migrate()
        async with storage.transaction() as tx:
            for platform in ("test", "other"):  # the same ids on another platform stay as they are
                for user in users:
                    await tx.save_member(Member(platform, user, NOW), new=True)
                    await tx.save_subscription(
                        Subscription(platform, user, user, "09:00", "UTC", NOW, NOW)
                    )
        rows = [
            outbox_row(member_recipient(u), Destination("test", u, i % 2 == 0, "7" if i else None),
                       f"p.{i}", f"{odd} {i}", NOW, NOW, buttons='[["a", "b"]]' if i else None)
            for i, u in enumerate(users)
        ]  # fmt: skip
        statements: list[str] = []

        def record(_c: object, _cu: object, sql: str, _p: object, _x: object, many: bool) -> None:
            statements.append("many" if many else sql.split()[0].upper())

        sa.event.listen(storage.engine.sync_engine, "before_cursor_execute", record)
        try:
            async with storage.transaction() as tx:
                queued = await tx.queue([*rows, rows[0]])  # a slot twice: queued once
                again = await tx.queue(rows[:1])
                await tx.record_sent("test", [(member_recipient(u), f"p.{u}") for u in users], NOW)
                await tx.advance_subscriptions("test", [(u, later) for u in users[:3]])
                await tx.await_answers("test", [(u, f"p.{u}") for u in users[1:]], later)
        finally:
            sa.event.remove(storage.engine.sync_engine, "before_cursor_execute", record)
        assert [s for s in statements if s != "BEGIN"] == ["INSERT"] * 3 + ["UPDATE"] * 2
        assert queued == {member_recipient(u) for u in users} and again == set()
        async with storage.transaction() as tx:
            kept = (await tx.conn.execute(sa.select(t.outbox).order_by(t.outbox.c.id))).all()
            histories = await tx.histories("test", [member_recipient(u) for u in users])
            sent_around = [
                await tx.had_since("test", list(histories), [f"p.{u}" for u in users], at)
                for at in (NOW - dt.timedelta(microseconds=1), NOW)
            ]
            subs = {u: await tx.subscription("test", u) for u in users}
            others = [await tx.subscription("other", u) for u in users]
            members = {u: await tx.member("test", u) for u in users}
            other_members = [await tx.member("other", u) for u in users]
        assert [dict(row._mapping, id=None) for row in kept] == [
            {**row, "id": None, "claimed_at": None, "sent_at": None, "reason": None} for row in rows
        ]
        assert histories == {member_recipient(u): [f"p.{u}"] for u in users}
        assert sent_around == [{member_recipient(u): {f"p.{u}"} for u in users}, {}]  # at NOW
        assert {u: (s.next_due_at, s.welcome_back) for u, s in subs.items() if s} == {
            **{u: (later, False) for u in users[:3]},
            users[3]: (NOW, False),
        }
        assert all(s and s.next_due_at == NOW for s in others)
        for user, member in members.items():
            assert member is not None
            waits = user != users[0]
            assert member.pending == (f"reflect:p.{user}" if waits else None)
            assert member.last_prompt_id == (f"p.{user}" if waits else None)
            assert member.pending_until == (later if waits else None)
            assert member.version == (1 if waits else 0)
        assert all(m and m.pending is None and m.version == 0 for m in other_members)


async def test_many_histories_read_at_once_are_each_what_one_reads_alone(
    database_url: str,
) -> None:
    """A batch's histories, gathered one row a recipient, hold what `history` reads for each:
    oldest (lowest id) first, even for rows written out of id order; nothing of another
    platform's, nobody without a history. What they had since an instant: strictly after
    it, of the items asked, on the platform asked."""
    from core.storage import tables as t

    at = [NOW - dt.timedelta(days=d, microseconds=d) for d in range(5)]
    rows = [  # ids out of order, and recipients interleaved
        (9, "test", "member:ann", "p.c", at[0]),
        (2, "test", "member:ann", "p.a", at[2]),
        (5, "test", "member:bea", "p.b", at[1]),
        (7, "other", "member:ann", "p.x", at[3]),
        (4, "test", "member:ann", "p.b", at[1]),
        (1, "test", "member:bea", "p.a", at[4]),
        (12, "test", "group:1", "p.g", at[0]),
    ]
    async with Storage(database_url) as storage:
        await storage.migrate()
        async with storage.transaction() as tx:
            for row_id, platform, recipient, item, when in rows:
                await tx.conn.execute(
                    sa.insert(t.history).values(
                        id=row_id,
                        platform=platform,
                        recipient=recipient,
                        item_id=item,
                        sent_at=when,
                    )
                )
        wanted = ["member:ann", "member:bea", "member:cid", "group:1"]
        async with storage.transaction() as tx:
            together = await tx.histories("test", wanted)
            alone = {r: await tx.history("test", r) for r in wanted}
            since = await tx.had_since("test", wanted, ["p.a", "p.b", "p.c", "p.x"], at[2])
    assert together == {r: h for r, h in alone.items() if h}
    assert together == {
        "member:ann": ["p.a", "p.b", "p.c"],
        "member:bea": ["p.a", "p.b"],
        "group:1": ["p.g"],
    }
    assert since == {"member:ann": {"p.b", "p.c"}, "member:bea": {"p.b"}}
