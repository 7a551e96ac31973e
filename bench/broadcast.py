"""A daily broadcast through the real Telegram adapter and pipeline, against strict limits.

    python -m bench.broadcast [--dms 3000] [--groups 100] [--scale 3] [--baseline 900] [--rounds 5]

The project's fake Bot API enforces Telegram's limits as strict sliding windows, scaled
(scale 3: 90 messages/s overall, 3/s per chat, 60/min per group). The pipeline (tick,
outbox, paced workers, `TelegramSender`) delivers one reflection to each of `--dms` members
and `--groups` groups. In the same run, as a baseline, a plain python-telegram-bot loop with
`AIORateLimiter` defaults sends `--baseline` messages against the same limits; and, limits
off, the pipeline and a bare `Bot.send_message` loop take turns sending the same number of
messages (`--rounds` each) to compare their speed. The last line is one JSON object.

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
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import sqlalchemy as sa
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest

from bench import discord_broadcast
from bots.telegram import TelegramSender, messages
from core.clock import FakeClock
from core.content import load_library
from core.conversation import Holdspace
from core.delivery import Delivery, Limits
from core.model import Reply
from core.storage import Storage
from core.storage import tables as t
from tests.fakes.telegram import FakeTelegram, FloodLimits

NOON = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TEXT = "What is one small thing you still do that carries your love, even when no one sees it?"
UNLIMITED = Limits(overall=1e6, per_chat=1e6, per_group_minute=1e8)


def _rate(fake: FakeTelegram) -> tuple[float, int]:
    """Return the achieved send rate (between the first and last sendMessage) and the count."""
    times = sorted(c.at for c in fake.calls_to("sendMessage") if c.status == 200)
    if len(times) < 2:
        return 0.0, len(times)
    return (len(times) - 1) / (times[-1] - times[0]), len(times)


async def _fill(storage: Storage, fake: FakeTelegram, dms: int, groups: int) -> None:
    """Subscribe `dms` members and `groups` groups, all due at noon (written in bulk)."""
    members, subs, group_rows = [], [], []
    for uid in range(1, dms + 1):
        fake.add_user(uid)
        members.append({"platform": "telegram", "user_id": str(uid), "created_at": NOON,
                        "dm_chat_id": str(uid), "journal": False, "active": True})  # fmt: skip
        subs.append({"platform": "telegram", "user_id": str(uid), "chat_id": str(uid),
                     "slot": "12:00", "zone": "UTC", "cadence": "daily", "welcome_back": False,
                     "next_due_at": NOON, "created_at": NOON})  # fmt: skip
    for g in range(1, groups + 1):
        chat = -1_000_000 - g
        fake.add_group(chat, f"Circle {g}", owner_id=999_999)
        group_rows.append({"platform": "telegram", "chat_id": str(chat), "created_at": NOON,
                           "locale": "en", "daily": True, "slot": "12:00", "zone": "UTC",
                           "cadence": "daily", "themes": "", "next_due_at": NOON,
                           "active": True})  # fmt: skip
    async with storage.transaction() as tx:
        await tx.conn.execute(sa.insert(t.members), members)
        await tx.conn.execute(sa.insert(t.subscriptions), subs)
        if group_rows:
            await tx.conn.execute(sa.insert(t.groups), group_rows)


async def pipeline(
    folder: Path, dms: int, groups: int, flood: FloodLimits | None
) -> dict[str, float]:
    """Run the whole pipeline once; return rate, 429s, duplicates and losses."""
    library = load_library()
    async with FakeTelegram(flood_limits=flood, spec=None) as fake:
        url = f"sqlite:///{folder / f'broadcast-{time.monotonic_ns()}.sqlite3'}"
        async with Storage(url) as storage:
            await storage.migrate()
            await _fill(storage, fake, dms, groups)
            clock = FakeClock(NOON)
            app = Holdspace(library, storage, clock)
            limits = Limits(30, 1, 20) if flood else UNLIMITED
            scale = flood.scale if flood else 1.0
            request = HTTPXRequest(connection_pool_size=16)
            async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:
                senders = {"telegram": TelegramSender(bot)}
                delivery = Delivery(
                    app, senders, clock, limits={"telegram": limits}, scale=scale, warmup=0.0
                )
                await delivery.tick()
                await delivery.drain("telegram", limit=1000)
        rate, sent = _rate(fake)
        per_chat = Counter(str(p["chat_id"]) for p in fake.sent_messages())
        return {
            "rate": rate,
            "sent": sent,
            "http_429": fake.http_429,
            "duplicates": sum(n - 1 for n in per_chat.values()),
            "lost": dms + groups - len(per_chat),
        }


async def baseline_rate_limited(count: int, flood: FloodLimits) -> dict[str, float]:
    """A plain PTB loop with AIORateLimiter defaults, against the same strict limits."""
    async with FakeTelegram(flood_limits=flood, spec=None) as fake:
        for uid in range(1, count + 1):
            fake.add_user(uid)
        bot = ExtBot(fake.token, base_url=fake.base_url, rate_limiter=AIORateLimiter())
        async with bot:

            async def one(uid: int) -> None:
                with contextlib.suppress(RetryAfter):  # counted by the fake; no retry by default
                    await bot.send_message(uid, TEXT)

            await asyncio.gather(*(one(uid) for uid in range(1, count + 1)))
        rate, _ = _rate(fake)
        return {"rate": rate, "http_429": fake.http_429}


async def bare_loop(count: int) -> float:
    """A bare `Bot.send_message` loop, limits off: the speed the pipeline is compared with.

    It sends what the pipeline sends (the same HTML text and options), so that the ratio
    measures the pipeline (database, pacing, rendering), not what Telegram is asked to do.
    """
    library = load_library()
    text = library.text("daily.member", "en", prompt=TEXT)
    [message] = messages(Reply(text), "bench_bot")
    async with FakeTelegram(spec=None) as fake:
        for uid in range(1, count + 1):
            fake.add_user(uid)
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            for uid in range(1, count + 1):
                await bot.send_message(
                    uid,
                    message.html,
                    parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
        return _rate(fake)[0]


async def main(
    dms: int, groups: int, scale: float, baseline: int, rounds: int
) -> dict[str, object]:
    """Run the broadcast, the baseline and the overhead comparison; return the figures.

    The overhead comparison alternates the two loops for `rounds` rounds and compares their
    median rates: a shared 2-core machine's speed drifts by a quarter from one second to
    the next, and alternating keeps that drift out of the ratio.
    """
    flood = FloodLimits(scale=scale)
    allowed = 30 * scale
    overhead_n = min(dms, 1000)
    free_rates, bare_rates = [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        limited = await pipeline(folder, dms, groups, flood)
        base = await baseline_rate_limited(baseline, flood)
        for _ in range(rounds):
            free_rates.append((await pipeline(folder, overhead_n, 0, None))["rate"])
            bare_rates.append(await bare_loop(overhead_n))
        on_discord = await discord_broadcast.main(
            min(dms, 1000), min(groups, 20), min(dms, 400), rounds
        )
    free, bare = statistics.median(free_rates), statistics.median(bare_rates)
    return {
        "scale": scale,
        **discord_broadcast.under_limits(limited, allowed, dms + groups),
        "baseline_messages": baseline,
        "baseline_achieved_ratio": round(base["rate"] / allowed, 3),
        "baseline_http_429": base["http_429"],
        "overhead_rounds": rounds,
        "pipeline_unlimited_per_s": round(free, 1),
        "bare_ptb_per_s": round(bare, 1),
        "overhead_ratio": round(free / bare, 3),
        "discord": on_discord,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dms", type=int, default=3000)
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--scale", type=float, default=3.0)
    parser.add_argument("--baseline", type=int, default=900)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(f"limits scaled x{args.scale:g}: {30 * args.scale:g}/s overall", flush=True)
    print(
        json.dumps(asyncio.run(main(args.dms, args.groups, args.scale, args.baseline, args.rounds)))
    )
