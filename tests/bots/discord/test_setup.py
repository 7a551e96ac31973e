"""What a server chooses in /setup besides its daily post's time (a moderator role, the
moderators' channel, whether the post opens a thread), through the real discord.py and the
real core, against the fake Discord."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bots.discord import DiscordAdapter
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.storage import Storage
from tests.bots.discord.conftest import (
    KEEPER,
    KEEPERS,
    MEMBER,
    MODERATORS,
    OWNER,
    Driver,
    channel_id,
    role_id,
    settings_for,
)
from tests.conftest import START
from tests.fakes.discord import (
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    FakeDiscord,
    Fault,
    Guild,
    Mention,
)


def _starts(message: dict[str, object], library: Library, key: str) -> bool:
    return str(message["content"]).startswith(library.text(key, "en")[:20])


async def _role(bot: Driver) -> str | None:
    async with bot.app.storage.transaction() as tx:
        group = await tx.group("discord", bot.channel)
    return group.moderator_role if group is not None else None


async def test_a_moderator_role_chosen_in_setup_may_moderate_after_a_restart(
    fake: FakeDiscord, world: Guild, storage: Storage, library: Library, tmp_path: Path
) -> None:
    keepers = role_id(world, KEEPERS)
    settings = settings_for(fake, storage.url, tmp_path)
    app = Holdspace(library, storage, FakeClock(START))
    async with DiscordAdapter(app, settings, guild_ready_timeout=0.05) as adapter:
        bot = Driver(fake, adapter, world)
        [refused] = await bot.slash(KEEPER, "topic", in_server=True, subcommand="now")
        assert _starts(refused, library, "moderator.only")
        chosen, *_ = await bot.slash(
            OWNER, "setup", in_server=True, subcommand="moderator_role",
            role=Mention("role", keepers),
        )  # fmt: skip
        assert f"<@&{keepers}>" in chosen["content"]  # Discord names the role; nobody is pinged
        [sent] = [c.body["data"] for c in fake.calls_to("POST", "/callback")
                  if "<@&" in c.body["data"].get("content", "")]  # fmt: skip
        assert sent["allowed_mentions"] == {"parse": []}
        assert await _role(bot) == keepers
    app = Holdspace(library, storage, FakeClock(START))
    async with DiscordAdapter(app, settings, guild_ready_timeout=0.05) as adapter:
        bot = Driver(fake, adapter, world)
        [topic, *_] = await bot.slash(KEEPER, "topic", in_server=True, subcommand="now")
        assert not _starts(topic, library, "moderator.only") and topic["content"]
        [summary, *_] = await bot.slash(KEEPER, "setup", in_server=True, subcommand="show")
        assert f"<@&{keepers}>" in summary["content"]
        [refused] = await bot.slash(MEMBER, "topic", in_server=True, subcommand="now")
        assert _starts(refused, library, "moderator.only")


async def test_only_those_who_manage_the_server_choose_the_role(
    bot: Driver, world: Guild, library: Library
) -> None:
    keepers = role_id(world, KEEPERS)
    await bot.slash(OWNER, "setup", in_server=True, subcommand="moderator_role",
                    role=Mention("role", keepers))  # fmt: skip
    [kept] = await bot.slash(KEEPER, "setup", in_server=True, subcommand="moderator_role")
    assert _starts(kept, library, "setup.moderator_role_refused")
    [refused] = await bot.slash(MEMBER, "setup", in_server=True, subcommand="moderator_role")
    assert _starts(refused, library, "moderator.only")
    assert await _role(bot) == keepers  # nothing changed
    [removed, *_] = await bot.slash(OWNER, "setup", in_server=True, subcommand="moderator_role")
    assert "<@&" not in removed["content"]
    assert await _role(bot) is None
    [refused] = await bot.slash(KEEPER, "topic", in_server=True, subcommand="now")
    assert _starts(refused, library, "moderator.only")


async def test_the_role_option_is_a_discord_role(bot: Driver) -> None:
    [put] = bot.fake.calls_to("PUT", "/commands")
    setup = next(c for c in put.body if c["name"] == "setup")
    sub = next(o for o in setup["options"] if o["name"] == "moderator_role")
    [role] = sub["options"]
    assert role["type"] == 8 and not role["required"]


async def _post_refused(bot: Driver, code: int) -> None:
    """Make the channel's daily post due, have Discord refuse it with `code`, drain."""
    path = f"/channels/{bot.channel}/messages"
    bot.fake.fail(Fault(403, code, path_contains=path), times=5)
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    clock.set(START.replace(hour=9) + dt.timedelta(seconds=1))
    delivery = bot.delivery()
    assert await delivery.tick() == 1
    await delivery.drain("discord")
    assert [c.status for c in bot.fake.calls_to("POST", path)] == [403]  # not retried


