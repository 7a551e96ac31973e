"""The private journal keeps entries as long as she chose, purged daily in small batches."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest

from core import markup
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.delivery import Delivery, DeliveryService
from core.features.preferences import MAX_JOURNAL_DAYS
from core.model import Event, Reply
from core.retention import purge_journals
from core.storage import Storage

NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Storage]:
    async with Storage(database_url) as storage:
        await storage.migrate()
        yield storage


async def _say(app: Holdspace, text: str, user: str = "ann") -> list[Reply]:
    command, args = None, ""
    if text.startswith("/"):
        command, _, args = text[1:].partition(" ")
    return await app.handle(Event("test", user, user, command=command, args=args, text=text))


async def _write(app: Holdspace, clock: FakeClock, user: str, ages: list[int]) -> None:
    """Keep one journal entry of hers for each age in days, oldest first."""
    await _say(app, "/settings journal on", user)
    for age in ages:
        clock.set(NOW - dt.timedelta(days=age))
        await _say(app, "/reflect", user)
        await _say(app, f"Written {age} days ago.", user)
    clock.set(NOW)


async def _texts(store: Storage, user: str) -> list[str]:
    async with store.transaction() as tx:
        return [e.text for e in await tx.journal("test", user)]


async def test_entries_older_than_her_choice_are_purged_in_batches(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(NOW)
    app = Holdspace(library, store, clock)
    await _write(app, clock, "ann", [200, 100, 40, 31, 29, 1])
    await _write(app, clock, "rosa", [200, 100, 91, 89, 1])
    await _say(app, "/settings journal_days 30", "ann")  # rosa keeps the default 90 days
    removed = await purge_journals(store, NOW, batch=2)  # several batches of two
    assert removed == 4 + 3
    assert await _texts(store, "ann") == ["Written 29 days ago.", "Written 1 days ago."]
    assert await _texts(store, "rosa") == ["Written 89 days ago.", "Written 1 days ago."]
    assert await purge_journals(store, NOW) == 0  # a second run the same day finds nothing


async def test_the_scheduler_purges_at_start_and_daily(library: Library, store: Storage) -> None:
    clock = FakeClock(NOW)
    app = Holdspace(library, store, clock)
    await _write(app, clock, "ann", [120, 2])
    delivery = Delivery(app, {}, clock, warmup=0.0)
    service = DeliveryService(delivery, interval=3600, idle=0.05)
    jobs = {}
    async with asyncio.timeout(10), service:
        jobs = {job.id: job.trigger for job in service.scheduler.get_jobs()}
        for _ in range(500):  # the run at start
            if len(await _texts(store, "ann")) == 1:
                break
            await asyncio.sleep(0.02)
    assert await _texts(store, "ann") == ["Written 2 days ago."]
    assert "holdspace-purge" in jobs
    assert jobs["holdspace-purge"].interval == dt.timedelta(days=1)


@pytest.mark.parametrize(
    "value", ["", "0", "-3", "soon", "5000", "2.5", "99999 days", "3 fortnights"]
)
async def test_a_keeping_time_she_cannot_have_gets_a_kind_answer(
    library: Library, store: Storage, value: str
) -> None:
    app = Holdspace(library, store, FakeClock(NOW))
    [reply] = await _say(app, f"/settings journal_days {value}".strip())
    assert reply.text == library.text("error.journal_days", "en", limit=MAX_JOURNAL_DAYS)
    async with store.transaction() as tx:
        member = await tx.member("test", "ann")
    assert member is None or member.journal_days == 90


@pytest.mark.parametrize(
    ("value", "days"), [("30", 30), ("2 weeks", 14), ("6 months", 180), ("1 year", 365)]
)
async def test_she_chooses_how_long_entries_are_kept(
    library: Library, store: Storage, value: str, days: int
) -> None:
    app = Holdspace(library, store, FakeClock(NOW))
    [reply] = await _say(app, f"/settings journal_days {value}")
    assert reply.text == library.text("settings.journal_days_done", "en", days=days)
    [summary] = await _say(app, "/settings")
    shown = markup.plain(summary.text)
    assert markup.plain(library.text("settings.journal_keep", "en", days=days)) in shown
    [data] = await _say(app, "/mydata")
    assert data.attachment is not None and f'"journal_days": {days}' in data.attachment.content
