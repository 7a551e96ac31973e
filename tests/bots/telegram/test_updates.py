"""Updates in: each chat in order and chats side by side; what is not ours (another bot's
command, an edit, an update the library cannot read) is left alone; rights are fresh."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from telegram import Update

from bots.telegram import TelegramAdapter
from bots.telegram.adapter import ADMIN_CACHE_SECONDS
from bots.telegram.updates import ChatOrder
from core import markup
from core.clock import FakeClock
from core.commands import help_text
from core.content import Library
from core.conversation import Holdspace
from core.declarations import DECLARATIONS
from core.model import ChatKind
from core.storage import Storage
from tests.bots.telegram.conftest import UNPACED, Driver, settings_for, text, webhook_settings_for
from tests.conftest import START
from tests.fakes.telegram import FakeTelegram, Fault

ANN = 301
ROSA = 302
GROUP = -100900


def plain(library: Library, key: str, **params: object) -> str:
    return markup.plain(library.text(key, "en", **params))


def _update(update_id: int, chat: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 1_780_000_000,
                "chat": {"id": chat, "type": "private", "first_name": "Ann"},
                "from": {"id": chat, "is_bot": False, "first_name": "Ann"},
                "text": f"message {update_id}",
            },
        },
        None,
    )


async def test_one_chat_in_order_and_other_chats_meanwhile() -> None:
    order = ChatOrder()
    done: list[str] = []

    async def handle(name: str, seconds: float) -> None:
        await asyncio.sleep(seconds)
        done.append(name)

    await asyncio.gather(
        order.process_update(_update(1, 10), handle("a1", 0.3)),  # slow, first in its chat
        order.process_update(_update(2, 10), handle("a2", 0.0)),
        order.process_update(_update(3, 20), handle("b1", 0.0)),  # another chat
        order.process_update(_update(4, 10), handle("a3", 0.0)),
    )
    assert done.index("b1") < done.index("a1")  # not held up by the slow one
    assert [n for n in done if n.startswith("a")] == ["a1", "a2", "a3"]  # in order
    assert order.current_concurrent_updates == 0


async def test_a_chat_in_order_end_to_end(bot: Driver, library: Library) -> None:
    zones = ["Europe/Paris", "Asia/Tokyo", "America/Lima", "Africa/Nairobi", "Europe/Oslo"]
    before = len(bot.delivered(ANN))
    for zone in zones:
        bot.fake.inject_private_message(ANN, f"/settings zone {zone}")
    replies = await bot._wait(ANN, before, len(zones))
    assert [next(z for z in zones if z in text(r)) for r in replies] == zones
    async with bot.app.storage.transaction() as tx:
        member = await tx.member("telegram", str(ANN))
    assert member is not None and member.zone == zones[-1]


async def test_a_slow_answer_from_telegram_in_one_chat_holds_up_no_other(
    bot: Driver, library: Library
) -> None:
    """A moderator's rights check that Telegram answers slowly delays her group only."""
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    bot.fake.fail_next("getChatMember", Fault.stall(0.8))
    bot.fake.inject_group_message(GROUP, ANN, "/setup on 09:00 Europe/Berlin")
    await bot.fake.wait_for("getChatMember", answered=False)
    [helped] = await bot.say(ROSA, "/help")
    assert not bot.fake.calls_to("getChatMember")[0].done  # still waiting for Telegram
    assert text(helped) == markup.plain(help_text(library, "en", ChatKind.PRIVATE, DECLARATIONS))
    await bot._wait(GROUP, 0, 1)


async def test_commands_for_other_bots_and_unknown_ones_in_a_group_get_no_answer(
    bot: Driver, library: Library
) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    bot.fake.set_admin(GROUP, bot.fake.bot_id)  # an admin bot sees other bots' commands too
    for command in ("/warn@modbot", "/help@modbot", "/ban", "/rules extra words"):
        assert bot.fake.inject_group_message(GROUP, ROSA, command)
    [helped] = await bot.say_in_group(GROUP, ROSA, f"/help@{bot.fake.bot_username}")
    assert text(helped) == markup.plain(help_text(library, "en", ChatKind.GROUP, DECLARATIONS))
    assert len(bot.delivered(GROUP)) == 1  # only the last one was ours
    [unknown] = await bot.say(ROSA, "/rules")  # in private she is told
    assert text(unknown) == plain(library, "error.unknown_command")


async def test_an_edited_command_is_not_run_again(bot: Driver, library: Library) -> None:
    """Telegram may still deliver an edit made before the bot asked for new messages only;
    an edited /topic does not post again."""
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    [posted] = await bot.say_in_group(GROUP, ANN, "/topic hope")
    message = bot.fake.message(GROUP, posted.result["message_id"] - 1)  # her /topic
    edited = {**message, "text": "/topic grief", "edit_date": message["date"] + 5}
    application = bot.adapter.application
    await application.update_queue.put(
        Update.de_json({"update_id": 9_000, "edited_message": edited}, application.bot)
    )
    [helped] = await bot.say_in_group(GROUP, ANN, "/help")  # handled after the edit
    assert text(helped) == markup.plain(help_text(library, "en", ChatKind.GROUP, DECLARATIONS))
    assert len(bot.delivered(GROUP)) == 2  # the topic once, and the help


