"""Discord shards split across instances: two adapters in one process, shard 0 and shard 1
of 2, on one SQLite file, against one fake Discord (`DISCORD_SHARD_COUNT`, `DISCORD_SHARD_IDS`).

Each instance hears only its own servers (and shard 0 the DMs); either may send any due
post, once, reading over REST what it needs about a server whose shard runs elsewhere.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bots.discord import DiscordAdapter
from bots.discord.adapter import IDENTIFY_SECONDS, READY_TIMEOUT, ready_timeout
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.delivery import Delivery
from core.settings import Settings
from core.storage import Storage
from core.storage import tables as t
from tests.bots.discord.conftest import MEMBER, OWNER, Driver, settings_for
from tests.conftest import START
from tests.fakes.discord import MISSING_PERMISSIONS, FakeDiscord, Fault, Guild

COUNT = 2  # shards in all
GERMAN_THREAD = "Gespräch zur heutigen Reflexion"  # content/de/ui.yaml, discord.thread


@dataclasses.dataclass
class Instance:
    """One `holdspace run` holding one shard: its adapter, and a delivery on demand."""

    fake: FakeDiscord
    adapter: DiscordAdapter

    def on(self, guild: Guild) -> Driver:
        """Act in a server through this instance."""
        return Driver(self.fake, self.adapter, guild)

    def at(self, when: dt.datetime) -> Delivery:
        """Move this instance's clock; return its delivery service's core."""
        clock = self.adapter.app.clock
        assert isinstance(clock, FakeClock)
        clock.set(when)
        app, adapter = self.adapter.app, self.adapter
        return Delivery(app, {"discord": adapter.sender}, app.clock,
                        pacers={"discord": adapter.pacer}, warmup=0)  # fmt: skip


@pytest.fixture
def servers(fake: FakeDiscord) -> dict[str, Guild]:
    """Servers on both shards, made before the instances log in: `zero` and `one` post at
    09:00, `zero_es` (in Spanish) and `one_b` at 09:05; `one` speaks German."""
    made = {}
    for name, shard, locale in [
        ("zero", 0, "en-US"), ("one", 1, "de"), ("zero_es", 0, "es-ES"), ("one_b", 1, "en-US"),
    ]:  # fmt: skip
        guild = fake.world.add_guild(name, owner_id=OWNER, shard=(shard, COUNT), locale=locale)
        fake.world.join(guild, MEMBER)
        made[name] = guild
    return made


async def _instance(
    stack: AsyncExitStack, fake: FakeDiscord, library: Library, folder: Path, shard: int
) -> Instance:
    """Start an instance running one shard of COUNT, on the SQLite file in `folder`."""
    url = f"sqlite:///{folder}/shared.sqlite3"
    storage = await stack.enter_async_context(Storage(url))
    settings = settings_for(
        fake, url, folder, discord_shard_count=COUNT, discord_shard_ids=(shard,)
    )
    app = Holdspace(library, storage, FakeClock(START))
    adapter = DiscordAdapter(app, settings, guild_ready_timeout=0.05, backoff=0.05)
    return Instance(fake, await stack.enter_async_context(adapter))


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[AsyncExitStack]:
    """Where the instances run, on one migrated SQLite file, stopped at the test's end."""
    async with Storage(f"sqlite:///{tmp_path}/shared.sqlite3") as storage:
        await storage.migrate()
    async with AsyncExitStack() as running:
        yield running


@pytest.fixture
async def instances(
    fake: FakeDiscord, servers: dict[str, Guild], library: Library, tmp_path: Path,
    stack: AsyncExitStack,
) -> tuple[Instance, Instance]:  # fmt: skip
    """Shard 0 and shard 1 of 2, each its own instance, sharing one SQLite file."""
    first = await _instance(stack, fake, library, tmp_path, 0)
    return first, await _instance(stack, fake, library, tmp_path, 1)


