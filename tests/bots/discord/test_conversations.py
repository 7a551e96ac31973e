"""Every use case through the real discord.py, against the fake Discord, end to end."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from bots.discord import DiscordAdapter
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.storage import Storage
from core.storage import tables as t
from core.storage.budget import shared_budget
from tests.bots.discord.conftest import MEMBER, OWNER, Driver, custom_ids, settings_for
from tests.conftest import START
from tests.fakes.discord import FakeDiscord, Guild

EPHEMERAL = 64


async def test_commands_are_synced_once_from_the_declarations(bot: Driver) -> None:
    [put] = bot.fake.calls_to("PUT", "/commands")
    names = [c["name"] for c in put.body]
    assert {"reflect", "reframe", "subscribe", "settings", "setup", "topic", "mydata"} <= set(names)
    setup = next(c for c in put.body if c["name"] == "setup")
    assert setup["default_member_permissions"] == 1 << 5 and setup["contexts"] == [0]
    reflect = next(c for c in put.body if c["name"] == "reflect")
    assert reflect["contexts"] == [0, 1]
    theme = reflect["options"][0]
    assert "grief" in [choice["value"] for choice in theme["choices"]]
    assert (
        reflect["description_localizations"]["es-ES"] and reflect["description_localizations"]["de"]
    )
    subscribe = next(c for c in put.body if c["name"] == "subscribe")
    assert next(o for o in subscribe["options"] if o["name"] == "zone")["autocomplete"] is True


async def test_a_restart_with_the_same_declarations_does_not_sync(
    fake: FakeDiscord, world: Guild, storage: Storage, library: Library, tmp_path: Path
) -> None:
    settings = settings_for(fake, storage.url, tmp_path)
    for _ in range(2):
        app = Holdspace(library, storage, FakeClock(START))
        async with DiscordAdapter(app, settings, guild_ready_timeout=0.05):
            pass
    assert len(fake.calls_to("PUT", "/commands")) == 1
    app = Holdspace(library, storage, FakeClock(START))
    async with DiscordAdapter(app, settings, guild_ready_timeout=0.05) as adapter:
        await adapter.sync()  # `holdspace discord sync` forces it
    assert len(fake.calls_to("PUT", "/commands")) == 2


async def test_onboarding_in_a_dm(bot: Driver) -> None:
    [welcome, *_] = await bot.slash(MEMBER, "start")
    assert "Holdspace" in welcome["content"]
    assert not welcome["flags"] & EPHEMERAL


async def test_reflect_in_the_server_answers_only_her(bot: Driver) -> None:
    [answer] = await bot.slash(MEMBER, "reflect", in_server=True, theme="grief")
    assert answer["flags"] & EPHEMERAL
    assert answer["channel_id"] == bot.channel
    assert len(bot.fake.calls_to("POST", "/users/@me/channels")) == 1  # her DM, opened once
    await bot.slash(MEMBER, "reflect", in_server=True)
    assert len(bot.fake.calls_to("POST", "/users/@me/channels")) == 1


async def test_reframe_buttons_work_also_after_a_restart(
    fake: FakeDiscord, world: Guild, storage: Storage, library: Library, tmp_path: Path
) -> None:
    settings = settings_for(fake, storage.url, tmp_path)
    app = Holdspace(library, storage, FakeClock(START))
    async with DiscordAdapter(app, settings, guild_ready_timeout=0.05) as adapter:
        bot = Driver(fake, adapter, world)
        answers = await bot.slash(MEMBER, "reframe")
        with_buttons = next(m for m in answers if custom_ids(m))
        first = custom_ids(with_buttons)[0]
        assert len(first) <= 100
        pressed = await bot.press(MEMBER, with_buttons, first)
        assert pressed[0]["content"]
    app = Holdspace(library, storage, FakeClock(START))
    async with DiscordAdapter(app, settings, guild_ready_timeout=0.05):
        again = await bot.press(MEMBER, with_buttons, first)
        assert again[0]["content"]


async def test_subscribe_with_a_zone_and_its_autocomplete(bot: Driver) -> None:
    interaction = await bot.fake.autocomplete(MEMBER, "subscribe", "zone", "berl")
    await bot.fake.wait_for(lambda: bot.fake.responses(interaction))
    [result] = bot.fake.responses(interaction)
    assert result["type"] == 8
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in result["data"]["choices"]
    [answer, *_] = await bot.slash(MEMBER, "subscribe", time="07:30", zone="Europe/Berlin")
    assert "07:30" in answer["content"]
    async with bot.app.storage.transaction() as tx:
        subscription = await tx.subscription("discord", MEMBER)
    assert subscription is not None and subscription.zone == "Europe/Berlin"
    assert subscription.chat_id == bot.fake.world.dms[MEMBER]


async def test_settings_in_the_server_are_ephemeral(bot: Driver) -> None:
    [answer, *_] = await bot.slash(MEMBER, "settings", in_server=True)
    assert answer["flags"] & EPHEMERAL


async def test_setup_by_a_moderator_and_refused_to_a_member(bot: Driver, library: Library) -> None:
    [done, *_] = await bot.slash(OWNER, "setup", in_server=True, subcommand="on",
                                 time="09:00", zone="Europe/London")  # fmt: skip
    assert not done["flags"] & EPHEMERAL
    async with bot.app.storage.transaction() as tx:
        group = await tx.group("discord", bot.channel)
    assert group is not None and group.daily and group.zone == "Europe/London"
    [refused] = await bot.slash(MEMBER, "setup", in_server=True, subcommand="off")
    assert refused["content"].startswith(library.text("moderator.only", "en")[:20])
    async with bot.app.storage.transaction() as tx:
        group = await tx.group("discord", bot.channel)
    assert group is not None and group.daily


async def test_topic_now_by_a_moderator(bot: Driver) -> None:
    [topic, *_] = await bot.slash(OWNER, "topic", in_server=True, subcommand="now", theme="hope")
    assert topic["content"] and topic["channel_id"] == bot.channel


async def test_mydata_and_forget(bot: Driver) -> None:
    await bot.slash(MEMBER, "subscribe", time="07:30", zone="UTC")
    answers = await bot.slash(MEMBER, "mydata")
    assert any("07:30" in m["content"] for m in answers)
    assert all(len(m["content"]) <= 2000 for m in answers)
    asked = await bot.slash(MEMBER, "forget")
    confirm = next(m for m in asked if custom_ids(m))
    yes = next(c for c in custom_ids(confirm) if c.startswith("forget:yes"))
    await bot.press(MEMBER, confirm, yes)
    async with bot.app.storage.transaction() as tx:
        assert await tx.member("discord", MEMBER) is None


async def test_a_crisis_by_dm_is_answered_first(bot: Driver, library: Library) -> None:
    replies = await bot.dm(MEMBER, "I want to end my life tonight")
    async with bot.app.storage.transaction() as tx:
        member = await tx.member("discord", MEMBER)
    assert member is not None and member.crisis_until is not None  # the crisis check ran first
    assert any("crisis:ground" in custom_ids(reply) for reply in replies)
    sent = [c for c in bot.fake.calls_to("POST", "/messages") if c.status == 200]
    assert sent[0].body["allowed_mentions"] == {"parse": []}


async def test_a_crisis_by_dm_does_not_wait_for_the_shared_budget_and_leaves_none_behind(
    fake: FakeDiscord,
    world: Guild,
    postgres_url: str,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another instance's transaction holds the budget's row: the reservation waits for it,
    the crisis reply goes on a spare slot, and the stopped bot leaves no reservation behind."""
    monkeypatch.setattr("core.pacing.RESERVE_TIMEOUT", 30.0)  # the row held longer than that
    async with Storage(postgres_url) as storage:
        await storage.migrate()
        budget = shared_budget(storage, "discord", fake.token)
        assert budget is not None
        await budget.reserve(0, 0.01, 0.0)  # the row, as any instance's first send makes it
        app = Holdspace(library, storage, FakeClock(START))
        settings = settings_for(fake, storage.url, tmp_path)
        adapter = DiscordAdapter(app, settings, guild_ready_timeout=0.05, backoff=0.05)
        async with storage.engine.connect() as other_instance:
            await other_instance.execute(sa.select(t.send_budget).with_for_update())
            async with adapter:
                replies = await Driver(fake, adapter, world).dm(MEMBER, "I want to die")
                assert any("crisis:ground" in custom_ids(reply) for reply in replies)
                assert adapter.pacer._refill is not None  # its reservation waits for the row
            assert not [task for task in asyncio.all_tasks() if task.get_name() == "send-budget"]
            await other_instance.rollback()


