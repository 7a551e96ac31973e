"""Tests of the fake Telegram Bot API, driven by the real python-telegram-bot.

Run with the API description to switch on request/response checking::

    HOLDSPACE_API_SPECS=/work/shared/specs pytest tests/fakes -q
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import os
import re
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    ChatFullInfo,
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberOwner,
    ChatMemberRestricted,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)
from telegram.request import HTTPXRequest

from tests.fakes.telegram import FakeTelegram, Fault, FloodLimits, UploadedFile
from tests.fakes.telegram_spec import SPEC_ENV, TelegramSpec, decode_value, require_spec

USER = 4242
GROUP = -1001234567890


@pytest.fixture(autouse=True)
def _timedelta_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make PTB return time periods as timedelta (its future default) instead of warning."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        fake.add_user(USER, first_name="Ada", language_code="en")
        yield fake


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        yield bot


def _seconds(value: Any) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


# ---------------------------------------------------------------- basics and wire format


async def test_token_and_urls_look_like_telegram(fake: FakeTelegram) -> None:
    assert re.fullmatch(r"\d+:[A-Za-z0-9_-]{35}", fake.token)
    assert fake.port > 0
    assert fake.base_url == f"http://127.0.0.1:{fake.port}/bot"


async def test_get_me_is_a_complete_user(fake: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.username == fake.bot_username
    assert me.is_bot and me.id == fake.bot_id
    assert me.can_read_all_group_messages is False  # privacy mode
    assert fake.calls[0].method == "getMe" and fake.calls[0].status == 200


async def test_send_message_is_recorded_with_decoded_params(fake: FakeTelegram, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Yes", callback_data="ans:yes")],
            [InlineKeyboardButton("No", callback_data="ans:no")],
        ]
    )
    message = await bot.send_message(USER, "123", reply_markup=keyboard, disable_notification=True)

    assert message.text == "123" and message.chat.id == USER
    assert message.reply_markup == keyboard  # echoed back and parsed by PTB
    [params] = fake.sent_messages(USER)
    # "123" was sent verbatim, like chat_id=4242 was; only the parameter type tells them apart.
    assert params["text"] == "123" and params["chat_id"] == USER
    assert params["disable_notification"] is True
    assert params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Yes", "callback_data": "ans:yes"}],
            [{"text": "No", "callback_data": "ans:no"}],
        ]
    }
    assert fake.message(USER, message.message_id)["reply_markup"] == params["reply_markup"]


async def test_decode_value_uses_parameter_types() -> None:
    assert decode_value("text", "true", ("String",)) == "true"
    assert decode_value("show_alert", "true", ("Boolean",)) is True
    assert decode_value("chat_id", "-100123", ("Integer", "String")) == -100123
    assert decode_value("chat_id", "@circle", ("Integer", "String")) == "@circle"
    assert decode_value("reply_markup", '{"a": 1}', ("InlineKeyboardMarkup",)) == {"a": 1}
    assert decode_value("message_thread_id", "abc", ("Integer",)) == "abc"  # left for the check
    # Without a description, known string parameters stay strings and the rest is JSON.
    assert decode_value("text", "[1]", None) == "[1]"
    assert decode_value("offset", "7", None) == 7


async def test_html_is_parsed_into_entities(fake: FakeTelegram, bot: Bot) -> None:
    message = await bot.send_message(USER, "<b>Hi</b> &amp; <i>wé</i>", parse_mode="HTML")
    assert message.text == "Hi & wé"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 2),
        ("italic", 5, 2),
    ]
    assert fake.sent_messages(USER)[0]["text"] == "<b>Hi</b> &amp; <i>wé</i>"  # as sent

    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await bot.send_message(USER, "a <3 b <script>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)can't find end tag"):
        await bot.send_message(USER, "<b>open", parse_mode="HTML")


async def test_multipart_upload_and_stub(fake: FakeTelegram, bot: Bot) -> None:
    def document_message(params: dict[str, Any]) -> dict[str, Any]:
        upload = params["document"]
        return {
            "message_id": 99,
            "date": 0,
            "chat": {"id": USER, "type": "private", "first_name": "Ada"},
            "caption": params["caption"],
            "document": {"file_id": "f1", "file_unique_id": "u1", "file_name": upload.filename},
        }

    fake.stub("sendDocument", document_message)
    message = await bot.send_document(USER, document=b"hello", filename="a.txt", caption="42")

    params = fake.calls_to("sendDocument")[0].params
    assert isinstance(params["document"], UploadedFile)
    assert params["document"].data == b"hello" and params["document"].filename == "a.txt"
    assert params["caption"] == "42"
    assert message.document is not None and message.document.file_name == "a.txt"


async def test_unknown_method_and_wrong_token(fake: FakeTelegram, bot: Bot) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{fake.base_url}{fake.token}/sendTelepathy")
    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")
    with pytest.raises(InvalidToken):
        await Bot("1:" + "x" * 35, base_url=fake.base_url).get_me()


# ---------------------------------------------------------------- long polling


async def test_get_updates_returns_promptly_and_honours_offset(
    fake: FakeTelegram, bot: Bot
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await fake.wait_for("getUpdates", answered=False)
    started = time.monotonic()
    first = fake.inject_private_message(USER, "hello")
    updates = await poll
    assert time.monotonic() - started < 1.0
    assert [u.update_id for u in updates] == [first["update_id"]]

    second = fake.inject_private_message(USER, "again")
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [first["update_id"], second["update_id"]]
    confirmed = await bot.get_updates(offset=second["update_id"], timeout=0)
    assert [u.update_id for u in confirmed] == [second["update_id"]]
    assert await bot.get_updates(offset=second["update_id"] + 1, timeout=0) == ()
    assert fake.pending_updates == []


async def test_limit_and_allowed_updates(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(GROUP, "Circle", owner_id=7)
    fake.inject_my_chat_member(GROUP, "administrator")
    ids = [fake.inject_private_message(USER, f"m{i}")["update_id"] for i in range(3)]

    limited = await bot.get_updates(limit=2, allowed_updates=["message"], timeout=0)
    assert [u.update_id for u in limited] == ids[:2]  # my_chat_member dropped as not allowed
    [last] = await bot.get_updates(offset=ids[2], timeout=0)
    assert last.message is not None and last.message.text == "m2"


async def test_newer_poll_terminates_older_one(fake: FakeTelegram, bot: Bot) -> None:
    # PTB's getUpdates pool has one connection, so a second poller means a second instance.
    older = asyncio.create_task(bot.get_updates(timeout=5))
    await fake.wait_for("getUpdates", answered=False)
    async with Bot(fake.token, base_url=fake.base_url) as other:
        newer = asyncio.create_task(other.get_updates(timeout=5))
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            await older
        fake.inject_private_message(USER, "hi")
        assert len(await newer) == 1


async def _on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet and offer two buttons."""
    assert update.effective_message is not None and update.effective_user is not None
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes", callback_data="yes"),
                InlineKeyboardButton("No", callback_data="no"),
            ]
        ]
    )
    lang = update.effective_user.language_code
    await update.effective_message.reply_text(f"welcome ({lang})", reply_markup=keyboard)


