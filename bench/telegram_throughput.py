"""How fast the Telegram adapter's sending path pushes messages to the fake Bot API.

    python -m bench.telegram_throughput [--messages 600] [--runs 5]

Sends N messages through `TelegramSender` (render + python-telegram-bot + loopback HTTP) to the
project's fake Bot API with flood limits off, and in the same run N through a bare
`Bot.send_message` loop as the baseline. Prints one JSON line: medians of the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

from telegram import Bot

from bots.telegram import TelegramSender
from core.model import Reply
from core.sending import Destination, Outcome
from tests.fakes.telegram import FakeTelegram

TEXT = "What is one small thing you still do that carries your love, even when no one sees it?"


async def _rate(fake: FakeTelegram, count: int, *, bare: bool) -> float:
    for user in range(1, count + 1):
        fake.add_user(user)
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        sender = TelegramSender(bot)
        started = time.perf_counter()
        for user in range(1, count + 1):
            if bare:
                await bot.send_message(user, TEXT)
            else:
                to = Destination("telegram", str(user))
                for part in sender.split(Reply(TEXT)):
                    result = await sender.send_part(to, part)
                    assert result.outcome is Outcome.SENT
        return count / (time.perf_counter() - started)


async def main(messages: int, runs: int) -> dict[str, object]:
    """Measure both loops `runs` times and return the medians."""
    adapter, bare = [], []
    for _ in range(runs):
        async with FakeTelegram(spec=None) as fake:
            adapter.append(await _rate(fake, messages, bare=False))
        async with FakeTelegram(spec=None) as fake:
            bare.append(await _rate(fake, messages, bare=True))
    return {
        "messages": messages,
        "runs": runs,
        "adapter_msgs_per_s": round(statistics.median(adapter), 1),
        "bare_ptb_msgs_per_s": round(statistics.median(bare), 1),
        "ratio": round(statistics.median(adapter) / statistics.median(bare), 3),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.messages, args.runs))))
