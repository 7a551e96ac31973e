"""`holdspace db copy`: a deployment moved from SQLite to PostgreSQL, every row and count."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.model import ChatKind, Event
from core.storage import Storage, StorageError, member_recipient
from core.storage import tables as t
from core.storage.copy import copy_database
from tests.conftest import START

ROOT = Path(__file__).resolve().parent.parent.parent


def _event(text: str, user: str, *, group: str | None = None) -> Event:
    command, _, args = text[1:].partition(" ") if text.startswith("/") else ("", "", "")
    return Event(
        platform="test",
        chat_id=group or user,
        user_id=user,
        chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE,
        command=command or None,
        args=args,
        text=text,
        is_moderator=group is not None,
    )


@pytest.fixture
async def sqlite_url(tmp_path: Path, library: Library) -> str:
    """A SQLite deployment with a little of everything: members, a group, journal, history."""
    url = f"sqlite:///{tmp_path}/holdspace.sqlite3"
    async with Storage(url) as storage:
        await storage.migrate()
        app = Holdspace(library, storage, FakeClock(START))
        for user in ("ann", "bea", "cat"):
            for line in ("/subscribe 07:30 Europe/London", "/settings journal on", "/reflect"):
                await app.handle(_event(line, user))
            await app.handle(_event(f"{user}'s garden was quiet today.", user))
        await app.handle(_event("/setup on 09:00 Europe/Berlin", "ann", group="circle"))
        async with storage.transaction() as tx:
            await tx.record_sent("test", [(member_recipient("ann"), "p.hope.01")], START)
    return url


async def _counts(url: str) -> dict[str, int]:
    async with Storage(url) as storage, storage.transaction() as tx:
        return {
            table.name: int(
                (await tx.conn.execute(sa.select(sa.func.count()).select_from(table))).scalar_one()
            )
            for table in t.metadata.sorted_tables
        }


async def test_a_sqlite_deployment_moves_to_postgresql(sqlite_url: str, postgres_url: str) -> None:
    before = await _counts(sqlite_url)
    assert before["members"] == 3 and before["journal_entries"] == 3 and before["groups"] == 1
    async with Storage(sqlite_url) as source, Storage(postgres_url) as target:
        counts = await copy_database(source, target, chunk=2)  # several chunks a table
        async with source.transaction() as old, target.transaction() as new:
            assert await new.member_data("test", "ann") == await old.member_data("test", "ann")
            assert await new.group("test", "circle") == await old.group("test", "circle")
    assert counts == before == await _counts(postgres_url)
    async with Storage(postgres_url) as target, target.transaction() as tx:
        # the id sequences were moved past the copied rows: a new entry gets a new id
        await tx.add_journal_entry("test", "ann", START, None, "written after the move")
        assert len(await tx.journal("test", "ann")) == 2


async def test_a_target_with_rows_is_refused(sqlite_url: str, postgres_url: str) -> None:
    async with Storage(sqlite_url) as source, Storage(postgres_url) as target:
        await copy_database(source, target)
        with pytest.raises(StorageError, match="holds rows already"):
            await copy_database(source, target)
    assert await _counts(postgres_url) == await _counts(sqlite_url)  # nothing doubled


def test_the_command_copies_and_says_what(sqlite_url: str, postgres_url: str) -> None:
    def copy() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bots.cli", "db", "copy", "--from", sqlite_url,
             "--to", postgres_url],
            capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
            env={k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")},
        )  # fmt: skip

    first = copy()
    assert first.returncode == 0, first.stderr
    assert "members: 3 rows" in first.stdout and "every count matches" in first.stdout
    again = copy()
    assert again.returncode == 1
    assert "holds rows already" in again.stderr and len(again.stderr.strip().splitlines()) == 1
