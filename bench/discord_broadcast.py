"""A daily broadcast through the real Discord sender and pipeline, against strict limits.

    python -m bench.discord_broadcast [--dms 1000] [--channels 20] [--overhead 400] [--rounds 5]

(`python -m bench.broadcast` runs it too and reports it under "discord".) The fake Discord
enforces Discord's limits strictly: 50 requests in any second for the bot, 5 messages in
any 5 seconds per channel, answering 429 with Discord's headers. The pipeline (tick,
outbox, paced workers, `DiscordSender` on a logged-in discord.py client) delivers one
reflection to each of `--dms` DM channels and `--channels` server channels. Then, limits
off, the pipeline and a bare discord.py loop (`PartialMessageable.send`) take turns sending
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
from collections import Counter
from pathlib import Path
from typing import Any

import discord
import sqlalchemy as sa

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
from tests.fakes.discord import FakeDiscord
from tests.fakes.discord import objects as fake_objects

NOON = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TEXT = "What is one small thing you still do that carries your love, even when no one sees it?"
ALLOWED = 50.0  # Discord: requests a second per bot
LIMITS = Limits(overall=51.5, per_chat=1.0, per_group_minute=60.0)  # as the settings default
UNLIMITED = Limits(overall=1e6, per_chat=1e6, per_group_minute=1e8)


def _sends(fake: FakeDiscord) -> list[Any]:
    return [c for c in fake.calls_to("POST", "/messages") if c.path.startswith("/channels/")]


def _rate(fake: FakeDiscord) -> float:
    times = sorted(c.at for c in _sends(fake) if c.status == 200)
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


async def _client(fake: FakeDiscord) -> discord.Client:
    settings = Settings(
        database_url="sqlite://", content_dir=default_content_dir(),
        discord_api_base_url=fake.api_base_url, discord_gateway_url=fake.gateway_url,
    )  # fmt: skip
    point_at(settings)
    client = discord.Client(intents=discord.Intents.none())
    await client.login(fake.token)
    return client


async def _fill(storage: Storage, fake: FakeDiscord, dms: int, channels: int) -> None:
    """Subscribe `dms` members and set up `channels` server channels, all due at noon."""
    members, subs, groups = [], [], []
    for n in range(1, dms + 1):
        user = str(800_000_000_000_000_000 + n)
        dm = fake.world.dm_with(user)["id"]
        members.append({"platform": "discord", "user_id": user, "created_at": NOON,
                        "dm_chat_id": dm, "journal": False, "active": True})  # fmt: skip
        subs.append({"platform": "discord", "user_id": user, "chat_id": dm, "slot": "12:00",
                     "zone": "UTC", "cadence": "daily", "welcome_back": False,
                     "next_due_at": NOON, "created_at": NOON})  # fmt: skip
    guild = fake.world.add_guild("Bench")
    for n in range(channels):
        channel = fake_objects.snowflake()
        guild.channels[channel] = fake_objects.text_channel(channel, guild.id, f"c{n}", n + 1)
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


async def pipeline(folder: Path, dms: int, channels: int, strict: bool) -> dict[str, float]:
    """Run the whole pipeline once; return rate, 429s, duplicates and losses."""
    library = load_library()
    async with FakeDiscord() as fake:
        fake.spec = None  # the bench measures speed; the tests check the spec
        fake.rest.strict = strict
        client = await _client(fake)
        try:
            url = f"sqlite:///{folder / f'discord-{time.monotonic_ns()}.sqlite3'}"
            async with Storage(url) as storage:
                await storage.migrate()
                await _fill(storage, fake, dms, channels)
                clock = FakeClock(NOON)
                app = Holdspace(library, storage, clock)
                delivery = Delivery(
                    app, {"discord": DiscordSender(client)}, clock,
                    limits={"discord": LIMITS if strict else UNLIMITED}, warmup=0.0,
                )  # fmt: skip
                await delivery.tick()
                await delivery.drain("discord", limit=1000)
        finally:
            await client.close()
        sent = [c for c in _sends(fake) if c.status == 200]
        per_channel = Counter(c.path for c in sent)
        return {
            "rate": _rate(fake),
            "http_429": fake.rest.rate_limited,
            "duplicates": sum(n - 1 for n in per_channel.values()),
            "lost": dms + channels - len(per_channel),
        }


async def bare_loop(count: int) -> float:
    """A bare discord.py send loop, limits off, sending what the pipeline sends."""
    library = load_library()
    [message] = messages(Reply(library.text("daily.member", "en", prompt=TEXT)), "0")
    async with FakeDiscord() as fake:
        fake.spec = None
        channels = [
            fake.world.dm_with(str(900_000_000_000_000_000 + n))["id"] for n in range(count)
        ]
        client = await _client(fake)
        try:
            for channel in channels:
                await client.get_partial_messageable(int(channel)).send(message.content)
        finally:
            await client.close()
        return _rate(fake)


async def main(dms: int, channels: int, overhead: int, rounds: int) -> dict[str, object]:
    """Run the strict broadcast and the alternating overhead comparison; return figures."""
    logging.getLogger("discord").setLevel(logging.ERROR)  # each 429 would be a warning
    free_rates, bare_rates = [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        limited = await pipeline(folder, dms, channels, strict=True)
        for _ in range(rounds):
            free_rates.append((await pipeline(folder, overhead, 0, strict=False))["rate"])
            bare_rates.append(await bare_loop(overhead))
    free, bare = statistics.median(free_rates), statistics.median(bare_rates)
    return {
        **under_limits(limited, ALLOWED, dms + channels),
        "overhead_rounds": rounds,
        "pipeline_unlimited_per_s": round(free, 1),
        "bare_discord_py_per_s": round(bare, 1),
        "overhead_ratio": round(free / bare, 3) if bare else 0.0,
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
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.dms, args.channels, args.overhead, args.rounds))))
