"""`holdspace run`: every enabled adapter, the storage and the scheduler in one event loop."""

from __future__ import annotations

import sys

from core.settings import Settings

HOW_TO_CONFIGURE = """\
holdspace: nothing to run: set TELEGRAM_BOT_TOKEN (from @BotFather) and/or DISCORD_BOT_TOKEN
(from the Discord developer portal) in the environment or in a .env file, then run again.
To try Holdspace without a token: holdspace console"""


async def run(settings: Settings) -> int:
    """Run the bots until SIGTERM or SIGINT; return the exit code."""
    if settings.telegram_token is None and settings.discord_token is None:
        print(HOW_TO_CONFIGURE, file=sys.stderr)
        return 2
    print("holdspace: the platform adapters are not built yet", file=sys.stderr)
    return 2
