"""Two `holdspace run` processes in webhook mode on one PostgreSQL database (deploy/README.md).

Every due reflection goes out exactly once while both run, under the fake's strict limits
with each instance given the whole of them: they draw their overall rate from one send
budget in PostgreSQL (core/storage/budget.py), so together they stay under it, no 429 (more
reflections are due than one claim takes, so both send at once: without the shared budget
this test saw eleven 429s). One killed (SIGKILL), the other carries on alone: it delivers
what falls due next, once each, and answers the updates Telegram sends it.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import gc
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa

from core.clock import SystemClock
from core.content import Library
from core.conversation import Holdspace
from core.model import Event
from core.storage import Storage
from core.storage import tables as t
from tests.fakes.telegram import FakeTelegram, FloodLimits

ROOT = Path(__file__).resolve().parents[3]
# due while both instances run: more than one claim (200 rows), so that both send at once
FIRST = range(1001, 1451)
THEN = range(2001, 2041)  # due once one of them is killed
STRANGER = 3001  # writes to the bot after the kill


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _make_due(storage: Storage, members: range, when: dt.datetime) -> None:
    async with storage.transaction() as tx:
        await tx.conn.execute(
            sa.update(t.subscriptions)
            .where(t.subscriptions.c.user_id.in_([str(uid) for uid in members]))
            .values(next_due_at=when)
        )


def _open_logs(folder: Path, count: int) -> list[BinaryIO]:
    """Open a file for each instance's stderr (read when one fails)."""
    return [(folder / f"instance{i}.log").open("wb") for i in range(count)]


def _per_chat(fake: FakeTelegram) -> collections.Counter[int]:
    return collections.Counter(int(p["chat_id"]) for p in fake.sent_messages())


async def _until(condition: Callable[[], bool], timeout: float, what: str) -> None:  # noqa: ASYNC109
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def test_two_instances_deliver_once_and_one_survives_the_other(
    postgres_url: str, tmp_path: Path, library: Library
) -> None:
    limits = FloodLimits(per_second=30, per_chat_per_second=1, per_group_per_minute=20)
    async with FakeTelegram(flood_limits=limits) as fake:
        async with Storage(postgres_url) as storage:
            await storage.migrate()
            app = Holdspace(library, storage, SystemClock())
            for uid in [*FIRST, *THEN]:
                fake.add_user(uid)
                await app.handle(
                    Event("telegram", str(uid), str(uid), command="subscribe", args="12:00 UTC")
                )
            now = dt.datetime.now(dt.UTC)
            await _make_due(storage, THEN, now + dt.timedelta(days=1))  # not yet
            await _make_due(storage, FIRST, now - dt.timedelta(minutes=1))
        fake.add_user(STRANGER)
        # The fake times each request on this process's loop, which also holds the crisis
        # check the subscriptions above built: a full garbage collection here would stall
        # the loop and time the requests that queued meanwhile as one burst (a 429 the bots
        # never caused). What exists now is left out of collection until the test ends.
        gc.collect()
        gc.freeze()

        ports = [_free_port(), _free_port()]
        processes: list[asyncio.subprocess.Process] = []
        logs = _open_logs(tmp_path, 2)
        for index, port in enumerate(ports):
            env = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
            env.update(
                TELEGRAM_BOT_TOKEN=fake.token,
                TELEGRAM_API_BASE_URL=fake.base_url,
                TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
                TELEGRAM_WEBHOOK_LISTEN=f"127.0.0.1:{port}",
                HOLDSPACE_DATABASE_URL=postgres_url,
                TELEGRAM_MAX_PER_SECOND="30",  # each the fake's whole limit: they share it
                HOLDSPACE_TICK_SECONDS="1",
                HOLDSPACE_SEND_LEASE_SECONDS="5",
                PYTHONPATH=str(ROOT),
            )
            processes.append(
                await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "bots.cli",
                    "run",
                    cwd=tmp_path,
                    env=env,
                    stdout=asyncio.subprocess.DEVNULL,
                    stderr=logs[index],
                )
            )
        try:
            await _until(lambda: set(_per_chat(fake)) >= set(FIRST), 90, "the first reflections")
            await asyncio.sleep(1.5)  # a second sending of any of them would show by now
            first = _per_chat(fake)
            assert {uid: first[uid] for uid in FIRST} == dict.fromkeys(FIRST, 1)

            # Kill the instance Telegram is not posting to (the proxy's part in production).
            await _until(lambda: len(fake.calls_to("setWebhook")) >= 2, 60, "both webhooks")
            assert fake.webhook_url is not None
            survivor = next(i for i, p in enumerate(ports) if f":{p}/" in fake.webhook_url)
            killed = processes[1 - survivor]
            killed.send_signal(signal.SIGKILL)
            await killed.wait()

            async with Storage(postgres_url) as storage:
                await _make_due(storage, THEN, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
            await _until(lambda: set(_per_chat(fake)) >= set(THEN), 60, "the next reflections")
            fake.inject_private_message(STRANGER, "/help")
            await fake.wait_for("sendMessage", lambda p: p["chat_id"] == STRANGER, timeout=30)
            await asyncio.sleep(1.5)
            after = _per_chat(fake)
            assert {uid: after[uid] for uid in THEN} == dict.fromkeys(THEN, 1)
            assert {uid: after[uid] for uid in FIRST} == dict.fromkeys(FIRST, 1)
            assert fake.http_429 == 0
            assert processes[survivor].returncode is None  # still running
        finally:
            for process in processes:
                if process.returncode is None:
                    process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    await asyncio.wait_for(process.wait(), timeout=20)
                except TimeoutError:
                    process.kill()
                    await process.wait()
            for log in logs:
                log.close()
            gc.unfreeze()
        assert processes[survivor].returncode == 0, (
            tmp_path / f"instance{survivor}.log"
        ).read_text()[-3000:]
        fake.assert_spec_clean()