async def test_everyone_typed_by_a_member_never_pings(bot: Driver) -> None:
    await bot.dm(MEMBER, "/settings contact @everyone")
    bodies = [c.body for c in bot.fake.calls if isinstance(c.body, dict)]
    sent = [b.get("data", b) for b in bodies if "content" in b.get("data", b)]
    assert sent and all(b["allowed_mentions"] == {"parse": []} for b in sent)
    assert not any("@everyone" in b["content"] for b in sent)


async def test_the_daily_dm_and_the_daily_post(bot: Driver) -> None:
    await bot.slash(MEMBER, "subscribe", time="09:00", zone="UTC")
    await bot.slash(OWNER, "setup", in_server=True, subcommand="on", time="09:00", zone="UTC")
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    clock.set(START.replace(hour=9, minute=0) + dt.timedelta(seconds=1))
    delivery = bot.delivery()
    assert await delivery.tick() == 2
    await delivery.drain("discord")
    dm = bot.fake.world.dms[MEMBER]
    assert any(m.get("nonce") for m in bot.bot_messages(dm))
    assert bot.bot_messages(bot.channel)[-1]["nonce"]
    posts = bot.fake.calls_to("POST", f"/channels/{bot.channel}/messages")
    body = [c for c in posts if c.path.endswith("/messages")][-1].body
    assert body["enforce_nonce"] is True
    [thread] = bot.fake.world.threads.values()  # the day's discussion, on the post
    assert (
        thread["parent_id"] == bot.channel
        and thread["id"] == bot.bot_messages(bot.channel)[-1]["id"]
    )
    assert thread["name"] == "Talk about today’s reflection"
    assert len(bot.fake.calls_to("POST", "/threads")) == 1  # none for her DM


async def test_topic_planned_is_posted_at_its_time(bot: Driver) -> None:
    [planned, *_] = await bot.slash(OWNER, "topic", in_server=True, subcommand="plan",
                                    theme="hope", at="2026-11-24 10:00")  # fmt: skip
    assert planned["content"]
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    clock.set(START.replace(hour=10) + dt.timedelta(seconds=1))
    delivery = bot.delivery()
    await delivery.tick()
    await delivery.drain("discord")
    assert bot.fake.calls_to("POST", f"/channels/{bot.channel}/messages")
    assert not bot.fake.world.threads  # a topic opens no thread: only the daily post does


async def test_a_slow_answer_is_deferred_then_given(bot: Driver) -> None:
    bot.adapter.answer_within = 0.0
    answers = await bot.slash(MEMBER, "reflect", in_server=True)
    interaction = next(iter(bot.fake.rest.interactions))
    [deferred] = bot.fake.responses(interaction)
    assert deferred["type"] == 5 and deferred["data"]["flags"] == EPHEMERAL
    assert answers[0]["flags"] & EPHEMERAL