SECRET = "my son Daniel, who lives at 12 Elm Street"
UNREADABLE = {  # a message with a poll lacking fields the library expects
    "message_id": 77,
    "date": 1_780_000_000,
    "chat": {"id": ANN, "type": "private", "first_name": "Ann"},
    "from": {"id": ANN, "is_bot": False, "first_name": "Ann"},
    "poll": {"id": "5", "question": SECRET},
}


def _tried(fake: FakeTelegram, update_id: int) -> bool:
    return any(d.update_id == update_id for d in fake.webhook_deliveries)


def _loud_records_about_her(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.INFO and (SECRET in r.getMessage() or str(ANN) in r.getMessage())
    ]


async def test_an_update_the_library_cannot_read_is_skipped_quietly(
    bot: Driver, library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bots")
    bad = bot.fake.inject_update({"message": UNREADABLE})
    bot.fake.spec_violations.clear()  # the fake rightly flags it: it is malformed on purpose
    [reply] = await bot.say(ANN, "/help")
    assert text(reply) == markup.plain(help_text(library, "en", ChatKind.PRIVATE, DECLARATIONS))
    assert all(u["update_id"] > bad["update_id"] for u in bot.fake.pending_updates)
    loud = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert not [r for r in loud if r.levelno >= logging.ERROR]
    assert _loud_records_about_her(caplog) == []
    [skipped] = [r for r in loud if "skipped update" in r.getMessage()]
    assert str(bad["update_id"]) in skipped.getMessage()


async def test_a_demoted_moderator_loses_her_rights_at_once(bot: Driver, library: Library) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    bot.fake.set_admin(GROUP, bot.fake.bot_id)  # Telegram tells only admins who changed
    bot.fake.set_admin(GROUP, ROSA)
    [saved] = await bot.say_in_group(GROUP, ROSA, "/setup on 09:00 Europe/Berlin")
    assert "Europe/Berlin" in text(saved)
    assert bot.fake.inject_chat_member(GROUP, ROSA, "member", from_user_id=ANN)
    [refused] = await bot.say_in_group(GROUP, ROSA, "/setup off")
    assert text(refused) == plain(library, "moderator.only")


async def test_an_admin_check_is_at_most_a_few_seconds_old(
    fake: FakeTelegram, tmp_path: Path, library: Library
) -> None:
    """Without an update (the bot is no admin there), a demotion counts within seconds."""
    assert ADMIN_CACHE_SECONDS <= 5
    now = [1000.0]
    async with Storage(f"sqlite:///{tmp_path}/rights.sqlite3") as storage:
        await storage.migrate()
        app = Holdspace(library, storage, FakeClock(START))
        settings = settings_for(fake, storage.url, telegram_limits=UNPACED)
        adapter = TelegramAdapter(app, settings, timeout=1.0, monotonic=lambda: now[0])
        async with adapter:
            bot = Driver(fake, adapter)
            fake.add_group(GROUP, "Circle", owner_id=ANN)
            fake.set_admin(GROUP, ROSA)
            await bot.say_in_group(GROUP, ROSA, "/setup on 09:00 Europe/Berlin")
            assert fake.inject_chat_member(GROUP, ROSA, "member") is None  # no update
            now[0] += ADMIN_CACHE_SECONDS / 2
            [kept] = await bot.say_in_group(GROUP, ROSA, "/setup off")
            assert text(kept) != plain(library, "moderator.only")  # still the cached answer
            now[0] += ADMIN_CACHE_SECONDS / 2 + 0.01
            [refused] = await bot.say_in_group(GROUP, ROSA, "/setup on")
            assert text(refused) == plain(library, "moderator.only")


async def test_in_webhook_mode_an_unreadable_update_is_not_logged_whole(
    fake: FakeTelegram, tmp_path: Path, library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    """The library's webhook handler refuses it (Telegram tries again, then gives up); what
    it logs about it at CRITICAL does not carry her id or words."""
    settings = webhook_settings_for(fake, f"sqlite:///{tmp_path}/hook.sqlite3")
    async with Storage(settings.database_url) as storage:
        await storage.migrate()
        app = Holdspace(library, storage, FakeClock(START))
        async with TelegramAdapter(app, settings, timeout=2.0):
            bad = fake.inject_update({"message": UNREADABLE})
            fake.spec_violations.clear()  # malformed on purpose
            async with asyncio.timeout(10):
                while not _tried(fake, bad["update_id"]):  # noqa: ASYNC110 - a plain list
                    await asyncio.sleep(0.02)
    assert [r for r in caplog.records if r.levelno >= logging.CRITICAL]  # it was logged...
    assert _loud_records_about_her(caplog) == []  # ...without her id or words
