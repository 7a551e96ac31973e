"""Daily reflections through the real Telegram adapter, under Telegram's strict flood limits."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import sqlalchemy as sa
from telegram import Bot

from bots.telegram import TelegramSender
from bots.telegram.adapter import requests_for
from core.clock import FakeClock, SystemClock
from core.content import Library
from core.conversation import Holdspace
from core.delivery import Delivery, Limits
from core.model import ChatKind, Event
from core.sending import Destination
from core.storage import Storage
from core.storage import tables as t
from tests.fakes.telegram import Call, FakeTelegram, Fault, FloodLimits

ROOT = Path(__file__).resolve().parents[3]
NOON = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
IN_FLIGHT = 4  # sends the delivery has under way at once (its default)


async def _subscribe_everyone(
    app: Holdspace, fake: FakeTelegram, members: int, groups: int
) -> None:
    for uid in range(1, members + 1):
        fake.add_user(uid)
        await app.handle(
            Event("telegram", str(uid), str(uid), command="subscribe", args="12:00 UTC")
        )
    for g in range(1, groups + 1):
        chat = -1000 - g
        fake.add_group(chat, f"Circle {g}", owner_id=9999)
        await app.handle(
            Event("telegram", str(chat), "9999", ChatKind.GROUP, command="setup",
                  args="on 12:00 UTC", is_moderator=True)
        )  # fmt: skip


@contextlib.asynccontextmanager
async def _due_at_noon(
    tmp_path: Path, library: Library, limits: FloodLimits, members: int
) -> AsyncIterator[tuple[FakeTelegram, Holdspace, FakeClock]]:
    """A fake Bot API with these limits, and Holdspace an hour before noon, its members and
    three groups each taking their reflection at noon."""
    async with (
        FakeTelegram(flood_limits=limits) as fake,
        Storage(f"sqlite:///{tmp_path}/holdspace.sqlite3") as storage,
    ):
        await storage.migrate()
        clock = FakeClock(NOON - dt.timedelta(hours=1))
        app = Holdspace(library, storage, clock)
        await _subscribe_everyone(app, fake, members=members, groups=3)
        yield fake, app, clock


async def test_a_broadcast_under_strict_limits_has_no_429_and_no_doubles(
    tmp_path: Path, library: Library
) -> None:
    limits = FloodLimits(per_second=30, per_chat_per_second=1, per_group_per_minute=20)
    async with _due_at_noon(tmp_path, library, limits, members=45) as (fake, app, clock):
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            delivery = Delivery(app, {"telegram": TelegramSender(bot)}, clock,
                                limits={"telegram": Limits(30, 1, 20)})  # fmt: skip
            clock.set(NOON)
            assert await delivery.tick() == 48
            assert await delivery.tick() == 0
            sent = await delivery.drain("telegram")
        assert sent == 48
        assert fake.http_429 == 0
        per_chat: dict[str, int] = {}
        for params in fake.sent_messages():
            per_chat[str(params["chat_id"])] = per_chat.get(str(params["chat_id"]), 0) + 1
        assert len(per_chat) == 48 and set(per_chat.values()) == {1}
        fake.assert_spec_clean()


async def test_a_paid_broadcast_goes_past_the_free_limit_and_answers_are_not_paid_for(
    tmp_path: Path, library: Library
) -> None:
    """With paid broadcasts on, the daily posts carry allow_paid_broadcast and may go far
    faster than the free 30 a second; an answer to a member does not carry it."""
    limits = FloodLimits(per_second=30, paid_per_second=1000, per_chat_per_second=1)
    async with _due_at_noon(tmp_path, library, limits, members=90) as (fake, app, clock):
        request, _ = requests_for(fake.base_url, 10.0)  # the pool the adapter sends through
        async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:
            sender = TelegramSender(bot, paid_broadcast=True)
            delivery = Delivery(app, {"telegram": sender}, clock, warmup=0,
                                limits={"telegram": Limits(1000, 1, 20)})  # fmt: skip
            clock.set(NOON)
            assert await delivery.tick() == 93
            started = time.monotonic()
            assert await delivery.drain("telegram") == 93
            took = time.monotonic() - started
            fake.add_user(999)  # a member who got no post this second (one a second per chat)
            [reply, *_] = await app.handle(Event("telegram", "999", "999", command="help"))
            [answer, *_] = sender.split(reply)
            await sender.send_part(Destination("telegram", "999"), answer)
        assert fake.http_429 == 0
        *posts, last = fake.calls_to("sendMessage")
        assert len(posts) == 93 and all(c.params.get("allow_paid_broadcast") is True for c in posts)
        assert "allow_paid_broadcast" not in last.params and last.params["chat_id"] == 999
        assert took < 93 / 30, took  # the free limit would have held it to three seconds
        fake.assert_spec_clean()


async def test_killed_mid_broadcast_and_restarted_nobody_is_lost(
    tmp_path: Path, library: Library
) -> None:
    """SIGKILL mid-broadcast; after a restart everyone has their reflection once (only what
    was in flight or went out in the last 0.1 s may come twice: the at-least-once policy)."""
    members = 40
    database = f"sqlite:///{tmp_path}/crash.sqlite3"
    async with FakeTelegram(flood_limits=FloodLimits(per_second=10)) as fake:
        async with Storage(database) as storage:
            await storage.migrate()
            app = Holdspace(library, storage, SystemClock())
            await _subscribe_everyone(app, fake, members=members, groups=0)
            async with storage.transaction() as tx:  # their reflection was due a minute ago
                await tx.conn.execute(
                    sa.update(t.subscriptions).values(
                        next_due_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
                    )
                )
        env = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
        env.update(
            TELEGRAM_BOT_TOKEN=fake.token,
            TELEGRAM_API_BASE_URL=fake.base_url,
            HOLDSPACE_DATABASE_URL=database,
            TELEGRAM_MAX_PER_SECOND="10",
            HOLDSPACE_TICK_SECONDS="1",
            HOLDSPACE_SEND_LEASE_SECONDS="1",
            PYTHONPATH=str(ROOT),
        )

        async def start() -> asyncio.subprocess.Process:
            return await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bots.cli", "run", cwd=tmp_path, env=env,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            )  # fmt: skip

        # The bounds below are generous: a process's start (imports, content) is slow on a
        # loaded machine; on a quiet one each wait ends as soon as its condition holds.
        first = await start()
        try:
            await fake.wait_for("sendMessage", count=12, timeout=120)
        finally:  # killed whatever happens: a failed wait must not leave it running
            first.send_signal(signal.SIGKILL)
            await first.wait()
        before_restart = len(fake.sent_messages())
        assert before_restart < members  # it really died mid-broadcast
        second = await start()
        try:
            for _ in range(2400):
                if len({p["chat_id"] for p in fake.sent_messages()}) == members:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.5)  # anything sent twice would show by now
        finally:
            second.send_signal(signal.SIGTERM)
            await asyncio.wait_for(second.wait(), timeout=10)
        per_chat: dict[int, int] = {}
        for params in fake.sent_messages():
            per_chat[params["chat_id"]] = per_chat.get(params["chat_id"], 0) + 1
        assert sorted(per_chat) == list(range(1, members + 1))  # none lost
        # the mid-send policy at 10/s: the one in flight, and those answered since the last
        # flush began (0.1 s and the flush's own few milliseconds: two at most)
        assert sum(n - 1 for n in per_chat.values()) <= 3
        assert fake.http_429 == 0
        fake.assert_spec_clean()  # both processes' requests, checked like every other test's


# --- a 429 pauses exactly its scope ----------------------------------------------------------

RETRY_AFTER = 2  # seconds, as Telegram gives them
MEMBERS, GROUPS = 12, 3


class RunningClock:
    """A wall clock that starts where it is set and runs at real speed (so retries fall due)."""

    def __init__(self, start: dt.datetime) -> None:
        self.set(start)

    def set(self, instant: dt.datetime) -> None:
        self._start, self._at = instant, time.monotonic()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._at)


async def _broadcast_with_a_429(
    tmp_path: Path, library: Library, fake: FakeTelegram, first: int
) -> tuple[list[Call], Call]:
    """Deliver a broadcast to MEMBERS members (ids 1…) and GROUPS groups (ids -1001…) through
    the real sender and bot, where the first chat served, `first`, is answered 429.

    `first` is due at 11:59 and everyone else at 12:00; ticking at 11:59:30 and then at 12:00
    queues its row alone, ahead of the others. Returns the successful sends in order and the
    send that got the 429.
    """
    async with Storage(f"sqlite:///{tmp_path}/flood.sqlite3") as storage:
        await storage.migrate()
        clock = RunningClock(NOON - dt.timedelta(hours=1))
        app = Holdspace(library, storage, clock)
        for g in range(1, GROUPS + 1):
            chat = -1000 - g
            fake.add_group(chat, f"Circle {g}", owner_id=9999)
            slot = "11:59" if chat == first else "12:00"
            await app.handle(
                Event("telegram", str(chat), "9999", ChatKind.GROUP, command="setup",
                      args=f"on {slot} UTC", is_moderator=True)
            )  # fmt: skip
        for uid in range(1, MEMBERS + 1):
            fake.add_user(uid)
            slot = "11:59" if uid == first else "12:00"
            await app.handle(
                Event("telegram", str(uid), str(uid), command="subscribe", args=f"{slot} UTC")
            )
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            delivery = Delivery(
                app, {"telegram": TelegramSender(bot)}, clock, in_flight=IN_FLIGHT, warmup=0
            )
            clock.set(NOON - dt.timedelta(seconds=30))
            assert await delivery.tick() == 1
            clock.set(NOON)
            assert await delivery.tick() == MEMBERS + GROUPS - 1
            fake.fail_next("sendMessage", Fault.too_many_requests(RETRY_AFTER), chat_id=first)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 20
            while len(fake.sent_messages()) < MEMBERS + GROUPS:  # the retry falls due later
                assert loop.time() < deadline, f"not everyone was served: {fake.calls}"
                await delivery.drain("telegram")
                await asyncio.sleep(0.05)
    calls = fake.calls_to("sendMessage")
    [refused] = [c for c in calls if c.status == 429]
    assert refused.params["chat_id"] == first
    sent = [c for c in calls if c.status == 200]
    per_chat = collections.Counter(c.params["chat_id"] for c in sent)
    assert len(per_chat) == MEMBERS + GROUPS and set(per_chat.values()) == {1}  # no doubles
    return sent, refused


async def test_a_429_in_a_group_holds_back_only_that_group(
    tmp_path: Path, library: Library, fake: FakeTelegram
) -> None:
    """Telegram's 429 for a group is its 20-a-minute limit: the group waits `retry_after`,
    while every other chat is served as if nothing had happened."""
    group = -1001
    sent, refused = await _broadcast_with_a_429(tmp_path, library, fake, group)
    others = [c for c in sent if c.params["chat_id"] != group]
    # Everyone else is served after the 429 (but for sends already under way) and none of
    # them waits for it, as they all would if it had paused everything.
    after = [c for c in others if c.at > refused.at]
    assert len(after) >= len(others) - (IN_FLIGHT - 1)
    assert max(c.at for c in others) < refused.at + RETRY_AFTER / 2
    [retried] = [c for c in sent if c.params["chat_id"] == group]
    assert retried.at >= refused.at + RETRY_AFTER  # the group itself waited
    fake.assert_spec_clean()


async def test_a_429_in_a_private_chat_holds_back_everything(
    tmp_path: Path, library: Library, fake: FakeTelegram
) -> None:
    """Telegram's 429 for a private chat is the bot's overall limit: nothing at all goes for
    `retry_after`, not to her, not to any other member, not to any group."""
    member = 1
    sent, refused = await _broadcast_with_a_429(tmp_path, library, fake, member)
    # Sends already under way when the 429 came back may still land; everything else waits
    # the whole `retry_after`, as it would not if only her chat had paused.
    during = [c for c in sent if refused.at < c.at < refused.at + RETRY_AFTER]
    assert len(during) < IN_FLIGHT
    after = [c for c in sent if c.at >= refused.at + RETRY_AFTER]
    assert len(after) >= MEMBERS + GROUPS - IN_FLIGHT
    assert member in {c.params["chat_id"] for c in after}
    assert {-1001, -1002, -1003} & {c.params["chat_id"] for c in after}  # groups waited too
    fake.assert_spec_clean()
