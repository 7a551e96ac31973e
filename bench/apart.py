"""The project's fakes in a process of their own, so that they do not share the bench's loop.

In the bench's own process a fake would compete with the pipeline for one event loop and
one core: its own work would count as the pipeline's overhead, and its pauses would time
queued requests as bursts. Apart, it answers like a distant server: `ApartTelegram` (the
Bot API: users and groups added, limits and a round trip as asked) and `ApartDiscord` (its
REST API: DM channels and server channels opened, strict limits or none) start it, hand
back its address, and report what it received since the last report.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from tests.fakes.discord import FakeDiscord
from tests.fakes.discord import objects as discord_objects
from tests.fakes.telegram import FakeTelegram, FloodLimits


@dataclass
class Received:
    """What the fake answered since the last report."""

    times: list[float] = field(default_factory=list)  # each message sent, answered 200, sorted
    per_chat: Counter[str] = field(default_factory=Counter)  # those, by chat
    http_429: int = 0
    most_at_once: int = 0  # requests it was answering at once, at most

    @property
    def rate(self) -> float:
        """Return the messages a second between the first send and the last."""
        times = self.times
        return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


class _Apart:
    """A fake served by `serve(connection, options)` in a child process."""

    def __init__(self, serve: Callable[[Connection, Any], None], options: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self._here, there = context.Pipe()
        self._process = context.Process(target=serve, args=(there, options), daemon=True)
        self.address: Any = None

    async def __aenter__(self) -> Any:
        self._process.start()
        self.address = await asyncio.to_thread(self._here.recv)
        return self

    async def __aexit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):  # the child may be gone already (a Ctrl-C)
            self._here.send("stop")
        await asyncio.to_thread(self._process.join, 10)
        if self._process.is_alive():
            self._process.kill()
            await asyncio.to_thread(self._process.join)

    async def report(self) -> Received:
        """Return what the fake received since the last report, and start counting anew."""
        self._here.send("report")
        received: Received = await asyncio.to_thread(self._here.recv)
        return received


async def _answer(connection: Connection, report: Callable[[], Received]) -> None:
    while await asyncio.to_thread(connection.recv) == "report":
        connection.send(report())


@dataclass(frozen=True)
class _Telegram:
    users: int
    groups: tuple[int, ...]
    flood: FloodLimits | None
    round_trip: float


class ApartTelegram(_Apart):
    """The fake Bot API apart; users 1…`users` and the `groups` (chat ids) exist."""

    def __init__(
        self,
        *,
        users: int,
        groups: Sequence[int] = (),
        flood: FloodLimits | None = None,
        round_trip: float = 0.0,
    ) -> None:
        """`flood` limits, if given; every answer after `round_trip` seconds."""
        super().__init__(_serve_telegram, _Telegram(users, tuple(groups), flood, round_trip))

    async def __aenter__(self) -> ApartTelegram:
        await super().__aenter__()
        return self

    @property
    def token(self) -> str:
        """Return the bot's token."""
        return str(self.address[0])

    @property
    def base_url(self) -> str:
        """Return the Bot API's base URL."""
        return str(self.address[1])


def _serve_telegram(connection: Connection, options: _Telegram) -> None:
    asyncio.run(_telegram(connection, options))


async def _telegram(connection: Connection, options: _Telegram) -> None:
    async with FakeTelegram(
        flood_limits=options.flood, spec=None, round_trip=options.round_trip
    ) as fake:
        for uid in range(1, options.users + 1):
            fake.add_user(uid)
        for n, chat in enumerate(options.groups, start=1):
            fake.add_group(chat, f"Circle {n}", owner_id=999_999)
        connection.send((fake.token, fake.base_url))

        def report() -> Received:
            times = sorted(c.at for c in fake.calls_to("sendMessage") if c.status == 200)
            chats = Counter(str(params["chat_id"]) for params in fake.sent_messages())
            received = Received(times, chats, fake.http_429, fake.most_at_once)
            fake.calls.clear()
            fake.http_429 = fake.most_at_once = 0
            return received

        await _answer(connection, report)


@dataclass(frozen=True)
class DiscordPlaces:
    """Where an apart fake Discord answers, and the channels it opened."""

    token: str
    api_base_url: str
    gateway_url: str
    dms: tuple[tuple[str, str], ...]  # (user id, DM channel id)
    channels: tuple[str, ...]  # server channel ids


@dataclass(frozen=True)
class _Discord:
    dms: int
    channels: int
    strict: bool


class ApartDiscord(_Apart):
    """Fake Discord apart, with `dms` DM channels and `channels` channels of one server."""

    def __init__(self, *, dms: int, channels: int = 0, strict: bool = False) -> None:
        """`strict`: Discord's limits (50 requests a second, 5 messages in 5 s a channel)."""
        super().__init__(_serve_discord, _Discord(dms, channels, strict))

    async def __aenter__(self) -> ApartDiscord:
        await super().__aenter__()
        return self

    @property
    def places(self) -> DiscordPlaces:
        """Return where it answers and what it opened."""
        places: DiscordPlaces = self.address
        return places


def _serve_discord(connection: Connection, options: _Discord) -> None:
    asyncio.run(_discord(connection, options))


async def _discord(connection: Connection, options: _Discord) -> None:
    async with FakeDiscord() as fake:
        fake.spec = None  # the bench measures speed; the tests check the spec
        fake.rest.strict = options.strict
        dms = []
        for n in range(1, options.dms + 1):
            user = str(800_000_000_000_000_000 + n)
            dms.append((user, str(fake.world.dm_with(user)["id"])))
        guild = fake.world.add_guild("Bench")
        channels = []
        for n in range(options.channels):
            channel = discord_objects.snowflake()
            guild.channels[channel] = discord_objects.text_channel(
                channel, guild.id, f"c{n}", n + 1
            )
            channels.append(channel)
        connection.send(
            DiscordPlaces(
                fake.token, fake.api_base_url, fake.gateway_url, tuple(dms), tuple(channels)
            )
        )

        def report() -> Received:
            sent = [
                c
                for c in fake.calls_to("POST", "/messages")
                if c.path.startswith("/channels/") and c.status == 200
            ]
            received = Received(
                sorted(c.at for c in sent),
                Counter(c.path for c in sent),
                fake.rest.rate_limited,
                fake.rest.most_at_once,
            )
            fake.rest.calls.clear()
            fake.rest.rate_limited = fake.rest.most_at_once = 0
            return received

        await _answer(connection, report)
