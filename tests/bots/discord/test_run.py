"""`holdspace run` with both tokens, as a subprocess against both fakes; `discord sync`."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.discord import FakeDiscord
from tests.fakes.telegram import FakeTelegram
from tests.net import free_address, get, wait_for_page

ROOT = Path(__file__).resolve().parents[3]
USER = "700000000000000009"


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


def _env(fake: FakeDiscord, tmp_path: Path, **more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
    env.update(
        DISCORD_BOT_TOKEN=fake.token,
        DISCORD_API_BASE_URL=fake.api_base_url,
        DISCORD_GATEWAY_URL=fake.gateway_url,
        DISCORD_COMMANDS_STATE=str(tmp_path / "discord-commands"),
        HOLDSPACE_DATABASE_URL=f"sqlite:///{tmp_path}/run.sqlite3",
        HOLDSPACE_LOG_LEVEL="DEBUG",
        PYTHONPATH=str(ROOT),
        **more,
    )
    return env


async def test_both_bots_in_one_process_and_sigterm(
    fake: FakeDiscord, telegram: FakeTelegram, tmp_path: Path
) -> None:
    fake.world.add_guild()
    address = free_address()
    env = _env(fake, tmp_path, TELEGRAM_BOT_TOKEN=telegram.token,
               TELEGRAM_API_BASE_URL=telegram.base_url,
               HOLDSPACE_METRICS_ADDRESS=address)  # fmt: skip
    log = (tmp_path / "run.log").open("w+b")  # a file, not a pipe: DEBUG lines never block it
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bots.cli", "run",
        cwd=tmp_path, env=env, stdout=log, stderr=log,
    )  # fmt: skip
    try:
        await telegram.wait_for("getUpdates", timeout=60, answered=False)
        await fake.wait_for(lambda: fake.calls_to("PUT", "/commands"), 60)
        telegram.inject_private_message(301, "/start")
        [reply] = await telegram.wait_for("sendMessage", lambda p: p["chat_id"] == 301, timeout=15)
        assert reply.status == 200
        interaction = await fake.slash(USER, "help")
        await fake.wait_for(lambda: fake.replies_to(interaction), 15)
        await wait_for_page(address, process)
        status, health = await get(address, "/healthz")
        metrics = (await get(address, "/metrics"))[1]
        process.send_signal(signal.SIGTERM)
        started = asyncio.get_running_loop().time()
        await asyncio.wait_for(process.wait(), timeout=5)
        assert asyncio.get_running_loop().time() - started < 5
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        log.close()
    output = (tmp_path / "run.log").read_text(errors="replace")
    assert process.returncode == 0, output[-2000:]
    assert fake.token not in output and telegram.token not in output
    assert status == 200, health  # both platforms answer /healthz, and both are counted
    platforms = json.loads(health)["platforms"]
    assert platforms["discord"]["ok"] is True and platforms["telegram"]["ok"] is True
    assert "holdspace_outbox_depth" in metrics and 'platform="discord"' in metrics


async def test_discord_sync_publishes_the_commands(fake: FakeDiscord, tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bots.cli", "discord", "sync",
        cwd=tmp_path, env=_env(fake, tmp_path),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, stderr.decode()[-2000:]
    assert len(fake.calls_to("PUT", "/commands")) == 1
    assert (tmp_path / "discord-commands").read_text().strip()
    assert fake.token not in stdout.decode() + stderr.decode()
