"""/metrics and /healthz (bots/ops.py), scraped over loopback from `holdspace run` itself."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from bots.ops import Operations
from core import metrics
from core.clock import FakeClock, SystemClock
from core.content import Library
from core.conversation import Holdspace
from core.model import Event
from core.storage import Storage
from core.storage import tables as t
from tests.conftest import START
from tests.fakes.telegram import FakeTelegram
from tests.net import free_address, get, wait_for_page

ROOT = Path(__file__).resolve().parents[3]
SUBSCRIBER = 731953  # ids distinctive enough to be found if they ever leaked into a page
IN_CRISIS = 846271
CRISIS_WORDS = "I want to die"


def series(page: str, name: str, **labels: str) -> float:
    """Return one series' value from a /metrics page (0 when it is not there yet)."""
    for line in page.splitlines():
        if line.startswith("#"):
            continue
        found = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if not found or found[1] != name:
            continue
        pairs = dict(re.findall(r'(\w+)="([^"]*)"', found[2] or ""))
        if all(pairs.get(k) == v for k, v in labels.items()):
            return float(found[3])
    return 0.0


async def test_metrics_and_health_of_a_running_bot(tmp_path: Path, library: Library) -> None:
    database = f"sqlite:///{tmp_path}/ops.sqlite3"
    address = free_address()
    async with FakeTelegram() as fake:
        fake.add_user(SUBSCRIBER)
        fake.add_user(IN_CRISIS)
        async with Storage(database) as storage:
            await storage.migrate()
            app = Holdspace(library, storage, SystemClock())
            await app.handle(
                Event("telegram", str(SUBSCRIBER), str(SUBSCRIBER), command="subscribe",
                      args="12:00 UTC")
            )  # fmt: skip
            async with storage.transaction() as tx:  # her reflection was due a minute ago
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
            HOLDSPACE_METRICS_ADDRESS=address,
            HOLDSPACE_TICK_SECONDS="1",
            PYTHONPATH=str(ROOT),
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bots.cli", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await wait_for_page(address, process)
            before = (await get(address, "/metrics"))[1]
            await fake.wait_for("sendMessage", lambda p: p["chat_id"] == SUBSCRIBER, timeout=20)
            fake.inject_private_message(IN_CRISIS, CRISIS_WORDS)
            await fake.wait_for("sendMessage", lambda p: p["chat_id"] == IN_CRISIS, timeout=20)
            after = ""
            for _ in range(50):  # sent rows are recorded within a tenth of a second
                status, after = await get(address, "/metrics")
                assert status == 200
                if series(after, "holdspace_deliveries_total", outcome="sent") >= 1:
                    break
                await asyncio.sleep(0.1)
            status, health = await get(address, "/healthz")
        finally:
            if process.returncode is None:
                process.terminate()
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=20)
        fake.assert_spec_clean()
    assert process.returncode == 0, stderr.decode()[-2000:]

    sent = {"platform": "telegram", "outcome": "sent"}
    assert series(before, "holdspace_deliveries_total", **sent) == 0
    assert series(after, "holdspace_deliveries_total", **sent) == 1
    assert series(after, "holdspace_sends_total", **sent) >= 2  # the reflection, the reply
    assert series(after, "holdspace_send_seconds_count", platform="telegram") >= 2
    assert series(before, "holdspace_crisis_replies_total", tier="crisis") == 0
    assert series(after, "holdspace_crisis_replies_total", tier="crisis") == 1
    assert series(after, "holdspace_command_seconds_count", command="text") >= 1
    assert series(after, "holdspace_tick_seconds_count") >= 1
    assert series(after, "holdspace_rate_limited_total", platform="telegram") == 0
    assert series(after, "holdspace_outbox_depth", platform="telegram", state="ready") == 0
    assert "holdspace_outbox_oldest_ready_seconds" in after
    for page in (before, after, health):  # counts only: no id, no word of hers
        for secret in (str(SUBSCRIBER), str(IN_CRISIS), CRISIS_WORDS, "die", fake.token):
            assert secret not in page

    assert status == 200, health
    report = json.loads(health)
    assert report["status"] == "ok" and report["storage"] == {"ok": True}
    assert report["platforms"]["telegram"]["ok"] is True
    assert report["platforms"]["telegram"]["last_contact_seconds_ago"] < 60


class Unreachable:
    """A platform adapter whose platform does not answer."""

    platform = "elsewhere"
    last_contact: float | None = None

    async def ping(self) -> bool:
        return False


async def test_healthz_fails_when_a_platform_or_the_database_does_not_answer(
    tmp_path: Path,
) -> None:
    async with Storage(f"sqlite:///{tmp_path}/health.sqlite3") as storage:
        await storage.migrate()
        ops = Operations("127.0.0.1:0", storage, FakeClock(START), [Unreachable()])
        async with ops:
            assert metrics.current() is ops.metrics
            address = f"127.0.0.1:{ops.port}"
            status, body = await get(address, "/healthz")
            assert status == 503
            report = json.loads(body)
            assert report["storage"] == {"ok": True}
            assert report["platforms"] == {
                "elsewhere": {"ok": False, "last_contact_seconds_ago": None}
            }
            assert (await get(address, "/nothing"))[0] == 404
            status, page = await get(address, "/metrics")
            assert status == 200
            assert 'holdspace_outbox_depth{platform="elsewhere",state="ready"} 0.0' in page
        assert metrics.current() is metrics.NOTHING  # the default again once it stops
    # a database server that refuses (nothing listens on port 1): said, not the page lost
    async with (
        Storage("postgresql://nobody@127.0.0.1:1/nothing") as broken,
        Operations("127.0.0.1:0", broken, FakeClock(START), []) as ops,
    ):
        status, body = await get(f"127.0.0.1:{ops.port}", "/healthz")
    assert status == 503 and json.loads(body)["storage"] == {"ok": False}


async def test_a_metrics_address_in_use_stops_run_with_one_line(tmp_path: Path) -> None:
    taken = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    address = f"127.0.0.1:{taken.sockets[0].getsockname()[1]}"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
    env.update(
        TELEGRAM_BOT_TOKEN="123:nothing-is-called",
        TELEGRAM_API_BASE_URL="http://127.0.0.1:1/bot",
        HOLDSPACE_DATABASE_URL=f"sqlite:///{tmp_path}/taken.sqlite3",
        HOLDSPACE_METRICS_ADDRESS=address,
        PYTHONPATH=str(ROOT),
    )
    async with taken:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bots.cli", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 2
    said = stderr.decode().strip().splitlines()
    assert said == [f"holdspace: configuration error: HOLDSPACE_METRICS_ADDRESS: cannot listen "
                    f"on {address} (Address already in use)"]  # fmt: skip


@pytest.mark.parametrize("address", ["9108", "localhost:", ":9108", "127.0.0.1:99999"])
def test_a_bad_metrics_address_is_named(address: str) -> None:
    from core.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="HOLDSPACE_METRICS_ADDRESS"):
        Settings.from_env({"HOLDSPACE_METRICS_ADDRESS": address})
