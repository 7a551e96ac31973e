"""A daily broadcast through the real Telegram adapter and pipeline, against strict limits.

    python -m bench.broadcast [--dms 3000] [--groups 100] [--scale 3] [--baseline 900]
                              [--rounds 5] [--in-flight 8] [--distant-rate 300]
                              [--round-trip 0.1]

The project's fake Bot API runs in a process of its own (`bench/apart.py`), as a distant
server would, and enforces Telegram's limits as strict sliding windows, scaled (scale 3:
90 messages/s overall, 3/s per chat, 60/min per group). The pipeline (tick, outbox, paced
workers, `TelegramSender`) delivers one reflection to each of `--dms` members and
`--groups` groups. In the same run:
- as a baseline, a plain python-telegram-bot loop with `AIORateLimiter` set to the same
  scaled allowance sends `--baseline` messages against the same limits;
- limits off, the pipeline and a bare `Bot.send_message` loop, both with `--in-flight`
  requests at once, take turns sending the same messages (`--rounds` each) to compare
  their speed;
- over a round trip of `--round-trip` seconds, with paid broadcasts allowed at
  `--distant-rate` a second, the pipeline sends to the `--dms` members again, choosing how
  many requests to keep in flight itself (the rate it reaches against the allowed one).
The last line is one JSON object.

It then does the same for Discord (`bench/discord_broadcast.py`: up to 1,000 DMs and 20
server channels against Discord's strict limits, and a bare discord.py loop), reported
under "discord".
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import logging
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest

from bench import discord_broadcast
from bench.apart import ApartTelegram
from bots.telegram import TelegramSender, messages
from core.clock import FakeClock
from core.content import load_library
from core.conversation import Holdspace
from core.delivery import MAX_IN_FLIGHT, TELEGRAM_LIMITS, Delivery, Limits
from core.model import Reply
from core.storage import Storage
from core.storage import tables as t
from tests.fakes.telegram import FloodLimits

NOON = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TEXT = "What is one small thing you still do that carries your love, even when no one sees it?"
UNLIMITED = Limits(overall=1e6, per_chat=1e6, per_group_minute=1e8)


async def _fill(storage: Storage, dms: int, groups: int) -> None:
    """Subscribe `dms` members and `groups` groups, all due at noon (written in bulk)."""
    members, subs, group_rows = [], [], []
    for uid in range(1, dms + 1):
        members.append({"platform": "telegram", "user_id": str(uid), "created_at": NOON,
                        "dm_chat_id": str(uid), "journal": False, "active": True})  # fmt: skip
        subs.append({"platform": "telegram", "user_id": str(uid), "chat_id": str(uid),
                     "slot": "12:00", "zone": "UTC", "cadence": "daily", "welcome_back": False,
                     "next_due_at": NOON, "created_at": NOON})  # fmt: skip
    for chat in _groups(groups):
        group_rows.append({"platform": "telegram", "chat_id": str(chat), "created_at": NOON,
                           "locale": "en", "daily": True, "slot": "12:00", "zone": "UTC",
                           "cadence": "daily", "themes": "", "next_due_at": NOON,
                           "active": True})  # fmt: skip
    async with storage.transaction() as tx:
        await tx.conn.execute(sa.insert(t.members), members)
        await tx.conn.execute(sa.insert(t.subscriptions), subs)
        if group_rows:
            await tx.conn.execute(sa.insert(t.groups), group_rows)


def _groups(count: int) -> list[int]:
    return [-1_000_000 - g for g in range(1, count + 1)]


async def pipeline(
    folder: Path,
    fake: ApartTelegram,
    dms: int,
    groups: int,
    limits: Limits,
    *,
    scale: float = 1.0,
    in_flight: int | None = None,
    paid: bool = False,
) -> dict[str, float]:
    """Run the whole pipeline once; return its rate, 429s, duplicates, losses and the most
    requests the fake was answering at once."""
    library = load_library()
    url = f"sqlite:///{folder / f'broadcast-{time.monotonic_ns()}.sqlite3'}"
    async with Storage(url) as storage:
        await storage.migrate()
        await _fill(storage, dms, groups)
        clock = FakeClock(NOON)
        app = Holdspace(library, storage, clock)
        request = HTTPXRequest(connection_pool_size=in_flight or MAX_IN_FLIGHT)
        async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:
            senders = {"telegram": TelegramSender(bot, paid_broadcast=paid)}
            delivery = Delivery(
                app,
                senders,
                clock,
                limits={"telegram": limits},
                scale=scale,
                warmup=0.0,
                in_flight=in_flight,
            )
            await delivery.tick()
            await delivery.drain("telegram", limit=1000)
    received = await fake.report()
    return {
        "rate": received.rate,
        "sent": len(received.times),
        "http_429": received.http_429,
        "duplicates": sum(n - 1 for n in received.per_chat.values()),
        "lost": dms + groups - len(received.per_chat),
        "in_flight": received.most_at_once,
    }


async def baseline_rate_limited(fake: ApartTelegram, count: int, scale: float) -> dict[str, float]:
    """A plain PTB loop with `AIORateLimiter` at the same scaled allowance, same limits.

    Its start-up burst meets 429s, which it does not retry (counted; each would be logged
    with its traceback, so its log is kept to errors)."""
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.ERROR)
    limiter = AIORateLimiter(
        overall_max_rate=TELEGRAM_LIMITS.overall * scale,
        group_max_rate=TELEGRAM_LIMITS.per_group_minute * scale,
    )
    async with ExtBot(fake.token, base_url=fake.base_url, rate_limiter=limiter) as bot:

        async def one(uid: int) -> None:
            with contextlib.suppress(RetryAfter):  # counted by the fake; no retry by default
                await bot.send_message(uid, TEXT)

        await asyncio.gather(*(one(uid) for uid in range(1, count + 1)))
    received = await fake.report()
    return {"rate": received.rate, "http_429": received.http_429}


async def bare_loop(fake: ApartTelegram, count: int, in_flight: int) -> float:
    """A bare `Bot.send_message` loop with `in_flight` requests at once, limits off: the
    speed the pipeline is compared with.

    It sends what the pipeline sends (the same HTML text and options), so that the ratio
    measures the pipeline (database, pacing, rendering), not what Telegram is asked to do.
    """
    library = load_library()
    text = library.text("daily.member", "en", prompt=TEXT)
    [message] = messages(Reply(text), "bench_bot")
    uids = iter(range(1, count + 1))
    request = HTTPXRequest(connection_pool_size=in_flight)
    async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:

        async def sender() -> None:
            for uid in uids:
                await bot.send_message(
                    uid,
                    message.html,
                    parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )

        await asyncio.gather(*(sender() for _ in range(in_flight)))
    return (await fake.report()).rate


async def main(
    dms: int,
    groups: int,
    scale: float,
    baseline: int,
    rounds: int,
    in_flight: int = 8,
    distant_rate: float = 300.0,
    round_trip: float = 0.1,
) -> dict[str, object]:
    """Run the broadcast, the baseline, the overhead comparison and the distant broadcast;
    return the figures.

    The overhead comparison alternates the two loops for `rounds` rounds and compares their
    median rates: a shared 2-core machine's speed drifts by a quarter from one second to
    the next, and alternating keeps that drift out of the ratio.
    """
    flood = FloodLimits(scale=scale)
    allowed = TELEGRAM_LIMITS.overall * scale
    overhead_n = min(dms, 1000)
    free_rates, bare_rates = [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        users = max(dms, baseline)
        async with ApartTelegram(users=users, groups=_groups(groups), flood=flood) as fake:
            limited = await pipeline(folder, fake, dms, groups, TELEGRAM_LIMITS, scale=scale)
            await asyncio.sleep(1.0)  # the sliding windows empty before the baseline
            base = await baseline_rate_limited(fake, baseline, scale)
        async with ApartTelegram(users=overhead_n) as fake:
            for _ in range(rounds):
                free = await pipeline(folder, fake, overhead_n, 0, UNLIMITED, in_flight=in_flight)
                free_rates.append(free["rate"])
                bare_rates.append(await bare_loop(fake, overhead_n, in_flight))
        paid = FloodLimits(paid_per_second=distant_rate)
        async with ApartTelegram(users=dms, flood=paid, round_trip=round_trip) as fake:
            paid_limits = replace(TELEGRAM_LIMITS, overall=distant_rate)
            distant = await pipeline(folder, fake, dms, 0, paid_limits, paid=True)
        on_discord = await discord_broadcast.main(
            min(dms, 1000), min(groups, 20), min(dms, 400), rounds, in_flight
        )
    free_rate, bare_rate = statistics.median(free_rates), statistics.median(bare_rates)
    return {
        "scale": scale,
        **discord_broadcast.under_limits(limited, allowed, dms + groups),
        "baseline_messages": baseline,
        "baseline_achieved_ratio": round(base["rate"] / allowed, 3),
        "baseline_http_429": base["http_429"],
        "overhead_rounds": rounds,
        "overhead_in_flight": in_flight,
        "pipeline_unlimited_per_s": round(free_rate, 1),
        "bare_ptb_per_s": round(bare_rate, 1),
        "overhead_ratio": round(free_rate / bare_rate, 3),
        "distant": {
            "round_trip_s": round_trip,
            "in_flight": distant["in_flight"],
            **discord_broadcast.under_limits(distant, distant_rate, dms),
        },
        "discord": on_discord,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dms", type=int, default=3000)
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--scale", type=float, default=3.0)
    parser.add_argument("--baseline", type=int, default=900)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--in-flight", type=int, default=8)
    parser.add_argument("--distant-rate", type=float, default=300.0)
    parser.add_argument("--round-trip", type=float, default=0.1)
    args = parser.parse_args()
    print(f"limits scaled x{args.scale:g}: {30 * args.scale:g}/s overall", flush=True)
    print(
        json.dumps(
            asyncio.run(
                main(
                    args.dms,
                    args.groups,
                    args.scale,
                    args.baseline,
                    args.rounds,
                    args.in_flight,
                    args.distant_rate,
                    args.round_trip,
                )
            )
        )
    )
