"""Sending a core reply to a Discord channel, with Discord's errors translated for the core.

Each message carries the core's nonce with ``enforce_nonce``: Discord then answers a repeat
of the same nonce in the same channel, within a few minutes, with the message it already
made instead of a second one (docs/architecture.md, "Delivery"). discord.py waits out a 429
itself, as Discord says (per-route buckets from the headers, the global limit); a wait
longer than `MAX_RATELIMIT_WAIT` comes back here as a retry for the core's pacer instead.

- 50007 (she closed her DMs to the bot): the recipient is gone; her daily DMs pause.
- 50013 / 50001 (missing permission or access): no permission; the moderators are told
  once (`on_no_permission`: their channel, else the server's owner), and the post is not
  retried.
- 10003 (the channel was deleted) and 404s: gone; its settings are kept.

A daily post in a server opens a thread on itself for the day's discussion (its name from
the content, `discord.thread`) unless the server chose none in `/setup thread`; a thread that
cannot be opened (or named: the server's language is read over REST when its shard runs on
another instance) is logged and does not undo the post, which is still marked sent.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

import discord
from discord.http import Route

from bots.discord.render import Message, messages
from core.model import Reply
from core.sending import Destination, Outcome, SendResult

log = logging.getLogger(__name__)
PLATFORM = "discord"
BACKOFF_SECONDS = 2.0
MAX_RATELIMIT_WAIT = 30.0  # seconds discord.py may wait by itself before giving the wait back
CANNOT_DM = 50007
NO_ACCESS = (50013, 50001)
NONCE_LIMIT = 25  # characters Discord accepts in a nonce

NoPermission = Callable[[Destination], Awaitable[None]]
ThreadName = Callable[[str], Awaitable[str | None]]  # a channel's thread name; None: no thread


async def _nothing(destination: Destination) -> None:
    return None


class DiscordSender:
    """Sends replies to Discord channels and says, in core terms, what happened."""

    platform = PLATFORM

    def __init__(
        self,
        client: discord.Client,
        *,
        backoff: float = BACKOFF_SECONDS,
        on_no_permission: NoPermission = _nothing,
        thread_name: ThreadName | None = None,
    ) -> None:
        self.client = client
        self.thread_name = thread_name  # a channel's thread name; None: no daily thread
        self.backoff = backoff
        self.on_no_permission = on_no_permission

    def split(self, reply: Reply) -> Sequence[Message]:
        """Cut a reply into the Discord messages that carry it."""
        bot = self.client.user
        return messages(reply, str(bot.id) if bot else "0")

    async def send_part(
        self, destination: Destination, part: Message, *, nonce: str | None = None
    ) -> SendResult:
        """Send one message of a reply and say, in core terms, what happened."""
        channel = destination.thread_id or destination.chat_id
        body = part.payload()
        if nonce:
            body["nonce"] = nonce[-NONCE_LIMIT:]
            body["enforce_nonce"] = True
        route = Route("POST", "/channels/{channel_id}/messages", channel_id=channel)
        try:
            made = await self.client.http.request(route, json=body)
        except discord.RateLimited as error:
            return SendResult(
                Outcome.RETRY, retry_after=error.retry_after, scope="chat", rate_limited=True
            )
        except discord.Forbidden as error:
            if error.code == CANNOT_DM:
                return SendResult(Outcome.GONE, detail="50007: her DMs are closed")
            if error.code in NO_ACCESS:
                try:
                    await self.on_no_permission(destination)
                except Exception:  # telling them must never stop the delivery
                    log.exception("could not tell the moderators about a missing permission")
                return SendResult(Outcome.NO_PERMISSION, detail=f"{error.code}")
            return SendResult(Outcome.FAILED, detail=f"403 {error.code}")
        except discord.NotFound as error:
            return SendResult(Outcome.GONE, detail=f"404 {error.code}")
        except discord.DiscordServerError as error:
            log.info("Discord did not answer (%s); will retry", error.status)
            return SendResult(Outcome.RETRY, retry_after=self.backoff, scope="global")
        except discord.HTTPException as error:
            # Discord's text may quote what was refused: kept to DEBUG
            log.warning("Discord refused a message (%s %s)", error.status, error.code)
            log.debug("Discord said: %s", error.text)
            return SendResult(Outcome.FAILED, detail=f"{error.status} {error.code}")
        except (OSError, TimeoutError) as error:
            log.info("Discord could not be reached (%s); will retry", type(error).__name__)
            return SendResult(Outcome.RETRY, retry_after=self.backoff, scope="global")
        if part.discussion and destination.is_group and self.thread_name is not None:
            try:
                name = await self.thread_name(channel)
                if name is not None:
                    await self._open_thread(channel, str(made["id"]), name)
            except Exception:  # the post is out: it must be marked sent, never sent again
                log.exception("could not open the day's thread on a post that was sent")
        return SendResult(Outcome.SENT, message_ids=(str(made["id"]),))

    async def _open_thread(self, channel: str, message_id: str, name: str) -> None:
        """Open the day's discussion thread on a daily post (a day's archive: 24 hours)."""
        route = Route(
            "POST", "/channels/{channel_id}/messages/{message_id}/threads",
            channel_id=channel, message_id=message_id,
        )  # fmt: skip
        body = {"name": name[:100], "auto_archive_duration": 1440}
        try:
            await self.client.http.request(route, json=body)
        except discord.HTTPException as error:
            log.info("could not open the day's thread (%s %s)", error.status, error.code)