async def _posts_at(instance: Instance, guild: Guild, time: str) -> None:
    """Have the server's owner choose a daily post at `time` (UTC), through `instance`."""
    [answer, *_] = await instance.on(guild).slash(
        OWNER, "setup", in_server=True, subcommand="on", time=time, zone="UTC"
    )
    assert time in answer["content"]


def _daily_posts(fake: FakeDiscord, guild: Guild) -> list[dict[str, Any]]:
    """The bot's posts carrying a nonce (the delivery's) in a server's channel."""
    channel = next(iter(guild.channels))
    bot = fake.world.bot["id"]
    return [m for m in fake.messages(channel) if m["author"]["id"] == bot and m.get("nonce")]


def _thread_of(fake: FakeDiscord, post: dict[str, Any]) -> str:
    """The name of the thread opened on a post."""
    return str(fake.world.threads[post["id"]]["name"])


def _nobody_heard(*instances: Instance) -> None:
    """Forget when each instance last heard from Discord (`last_contact`)."""
    for instance in instances:
        instance.adapter.last_contact = None


async def test_each_instance_hears_only_its_shards_servers_and_answers_them(
    fake: FakeDiscord, servers: dict[str, Guild], instances: tuple[Instance, Instance]
) -> None:
    first, second = instances
    assert sorted(fake.gateway.shards()) == [(0, COUNT), (1, COUNT)]
    zero, one = int(servers["zero"].id), int(servers["one"].id)
    assert first.adapter.client.get_guild(zero) and not first.adapter.client.get_guild(one)
    assert second.adapter.client.get_guild(one) and not second.adapter.client.get_guild(zero)
    for guild, hears, deaf in [(servers["one"], second, first), (servers["zero"], first, second)]:
        _nobody_heard(first, second)
        [answer] = await hears.on(guild).slash(MEMBER, "reflect", in_server=True, theme="grief")
        assert answer["content"]
        assert hears.adapter.last_contact is not None and deaf.adapter.last_contact is None
    _nobody_heard(first, second)
    [reply, *_] = await first.on(servers["zero"]).dm(MEMBER, "/help")  # DMs: shard 0
    assert reply["content"]
    assert first.adapter.last_contact is not None and second.adapter.last_contact is None


async def test_due_posts_on_both_shards_go_once_whichever_instance_sends(
    fake: FakeDiscord,
    servers: dict[str, Guild],
    instances: tuple[Instance, Instance],
    library: Library,
) -> None:
    first, second = instances
    await _posts_at(first, servers["zero"], "09:00")
    await _posts_at(second, servers["one"], "09:00")
    await _posts_at(first, servers["zero_es"], "09:05")
    await _posts_at(second, servers["one_b"], "09:05")
    nine = START.replace(hour=9, second=1)
    # shard 0's instance drains first: both 09:00 posts, one in a server it does not hold
    early = first.at(nine)
    assert await early.tick() == 2
    sent_by_first = await early.drain("discord")
    # shard 1's instance, five minutes on: both 09:05 posts, one on shard 0
    late = second.at(nine + dt.timedelta(minutes=5))
    assert await late.tick() == 2
    sent_by_second = await late.drain("discord")
    again = await asyncio.gather(
        first.at(nine + dt.timedelta(minutes=5)).drain("discord"), late.drain("discord")
    )
    assert (sent_by_first, sent_by_second, sum(again)) == (2, 2, 0)
    for guild in servers.values():
        assert len(_daily_posts(fake, guild)) == 1, guild.name
    # the thread on the German server's post, sent by the instance without its shard
    [german] = _daily_posts(fake, servers["one"])
    assert _thread_of(fake, german) == GERMAN_THREAD
    assert len(fake.calls_to("GET", f"/guilds/{servers['one'].id}")) == 1  # read over REST
    assert not fake.calls_to("GET", f"/guilds/{servers['zero'].id}")  # in its own cache
    # read once a run: the next post there (a broadcast's) costs no more requests
    channel = str(next(iter(servers["one"].channels)))
    assert await first.adapter.thread_name(channel) == GERMAN_THREAD
    assert len(fake.calls_to("GET", f"/guilds/{servers['one'].id}")) == 1
    [spanish] = _daily_posts(fake, servers["zero_es"])
    assert _thread_of(fake, spanish) == library.text("discord.thread", "es")
    async with first.adapter.app.storage.transaction() as tx:
        rows = (await tx.conn.execute(sa.select(t.outbox.c.status))).scalars().all()
    assert rows == ["sent"] * 4


