"""The real discord.py and the real core, against the fake Discord on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bots.discord import DiscordAdapter
from core.clock import FakeClock
from core.content import Library, default_content_dir
from core.conversation import Holdspace
from core.delivery import Delivery
from core.safety import detector
from core.settings import Secret, Settings
from core.storage import Storage
from tests.conftest import START
from tests.fakes.discord import FakeDiscord, Guild

UNPACED = (1000.0, 100.0, 6000.0)  # this fake enforces no limits unless told to
OWNER, MEMBER = "700000000000000001", "700000000000000002"
KEEPER = "700000000000000003"  # a member holding the KEEPERS role, without Manage Server
KEEPERS = "Circle keepers"
MODERATORS = "moderators"  # a channel's name


@pytest.fixture(scope="session", autouse=True)
def crisis_check_built() -> None:
    """Build the crisis check once, before any bot runs (the runner does it at start)."""
    detector()


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """The fake Discord; every request the bot made is checked against the spec at the end."""
    async with FakeDiscord() as server:
        yield server
        server.assert_spec_clean()


def settings_for(fake: FakeDiscord, database: str, state: Path, **changes: Any) -> Settings:
    """Settings that point the bot at the fake."""
    values: dict[str, Any] = {
        "database_url": database,
        "content_dir": default_content_dir(),
        "discord_token": Secret(fake.token),
        "discord_api_base_url": fake.api_base_url,
        "discord_gateway_url": fake.gateway_url,
        "discord_limits": UNPACED,
        "discord_commands_state": state / "discord-commands",
        **changes,
    }
    return Settings(**values)


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    async with Storage(f"sqlite:///{tmp_path}/discord.sqlite3") as store:
        await store.migrate()
        yield store


class Driver:
    """Act as members and moderators through the fake, and see what the bot answered."""

    def __init__(self, fake: FakeDiscord, adapter: DiscordAdapter, guild: Guild) -> None:
        self.fake = fake
        self.adapter = adapter
        self.app = adapter.app
        self.guild = guild
        self.channel = next(iter(guild.channels))

    async def slash(
        self, user: str, name: str, *, in_server: bool = False, subcommand: str | None = None,
        replies: int = 1, **options: Any,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Use a slash command (in a DM, or in the server's channel); wait for the answers."""
        interaction = await self.fake.slash(
            user, name, guild=self.guild if in_server else None, subcommand=subcommand,
            options=options,
        )  # fmt: skip
        return await self.answers(interaction, replies)

    async def answers(self, interaction: str, replies: int = 1) -> list[dict[str, Any]]:
        """Wait for an interaction's answers: its response and follow-ups."""
        await self.fake.wait_for(lambda: len(self.fake.replies_to(interaction)) >= replies)
        return self.fake.replies_to(interaction)

    async def press(
        self, user: str, message: dict[str, Any], custom_id: str, *, in_server: bool = False
    ) -> list[dict[str, Any]]:
        """Press a button under a message the bot sent; wait for the answer."""
        interaction = await self.fake.press(
            user, message, custom_id, guild=self.guild if in_server else None
        )
        return await self.answers(interaction)

    async def dm(self, user: str, text: str, replies: int = 1) -> list[dict[str, Any]]:
        """Write to the bot in a DM; wait for its replies there."""
        channel = self.fake.world.dm_with(user)["id"]
        before = len(self.bot_messages(channel))
        await self.fake.direct_message(user, text)
        await self.fake.wait_for(lambda: len(self.bot_messages(channel)) >= before + replies)
        return self.bot_messages(channel)[before:]

    def bot_messages(self, channel: str) -> list[dict[str, Any]]:
        """The bot's messages in a channel, in order."""
        bot = self.fake.world.bot["id"]
        return [m for m in self.fake.messages(channel) if m["author"]["id"] == bot]

    def delivery(self) -> Delivery:
        """The delivery service's core, sending through this adapter."""
        sender = self.adapter.sender
        return Delivery(self.app, {"discord": sender}, self.app.clock,
                        pacers={"discord": self.adapter.pacer}, warmup=0)  # fmt: skip


def custom_ids(message: dict[str, Any]) -> list[str]:
    """The custom_ids of a message's buttons, in order."""
    return [b["custom_id"] for row in message.get("components", []) for b in row["components"]
            if "custom_id" in b]  # fmt: skip


@pytest.fixture
async def world(fake: FakeDiscord) -> Guild:
    """A server with its owner (a moderator), a member, a member with the KEEPERS role
    (which /setup may make a moderator role) and a second channel, MODERATORS, before the
    bot logs in."""
    guild = fake.world.add_guild("Circle of mothers", owner_id=OWNER)
    fake.world.add_channel(guild, MODERATORS)
    fake.world.join(guild, MEMBER)
    keepers = fake.world.add_role(guild, KEEPERS, 0)
    fake.world.join(guild, KEEPER, (keepers,))
    return guild


def role_id(guild: Guild, name: str) -> str:
    """Return the id of a server's role, by its name."""
    return next(key for key, role in guild.roles.items() if role["name"] == name)


def channel_id(guild: Guild, name: str) -> str:
    """Return the id of a server's channel, by its name."""
    return next(key for key, channel in guild.channels.items() if channel["name"] == name)


@pytest.fixture
async def bot(
    fake: FakeDiscord, world: Guild, storage: Storage, library: Library, tmp_path: Path
) -> AsyncIterator[Driver]:
    """The Discord adapter on the fake, a real core and database, a fake clock."""
    app = Holdspace(library, storage, FakeClock(START))
    adapter = DiscordAdapter(
        app, settings_for(fake, storage.url, tmp_path), guild_ready_timeout=0.05, backoff=0.05
    )
    async with adapter:
        yield Driver(fake, adapter, world)
