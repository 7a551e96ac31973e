"""Sending a core reply through the Bot API, with Telegram's errors translated for the core.

A reply is cut into messages by `split` (render.py: HTML parts of at most 4096 characters,
the keyboard on the last; a long attachment is a document, one part) and each is sent by
`send_part`, so that the core can pace every message and resume a reply at the first part
not sent.

Telegram's 429 does not say which limit was hit. A 429 for a group is taken as the group's
own limit (20 messages a minute) and pauses that chat; for a private chat it is taken as the
bot's overall limit and pauses everything. Either way the wait is the `retry_after` Telegram
gives.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
from collections.abc import Sequence

from telegram import Bot, InputFile, LinkPreviewOptions
from telegram import Message as TelegramMessage
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bots.telegram.render import Message, messages
from core.model import Reply
from core.sending import Destination, Outcome, SendResult

log = logging.getLogger(__name__)
PLATFORM = "telegram"
BACKOFF_SECONDS = 2.0
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
_NO_RIGHTS = ("not enough rights", "have no rights", "chat_write_forbidden", "need administrator")


def retry_seconds(error: RetryAfter) -> float:
    """Return how long Telegram asked us to wait, in seconds."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB warns about the int form; both forms are fine
        value = error.retry_after
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return float(value)


class TelegramSender:
    """Sends replies to Telegram chats and says, in core terms, what happened."""

    platform = PLATFORM

    def __init__(
        self, bot: Bot, *, backoff: float = BACKOFF_SECONDS, paid_broadcast: bool = False
    ) -> None:
        self.bot = bot
        self.backoff = backoff
        # broadcasts (not answers) go as paid ones: up to 1000 a second, 0.1 Star each
        self.paid_broadcast = paid_broadcast

    def split(self, reply: Reply) -> Sequence[Message]:
        """Cut a reply into the Telegram messages that carry it."""
        return messages(reply, self.bot.username)

    async def send_part(
        self, destination: Destination, part: Message, *, nonce: str | None = None
    ) -> SendResult:
        """Send one message of a reply and say, in core terms, what happened."""
        thread = int(destination.thread_id) if destination.thread_id else None
        paid = True if self.paid_broadcast and destination.broadcast else None  # None: not sent
        try:
            if part.document is not None:
                result = await self._send_document(destination, part, thread, paid)
            else:
                result = await self.bot.send_message(
                    chat_id=int(destination.chat_id),
                    text=part.html,
                    parse_mode=ParseMode.HTML,
                    reply_markup=part.keyboard,
                    message_thread_id=thread,
                    link_preview_options=_NO_PREVIEW,
                    allow_paid_broadcast=paid,
                )
        except ChatMigrated as error:
            return SendResult(Outcome.MIGRATED, new_chat_id=str(error.new_chat_id))
        except RetryAfter as error:
            scope = "chat" if destination.is_group else "global"
            return SendResult(
                Outcome.RETRY, retry_after=retry_seconds(error), scope=scope, rate_limited=True
            )
        except Forbidden as error:
            return SendResult(Outcome.GONE, detail=error.message)
        except BadRequest as error:
            text = error.message.lower()
            if any(marker in text for marker in _NO_RIGHTS):
                return SendResult(Outcome.NO_PERMISSION, detail=error.message)
            if "chat not found" in text or "user is deactivated" in text:
                return SendResult(Outcome.GONE, detail=error.message)
            # Telegram's description may quote the text it refused: kept to DEBUG
            log.warning("Telegram refused a message to a chat (400)")
            log.debug("Telegram said: %s", error.message)
            return SendResult(Outcome.FAILED, detail=error.message)
        except NetworkError as error:  # timeouts, 5xx, refused connections
            if isinstance(error.__cause__, UnicodeError):
                return _unencodable()  # the same request would fail every time
            log.info("Telegram did not answer (%s); will retry", type(error).__name__)
            return SendResult(
                Outcome.RETRY, retry_after=self.backoff, scope="global", detail=str(error)
            )
        except UnicodeError:
            return _unencodable()
        return SendResult(Outcome.SENT, message_ids=(str(result.message_id),))

    async def _send_document(
        self, destination: Destination, message: Message, thread: int | None, paid: bool | None
    ) -> TelegramMessage:
        """Send a file whole (a multipart upload), its caption in HTML."""
        assert message.document is not None
        document = message.document
        return await self.bot.send_document(
            chat_id=int(destination.chat_id),
            document=InputFile(document.data, filename=document.filename),
            caption=message.html or None,
            parse_mode=ParseMode.HTML if message.html else None,
            reply_markup=message.keyboard,
            message_thread_id=thread,
            allow_paid_broadcast=paid,
        )


def _unencodable() -> SendResult:
    log.warning("a message could not be encoded; it was not sent")
    return SendResult(Outcome.FAILED, detail="text that cannot be encoded")