async def test_both_instances_draining_at_once_send_each_post_once(
    fake: FakeDiscord, servers: dict[str, Guild], instances: tuple[Instance, Instance]
) -> None:
    first, second = instances
    for name, guild in servers.items():
        await _posts_at(first if name.startswith("zero") else second, guild, "09:00")
    when = START.replace(hour=9, second=1)
    deliveries = [first.at(when), second.at(when)]
    queued = await asyncio.gather(*(d.tick() for d in deliveries))
    assert sum(queued) == 4  # queued once, whoever ticked
    sent = await asyncio.gather(*(d.drain("discord") for d in deliveries))
    assert sum(sent) == 4
    for guild in servers.values():
        assert len(_daily_posts(fake, guild)) == 1, guild.name


async def test_a_refusal_on_another_shard_tells_its_owner(
    fake: FakeDiscord, servers: dict[str, Guild], instances: tuple[Instance, Instance]
) -> None:
    first, second = instances
    guild = servers["one"]
    await _posts_at(second, guild, "09:00")
    channel = next(iter(guild.channels))
    fake.fail(Fault(403, MISSING_PERMISSIONS, path_contains=f"/channels/{channel}/messages"))
    delivery = first.at(START.replace(hour=9, second=1))  # shard 0's instance sends it
    assert await delivery.tick() == 1
    await delivery.drain("discord")
    owner_dm = await fake.wait_for(lambda: fake.world.dms.get(OWNER))
    driver = first.on(guild)
    [told] = await fake.wait_for(lambda: driver.bot_messages(owner_dm))
    assert "general" in told["content"] and "one" in told["content"]
    assert fake.calls_to("GET", f"/guilds/{guild.id}")  # read over REST, not from a cache


async def test_one_shard_on_two_instances_hears_everything_twice(
    fake: FakeDiscord, servers: dict[str, Guild], library: Library, tmp_path: Path,
    stack: AsyncExitStack,
) -> None:  # fmt: skip
    """What deploy/README.md warns of: Discord lets both connect, and tells both."""
    first = await _instance(stack, fake, library, tmp_path, 0)
    second = await _instance(stack, fake, library, tmp_path, 0)
    interaction = await fake.slash(
        MEMBER, "reflect", guild=servers["zero"], options={"theme": "grief"}
    )
    callbacks = f"/interactions/{interaction}/"
    await fake.wait_for(lambda: len(fake.calls_to("POST", callbacks)) == 2)
    assert sorted(c.status for c in fake.calls_to("POST", callbacks)) == [204, 400]
    assert len(fake.replies_to(interaction)) == 1  # the first answer; the other is refused
    assert first.adapter.last_contact is not None and second.adapter.last_contact is not None
    _nobody_heard(first, second)
    await first.on(servers["zero"]).dm(MEMBER, "/help")
    # a DM (shard 0) reaches both, and each answers it
    await fake.wait_for(lambda: first.adapter.last_contact and second.adapter.last_contact)


def test_the_ready_timeout_grows_with_the_shards_identified(tmp_path: Path) -> None:
    alone = Settings(database_url="sqlite://", content_dir=tmp_path)
    assert ready_timeout(alone) == READY_TIMEOUT + IDENTIFY_SECONDS
    half = dataclasses.replace(alone, discord_shard_count=16, discord_shard_ids=tuple(range(8)))
    assert ready_timeout(half) == READY_TIMEOUT + 8 * IDENTIFY_SECONDS
    every = dataclasses.replace(alone, discord_shard_count=16)
    assert ready_timeout(every) == READY_TIMEOUT + 16 * IDENTIFY_SECONDS
