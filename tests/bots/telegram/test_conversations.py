"""Every use case through the real python-telegram-bot, against the fake Bot API."""

from __future__ import annotations

import json

from core import markup
from core.content import Library
from core.storage import member_recipient
from tests.bots.telegram.conftest import Driver, buttons, text

ANN = 101
ROSA = 102
GROUP = -100200300
FORUM = -100400500


def plain(library: Library, key: str, locale: str = "en", **params: object) -> str:
    return markup.plain(library.text(key, locale, **params))


async def test_onboarding(bot: Driver, library: Library) -> None:
    [reply] = await bot.say(ANN, "/start")
    assert plain(library, "start.about") in text(reply)
    assert reply.params["parse_mode"] == "HTML"
    assert [b["callback_data"] for b in buttons(reply)][:2] == ["cmd:reflect", "cmd:reframe"]


async def test_reflect_gives_a_private_prompt(bot: Driver, library: Library) -> None:
    [reply] = await bot.say(ANN, "/reflect")
    private = {p.text for p in library.prompts("en") if p.fits("private")}
    assert text(reply).split("\n\n")[0] in private
    [answer] = await bot.say(ANN, "Sunday mornings are the hardest.")
    assert text(answer) == plain(library, "reflect.not_kept")


async def test_reframe_with_buttons(bot: Driver, library: Library) -> None:
    [menu] = await bot.say(ANN, "/reframe")
    assert [b["callback_data"] for b in buttons(menu)] == [f"reframe:{t}" for t in library.themes]
    [reframe] = await bot.press(ANN, ANN, menu, "reframe:grief")
    grief = {r.text for r in library.reframes("en") if r.theme == "grief"}
    assert any(t in text(reframe) for t in grief)
    answered = bot.fake.calls_to("answerCallbackQuery")
    assert answered and answered[-1].status == 200
    [own] = await bot.say(ANN, "/reframe I keep texting and she never answers")
    assert any(r.text == text(own) for r in library.reframes("en"))


async def test_stale_or_forged_buttons_change_nothing(bot: Driver, library: Library) -> None:
    [confirm] = await bot.say(ANN, "/forget")
    await bot.say(ANN, "/subscribe 07:30 Europe/London")
    for data in ("forget:yes:00000000", "reframe:astrology", "no-such-thing"):
        [reply] = await bot.press(ANN, ANN, confirm, data)
        assert text(reply) == plain(library, "error.button_expired")
    async with bot.app.storage.transaction() as tx:
        assert await tx.subscription("telegram", str(ANN)) is not None


async def test_subscribe_with_a_zone_and_settings(bot: Driver) -> None:
    [done] = await bot.say(ANN, "/subscribe 7.30pm New York")
    assert "19:30" in text(done) and "America/New_York" in text(done)
    [settings] = await bot.say(ANN, "/settings")
    assert "19:30" in text(settings) and "America/New_York" in text(settings)
    [bad] = await bot.say(ANN, "/subscribe 25:00 Europe/London")
    assert "25:00" in text(bad)
    async with bot.app.storage.transaction() as tx:
        sub = await tx.subscription("telegram", str(ANN))
    assert sub is not None and sub.slot == "19:30"


async def test_group_setup_by_an_admin_and_refusal(bot: Driver, library: Library) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    bot.fake.set_member(GROUP, ROSA)
    [refused] = await bot.say_in_group(GROUP, ROSA, "/setup on 09:00 Europe/Berlin")
    assert text(refused) == plain(library, "moderator.only")
    [saved] = await bot.say_in_group(GROUP, ANN, "/setup on 09:00 Europe/Berlin")
    assert "09:00" in text(saved) and "Europe/Berlin" in text(saved)
    [off] = await bot.press(ANN, GROUP, saved, "setup:off")
    assert [b["callback_data"] for b in buttons(off)] == ["setup:on"]
    [refused_button] = await bot.press(ROSA, GROUP, off, "setup:on")
    assert text(refused_button) == plain(library, "moderator.only")
    async with bot.app.storage.transaction() as tx:
        group = await tx.group("telegram", str(GROUP))
    assert group is not None and not group.daily
    checks = [c for c in bot.fake.calls_to("getChatMember") if c.params["user_id"] == ANN]
    assert len(checks) == 1  # cached