async def _on_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge the button and replace the keyboard with the choice."""
    query = update.callback_query
    assert query is not None
    await query.answer("noted")
    await query.edit_message_text(f"you chose {query.data}")


def _polling_app(fake: FakeTelegram) -> Application[Any, Any, Any, Any, Any, Any]:
    app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(CommandHandler("start", _on_start))
    app.add_handler(CallbackQueryHandler(_on_answer))
    return app


async def test_application_long_polling_round_trip(fake: FakeTelegram) -> None:
    app = _polling_app(fake)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=dtm.timedelta(seconds=2))
        try:
            update = fake.inject_private_message(USER, "/start", language_code="de")
            entity = update["message"]["entities"][0]
            assert (entity["type"], entity["offset"], entity["length"]) == ("bot_command", 0, 6)

            [call] = await fake.wait_for("sendMessage")
            assert call.params["text"] == "welcome (de)"
            buttons = call.params["reply_markup"]["inline_keyboard"][0]
            assert [b["callback_data"] for b in buttons] == ["yes", "no"]
            sent = call.result
            assert (
                sent["chat"]["id"] == USER and sent["reply_markup"] == call.params["reply_markup"]
            )

            fake.inject_callback_query(USER, USER, sent["message_id"], "no")
            [answer] = await fake.wait_for("answerCallbackQuery")
            assert answer.params["text"] == "noted" and answer.status == 200
            [edit] = await fake.wait_for("editMessageText")
            assert edit.status == 200
            edited = fake.message(USER, sent["message_id"])
            assert edited["text"] == "you chose no"
            assert "reply_markup" not in edited  # an edit without markup drops the keyboard
        finally:
            await app.updater.stop()
            await app.stop()
    assert fake.pending_updates == []  # PTB confirmed the offset on the way out
    fake.assert_spec_clean()


async def test_group_messages_commands_and_privacy(fake: FakeTelegram) -> None:
    fake.add_group(GROUP, "Circle", forum=True, owner_id=7)
    command = fake.inject_group_message(
        GROUP, USER, f"/topic@{fake.bot_username} grief", message_thread_id=5
    )
    assert command is not None
    message = Update.de_json(command, None).message
    assert message is not None and message.is_topic_message and message.message_thread_id == 5
    assert message.entities[0].length == len(f"/topic@{fake.bot_username}")
    assert message.chat.is_forum

    assert fake.inject_group_message(GROUP, USER, "just talking") is None  # privacy mode
    assert fake.inject_group_message(GROUP, USER, "/start@other_bot") is None
    fake.set_admin(GROUP, fake.bot_id)
    assert fake.inject_group_message(GROUP, USER, "just talking") is not None


# ---------------------------------------------------------------- faults


@pytest.mark.parametrize(
    ("fault", "error", "check"),
    [
        (Fault.forbidden(), Forbidden, lambda e: "blocked" in e.message),
        (Fault.too_many_requests(7), RetryAfter, lambda e: _seconds(e.retry_after) == 7),
        (Fault.migrate(-100999), ChatMigrated, lambda e: e.new_chat_id == -100999),
        (Fault.server_error(), NetworkError, lambda e: "Internal Server Error" in e.message),
        (Fault.server_error(502), NetworkError, lambda e: "Bad Gateway" in e.message),
        (Fault.disconnect(), NetworkError, lambda e: "RemoteProtocolError" in e.message),
    ],
)
async def test_fault_surfaces_as_ptb_exception(
    fake: FakeTelegram, bot: Bot, fault: Fault, error: type[Exception], check: Any
) -> None:
    fake.fail_next("sendMessage", fault)
    with pytest.raises(error) as info:
        await bot.send_message(USER, "hi")
    assert type(info.value) is error and check(info.value)
    await bot.send_message(USER, "hi")  # one-shot: the next call goes through
    assert len(fake.sent_messages(USER)) == 1


async def test_stall_gives_timed_out(fake: FakeTelegram) -> None:
    fake.fail_next("getMe", Fault.stall(2.0))
    bot = Bot(fake.token, base_url=fake.base_url, request=HTTPXRequest(read_timeout=0.2))
    with pytest.raises(TimedOut):
        await bot.get_me()


async def test_fault_targets_chat_and_repeats(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_user(7)
    fake.fail_next("sendMessage", Fault.forbidden(), times=2, chat_id=USER)
    await bot.send_message(7, "fine")
    for _ in range(2):
        with pytest.raises(Forbidden):
            await bot.send_message(USER, "no")
    await bot.send_message(USER, "yes")
    assert [p["text"] for p in fake.sent_messages()] == ["fine", "yes"]


async def test_fault_after_some_calls_went_through(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail_next("sendMessage", Fault.too_many_requests(3), chat_id=USER, after=1)
    await bot.send_message(USER, "first part")
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "second part")
    await bot.send_message(USER, "second part")
    assert [p["text"] for p in fake.sent_messages()] == ["first part", "second part"]


async def test_refused_connection_then_resume_on_same_port(fake: FakeTelegram, bot: Bot) -> None:
    port = fake.port
    async with fake.refusing_connections():
        with pytest.raises(NetworkError, match="ConnectError"):
            await bot.send_message(USER, "lost")
    assert fake.port == port
    await bot.send_message(USER, "back")
    assert [p["text"] for p in fake.sent_messages()] == ["back"]


async def test_state_driven_errors(fake: FakeTelegram, bot: Bot) -> None:
    fake.block_bot(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "hi")
    fake.add_user(8, started=False)
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await bot.send_message(8, "hi")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(9, "hi")

    fake.add_group(-5, "Old group", owner_id=7)
    fake.upgrade_to_supergroup(-5, GROUP)
    with pytest.raises(ChatMigrated) as info:
        await bot.send_message(-5, "hi")
    assert info.value.new_chat_id == GROUP
    await bot.send_message(GROUP, "hi in the supergroup")

    fake.inject_my_chat_member(GROUP, "kicked")
    with pytest.raises(Forbidden, match="kicked from the supergroup chat"):
        await bot.send_message(GROUP, "hi")

    fake.add_user(10)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(10, "x" * 4097)
    sent = await bot.send_message(10, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("x" * 4096, chat_id=10, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(
            10,
            "hi",
            reply_markup=InlineKeyboardMarkup.from_button(
                InlineKeyboardButton("b", callback_data="d" * 65)
            ),
        )


# ---------------------------------------------------------------- flood limits


@pytest.mark.parametrize(
    ("limits", "allowed"),
    [
        (FloodLimits(scale=0.1), 3),  # 30/s scaled down to 3/s
        (FloodLimits(per_second=2, per_chat_per_second=100, scale=2), 4),
    ],
)
async def test_flood_limit_overall_with_scale(limits: FloodLimits, allowed: int) -> None:
    async with (
        FakeTelegram(flood_limits=limits) as fake,
        Bot(fake.token, base_url=fake.base_url) as bot,
    ):
        for user in range(1, allowed + 2):
            fake.add_user(user)
        for user in range(1, allowed + 1):
            await bot.send_message(user, "ok")
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(allowed + 1, "one too many")
        assert _seconds(info.value.retry_after) == 1
        assert fake.http_429 == 1 and len(fake.sent_messages()) == allowed


async def test_flood_limit_per_chat() -> None:
    limits = FloodLimits(per_second=100, per_chat_per_second=0.5, per_group_per_minute=100)
    async with (
        FakeTelegram(flood_limits=limits) as fake,
        Bot(fake.token, base_url=fake.base_url) as bot,
    ):
        fake.add_user(1)
        fake.add_user(2)
        await bot.send_message(1, "ok")
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(1, "too soon")
        assert _seconds(info.value.retry_after) == 2  # 0.5/s = one per two seconds
        await bot.send_message(2, "another chat has its own window")
        assert fake.http_429 == 1


async def test_flood_limit_per_group() -> None:
    limits = FloodLimits(per_second=100, per_chat_per_second=100, per_group_per_minute=3)
    async with (
        FakeTelegram(flood_limits=limits) as fake,
        Bot(fake.token, base_url=fake.base_url) as bot,
    ):
        fake.add_group(-7, "Circle")
        fake.add_group(-8, "Other circle")
        for _ in range(3):
            await bot.send_message(-7, "ok")
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(-7, "fourth in a minute")
        assert 59 <= _seconds(info.value.retry_after) <= 60
        await bot.send_message(-8, "another group has its own window")
        assert fake.http_429 == 1 and len(fake.sent_messages(-7)) == 3


# ---------------------------------------------------------------- webhooks


async def test_webhook_delivery_with_secret_header(fake: FakeTelegram, bot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    failures = [1]

    async def receive(request: web.Request) -> web.Response:
        if failures:
            failures.pop()
            return web.Response(status=500)
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        fake.webhook_retry_delay = 0.01
        url = f"http://127.0.0.1:{port}/hook"
        assert await bot.set_webhook(url, secret_token="s3cret-token")
        assert fake.webhook_url == url and fake.webhook_secret == "s3cret-token"
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates(timeout=0)

        update = fake.inject_private_message(USER, "/start")
        await fake.wait_for_webhook()
        assert received == [("s3cret-token", update)]
        assert [d.status for d in fake.webhook_deliveries] == [500, 200]
        info = await bot.get_webhook_info()
        assert info.url == url and info.pending_update_count == 0
        assert (
            info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
        )

        with pytest.raises(BadRequest, match=r"(?i)bad webhook"):
            await bot.set_webhook("https://example.org/hook")
        assert await bot.delete_webhook()
        later = fake.inject_private_message(USER, "polling again")
        assert [u.update_id for u in await bot.get_updates(timeout=0)] == [later["update_id"]]
    finally:
        await runner.cleanup()


# ---------------------------------------------------------------- chats, members, commands


async def test_members_chats_and_actions(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(GROUP, "Circle", forum=True, owner_id=7)
    fake.set_admin(GROUP, 8)
    fake.set_member(GROUP, 9, "restricted")
    fake.set_member(GROUP, 10, "kicked")
    fake.set_member(GROUP, 11, "left")

    expected = {
        7: ChatMemberOwner,
        8: ChatMemberAdministrator,
        9: ChatMemberRestricted,
        10: ChatMemberBanned,
        11: ChatMemberLeft,
        fake.bot_id: ChatMemberMember,
        USER: ChatMemberLeft,
    }
    for user_id, kind in expected.items():
        member = await bot.get_chat_member(GROUP, user_id)
        assert type(member) is kind, user_id
    admins = await bot.get_chat_administrators(GROUP)
    assert sorted(a.user.id for a in admins) == [7, 8]

    chat = await bot.get_chat(GROUP)
    assert isinstance(chat, ChatFullInfo) and chat.is_forum and chat.title == "Circle"
    private = await bot.get_chat(USER)
    assert private.type == "private" and private.first_name == "Ada"
    with pytest.raises(BadRequest, match=r"(?i)no administrators in the private chat"):
        await bot.get_chat_administrators(USER)

    assert await bot.send_chat_action(GROUP, "typing", message_thread_id=3)
    with pytest.raises(BadRequest):
        await bot.send_chat_action(GROUP, "dancing")
    assert await bot.close() and await bot.log_out()
    fake.assert_spec_clean()


async def test_my_chat_member_update_and_blocking(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(GROUP, "Circle", owner_id=7)
    update = Update.de_json(fake.inject_my_chat_member(GROUP, "administrator"), bot)
    assert update.my_chat_member is not None
    assert update.my_chat_member.old_chat_member.status == "member"
    assert isinstance(update.my_chat_member.new_chat_member, ChatMemberAdministrator)
    assert update.my_chat_member.from_user.id == 7

    blocked = Update.de_json(fake.inject_my_chat_member(USER, "kicked"), bot)
    assert blocked.my_chat_member is not None
    assert blocked.my_chat_member.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(USER, "still there?")


async def test_chat_member_update_only_where_the_bot_administers(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.add_group(GROUP, "Circle", owner_id=7)
    fake.set_admin(GROUP, USER)
    assert fake.inject_chat_member(GROUP, USER, "member") is None  # the bot is no admin
    assert (await bot.get_chat_member(GROUP, USER)).status == "member"  # changed all the same
    fake.set_admin(GROUP, fake.bot_id)
    injected = fake.inject_chat_member(GROUP, USER, "administrator")
    assert injected is not None
    update = Update.de_json(injected, bot)
    assert update.chat_member is not None
    assert update.chat_member.old_chat_member.status == "member"
    assert isinstance(update.chat_member.new_chat_member, ChatMemberAdministrator)
    assert update.chat_member.new_chat_member.user.id == USER
    assert update.chat_member.from_user.id == 7
    fake.assert_spec_clean()


async def test_commands_round_trip(fake: FakeTelegram, bot: Bot) -> None:
    commands = [BotCommand("reflect", "Today's reflection"), BotCommand("stop", "Pause")]
    scope = BotCommandScopeChat(GROUP)
    assert await bot.set_my_commands(commands, scope=scope, language_code="de")
    assert await bot.get_my_commands(scope=scope, language_code="de") == tuple(commands)
    assert await bot.get_my_commands() == ()
    assert fake.commands(scope={"type": "chat", "chat_id": GROUP}, language_code="de")[0] == {
        "command": "reflect",
        "description": "Today's reflection",
    }
    assert await bot.delete_my_commands(scope=scope, language_code="de")
    assert await bot.get_my_commands(scope=scope, language_code="de") == ()
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


# ---------------------------------------------------------------- proxies


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_loopback_bypasses_proxy_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    dead_proxy = f"http://127.0.0.1:{_closed_port()}"
    for key in ("ALL_PROXY", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.setenv(key, dead_proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    async with FakeTelegram(bypass_proxies=False) as fake:
        with pytest.raises(NetworkError):  # PTB honours the proxy variables...
            await Bot(fake.token, base_url=fake.base_url).get_me()
    async with FakeTelegram() as fake:  # ...so the fake exempts loopback while it runs
        assert (await Bot(fake.token, base_url=fake.base_url).get_me()).id == fake.bot_id
    assert "NO_PROXY" not in os.environ


# ---------------------------------------------------------------- spec checking


@pytest.mark.filterwarnings("ignore:Please use:telegram.warnings.PTBUserWarning")
async def test_spec_checking_is_off_without_the_description(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(SPEC_ENV, raising=False)
    async with FakeTelegram() as fake:
        assert fake.spec is None
        await Bot(fake.token, base_url=fake.base_url).do_api_request(
            "getMe", api_kwargs={"bogus": 1}
        )
        assert fake.spec_violations == []
        fake.assert_spec_clean()


async def test_spec_clean_for_normal_calls(fake: FakeTelegram, bot: Bot) -> None:
    require_spec()
    fake.add_group(GROUP, "Circle", forum=True, owner_id=7)
    keyboard = InlineKeyboardMarkup.from_button(InlineKeyboardButton("Go", callback_data="go"))
    sent = await bot.send_message(
        GROUP, "<b>hi</b>", parse_mode="HTML", message_thread_id=3, reply_markup=keyboard
    )
    await bot.edit_message_reply_markup(GROUP, sent.message_id, reply_markup=None)
    await bot.set_my_commands([BotCommand("start", "Begin")], scope=BotCommandScopeChat(GROUP))
    await bot.get_chat_member(GROUP, 7)
    await bot.get_chat(GROUP)
    fake.inject_group_message(GROUP, USER, "/start", message_thread_id=3)
    fake.inject_callback_query(USER, GROUP, sent.message_id, "go")
    fake.inject_my_chat_member(USER, "kicked")
    await bot.get_updates(timeout=0)
    await bot.get_webhook_info()
    assert [call.method for call in fake.calls] == [
        "getMe",
        "sendMessage",
        "editMessageReplyMarkup",
        "setMyCommands",
        "getChatMember",
        "getChat",
        "getUpdates",
        "getWebhookInfo",
    ]
    assert all(call.status == 200 for call in fake.calls)
    fake.assert_spec_clean()


@pytest.mark.filterwarnings("ignore:Please use:telegram.warnings.PTBUserWarning")
async def test_spec_violations_are_detected(fake: FakeTelegram, bot: Bot) -> None:
    require_spec()
    await bot.do_api_request(
        "sendMessage",
        api_kwargs={
            "chat_id": USER,
            "text": "hi",
            "colour": "blue",
            "message_thread_id": "abc",
            "reply_markup": {"inline_keyboard": [[{"text": "Go", "callback": "go"}]]},
        },
    )
    with pytest.raises(BadRequest):
        await bot.do_api_request("sendMessage", api_kwargs={"chat_id": USER})

    problems = "\n".join(fake.spec_violations)
    assert "sendMessage: unknown parameter 'colour'" in problems
    assert "sendMessage.message_thread_id: expected Integer, got String 'abc'" in problems
    assert "unknown field 'callback' for InlineKeyboardButton" in problems
    assert "sendMessage: missing required parameter 'text'" in problems
    with pytest.raises(AssertionError, match="spec violation"):
        fake.assert_spec_clean()


async def test_spec_self_check_flags_incomplete_responses(fake: FakeTelegram) -> None:
    require_spec()
    fake.stub("getMyName", {"nickname": "Holdspace"})  # BotName requires "name"
    fake.inject_update({"message": {"message_id": 1, "date": 0}})  # no chat
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{fake.base_url}{fake.token}/getMyName")
    assert response.json()["result"] == {"nickname": "Holdspace"}
    assert fake.spec_violations == [
        "injected update: Update.message: missing required field 'chat' of Message",
        "response getMyName result: unknown field 'nickname' for BotName",
        "response getMyName result: missing required field 'name' of BotName",
    ]


async def test_spec_checks_nested_and_abstract_types() -> None:
    spec: TelegramSpec = require_spec()
    owner = {"status": "creator", "user": {"id": 1, "is_bot": False, "first_name": "A"}}
    assert spec.check_object("ChatMember", {**owner, "is_anonymous": False}) == []
    assert any(
        "missing required field 'is_anonymous'" in p for p in spec.check_object("ChatMember", owner)
    )
    scope = spec.check_request("getMyCommands", {"scope": {"type": "chat"}})
    assert scope and "chat_id" in " ".join(scope)
    assert spec.check_request("sendTelepathy", {}) == [
        f"sendTelepathy: no such method in {spec.version}"
    ]
