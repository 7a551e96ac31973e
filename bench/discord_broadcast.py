"""A daily broadcast through the real Discord sender and pipeline, against strict limits.

    python -m bench.discord_broadcast [--dms 1000] [--channels 20] [--overhead 400]
                                      [--rounds 5] [--in-flight 8]

(`python -m bench.broadcast` runs it too and reports it under "discord".) The fake Discord
runs in a process of its own (`bench/apart.py`) and enforces Discord's limits strictly: 50
requests in any second for the bot, 5 messages in any 5 seconds per channel, answering 429
with Discord's headers. The pipeline (tick, outbox, paced workers, `DiscordSender` on a
logged-in discord.py client) delivers one reflection to each of `--dms` DM channels and
`--channels` server channels. Then, limits off, the pipeline and a bare discord.py loop
(`PartialMessageable.send`), both with `--in-flight` sends at once, take turns sending
`--overhead` messages (`--rounds` each), to compare their speed. The last line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import discord
import sqlalchemy as sa

from bench.apart import ApartDiscord, DiscordPlaces
from bots.discord.adapter import point_at
from bots.discord.render import messages
from bots.discord.sender import DiscordSender
from core.clock import FakeClock
from core.content import default_content_dir, load_library
from core.conversation import Holdspace
from core.delivery import Delivery, Limits
from core.model import Reply
from core.settings import Settings
from core.storage import Storage
from core.storage import tables as t

NOON = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TEXT = "What is one small thing you still do that carries your love, even when no one sees it?"
ALLOWED = 50.0  # Discord: requests a second per bot
LIMITS = Limits(overall=51.5, per_chat=1.0, per_group_minute=60.0)  # as the settings default
UNLIMITED = Limits(overall=1e6, per_chat=1e6, per_group_minute=1e8)


async def _client(fake: ApartDiscord) -> discord.Client:
    places = fake.places
    settings = Settings(
        database_url="sqlite://", content_dir=default_content_dir(),
        discord_api_base_url=places.api_base_url, discord_gateway_url=places.gateway_url,
    )  # fmt: skip
    point_at(settings)
    client = discord.Client(intents=discord.Intents.none())
    await client.login(places.token)
    return client


async def _fill(storage: Storage, places: DiscordPlaces, dms: int, channels: int) -> None:
    """Subscribe `dms` members and set up `channels` server channels, all due at noon."""
    members, subs, groups = [], [], []
    for user, dm in places.dms[:dms]:
        members.append({"platform": "discord", "user_id": user, "created_at": NOON,
                        "dm_chat_id": dm, "journal": False, "active": True})  # fmt: skip
        subs.append({"platform": "discord", "user_id": user, "chat_id": dm, "slot": "12:00",
                     "zone": "UTC", "cadence": "daily", "welcome_back": False,
                     "next_due_at": NOON, "created_at": NOON})  # fmt: skip
    for channel in places.channels[:channels]:
        groups.append({"platform": "discord", "chat_id": channel, "created_at": NOON,
                       "locale": "en", "daily": True, "slot": "12:00", "zone": "UTC",
                       "cadence": "daily", "themes": "", "next_due_at": NOON,
                       "active": True})  # fmt: skip
    async with storage.transaction() as tx:
        if members:
            await tx.conn.execute(sa.insert(t.members), members)
            await tx.conn.execute(sa.insert(t.subscriptions), subs)
        if groups:
            await tx.conn.execute(sa.insert(t.groups), groups)


async def pipeline(
    folder: Path,
    fake: ApartDiscord,
    dms: int,
    channels: int,
    *,
    strict: bool,
    in_flight: int | None = None,
) -> dict[str, float]:
    """Run the whole pipeline once; return rate, 429s, duplicates and losses."""
    library = load_library()
    client = await _client(fake)
    try:
        url = f"sqlite:///{folder / f'discord-{time.monotonic_ns()}.sqlite3'}"
        async with Storage(url) as storage:
            await storage.migrate()
            await _fill(storage, fake.places, dms, channels)
            clock = FakeClock(NOON)
            app = Holdspace(library, storage, clock)
            delivery = Delivery(
                app, {"discord": DiscordSender(client)}, clock,
                limits={"discord": LIMITS if strict else UNLIMITED}, warmup=0.0,
                in_flight=in_flight,
            )  # fmt: skip
            await delivery.tick()
            await delivery.drain("discord", limit=1000)
    finally:
        await client.close()
    received = await fake.report()
    return {
        "rate": received.rate,
        "http_429": received.http_429,
        "duplicates": sum(n - 1 for n in received.per_chat.values()),
        "lost": dms + channels - len(received.per_chat),
    }


async def bare_loop(fake: ApartDiscord, count: int, in_flight: int) -> float:
    """A bare discord.py send loop with `in_flight` sends at once, limits off, sending what
    the pipeline sends."""
    library = load_library()
    [message] = messages(Reply(library.text("daily.member", "en", prompt=TEXT)), "0")
    channels = iter([dm for _, dm in fake.places.dms[:count]])
    client = await _client(fake)
    try:

        async def sender() -> None:
            for channel in channels:
                await client.get_partial_messageable(int(channel)).send(message.content)

        await asyncio.gather(*(sender() for _ in range(in_flight)))
    finally:
        await client.close()
    return (await fake.report()).rate


async def main(
    dms: int, channels: int, overhead: int, rounds: int, in_flight: int = 8
) -> dict[str, object]:
    """Run the strict broadcast and the alternating overhead comparison; return figures."""
    logging.getLogger("discord").setLevel(logging.ERROR)  # each 429 would be a warning
    free_rates, bare_rates = [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        async with ApartDiscord(dms=dms, channels=channels, strict=True) as fake:
            limited = await pipeline(folder, fake, dms, channels, strict=True)
        async with ApartDiscord(dms=overhead) as fake:
            for _ in range(rounds):
                free = await pipeline(folder, fake, overhead, 0, strict=False, in_flight=in_flight)
                free_rates.append(free["rate"])
                bare_rates.append(await bare_loop(fake, overhead, in_flight))
    free_rate, bare_rate = statistics.median(free_rates), statistics.median(bare_rates)
    return {
        **under_limits(limited, ALLOWED, dms + channels),
        "overhead_rounds": rounds,
        "overhead_in_flight": in_flight,
        "pipeline_unlimited_per_s": round(free_rate, 1),
        "bare_discord_py_per_s": round(bare_rate, 1),
        "overhead_ratio": round(free_rate / bare_rate, 3) if bare_rate else 0.0,
    }


def under_limits(limited: dict[str, Any], allowed: float, messages: int) -> dict[str, Any]:
    """Report a broadcast under the platform's limits (the Telegram bench reports the same)."""
    return {
        "allowed_per_s": allowed,
        "messages": messages,
        "achieved_per_s": round(limited["rate"], 2),
        "achieved_ratio": round(limited["rate"] / allowed, 3),
        "http_429": limited["http_429"],
        "duplicates": limited["duplicates"],
        "lost": limited["lost"],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dms", type=int, default=1000)
    parser.add_argument("--channels", type=int, default=20)
    parser.add_argument("--overhead", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--in-flight", type=int, default=8)
    args = parser.parse_args()
    figures = main(args.dms, args.channels, args.overhead, args.rounds, args.in_flight)
    print(json.dumps(asyncio.run(figures)))
