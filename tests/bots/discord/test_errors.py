"""What Discord refuses, and how the bot carries on: 50007, 50013/50001, 429, a dropped
gateway, a removed server, a deleted channel."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from core.clock import FakeClock
from core.storage import tables as t
from tests.bots.discord.conftest import MEMBER, OWNER, Driver
from tests.conftest import START
from tests.fakes.discord import MISSING_ACCESS, MISSING_PERMISSIONS, Fault


async def _due(bot: Driver) -> int:
    """Move to 09:00:01 and queue what is due; return how many were queued."""
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    clock.set(START.replace(hour=9) + dt.timedelta(seconds=1))
    return await bot.delivery().tick()


async def test_closed_dms_pause_her_daily_reflection(bot: Driver) -> None:
    await bot.slash(MEMBER, "subscribe", time="09:00", zone="UTC")
    bot.fake.world.closed_dms.add(MEMBER)
    assert await _due(bot) == 1
    await bot.delivery().drain("discord")
    [refused] = bot.fake.calls_to("POST", f"/channels/{bot.fake.world.dms[MEMBER]}/messages")
    assert refused.status == 403 and refused.answer["code"] == 50007
    async with bot.app.storage.transaction() as tx:
        member = await tx.member("discord", MEMBER)
        subscription = await tx.subscription("discord", MEMBER)
    assert member is not None and not member.active  # paused, not forgotten
    assert subscription is not None
    [told, answer] = await bot.slash(MEMBER, "reflect", in_server=True, replies=2)
    assert told["flags"] & 64 and "/unsubscribe" in told["content"]
    assert answer["flags"] & 64
    again = await bot.slash(MEMBER, "reflect", in_server=True)
    assert "/unsubscribe" not in again[0]["content"]  # told once


async def test_missing_permission_tells_the_owner_once_and_is_not_retried(bot: Driver) -> None:
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    path = f"/channels/{bot.channel}/messages"
    bot.fake.fail(Fault(403, MISSING_PERMISSIONS, path_contains=path), times=5)
    assert await _due(bot) == 1
    delivery = bot.delivery()
    await delivery.drain("discord")
    await delivery.drain("discord")
    assert [c.status for c in bot.fake.calls_to("POST", path)] == [403]
    owner_dm = await bot.fake.wait_for(lambda: bot.fake.world.dms.get(OWNER))
    [told] = await bot.fake.wait_for(lambda: bot.bot_messages(owner_dm))
    assert "general" in told["content"] and "Circle of mothers" in told["content"]


async def test_missing_access_is_a_missing_permission(bot: Driver) -> None:
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    path = f"/channels/{bot.channel}/messages"
    bot.fake.fail(Fault(403, MISSING_ACCESS, path_contains=path))
    assert await _due(bot) == 1
    await bot.delivery().drain("discord")
    owner_dm = await bot.fake.wait_for(lambda: bot.fake.world.dms.get(OWNER))
    await bot.fake.wait_for(lambda: bot.bot_messages(owner_dm))


async def test_a_429_is_waited_out_and_sent_once(bot: Driver) -> None:
    await bot.slash(MEMBER, "subscribe", time="09:00", zone="UTC")
    dm = bot.fake.world.dms[MEMBER]
    path = f"/channels/{dm}/messages"
    bot.fake.fail(Fault(429, retry_after=0.2, path_contains=path))
    assert await _due(bot) == 1
    await bot.delivery().drain("discord")
    assert [c.status for c in bot.fake.calls_to("POST", path)] == [429, 200]
    assert len([m for m in bot.bot_messages(dm) if m.get("nonce")]) == 1


async def test_a_dropped_gateway_resumes_and_answers_what_came_meanwhile(bot: Driver) -> None:
    await bot.fake.drop_gateway(4000)
    [reply, *_] = await bot.dm(MEMBER, "/help")
    assert reply["content"]
    assert bot.fake.gateway.resumed == 1 and bot.fake.gateway.identified == 1


async def test_a_removed_server_stops_its_posts_and_keeps_its_settings(bot: Driver) -> None:
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    await bot.fake.remove_bot(bot.guild)

    async def inactive() -> bool:
        async with bot.app.storage.transaction() as tx:
            group = await tx.group("discord", bot.channel)
        assert group is not None and group.daily  # kept
        return not group.active

    for _ in range(200):
        if await inactive():
            break
        await bot.fake.wait_for(lambda: True)
    assert await inactive()
    assert await _due(bot) == 0


async def test_a_deleted_channel_stops_its_posts(bot: Driver) -> None:
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    await bot.fake.delete_channel(bot.guild, bot.channel)
    for _ in range(200):
        async with bot.app.storage.transaction() as tx:
            group = await tx.group("discord", bot.channel)
        if group is not None and not group.active:
            break
        await bot.fake.wait_for(lambda: True)
    assert group is not None and not group.active and group.daily
    assert await _due(bot) == 0


async def test_a_post_whose_thread_fails_after_it_went_is_still_sent_once(bot: Driver) -> None:
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    # a wait longer than discord.py keeps (30 s) comes back as RateLimited, not an HTTP error
    bot.fake.fail(Fault(429, retry_after=600, path_contains="/threads"), times=5)
    assert await _due(bot) == 1
    delivery = bot.delivery()
    assert await delivery.drain("discord") == 1
    assert await delivery.drain("discord") == 0
    assert [c.status for c in bot.fake.calls_to("POST", "/threads")] == [429]
    assert len([m for m in bot.bot_messages(bot.channel) if m.get("nonce")]) == 1
    async with bot.app.storage.transaction() as tx:
        rows = (await tx.conn.execute(sa.select(t.outbox.c.status))).scalars().all()
    assert rows == ["sent"]
