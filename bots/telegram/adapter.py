"""The Telegram adapter: python-telegram-bot in, core events through, replies back out.

Handlers are translators: they turn an update into a core `Event`, call
`Holdspace.handle`, and hand what comes back to the reply lane (`core.replies`), which sends
it paced and retried while the handler is already done. Updates from different chats are
handled at once, each chat's in order (`updates.ChatOrder`). Whether the sender may
moderate is asked of Telegram (getChatMember) only when the core says the event needs it;
the answer is kept for a few seconds, and forgotten at once when Telegram reports that her
status in the group changed (a `chat_member` update).
"""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import Conflict, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bots.telegram.sender import BACKOFF_SECONDS, PLATFORM, TelegramSender
from bots.telegram.updates import ChatOrder, ReadingBot, withhold_updates
from core.commands import split_command
from core.conversation import Holdspace
from core.declarations import commands_for, requires_moderator
from core.model import ChatKind, Event
from core.pacing import Limits, Pacer
from core.replies import STOP_GRACE, ReplyLane
from core.sending import Destination
from core.settings import Settings
from core.storage.budget import shared_budget

log = logging.getLogger(__name__)

ADMIN_CACHE_SECONDS = 5.0  # an admin check is at most this old (chat_member updates: at once)
ANONYMOUS_ADMIN = 1087968824  # Telegram's "Group" user that speaks for anonymous admins
_ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
# chat_member must be asked for by name; edited messages are not asked for (and not handled).
_UPDATES = ["message", "callback_query", "my_chat_member", "chat_member"]
_NEW = filters.UpdateType.MESSAGE  # a new message only: an edit is never run again
POOL_SIZE = 256  # python-telegram-bot's own defaults, kept: replies and deliveries share it
GET_UPDATES_POOL_SIZE = 1


def is_loopback(url: str) -> bool:
    """Say whether a URL's host is this machine (127.0.0.0/8, ::1 or localhost)."""
    host = (urlparse(url).hostname or "").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def requests_for(base_url: str, timeout: float) -> tuple[HTTPXRequest, HTTPXRequest]:
    """Build the HTTP clients for sending and for long polling.

    httpx honours HTTP(S)_PROXY and ALL_PROXY from the environment with no built-in
    exemption for loopback, so a self-hosted Bot API on 127.0.0.1 would be reached through
    the proxy. For a loopback base URL the environment is not consulted at all. Pool sizes
    and timeouts are those python-telegram-bot's builder would choose.
    """
    extra: dict[str, Any] = {"trust_env": False} if is_loopback(base_url) else {}
    send = HTTPXRequest(
        connection_pool_size=POOL_SIZE,
        connect_timeout=timeout,
        read_timeout=timeout,
        write_timeout=timeout,
        pool_timeout=timeout,
        httpx_kwargs=extra,
    )
    poll = HTTPXRequest(connection_pool_size=GET_UPDATES_POOL_SIZE, httpx_kwargs=extra)
    return send, poll


def _chat_kind(chat_type: str) -> ChatKind:
    return ChatKind.PRIVATE if chat_type == ChatType.PRIVATE else ChatKind.GROUP