async def test_topic_in_a_group_and_in_a_forum_topic(bot: Driver, library: Library) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    bot.fake.add_group(FORUM, "Forum circle", forum=True, owner_id=ANN)
    group_prompts = {p.text for p in library.prompts("en") if p.fits("group")}
    [topic] = await bot.say_in_group(GROUP, ANN, "/topic hope")
    assert text(topic).split("\n\n", 1)[1] in group_prompts
    assert "message_thread_id" not in topic.params
    [in_topic] = await bot.say_in_group(FORUM, ANN, "/topic", thread=77)
    assert in_topic.params["message_thread_id"] == 77
    assert text(in_topic).split("\n\n", 1)[1] in group_prompts


async def test_a_moderator_plans_a_topic_and_cancels_it_with_a_button(
    bot: Driver, library: Library
) -> None:
    bot.fake.add_group(FORUM, "Forum circle", forum=True, owner_id=ANN)
    [planned] = await bot.say_in_group(FORUM, ANN, "/topic hope at 2026-12-24 09:00", thread=77)
    assert "2026-12-24 09:00 (UTC)" in text(planned)
    [listing] = await bot.say_in_group(FORUM, ANN, "/topic list", thread=77)
    [cancel] = buttons(listing)
    [refused] = await bot.press(ROSA, FORUM, listing, cancel["callback_data"])
    assert text(refused) == plain(library, "moderator.only")
    [done] = await bot.press(ANN, FORUM, listing, cancel["callback_data"])
    number = cancel["callback_data"].rsplit(":", 1)[1]
    assert text(done) == plain(library, "topic.cancelled", id=number)
    async with bot.app.storage.transaction() as tx:
        assert await tx.scheduled("telegram", f"group:{FORUM}", "topic") == []


async def test_subscribe_in_a_group_links_to_a_private_chat(bot: Driver, library: Library) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    [reply] = await bot.say_in_group(GROUP, ROSA, "/subscribe")
    urls = [b["url"] for b in buttons(reply) if "url" in b]
    assert urls == [f"https://t.me/{bot.fake.bot_username}?start=subscribe"]
    welcome, how = await bot.say(ROSA, "/start subscribe", replies=2)
    assert plain(library, "start.about") in text(welcome)
    assert "/subscribe 07:30 Europe/London" in text(how)


async def test_mydata_and_forget(bot: Driver, library: Library) -> None:
    await bot.say(ANN, "/subscribe 07:30 Europe/London")
    [data] = await bot.say(ANN, "/mydata")
    assert "<pre>" in data.params["text"]
    body = json.loads(text(data).split("\n\n", 1)[1])
    assert body["daily_reflection"]["zone"] == "Europe/London"
    [confirm] = await bot.say(ANN, "/forget")
    yes = next(
        b["callback_data"] for b in buttons(confirm) if b["callback_data"].startswith("forget:yes")
    )
    [done] = await bot.press(ANN, ANN, confirm, yes)
    assert text(done) == plain(library, "forget.done")
    async with bot.app.storage.transaction() as tx:
        assert await tx.member("telegram", str(ANN)) is None
        assert await tx.history("telegram", member_recipient(str(ANN))) == []


async def test_crisis_in_private(bot: Driver, library: Library) -> None:
    [reply] = await bot.say(ANN, "I don't want to be alive anymore", language="en-GB")
    assert "Samaritans" in text(reply) and "116 123" in text(reply)
    assert plain(library, "crisis.not_emergency") in text(reply)
    assert {b["callback_data"] for b in buttons(reply)} == {"crisis:ground", "crisis:lines"}


async def test_language_from_telegram(bot: Driver, library: Library) -> None:
    [reply] = await bot.say(ANN, "/help", language="es")
    assert text(reply) == plain(library, "help.private", "es")


async def test_command_menu_per_scope_and_language(bot: Driver, library: Library) -> None:
    private = bot.fake.commands(scope={"type": "all_private_chats"})
    groups = bot.fake.commands(scope={"type": "all_group_chats"}, language_code="de")
    assert {c["command"] for c in private} >= {"start", "reflect", "helpnow", "forget"}
    assert "setup" not in {c["command"] for c in private}
    assert {c["command"] for c in groups} == {"help", "topic", "setup", "subscribe", "helpnow"}
    topic = next(c for c in groups if c["command"] == "topic")
    assert topic["description"] == library.text("command.topic", "de")
