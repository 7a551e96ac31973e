"""Updates in: every chat at once, each chat's updates in order, and none that cannot be read.

python-telegram-bot 22 hands each update to an update processor. With
`ApplicationBuilder.concurrent_updates(processor)` it starts a task per update and lets the
processor decide how to run it; `ChatOrder` runs one chat's updates one after another, in
the order they came, and different chats side by side. Only the first update of a chat holds
one of the processor's places while the chat's later updates wait in a queue, so one member
sending sixty messages takes one place, not sixty. `Application.stop` waits for these tasks,
so every update fetched before a SIGTERM is still handled.

`ReadingBot.get_updates` reads each update on its own: one the library cannot parse (a poll
lacking fields it expects) is skipped and logged with its id only, never its contents, and
the next poll moves past it. The library's own `get_updates` fails the whole batch, logs all
of it (ids and words) at CRITICAL, and asks for the same batch again, forever.

`WithholdUpdates` keeps update contents out of the library's own log lines at INFO and above
(its webhook handler logs an unreadable update whole at CRITICAL before answering 400).
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
from collections.abc import Awaitable, Mapping, Sequence
from typing import Any

from telegram import TelegramObject, Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import JSONDict, ODVInput, TimePeriod
from telegram.ext import BaseUpdateProcessor, ExtBot

log = logging.getLogger(__name__)

MAX_CHATS = 256  # chats handled at once (python-telegram-bot's own default for concurrency)
LIBRARY_LOGGERS = ("telegram.Bot", "telegram.ext.Application", "telegram.ext.Updater")
_DATA = (dict, list, tuple, TelegramObject)
WITHHELD = "<update withheld>"


class WithholdUpdates(logging.Filter):
    """Replace what Telegram sent (an update, its JSON) in a library log line at INFO and
    above: it may hold a member's id and words. DEBUG, for a developer, keeps it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO or not record.args:
            return True
        args = record.args
        if isinstance(args, Mapping):  # logging's form for a single dict argument
            if "%(" not in str(record.msg):
                record.args = (WITHHELD,)
        elif any(isinstance(arg, _DATA) for arg in args):
            record.args = tuple(WITHHELD if isinstance(arg, _DATA) else arg for arg in args)
        return True


def withhold_updates() -> None:
    """Install `WithholdUpdates` on python-telegram-bot's loggers (once)."""
    for name in LIBRARY_LOGGERS:
        library = logging.getLogger(name)
        if not any(isinstance(f, WithholdUpdates) for f in library.filters):
            library.addFilter(WithholdUpdates())


def chat_of(update: object) -> int | None:
    """Return the chat an update belongs to, or None if it belongs to none."""
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


class ChatOrder(BaseUpdateProcessor):
    """Different chats' updates at once; one chat's updates one at a time, in order."""

    def __init__(self, max_chats: int = MAX_CHATS) -> None:
        super().__init__(max_chats)
        self._waiting: dict[int, collections.deque[Awaitable[Any]]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run an update now, or after the ones of its chat that came before it."""
        chat = chat_of(update)
        if chat is None:
            await coroutine
            return
        queue = self._waiting.get(chat)
        if queue is not None:  # this chat is being worked through: join the line
            queue.append(coroutine)
            return
        queue = self._waiting[chat] = collections.deque([coroutine])
        try:
            while queue:
                try:
                    await queue[0]
                except Exception:  # the application reports handler errors itself
                    log.exception("an update could not be handled")
                queue.popleft()
        finally:
            del self._waiting[chat]
            for left in queue:  # cancelled: close what will never run
                close = getattr(left, "close", None)
                if close is not None:
                    close()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: `Application.stop` waits for the chats under way."""


class ReadingBot(ExtBot[None]):
    """A bot whose long polling skips, and logs without contents, updates it cannot read."""

    _read_through: int | None = None  # the highest update id received, read or skipped

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,  # noqa: ASYNC109 - the Bot API parameter
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> tuple[Update, ...]:
        """Fetch updates as the library does, reading each one on its own."""
        if self._read_through is not None and (offset is None or offset >= 0):
            # An update skipped at the end of a batch is confirmed, not fetched again.
            offset = max(offset or 0, self._read_through + 1)
        # The read timeout grows by the long-polling timeout, as in Bot.get_updates.
        base = (
            self._request[0].read_timeout
            if isinstance(read_timeout, DefaultValue)
            else read_timeout
        )
        seconds = timeout.total_seconds() if isinstance(timeout, dt.timedelta) else timeout or 0
        data: JSONDict = {
            "timeout": timeout,
            "offset": offset,
            "limit": limit,
            "allowed_updates": allowed_updates,
        }
        result = await self._post(
            "getUpdates",
            data,
            read_timeout=(base or 0) + seconds,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        updates = []
        for raw in result if isinstance(result, list) else []:
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            if isinstance(update_id, int):
                self._read_through = max(self._read_through or 0, update_id)
            try:
                update = Update.de_json(raw, self)
            except Exception as error:
                # Only the id and the kind of error: the update may hold what she wrote.
                log.warning("skipped update %s: it could not be read (%s)", update_id,
                            type(error).__name__)  # fmt: skip
                continue
            self.insert_callback_data(update)
            updates.append(update)
        return tuple(updates)
