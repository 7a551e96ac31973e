"""The fake Bot API in a process of its own, so that it does not share the bench's loop.

In the bench's own process the fake would compete with the pipeline for one event loop and
one core: its own work would count as the pipeline's overhead, and its pauses would time
queued requests as bursts. Apart, it answers like a distant server: `ApartTelegram` starts
it (users and groups added, limits and a round trip as asked), hands back its address, and
reports what it received since the last report.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

from tests.fakes.telegram import FakeTelegram, FloodLimits


@dataclass
class Received:
    """What the fake answered since the last report."""

    times: list[float] = field(default_factory=list)  # each sendMessage answered 200, sorted
    per_chat: Counter[str] = field(default_factory=Counter)  # those, by chat id
    http_429: int = 0
    most_at_once: int = 0  # requests it was answering at once, at most

    @property
    def rate(self) -> float:
        """Return the messages a second between the first send and the last."""
        times = self.times
        return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


@dataclass(frozen=True)
class _Options:
    users: int
    groups: tuple[int, ...]
    flood: FloodLimits | None
    round_trip: float


class ApartTelegram:
    """Start the fake in a child process for an `async with`; `report()` reads it."""

    def __init__(
        self,
        *,
        users: int,
        groups: Sequence[int] = (),
        flood: FloodLimits | None = None,
        round_trip: float = 0.0,
    ) -> None:
        """Users 1…`users` and the `groups` (chat ids) exist; `flood` limits, if given."""
        self._options = _Options(users, tuple(groups), flood, round_trip)
        context = multiprocessing.get_context("spawn")
        self._here, there = context.Pipe()
        self._process = context.Process(target=_serve, args=(there, self._options), daemon=True)
        self.token = self.base_url = ""

    async def __aenter__(self) -> ApartTelegram:
        self._process.start()
        self.token, self.base_url = await asyncio.to_thread(self._here.recv)
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


def _serve(connection: Connection, options: _Options) -> None:
    asyncio.run(_run(connection, options))


async def _run(connection: Connection, options: _Options) -> None:
    async with FakeTelegram(
        flood_limits=options.flood, spec=None, round_trip=options.round_trip
    ) as fake:
        for uid in range(1, options.users + 1):
            fake.add_user(uid)
        for n, chat in enumerate(options.groups, start=1):
            fake.add_group(chat, f"Circle {n}", owner_id=999_999)
        connection.send((fake.token, fake.base_url))
        while await asyncio.to_thread(connection.recv) == "report":
            connection.send(_received(fake))
            fake.calls.clear()
            fake.http_429 = fake.most_at_once = 0


def _received(fake: FakeTelegram) -> Received:
    times = sorted(c.at for c in fake.calls_to("sendMessage") if c.status == 200)
    chats = Counter(str(params["chat_id"]) for params in fake.sent_messages())
    return Received(times, chats, fake.http_429, fake.most_at_once)
