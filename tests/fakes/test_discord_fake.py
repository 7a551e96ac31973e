"""The fake Discord, driven by the real discord.py: what the adapter's tests rely on."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from tests.fakes.discord import CANNOT_DM, MISSING_PERMISSIONS, FakeDiscord, Fault
from tests.fakes.discord_spec import SKIP_REASON, DiscordSpec, require_spec


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        monkeypatch.setattr(Route, "BASE", server.api_base_url)
        monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
        yield server
        server.assert_spec_clean()


async def connected(fake: FakeDiscord, **options: object) -> discord.Client:
    """A plain discord.py client, logged in to the fake and ready."""
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.05, **options)  # type: ignore[arg-type]
    await client.login(fake.token)
    asyncio.get_running_loop().create_task(client.connect())
    await asyncio.wait_for(client.wait_until_ready(), 10)
    return client


async def test_login_ready_and_guilds(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild("Mothers' circle")
    client = await connected(fake)
    try:
        assert client.user is not None and str(client.user.id) == fake.world.bot["id"]
        assert client.application_id == int(fake.world.application_id)
        seen = client.get_guild(int(guild.id))
        assert seen is not None and seen.name == "Mothers' circle"
        assert [c.name for c in seen.text_channels] == ["general"]
        assert fake.gateway.identified == 1
    finally:
        await client.close()


async def test_heartbeats_are_acknowledged(fake: FakeDiscord) -> None:
    fake.gateway.heartbeat_ms = 50
    client = await connected(fake)
    try:
        await fake.wait_for(lambda: fake.gateway.acks >= 2)
        assert client.latency < 1.0
    finally:
        await client.close()


async def test_a_message_is_kept_and_answered_whole(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild()
    channel_id = next(iter(guild.channels))
    client = await connected(fake)
    try:
        channel = client.get_channel(int(channel_id))
        assert isinstance(channel, discord.TextChannel)
        sent = await channel.send(
            "hello", nonce="n1", allowed_mentions=discord.AllowedMentions.none()
        )
        assert sent.content == "hello"
        assert fake.messages(channel_id)[-1]["content"] == "hello"
    finally:
        await client.close()


async def test_enforce_nonce_makes_a_repeat_the_same_message(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild()
    channel_id = next(iter(guild.channels))
    client = await connected(fake)
    try:
        body = {"content": "once", "nonce": "row-1.0", "enforce_nonce": True}
        route = Route("POST", "/channels/{channel_id}/messages", channel_id=channel_id)
        first = await client.http.request(route, json=body)
        again = await client.http.request(route, json=body)
        assert first["id"] == again["id"]
        assert len(fake.messages(channel_id)) == 1
    finally:
        await client.close()


async def test_a_429_with_discords_headers_is_waited_out_by_discord_py(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild()
    channel_id = next(iter(guild.channels))
    fake.fail(Fault(429, retry_after=0.3, path_contains="/messages"))
    client = await connected(fake)
    try:
        channel = client.get_channel(int(channel_id))
        assert isinstance(channel, discord.TextChannel)
        started = time.monotonic()
        await channel.send("after the wait")
        assert time.monotonic() - started >= 0.3
        statuses = [c.status for c in fake.calls_to("POST", "/messages")]
        assert statuses == [429, 200]
        assert fake.calls_to("POST", "/messages")[0].answer["retry_after"] == 0.3
    finally:
        await client.close()


async def test_403_codes_reach_discord_py(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild()
    channel_id = next(iter(guild.channels))
    user_id = "4000001"
    fake.world.closed_dms.add(user_id)
    fake.fail(Fault(403, MISSING_PERMISSIONS, path_contains=f"/channels/{channel_id}/"))
    client = await connected(fake)
    try:
        channel = client.get_channel(int(channel_id))
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.Forbidden) as refused:
            await channel.send("not allowed")
        assert refused.value.code == MISSING_PERMISSIONS
        dm = await client.create_dm(discord.Object(int(user_id)))
        with pytest.raises(discord.Forbidden) as closed:
            await dm.send("hello")
        assert closed.value.code == CANNOT_DM
    finally:
        await client.close()


async def test_a_5xx_is_retried_by_discord_py(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild()
    channel_id = next(iter(guild.channels))
    fake.fail(Fault(502, path_contains="/messages"))
    client = await connected(fake)
    try:
        channel = client.get_channel(int(channel_id))
        assert isinstance(channel, discord.TextChannel)
        await channel.send("through")
        assert [c.status for c in fake.calls_to("POST", "/messages")] == [502, 200]
    finally:
        await client.close()


async def test_a_dropped_gateway_resumes_and_replays_what_was_missed(fake: FakeDiscord) -> None:
    fake.world.add_guild()
    seen: list[str] = []
    client = await connected(fake)

    @client.event
    async def on_message(message: discord.Message) -> None:
        seen.append(message.content)

    try:
        await fake.drop_gateway(4000)
        await fake.direct_message("4000002", "while away")  # kept for the resume
        await fake.wait_for(lambda: fake.gateway.resumed == 1)
        await fake.wait_for(lambda: seen == ["while away"])
        assert fake.gateway.identified == 1
        resume = next(p for p in fake.gateway.received if p["op"] == 6)["d"]
        assert resume["session_id"] == fake.gateway.session_id
    finally:
        await client.close()


async def test_the_member_request_is_answered(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild()
    guild.large = True
    fake.world.join(guild, "4000003")
    intents = discord.Intents.default()
    intents.members = True
    client = discord.Client(intents=intents, guild_ready_timeout=0.05)
    await client.login(fake.token)
    asyncio.get_running_loop().create_task(client.connect())
    try:
        await asyncio.wait_for(client.wait_until_ready(), 5)  # waits for the chunk (op 8)
        assert any(p["op"] == 8 for p in fake.gateway.received)
        seen = client.get_guild(int(guild.id))
        assert seen is not None and seen.get_member(4000003) is not None
    finally:
        await client.close()


async def test_interactions_reach_the_bot_and_are_answered(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild()
    client = await connected(fake)
    got: list[discord.Interaction] = []

    @client.event
    async def on_interaction(interaction: discord.Interaction) -> None:
        got.append(interaction)
        await interaction.response.send_message("ok", ephemeral=True)

    try:
        interaction_id = await fake.slash("4000004", "reflect", guild=guild)
        await fake.wait_for(lambda: fake.replies_to(interaction_id))
        assert fake.responses(interaction_id)[0]["data"]["flags"] == 64
        assert got[0].guild_id == int(guild.id)
    finally:
        await client.close()


def test_the_spec_check_catches_a_bad_body() -> None:
    spec = require_spec()
    assert spec.check_request("POST", "/channels/1/messages", {"content": 5})
    assert spec.check_request("POST", "/channels/1/messages", {"content": "x" * 2001})
    assert spec.check_request("POST", "/no/such/route", None)
    assert not spec.check_request("POST", "/channels/1/messages", {"content": "hi"})


def test_without_the_spec_the_check_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOLDSPACE_API_SPECS", raising=False)
    assert DiscordSpec.from_env() is None
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="HOLDSPACE_API_SPECS not set"):
        require_spec()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_spec()
    assert "HOLDSPACE_API_SPECS" in SKIP_REASON


async def sharded(fake: FakeDiscord, shard: int, count: int) -> discord.AutoShardedClient:
    """A discord.py client running one shard, logged in to the fake and ready."""
    client = discord.AutoShardedClient(
        intents=discord.Intents.default(), shard_count=count, shard_ids=[shard],
        guild_ready_timeout=0.05,
    )  # fmt: skip
    await client.login(fake.token)
    asyncio.get_running_loop().create_task(client.connect())
    await asyncio.wait_for(client.wait_until_ready(), 10)
    return client


async def test_each_shard_hears_its_own_servers_and_shard_0_the_dms(fake: FakeDiscord) -> None:
    zero = fake.world.add_guild("zero", shard=(0, 2))
    one = fake.world.add_guild("one", shard=(1, 2))
    clients = [await sharded(fake, 0, 2), await sharded(fake, 1, 2)]
    heard: list[list[str]] = [[], []]
    for client, said in zip(clients, heard, strict=True):

        async def on_interaction(interaction: discord.Interaction, said: list[str] = said) -> None:
            said.append(f"interaction {interaction.guild_id}")

        async def on_message(message: discord.Message, said: list[str] = said) -> None:
            said.append("message")

        client.event(on_interaction)
        client.event(on_message)
    try:
        assert [[g.name for g in c.guilds] for c in clients] == [["zero"], ["one"]]
        ready = [
            p["d"] for s in fake.gateway.sessions.values() for p in s.sent if p["t"] == "READY"
        ]
        assert sorted(tuple(r["shard"]) for r in ready) == [(0, 2), (1, 2)]
        await fake.slash("4000005", "reflect", guild=one)
        await fake.slash("4000005", "reflect", guild=zero)
        await fake.direct_message("4000005", "hello")
        await fake.wait_for(lambda: len(heard[0]) == 2 and len(heard[1]) == 1)
        assert heard == [[f"interaction {zero.id}", "message"], [f"interaction {one.id}"]]
    finally:
        for client in clients:
            await client.close()


async def test_a_shard_id_not_below_the_count_is_closed_with_4010(fake: FakeDiscord) -> None:
    client = discord.AutoShardedClient(
        intents=discord.Intents.default(), shard_count=2, shard_ids=[2]
    )
    await client.login(fake.token)
    try:
        with pytest.raises(discord.ConnectionClosed) as closed:
            await asyncio.wait_for(client.connect(), 10)
        assert closed.value.code == 4010
        assert fake.gateway.identified == 0 and not fake.gateway.shards()
    finally:
        await client.close()


async def test_a_server_is_read_over_rest(fake: FakeDiscord) -> None:
    guild = fake.world.add_guild("Círculo", locale="es-ES")
    client = await connected(fake)
    try:
        found: dict[str, Any] = dict(await client.http.get_guild(int(guild.id), with_counts=True))
        assert found["preferred_locale"] == "es-ES" and found["owner_id"] == guild.owner_id
        assert found["approximate_member_count"] == len(guild.members)
        with pytest.raises(discord.NotFound):
            await client.http.get_guild(1, with_counts=False)
    finally:
        await client.close()
