"""`holdspace run` as an operator runs it: a subprocess talking only to the fake Bot API."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import NetworkError

from bots.runner import RedactSecrets
from bots.telegram import TelegramAdapter
from bots.telegram.adapter import is_loopback
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.settings import Secret
from core.storage import Storage
from tests.bots.telegram.conftest import UNPACED, settings_for, webhook_settings_for
from tests.conftest import START
from tests.fakes.telegram import FakeTelegram

ROOT = Path(__file__).resolve().parents[3]


async def test_run_as_a_process_and_stop_with_sigterm(fake: FakeTelegram, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
    env.update(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_BASE_URL=fake.base_url,
        HOLDSPACE_DATABASE_URL=f"sqlite:///{tmp_path}/run.sqlite3",
        HOLDSPACE_LOG_LEVEL="DEBUG",
        PYTHONPATH=str(ROOT),
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bots.cli", "run",
        cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await fake.wait_for("getUpdates", timeout=30, answered=False)
        fake.inject_private_message(301, "/start")
        [reply] = await fake.wait_for("sendMessage", lambda p: p["chat_id"] == 301, timeout=15)
        assert reply.status == 200
        process.send_signal(signal.SIGTERM)
        started = asyncio.get_running_loop().time()
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=5)
        assert asyncio.get_running_loop().time() - started < 5
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, stderr.decode()[-2000:]
    output = stdout.decode() + stderr.decode()
    assert "getUpdates" in output or "Telegram bot" in output  # it did log, at DEBUG
    assert fake.token not in output
    assert fake.token.split(":")[1] not in output


def test_secrets_are_redacted_from_log_records(caplog: pytest.LogCaptureFixture) -> None:
    token = "123456789:SECRETSECRETSECRETSECRETSECRETSECRE"
    logger = logging.getLogger("redaction-test")
    handler = logging.StreamHandler()
    redact = RedactSecrets([Secret(token)])
    record = logger.makeRecord(
        "x", logging.INFO, __file__, 1, "POST https://h/bot%s/getMe", (token,), None
    )
    assert redact.filter(record)
    assert token not in record.getMessage() and "<redacted>" in record.getMessage()
    try:
        raise RuntimeError(f"failed calling /bot{token}/sendMessage")
    except RuntimeError:
        failing = logger.makeRecord("x", logging.ERROR, __file__, 1, "boom", (), sys.exc_info())
    redact.filter(failing)
    assert token not in handler.format(failing)
    assert repr(Secret(token)) == "Secret('********')"


async def test_webhook_mode(fake: FakeTelegram, tmp_path: Path, library: Library) -> None:
    settings = webhook_settings_for(
        fake, f"sqlite:///{tmp_path}/hook.sqlite3", telegram_webhook_secret=Secret("s3cret-token")
    )
    async with Storage(settings.database_url) as storage:
        await storage.migrate()
        app = Holdspace(library, storage, FakeClock(START))
        async with TelegramAdapter(app, settings, timeout=2.0):
            assert fake.webhook_url == settings.telegram_webhook_url
            assert fake.webhook_secret == "s3cret-token"
            fake.inject_private_message(302, "/help")
            await fake.wait_for_webhook(timeout=10)
            [reply] = await fake.wait_for("sendMessage", lambda p: p["chat_id"] == 302, timeout=10)
            assert reply.status == 200
    assert not fake.calls_to("getUpdates")


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8081/bot", True),
        ("http://127.8.9.10/bot", True),
        ("http://[::1]:8081/bot", True),
        ("http://localhost:8081/bot", True),
        ("http://LocalHost./bot", True),
        ("https://api.telegram.org/bot", False),
        ("http://10.0.0.7:8081/bot", False),
        ("http://localhost.example.org/bot", False),
    ],
)
def test_which_bot_api_addresses_are_loopback(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


async def test_a_loopback_bot_api_is_never_reached_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library: Library
) -> None:
    """With proxy variables pointing at a dead proxy (and no NO_PROXY), the bot still talks to
    a Bot API on 127.0.0.1 directly: polling, replying, and the proxy is never contacted."""
    contacted: list[object] = []

    async def dead_proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        contacted.append(writer.get_extra_info("peername"))
        writer.close()  # a proxy that forwards nothing

    proxy = await asyncio.start_server(dead_proxy, "127.0.0.1", 0)
    address = f"http://127.0.0.1:{proxy.sockets[0].getsockname()[1]}"
    for key in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(key, address)
    for key in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(key, raising=False)
    async with proxy, FakeTelegram(bypass_proxies=False) as fake:
        # The environment is really in force: the library's default client goes to the proxy.
        with pytest.raises(NetworkError):
            await Bot(fake.token, base_url=fake.base_url).get_me()
        assert contacted
        contacted.clear()

        settings = settings_for(fake, f"sqlite:///{tmp_path}/proxy.sqlite3")
        async with Storage(settings.database_url) as storage:
            await storage.migrate()
            app = Holdspace(library, storage, FakeClock(START))
            async with TelegramAdapter(app, settings, timeout=2.0):
                fake.inject_private_message(303, "/help")
                [reply] = await fake.wait_for(
                    "sendMessage", lambda p: p["chat_id"] == 303, timeout=10
                )
        assert reply.status == 200
        assert contacted == []
        fake.assert_spec_clean()


async def test_a_second_instance_polling_the_same_token_is_explained_once(
    fake: FakeTelegram, storage: Storage, library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(fake, storage.url, telegram_limits=UNPACED)
    first = TelegramAdapter(Holdspace(library, storage, FakeClock(START)), settings, timeout=1.0)
    second = TelegramAdapter(Holdspace(library, storage, FakeClock(START)), settings, timeout=1.0)
    caplog.set_level(logging.WARNING, logger="bots.telegram.adapter")
    async with first, second:
        for _ in range(60):  # each newer poll ends the other's with a 409
            await asyncio.sleep(0.05)
            said = [r for r in caplog.records if "409 Conflict" in r.getMessage()]
            if len(said) == 2:
                break
    assert len(said) == 2  # one line from each instance, however often they collide
    assert all("webhook mode" in r.getMessage() for r in said)
    assert not [r for r in caplog.records if "polling failed (Conflict)" in r.getMessage()]
