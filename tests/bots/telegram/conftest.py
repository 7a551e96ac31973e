"""The real python-telegram-bot and the real core, against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bots.telegram import TelegramAdapter
from core.clock import FakeClock
from core.content import Library, default_content_dir
from core.conversation import Holdspace
from core.safety import detector
from core.settings import Secret, Settings
from core.storage import Storage
from tests.conftest import START
from tests.fakes.telegram import Call, FakeTelegram

UNPACED = (1000.0, 100.0, 6000.0)  # per second, per chat per second, per group per minute
os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture(autouse=True, scope="session")
def crisis_check_built() -> None:
    """Build the crisis check once, before any bot runs, as `holdspace run` does at start:
    built inside a test on a busy machine, it holds the loop longer than a reply may wait."""
    detector()


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    """The fake Bot API; every request the bot made is checked against the spec at the end."""
    async with FakeTelegram() as server:
        yield server
        server.assert_spec_clean()


def settings_for(fake: FakeTelegram, database: str, **changes: Any) -> Settings:
    """Settings that point the bot at the fake."""
    values: dict[str, Any] = {
        "database_url": database,
        "content_dir": default_content_dir(),
        "telegram_token": Secret(fake.token),
        "telegram_api_base_url": fake.base_url,
        **changes,
    }
    return Settings(**values)


def webhook_settings_for(fake: FakeTelegram, database: str, **changes: Any) -> Settings:
    """Settings for webhook mode, listening on a free loopback port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return settings_for(
        fake,
        database,
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram",
        telegram_webhook_listen=f"127.0.0.1:{port}",
        **changes,
    )


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    async with Storage(f"sqlite:///{tmp_path}/telegram.sqlite3") as store:
        await store.migrate()
        yield store


@pytest.fixture
async def bot(fake: FakeTelegram, storage: Storage, library: Library) -> AsyncIterator[Driver]:
    """The Telegram adapter, long polling the fake, on a real core and database."""
    app = Holdspace(library, storage, FakeClock(START))
    # This fake enforces no flood limits, so neither does the bot's pacer (tests stay fast);
    # tests/bots/telegram/test_load.py runs the real limits against a strict fake.
    settings = settings_for(fake, storage.url, telegram_limits=UNPACED)
    adapter = TelegramAdapter(app, settings, timeout=1.0, backoff=0.05)
    async with adapter:
        yield Driver(fake, adapter)


class Driver:
    """Talk to the bot through the fake, as members and groups would."""

    def __init__(self, fake: FakeTelegram, adapter: TelegramAdapter) -> None:
        self.fake = fake
        self.adapter = adapter
        self.app = adapter.app

    async def say(
        self, user: int, text: str, *, replies: int = 1, language: str | None = "en"
    ) -> list[Call]:
        """Write to the bot in private and wait for its replies."""
        before = len(self.fake.sent_messages(user))
        self.fake.inject_private_message(user, text, language_code=language)
        return await self._wait(user, before, replies)

    async def say_in_group(
        self, group: int, user: int, text: str, *, thread: int | None = None, replies: int = 1
    ) -> list[Call]:
        """Write a command in a group and wait for the bot's replies there."""
        before = len(self.fake.sent_messages(group))
        assert self.fake.inject_group_message(group, user, text, message_thread_id=thread)
        return await self._wait(group, before, replies)

    async def press(
        self, user: int, chat: int, call: Call, data: str, *, replies: int = 1
    ) -> list[Call]:
        """Press a button under a message the bot sent."""
        before = len(self.fake.sent_messages(chat))
        self.fake.inject_callback_query(user, chat, call.result["message_id"], data)
        return await self._wait(chat, before, replies)

    def delivered(self, chat: int) -> list[Call]:
        """Every message the bot delivered to a chat, in order."""
        return [
            c
            for c in self.fake.calls_to("sendMessage")
            if c.status == 200 and str(c.params["chat_id"]) == str(chat)
        ]

    async def _wait(self, chat: int, before: int, replies: int) -> list[Call]:
        deadline = asyncio.get_running_loop().time() + 10
        while len(self.delivered(chat)) < before + replies:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(
                    f"expected {replies} repl(ies) in {chat}; saw {self.fake.calls}"
                )
            await asyncio.sleep(0.01)
        return self.delivered(chat)[before : before + replies]


def text(call: Call) -> str:
    """The text a message shows (as Telegram parsed it)."""
    return str(call.result["text"])


def buttons(call: Call) -> list[dict[str, str]]:
    """The inline buttons under a message, in order."""
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]