class TelegramAdapter:
    """Runs the Telegram bot for as long as it is entered (`async with`)."""

    platform = PLATFORM

    def __init__(
        self,
        app: Holdspace,
        settings: Settings,
        *,
        timeout: float = 10.0,
        backoff: float = BACKOFF_SECONDS,
        stop_grace: float = STOP_GRACE,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if settings.telegram_token is None:
            raise ValueError("the Telegram adapter needs TELEGRAM_BOT_TOKEN")
        self.app = app
        self.settings = settings
        self.monotonic = monotonic
        withhold_updates()
        send, poll = requests_for(settings.telegram_api_base_url, timeout)
        bot = ReadingBot(
            settings.telegram_token.reveal(),
            base_url=settings.telegram_api_base_url,
            request=send,
            get_updates_request=poll,
        )
        self.application: Application[Any, Any, Any, Any, Any, Any] = (
            ApplicationBuilder().bot(bot).concurrent_updates(ChatOrder()).build()
        )
        self.sender = TelegramSender(
            self.application.bot,
            backoff=backoff,
            paid_broadcast=settings.telegram_allow_paid_broadcast,
        )
        # The platform's one pacer: the delivery service shares it (bots/runner.py); on
        # PostgreSQL its overall rate is the bot's, shared with the other instances.
        budget = shared_budget(app.storage, PLATFORM, settings.telegram_token.reveal())
        self.pacer = Pacer(Limits(*settings.telegram_limits), budget=budget)
        self.replies = ReplyLane(
            app, self.sender, self.pacer, stop_grace=stop_grace, in_flight_grace=timeout
        )
        self._admins: dict[tuple[int, int], tuple[float, bool]] = {}
        self._conflict_said = False  # a 409 (another poller) is explained once
        self.last_contact: float | None = None  # time.time() of Telegram's last word (/healthz)
        add = self.application.add_handler
        add(MessageHandler(_NEW & filters.COMMAND, self.on_command))
        add(MessageHandler(_NEW & filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE,
                           self.on_text))  # fmt: skip
        add(CallbackQueryHandler(self.on_button))
        add(ChatMemberHandler(self.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
        add(ChatMemberHandler(self.on_chat_member, ChatMemberHandler.CHAT_MEMBER))
        self.application.add_error_handler(self.on_error)

    # --- lifecycle ---------------------------------------------------------------------

    async def __aenter__(self) -> TelegramAdapter:
        await self.application.initialize()
        await self.sync_commands()
        updater = self.application.updater
        assert updater is not None
        webhook = self.settings.telegram_webhook_url
        if webhook:
            host, _, port = self.settings.telegram_webhook_listen.rpartition(":")
            secret = self.settings.telegram_webhook_secret
            await updater.start_webhook(
                listen=host,
                port=int(port),
                url_path=urlparse(webhook).path.lstrip("/"),
                webhook_url=webhook,
                secret_token=secret.reveal() if secret else None,
                allowed_updates=_UPDATES,
            )
        else:
            await updater.start_polling(allowed_updates=_UPDATES, error_callback=self._poll_error)
        await self.application.start()
        log.info("Telegram bot @%s is running", self.application.bot.username)
        return self

    async def __aexit__(self, *exc: object) -> None:
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.application.running:
            await self.application.stop()  # every update fetched is handled first
        try:
            await self.replies.close()  # sent, or handed to the outbox
        finally:
            await self.pacer.aclose()  # no reservation of the shared budget outlives the bot
            await self.application.shutdown()

    async def ping(self) -> bool:
        """Ask Telegram who the bot is (the health check, bots/ops.py); say if it answered."""
        try:
            await self.application.bot.get_me()
        except TelegramError:
            return False
        self.last_contact = time.time()
        return True

    def _poll_error(self, error: Exception) -> None:
        # Polling retries by itself; a refused connection or 5xx is worth a line, not a crash.
        if isinstance(error, Conflict):
            # Telegram gives one long poll per token: another process is polling (or a
            # webhook is set). Said once; the retries that follow would only repeat it.
            if not self._conflict_said:
                self._conflict_said = True
                log.error(
                    "Telegram answered 409 Conflict: another process is polling with this bot "
                    "token (long polling allows one instance per token); stop it, or run "
                    "several instances in webhook mode (TELEGRAM_WEBHOOK_URL)"
                )
            return
        log.warning("Telegram polling failed (%s); retrying", type(error).__name__)

    async def sync_commands(self) -> None:
        """Publish the command menu for private chats and groups, in every offered language."""
        bot = self.application.bot
        library = self.app.library
        for locale in library.locales:
            language = "" if locale == "en" else locale
            for scope, kind in (
                (BotCommandScopeAllPrivateChats(), ChatKind.PRIVATE),
                (BotCommandScopeAllGroupChats(), ChatKind.GROUP),
            ):
                commands = [
                    BotCommand(c.name, library.text(c.key, locale)) for c in commands_for(kind)
                ]
                await bot.set_my_commands(commands, scope=scope, language_code=language or None)

    # --- updates in --------------------------------------------------------------------

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Translate a /command into a core event."""
        message = update.effective_message
        user = update.effective_user
        if message is None or user is None or not message.text:
            return
        command = split_command(message.text)
        if command is None:
            return
        addressee = command.addressee.lower()
        if addressee and addressee != (self.application.bot.username or "").lower():
            return  # a command for another bot in the same group: not a word from us
        event = self._event(update, command=command.name, args=command.words, text=message.text)
        await self._answer(event, update)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Translate a private message into a core event."""
        message = update.effective_message
        if message is None or message.text is None:
            return
        await self._answer(self._event(update, text=message.text), update)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Translate a button press into a core event (always answering the press)."""
        query = update.callback_query
        if query is None:
            return
        try:
            await query.answer()
        except TelegramError as error:  # the press is still handled
            log.info("could not answer a button press (%s)", type(error).__name__)
        await self._answer(self._event(update, action=query.data or ""), update)

    async def on_my_chat_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Greet a group the bot joined; stop deliveries to a chat that removed it."""
        change = update.my_chat_member
        if change is None:
            return
        chat_id = str(change.chat.id)
        status = change.new_chat_member.status
        if status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
            await self.app.chat_gone(PLATFORM, chat_id)
        elif change.chat.type != ChatType.PRIVATE and change.old_chat_member.status in (
            ChatMemberStatus.LEFT,
            ChatMemberStatus.BANNED,
        ):
            replies = await self.app.bot_joined(PLATFORM, chat_id, change.from_user.language_code)
            self.replies.submit(Destination(PLATFORM, chat_id, is_group=True), replies)

    async def on_chat_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Forget what was known of a member's rights when her status in a group changes."""
        change = update.chat_member
        if change is not None:
            self._admins.pop((change.chat.id, change.new_chat_member.user.id), None)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log an error without the update's content (it may hold what a member wrote)."""
        error = context.error
        log.error("error while handling an update: %s", type(error).__name__, exc_info=error)

    def _event(self, update: Update, **fields: Any) -> Event:
        chat = update.effective_chat
        user = update.effective_user
        message = update.effective_message
        assert chat is not None and user is not None
        thread = None
        if message is not None and message.is_topic_message and message.message_thread_id:
            thread = str(message.message_thread_id)
        return Event(
            platform=PLATFORM,
            chat_id=str(chat.id),
            user_id=str(user.id),
            chat_kind=_chat_kind(chat.type),
            locale=user.language_code,
            thread_id=thread,
            **fields,
        )

    async def _answer(self, event: Event, update: Update) -> None:
        self.last_contact = time.time()  # an update came: Telegram is there
        if not event.is_private and requires_moderator(event):
            event = dataclasses.replace(event, is_moderator=await self._is_admin(update))
        replies = await self.app.handle(event)
        destination = Destination(
            PLATFORM, event.chat_id, is_group=not event.is_private, thread_id=event.thread_id
        )
        self.replies.submit(destination, replies, user_id=event.user_id)

    async def _is_admin(self, update: Update) -> bool:
        chat = update.effective_chat
        user = update.effective_user
        message = update.effective_message
        assert chat is not None and user is not None
        if message is not None and message.sender_chat is not None:
            return message.sender_chat.id == chat.id  # an anonymous admin speaks as the group
        if user.id == ANONYMOUS_ADMIN:
            return True
        key = (chat.id, user.id)
        cached = self._admins.get(key)
        now = self.monotonic()
        if cached is not None and cached[0] > now:
            return cached[1]
        member = await self.application.bot.get_chat_member(chat.id, user.id)
        is_admin = member.status in _ADMINS
        self._admins[key] = (now + ADMIN_CACHE_SECONDS, is_admin)
        return is_admin
