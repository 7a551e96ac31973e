"""What Telegram answers when things go wrong: none of it crashes the bot or loses a setting."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path

import pytest
import sqlalchemy as sa
from telegram import Bot

from bots.telegram import TelegramAdapter, TelegramSender
from bots.telegram.render import Message
from core import markup
from core.clock import FakeClock
from core.commands import help_text
from core.content import Library
from core.conversation import Holdspace
from core.declarations import DECLARATIONS
from core.delivery import Delivery
from core.model import ChatKind, Reply
from core.sending import Destination, Outcome
from core.storage import Storage, group_recipient, outbox_row
from core.storage import tables as t
from tests.bots.telegram.conftest import UNPACED, Driver, settings_for, text
from tests.conftest import START
from tests.fakes.telegram import FakeTelegram, Fault

ANN = 201
GROUP = -4001
NEW_GROUP = -1004001


async def test_blocked_bot_marks_her_inactive_and_keeps_her_settings(bot: Driver) -> None:
    await bot.say(ANN, "/subscribe 07:30 Europe/London")
    bot.fake.fail_next("sendMessage", Fault.forbidden(), chat_id=ANN)
    bot.fake.inject_private_message(ANN, "/settings")
    await bot.fake.wait_for("sendMessage", lambda p: p["chat_id"] == ANN, count=2)
    await _until(lambda: _member_active(bot), False)
    async with bot.app.storage.transaction() as tx:
        sub = await tx.subscription("telegram", str(ANN))
    assert sub is not None and sub.slot == "07:30"
    await bot.say(ANN, "/settings")  # she came back: reachable again
    assert await _member_active(bot) is True


async def test_blocked_in_my_chat_member_update(bot: Driver) -> None:
    await bot.say(ANN, "/start")
    bot.fake.inject_my_chat_member(ANN, "kicked")
    await _until(lambda: _member_active(bot), False)


async def test_group_migration_rekeys_and_resends(bot: Driver) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    await bot.say_in_group(GROUP, ANN, "/setup on 09:00 Europe/Berlin")
    bot.fake.upgrade_to_supergroup(GROUP, NEW_GROUP)
    bot.fake.inject_update({"message": _command_in(bot, GROUP, ANN, "/topic")})
    [resent] = await bot._wait(NEW_GROUP, 0, 1)
    assert text(resent).split("\n\n", 1)[1]
    async with bot.app.storage.transaction() as tx:
        assert await tx.group("telegram", str(GROUP)) is None
        moved = await tx.group("telegram", str(NEW_GROUP))
    assert moved is not None and moved.daily and moved.zone == "Europe/Berlin"


async def test_flood_limit_waits_retry_after_then_sends(bot: Driver, library: Library) -> None:
    bot.fake.fail_next("sendMessage", Fault.too_many_requests(1), chat_id=ANN)
    started = asyncio.get_running_loop().time()
    [reply] = await bot.say(ANN, "/help")
    assert text(reply) == markup.plain(help_text(library, "en", ChatKind.PRIVATE, DECLARATIONS))
    assert asyncio.get_running_loop().time() - started >= 1.0
    assert bot.fake.http_429 == 1


async def test_server_errors_and_timeouts_are_retried(bot: Driver, library: Library) -> None:
    bot.fake.fail_next("sendMessage", Fault.server_error(502), chat_id=ANN)
    bot.fake.fail_next("sendMessage", Fault.stall(1.5), chat_id=ANN)
    bot.fake.fail_next("sendMessage", Fault.disconnect(), chat_id=ANN)
    [reply] = await bot.say(ANN, "/help")
    assert text(reply) == markup.plain(help_text(library, "en", ChatKind.PRIVATE, DECLARATIONS))
    statuses = [c.status for c in bot.fake.calls_to("sendMessage")]
    assert statuses.count(200) == 1 and len(statuses) >= 3


async def test_refused_connections_then_recovery(bot: Driver, library: Library) -> None:
    async with bot.fake.refusing_connections():
        await asyncio.sleep(0.5)
    [reply] = await bot.say(ANN, "/help")
    assert text(reply) == markup.plain(help_text(library, "en", ChatKind.PRIVATE, DECLARATIONS))


async def _member_active(bot: Driver) -> bool | None:
    async with bot.app.storage.transaction() as tx:
        member = await tx.member("telegram", str(ANN))
    return None if member is None else member.active


async def _until(probe, expected: object) -> None:  # type: ignore[no-untyped-def]
    for _ in range(500):
        if await probe() == expected:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never became {expected!r}")


def _command_in(bot: Driver, group: int, user: int, command: str) -> dict:  # type: ignore[type-arg]
    """A group message to the old id, as a client that has not seen the migration would send."""
    chat = bot.fake.message(group, bot.delivered(group)[-1].result["message_id"])["chat"]
    return {
        "message_id": 999,
        "date": 1_780_000_000,
        "chat": chat,
        "from": {"id": user, "is_bot": False, "first_name": "Ann", "language_code": "en"},
        "text": command,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
    }


async def test_a_refusal_quoting_her_words_is_not_logged_above_debug(
    bot: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    words = "Teodoro left for Porto"
    quoted = f"Bad Request: can't parse entities: {words} at byte offset 3"
    caplog.set_level(logging.DEBUG)
    bot.fake.fail_next("sendMessage", Fault.bad_request(quoted), chat_id=ANN)
    bot.fake.inject_private_message(ANN, "/help")
    await bot.fake.wait_for("sendMessage", lambda p: p["chat_id"] == ANN)
    await _until(lambda: _logged(caplog, "refused"), True)
    above = [r.getMessage().lower() for r in caplog.records if r.levelno >= logging.INFO]
    assert not any(words.lower() in line or str(ANN) in line for line in above)
    # at DEBUG, for debugging (python-telegram-bot lowers the description's case)
    assert any(words.lower() in r.getMessage().lower() for r in caplog.records)


async def _logged(caplog: pytest.LogCaptureFixture, word: str) -> bool:
    return any(word in r.getMessage() for r in caplog.records)


LONG = "\n\n".join(f"**Part {n}.** " + "A quiet line to sit with. " * 40 for n in range(6))


async def test_a_reply_in_two_parts_hit_by_a_429_arrives_once_whole(bot: Driver) -> None:
    """The second part meets a 429: the first is not sent again, the second follows."""
    parts = [part.html for part in bot.adapter.sender.split(Reply(LONG))]
    assert len(parts) == 2
    bot.fake.add_user(ANN)
    bot.fake.fail_next("sendMessage", Fault.too_many_requests(1), chat_id=ANN, after=1)
    bot.adapter.replies.submit(Destination("telegram", str(ANN)), [Reply(LONG), Reply("after")])
    await bot._wait(ANN, 0, 3)
    await asyncio.sleep(0.2)  # anything sent twice would show by now
    assert [c.params["text"] for c in bot.delivered(ANN)] == [*parts, "after"]
    assert bot.fake.http_429 == 1


async def test_a_post_in_two_parts_hit_by_a_429_arrives_once_whole(bot: Driver) -> None:
    """The same in the outbox: the row remembers the parts that went."""
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    where = Destination("telegram", str(GROUP), is_group=True)
    async with bot.app.storage.transaction() as tx:
        await tx.queue([outbox_row(group_recipient(str(GROUP)), where, "p.x", LONG,
                                   clock.now(), clock.now(), kind="topic")])  # fmt: skip
    delivery = Delivery(bot.app, {"telegram": bot.adapter.sender}, clock,
                        pacers={"telegram": bot.adapter.pacer}, warmup=0.0)  # fmt: skip
    bot.fake.fail_next("sendMessage", Fault.too_many_requests(1), chat_id=GROUP, after=1)
    assert await delivery.drain("telegram") == 0
    clock.advance(dt.timedelta(seconds=5))  # the row's retry is due
    assert await delivery.drain("telegram") == 1
    parts = [part.html for part in bot.adapter.sender.split(Reply(LONG, kind="topic"))]
    assert [c.params["text"] for c in bot.delivered(GROUP)] == parts


async def test_a_clean_stop_hands_unsent_replies_to_the_next_process(
    fake: FakeTelegram, tmp_path: Path, library: Library
) -> None:
    """A stop does not wait out a long 429: what is left goes to the outbox, ready at once,
    and the next process sends it (nothing waits for a lease)."""
    database = f"sqlite:///{tmp_path}/stop.sqlite3"
    async with Storage(database) as storage:
        await storage.migrate()
        app = Holdspace(library, storage, FakeClock(START))
        settings = settings_for(fake, database, telegram_limits=UNPACED)
        async with TelegramAdapter(app, settings, timeout=1.0, stop_grace=0.3):
            fake.fail_next("sendMessage", Fault.too_many_requests(60), chat_id=ANN, after=1)
            fake.inject_private_message(ANN, "/start subscribe")  # two replies
            await fake.wait_for("sendMessage", lambda p: p["chat_id"] == ANN, count=2)
            started = asyncio.get_running_loop().time()
        assert asyncio.get_running_loop().time() - started < 3  # not the 60 s asked for
        async with storage.transaction() as tx:
            rows = (await tx.conn.execute(sa.select(t.outbox))).all()
        assert [(r.recipient, r.kind, r.status) for r in rows] == [
            (f"member:{ANN}", "reply", "pending")
        ]
        async with Bot(fake.token, base_url=fake.base_url) as restarted:
            delivery = Delivery(app, {"telegram": TelegramSender(restarted)}, app.clock,
                                warmup=0.0)  # fmt: skip
            assert await delivery.drain("telegram") == 1
    first, second = [p["text"] for p in fake.sent_messages(ANN)]
    assert markup.plain(library.text("start.about", "en")) in first
    assert "/subscribe 07:30 Europe/London" in second


async def test_a_message_that_cannot_be_encoded_is_no_network_fault(bot: Driver) -> None:
    """Were anything to reach the sender unclean, it fails once: a retry would fail too."""
    result = await bot.adapter.sender.send_part(
        Destination("telegram", str(ANN)), Message("a lone \ud800 surrogate")
    )
    assert result.outcome is Outcome.FAILED
    assert bot.fake.calls_to("sendMessage") == []  # it could not even be written


async def test_an_unencodable_reply_is_cleaned_and_sent_at_once(bot: Driver) -> None:
    """A lone surrogate in what she typed comes back in the reply; it is replaced, not
    retried as if the network had failed."""
    [reply] = await bot.say(ANN, "/settings zone Mars\ud800")
    assert "Mars\ufffd" in text(reply)
    assert len(bot.fake.calls_to("sendMessage")) == 1  # no retry
