"""`holdspace run`: storage, the core and every enabled adapter, in one asyncio loop.

Each service is an async context manager entered in order on an `AsyncExitStack` and left
in reverse on SIGTERM or SIGINT: adding a platform (or the scheduler) is one more entry in
`services()`, nothing else changes. The delivery service comes last, so that it stops first
and every platform it sends through is up while it runs. Each platform's pacer is shared by
its replies and the delivery service, so both stay under the same limits.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import signal
import sys
from collections.abc import Iterable
from contextlib import AbstractAsyncContextManager, AsyncExitStack
from typing import Any

from core.clock import SystemClock
from core.content import load_library
from core.conversation import Holdspace
from core.delivery import Delivery, DeliveryService
from core.limits import MemberLimit
from core.pacing import Pacer
from core.safety import detector
from core.sending import Sender
from core.settings import Secret, Settings
from core.storage import Storage

log = logging.getLogger(__name__)

HOW_TO_CONFIGURE = """\
holdspace: nothing to run: set TELEGRAM_BOT_TOKEN (from @BotFather) and/or DISCORD_BOT_TOKEN
(from the Discord developer portal) in the environment or in a .env file, then run again.
To try Holdspace without a token: holdspace console"""


class RedactSecrets(logging.Filter):
    """Replace every secret in a log record with a placeholder before it is written."""

    def __init__(self, secrets: Iterable[Secret]) -> None:
        super().__init__()
        self.values = [s.reveal() for s in secrets if s.reveal()]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(value in message for value in self.values):
            for value in self.values:
                message = message.replace(value, "<redacted>")
            record.msg, record.args = message, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            for value in self.values:
                text = text.replace(value, "<redacted>")
            record.exc_text, record.exc_info = text, None
        return True


def protect_logs(settings: Settings) -> None:
    """Keep tokens out of every log line (httpx logs request URLs, which hold the token)."""
    secrets = [
        s
        for s in (
            settings.telegram_token,
            settings.discord_token,
            settings.telegram_webhook_secret,
        )
        if s is not None
    ]
    redact = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def services(app: Holdspace, settings: Settings) -> list[AbstractAsyncContextManager[Any]]:
    """Return everything that runs beside the core, in the order it starts."""
    running: list[AbstractAsyncContextManager[Any]] = []
    senders: dict[str, Sender] = {}
    pacers: dict[str, Pacer] = {}
    if settings.telegram_token is not None:
        from bots.telegram import TelegramAdapter

        telegram = TelegramAdapter(app, settings)
        running.append(telegram)
        senders[telegram.sender.platform] = telegram.sender
        pacers[telegram.sender.platform] = telegram.pacer
    if settings.discord_token is not None:
        from bots.discord import DiscordAdapter

        discord = DiscordAdapter(app, settings)
        running.append(discord)
        senders[discord.sender.platform] = discord.sender
        pacers[discord.sender.platform] = discord.pacer
    delivery = Delivery(
        app,
        senders,
        app.clock,
        pacers=pacers,
        grace=dt.timedelta(minutes=settings.catchup_grace_minutes),
        send_lease=dt.timedelta(seconds=settings.send_lease_seconds),
    )
    running.append(DeliveryService(delivery, interval=settings.tick_seconds))
    return running


async def run(settings: Settings) -> int:
    """Run the bots until SIGTERM or SIGINT; return the exit code."""
    if settings.telegram_token is None and settings.discord_token is None:
        print(HOW_TO_CONFIGURE, file=sys.stderr)
        return 2
    protect_logs(settings)
    library = load_library(settings.content_dir)
    detector().compile()  # the crisis check is ready now, not while the first member waits
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with Storage(settings.database_url) as storage:
        await storage.migrate()
        app = Holdspace(library, storage, SystemClock(), limit=MemberLimit())
        async with AsyncExitStack() as stack:
            running = services(app, settings)
            if settings.metrics_address:  # /metrics and /healthz, before the bots start
                from bots.ops import Operations

                ops = Operations(settings.metrics_address, storage, app.clock, running)
                await stack.enter_async_context(ops)
            for service in running:
                await stack.enter_async_context(service)
            log.info("Holdspace is running; SIGTERM stops it")
            await stop.wait()
            log.info("stopping")
    return 0
