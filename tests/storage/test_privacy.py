"""What members wrote, at rest: private files, nothing left behind by /forget, no table missed."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.delivery import Delivery
from core.model import Event, Reply
from core.sending import Destination, Outcome, SendResult
from core.storage import Storage, StorageError
from core.storage import tables as t
from tests.conftest import START

NOW = START
HER = "7319046285"  # her id: it must be found nowhere after /forget
OTHER = "5550001"
WORDS = "Lilacs by the gate where Marisol learned to ride"
# A long entry (the 3,909 characters): it spills onto overflow pages.
LONG = " ".join(f"The garden path, stone {n:04d}, and the gate." for n in range(95))[:3909]


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def loosen(folder: Path, *files: Path) -> None:
    """Open a folder and files to everyone, as an older version left them."""
    folder.chmod(0o755)
    for name in files:
        name.touch()
        name.chmod(0o644)


class Recorder:
    """A sender that takes everything."""

    platform = "test"

    def split(self, reply: Reply) -> list[Reply]:
        return [reply]

    async def send_part(
        self, destination: Destination, part: Reply, *, nonce: str | None = None
    ) -> SendResult:
        return SendResult(Outcome.SENT)


def event(user: str, text: str = "", action: str | None = None) -> Event:
    command, args = None, ""
    if text.startswith("/"):
        command, _, args = text[1:].partition(" ")
    return Event("test", user, user, command=command, args=args, text=text, action=action)


async def say(app: Holdspace, user: str, text: str) -> list[Reply]:
    return await app.handle(event(user, text))


async def fill(app: Holdspace, delivery: Delivery, clock: FakeClock, user: str) -> None:
    """Give a member a row in every table that can hold her: settings, journal, history, outbox."""
    for line in ("/settings journal on", "/subscribe 09:00 UTC", "/settings country GB"):
        await say(app, user, line)
    await say(app, user, "/reflect")
    await say(app, user, WORDS)
    await say(app, user, "/reflect")
    await say(app, user, LONG)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
    assert await delivery.tick() >= 1  # her reflection waits in the outbox


async def forget(app: Holdspace, user: str) -> None:
    [confirm] = await say(app, user, "/forget")
    yes = next(c.action for c in confirm.choices if c.action.startswith("forget:yes"))
    await app.handle(event(user, action=yes))


def like_most_sqlite_builds(storage: Storage) -> None:
    """Start each connection with secure_delete off, as most SQLite builds do (this one's is on)."""

    def off(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete=OFF")

    sa.event.listen(storage.engine.sync_engine, "connect", off, insert=True)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


async def test_files_are_private_from_the_moment_they_exist(
    tmp_path: Path, library: Library
) -> None:
    folder = tmp_path / "deep" / "data"
    path = folder / "holdspace.sqlite3"
    with umask(0):  # the most careless umask: nothing may depend on it
        storage = Storage(f"sqlite:///{path}")
        try:
            assert mode(folder) == mode(folder.parent) == 0o700
            assert mode(path) == 0o600  # before SQLite has even opened it
            async with storage.engine.connect() as conn:  # SQLite opens it: WAL and SHM appear
                await conn.exec_driver_sql("SELECT 1")
                companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
                assert all(p.exists() for p in companions)
                assert {p.name: mode(p) for p in companions} == {p.name: 0o600 for p in companions}
            await storage.migrate()
            app = Holdspace(library, storage, FakeClock(NOW))
            for line in ("/settings journal on", "/reflect", WORDS, "/subscribe 07:30 UTC"):
                await say(app, HER, line)
            files = names(folder)
            assert set(files) >= {path.name, f"{path.name}-wal", f"{path.name}-shm"}
            assert {n: mode(folder / n) for n in files} == {n: 0o600 for n in files}
            assert mode(folder) == 0o700
        finally:
            await storage.close()


async def test_files_left_open_by_an_older_version_are_closed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "holdspace.sqlite3"
    async with Storage(f"sqlite:///{path}") as storage:
        await storage.migrate()
    loosen(tmp_path, path, Path(f"{path}-wal"), Path(f"{path}-shm"))
    async with Storage(f"sqlite:///{path}") as storage:
        await storage.migrate()
        assert {name: mode(tmp_path / name) for name in names(tmp_path)} == {
            name: 0o600 for name in names(tmp_path)
        }
    # a folder the operator made is left as it is, but she hears about it
    assert mode(tmp_path) == 0o755
    assert any("chmod 700" in r.getMessage() for r in caplog.records)


async def test_secure_delete_is_on(tmp_path: Path) -> None:
    async with Storage(f"sqlite:///{tmp_path}/h.sqlite3") as storage:
        like_most_sqlite_builds(storage)
        async with storage.engine.connect() as conn:
            assert (await conn.exec_driver_sql("PRAGMA secure_delete")).scalar() == 1


async def test_after_forget_her_id_and_words_are_in_no_file(
    tmp_path: Path, library: Library
) -> None:
    folder = tmp_path / "db"
    async with Storage(f"sqlite:///{folder}/holdspace.sqlite3") as storage:
        like_most_sqlite_builds(storage)
        await storage.migrate()
        clock = FakeClock(NOW)
        app = Holdspace(library, storage, clock)
        delivery = Delivery(app, {"test": Recorder()}, clock, warmup=0.0)
        await fill(app, delivery, clock, HER)
        await say(app, OTHER, "/subscribe 10:00 UTC")
        before = b"".join(folder_bytes(folder).values())
        # the search would find her: in the WAL, not yet in the main file
        for needle in (HER, WORDS, LONG[-200:]):
            assert needle.encode() in before, needle
        await forget(app, HER)
        # with the engine still open, as it is while the bot runs
        after = folder_bytes(folder)
        for name, data in after.items():
            for needle in (HER, WORDS, "Lilacs", LONG[-200:], "stone 0088"):
                assert needle.encode() not in data, (name, needle)
        assert OTHER.encode() in b"".join(after.values())  # the others are still there
        assert after.get("holdspace.sqlite3-wal", b"") == b""  # emptied, not just overwritten


async def test_every_table_says_how_it_relates_to_a_member(database_url: str) -> None:
    for name, table in t.metadata.tables.items():
        relation = table.info.get("member")
        assert isinstance(relation, t.MemberRows | t.MemberFree), f"{name} says nothing"
        if isinstance(relation, t.MemberRows):
            assert relation.column in table.c and "platform" in table.c, name
    async with Storage(database_url) as storage:
        await storage.migrate()
        async with storage.engine.connect() as conn:
            live = set(await conn.run_sync(lambda c: sa.inspect(c).get_table_names()))
    # a table made by a migration but unknown to tables.py would be missed by /forget
    assert live == set(t.metadata.tables) | set(t.BOOKKEEPING)


async def test_forget_and_mydata_reach_every_member_table(
    database_url: str, library: Library
) -> None:
    async with Storage(database_url) as storage:
        await storage.migrate()
        clock = FakeClock(NOW)
        app = Holdspace(library, storage, clock)
        delivery = Delivery(app, {"test": Recorder()}, clock, warmup=0.0)
        await fill(app, delivery, clock, HER)
        clock.set(NOW)
        await fill(app, delivery, clock, OTHER)
        mine = [
            (table, rows)
            for table in t.metadata.tables.values()
            if (rows := t.member_rows(table)) is not None
        ]

        async def counts(user: str) -> dict[str, int]:
            async with storage.transaction() as tx:
                return {
                    table.name: (
                        await tx.conn.execute(
                            sa.select(sa.func.count()).where(rows.owner(table, "test", user))
                        )
                    ).scalar_one()
                    for table, rows in mine
                }

        # fill() reaches every table: a new table needs a step there, and so a thought
        assert all((await counts(HER)).values()), await counts(HER)
        [data] = await say(app, HER, "/mydata")
        assert data.attachment is not None
        shown = json.loads(data.attachment.content)
        for _table, rows in mine:
            assert shown[rows.export], rows.export
        assert [e["text"] for e in shown["journal"]] == [WORDS, LONG]
        others = await counts(OTHER)
        await forget(app, HER)
        assert set((await counts(HER)).values()) == {0}
        assert await counts(OTHER) == others


def test_a_folder_in_the_way_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(StorageError, match="is a folder"):
        Storage(f"sqlite:///{tmp_path}/taken")
    (tmp_path / "file").write_text("")
    with pytest.raises(StorageError, match="not a folder to keep"):
        Storage(f"sqlite:///{tmp_path}/file/holdspace.sqlite3")