async def test_a_missing_permission_is_told_in_the_moderators_channel(
    bot: Driver, world: Guild
) -> None:
    mods = channel_id(world, MODERATORS)
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    chosen, *_ = await bot.slash(
        OWNER, "setup", in_server=True, subcommand="moderator_channel",
        channel=Mention("channel", mods),
    )  # fmt: skip
    assert f"<#{mods}>" in chosen["content"]
    await _post_refused(bot, MISSING_PERMISSIONS)
    [told] = await bot.fake.wait_for(lambda: bot.bot_messages(mods))
    assert "general" in told["content"] and "Circle of mothers" in told["content"]
    assert OWNER not in bot.fake.world.dms  # the owner is not bothered as well


async def test_the_owner_is_told_when_the_moderators_channel_refuses_too(
    bot: Driver, world: Guild
) -> None:
    mods = channel_id(world, MODERATORS)
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    await bot.slash(OWNER, "setup", in_server=True, subcommand="moderator_channel",
                    channel=Mention("channel", mods))  # fmt: skip
    bot.fake.fail(Fault(403, MISSING_ACCESS, path_contains=f"/channels/{mods}/messages"))
    await _post_refused(bot, MISSING_ACCESS)
    owner_dm = await bot.fake.wait_for(lambda: bot.fake.world.dms.get(OWNER))
    [told] = await bot.fake.wait_for(lambda: bot.bot_messages(owner_dm))
    assert "#moderators" in told["content"]  # the channel it could not tell them in


async def test_a_channel_that_is_not_one_changes_nothing(bot: Driver, library: Library) -> None:
    [answer] = await bot.slash(OWNER, "setup", in_server=True, subcommand="moderator_channel",
                               channel="general")  # fmt: skip
    assert answer["content"].startswith(library.text("setup.usage", "en")[:20])
    async with bot.app.storage.transaction() as tx:
        assert await tx.group("discord", bot.channel) is None


async def _post_the_day(bot: Driver, day: int) -> None:
    """Move to 09:00:01 on a day after START, queue what is due and send it."""
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    clock.set(START.replace(hour=9) + dt.timedelta(days=day, seconds=1))
    delivery = bot.delivery()
    assert await delivery.tick() == 1
    await delivery.drain("discord")


async def test_a_server_may_choose_no_thread_for_its_daily_post(
    bot: Driver, library: Library
) -> None:
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    [off, *_] = await bot.slash(OWNER, "setup", in_server=True, subcommand="thread", to="off")
    assert library.text("setup.thread_off", "en") in off["content"]
    await _post_the_day(bot, 0)
    assert bot.bot_messages(bot.channel)[-1]["nonce"]  # posted
    assert not bot.fake.world.threads and not bot.fake.calls_to("POST", "/threads")
    [on, *_] = await bot.slash(OWNER, "setup", in_server=True, subcommand="thread", to="on")
    assert library.text("setup.thread_on", "en") in on["content"]
    await _post_the_day(bot, 1)
    [thread] = bot.fake.world.threads.values()
    assert thread["id"] == bot.bot_messages(bot.channel)[-1]["id"]


async def test_a_thread_choice_that_is_not_one_changes_nothing(
    bot: Driver, library: Library
) -> None:
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    [answer] = await bot.slash(OWNER, "setup", in_server=True, subcommand="thread", to="maybe")
    assert answer["content"].startswith(library.text("setup.usage", "en")[:20])
    async with bot.app.storage.transaction() as tx:
        group = await tx.group("discord", bot.channel)
    assert group is not None and group.daily_thread  # as every server had it before
