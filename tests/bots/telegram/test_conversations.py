"""Every use case through the real python-telegram-bot, against the fake Bot API."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from core import markup
from core.commands import help_text
from core.content import Library
from core.declarations import DECLARATIONS, commands_for
from core.features.daily import MAX_PAUSE_DAYS
from core.model import ChatKind, Group
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
    assert text(reply) == markup.plain(help_text(library, "es", ChatKind.PRIVATE, DECLARATIONS))


async def test_command_menu_per_scope_and_language(bot: Driver, library: Library) -> None:
    for locale in library.locales:
        language = "" if locale == "en" else locale
        for scope, kind in (
            ("all_private_chats", ChatKind.PRIVATE),
            ("all_group_chats", ChatKind.GROUP),
        ):
            menu = bot.fake.commands(scope={"type": scope}, language_code=language)
            assert menu == [
                {"command": c.name, "description": library.text(c.key, locale)}
                for c in commands_for(kind)
            ]
    private = {c["command"] for c in bot.fake.commands(scope={"type": "all_private_chats"})}
    groups = [c["command"] for c in bot.fake.commands(scope={"type": "all_group_chats"})]
    assert private >= {"start", "reflect", "helpnow", "forget"} and "setup" not in private
    assert groups == ["help", "topic", "setup", "subscribe", "helpnow"]


# --- use cases the tests above do not reach ------------------------------------------------


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")


def cadence_words(library: Library, days: tuple[str, ...] = ()) -> str:
    """A cadence as the bot says it: "every day", or "on Mondays, Tuesdays"."""
    if not days:
        return library.text("cadence.daily", "en")
    names = ", ".join(library.text(f"day.{day}", "en") for day in days)
    return library.text("cadence.days", "en", days=names)


def when(instant: dt.datetime | None, zone: str) -> str:
    """A due time as the bot shows it: the local date and hour in the zone."""
    assert instant is not None
    local = instant.astimezone(ZoneInfo(zone))
    return f"{local.date().isoformat()} {local:%H:%M}"


async def test_pause_and_resume(bot: Driver, library: Library) -> None:
    [none] = await bot.say(ANN, "/pause")
    assert text(none) == plain(library, "pause.none")
    await bot.say(ANN, "/subscribe 07:30 Europe/London")
    [paused] = await bot.say(ANN, "/pause")
    assert text(paused) == plain(library, "pause.done", until="2026-12-01")  # a week
    [settings] = await bot.say(ANN, "/settings")
    assert plain(library, "settings.paused", until="2026-12-01") in text(settings)
    [too_long] = await bot.say(ANN, "/pause 400")
    assert text(too_long) == plain(library, "error.days", limit=MAX_PAUSE_DAYS)
    [shorter] = await bot.say(ANN, "/pause 3")
    assert text(shorter) == plain(library, "pause.done", until="2026-11-27")
    async with bot.app.storage.transaction() as tx:
        sub = await tx.subscription("telegram", str(ANN))
    assert sub is not None and sub.paused_until == dt.date(2026, 11, 27)
    assert sub.next_due_at is not None and sub.next_due_at.date() >= dt.date(2026, 11, 27)

    [back] = await bot.say(ANN, "/resume")
    async with bot.app.storage.transaction() as tx:
        sub = await tx.subscription("telegram", str(ANN))
    assert sub is not None and sub.paused_until is None
    assert when(sub.next_due_at, "Europe/London") == "2026-11-25 07:30"
    assert text(back) == plain(
        library, "resume.done", time="07:30", zone="Europe/London", next="2026-11-25 07:30"
    )
    [settings] = await bot.say(ANN, "/settings")
    assert "2026-11-25 07:30" in text(settings)
    assert plain(library, "settings.paused", until="2026-11-27") not in text(settings)
    [again] = await bot.say(ANN, "/resume")
    assert text(again) == plain(
        library, "resume.not_paused", time="07:30", zone="Europe/London", next="2026-11-25 07:30"
    )


async def test_unsubscribe(bot: Driver, library: Library) -> None:
    await bot.say(ANN, "/subscribe 07:30 Europe/London")
    [done] = await bot.say(ANN, "/unsubscribe")
    assert text(done) == plain(library, "unsubscribe.done")
    async with bot.app.storage.transaction() as tx:
        assert await tx.subscription("telegram", str(ANN)) is None
    [settings] = await bot.say(ANN, "/settings")
    assert plain(library, "settings.no_daily") in text(settings)
    [data] = await bot.say(ANN, "/mydata")
    assert json.loads(text(data).split("\n\n", 1)[1])["daily_reflection"] is None
    [again] = await bot.say(ANN, "/unsubscribe")
    assert text(again) == plain(library, "unsubscribe.none")


async def test_language_is_chosen_over_telegrams(bot: Driver, library: Library) -> None:
    languages = ", ".join(f"{c} ({library.text(f'language.{c}', 'en')})" for c in library.locales)
    [unknown] = await bot.say(ANN, "/language klingon")
    assert text(unknown) == plain(library, "error.language", value="klingon", languages=languages)
    [chosen] = await bot.say(ANN, "/language es")  # her Telegram still says "en"
    spanish = library.text("language.es", "es")
    assert text(chosen) == plain(library, "settings.language_done", "es", language=spanish)
    [helped] = await bot.say(ANN, "/help")
    assert text(helped) == markup.plain(help_text(library, "es", ChatKind.PRIVATE, DECLARATIONS))
    [settings] = await bot.say(ANN, "/settings")
    assert plain(library, "settings.language", "es", language=spanish) in text(settings)
    async with bot.app.storage.transaction() as tx:
        member = await tx.member("telegram", str(ANN))
    assert member is not None and member.locale == "es"
    commands = [c["command"] for c in bot.fake.commands(scope={"type": "all_private_chats"})]
    assert "language" in commands  # offered in the menu


async def test_settings_are_changed_one_by_one(bot: Driver, library: Library) -> None:
    await bot.say(ANN, "/subscribe 07:30 Europe/London")
    [zone] = await bot.say(ANN, "/settings zone Berlin")
    assert text(zone) == plain(library, "settings.zone_done", zone="Europe/Berlin")
    [quiet] = await bot.say(ANN, "/settings quiet 22:00-07:00")
    assert text(quiet) == plain(library, "settings.quiet_done", quiet="22:00-07:00")
    [cadence] = await bot.say(ANN, "/settings cadence weekdays")
    assert text(cadence) == plain(
        library, "settings.cadence_done", time="07:30", zone="Europe/Berlin",
        next="2026-11-25 07:30",
    )  # fmt: skip
    [country] = await bot.say(ANN, "/settings country GB")
    gb = library.country("GB")
    assert gb is not None
    assert text(country) == plain(
        library, "settings.country_done", country=library.country_name(gb, "en")
    )
    [journal] = await bot.say(ANN, "/settings journal on")
    assert text(journal) == plain(library, "settings.journal_done_on")
    birthday_name = library.text("settings.child_birthday", "en")
    [birthday] = await bot.say(ANN, "/settings birthday 03-14")
    assert text(birthday) == plain(library, "settings.date_done", what=birthday_name, date="03-14")
    [unknown] = await bot.say(ANN, "/settings colour blue")
    assert text(unknown) == plain(library, "settings.unknown", value="colour")

    async with bot.app.storage.transaction() as tx:
        sub = await tx.subscription("telegram", str(ANN))
        member = await tx.member("telegram", str(ANN))
    assert sub is not None and member is not None
    assert (sub.zone, sub.quiet) == ("Europe/Berlin", "22:00-07:00")
    assert member.country == "GB" and member.journal
    [settings] = await bot.say(ANN, "/settings")
    shown = text(settings)
    daily = plain(
        library, "settings.daily", time="07:30", zone="Europe/Berlin",
        cadence=cadence_words(library, WEEKDAYS), next="2026-11-25 07:30",
    )  # fmt: skip
    assert daily in shown
    assert plain(library, "settings.quiet", quiet="22:00-07:00") in shown
    assert plain(library, "settings.country", country=library.country_name(gb, "en")) in shown
    assert plain(library, "settings.journal_on") in shown
    assert plain(library, "settings.date", what=birthday_name, date="03-14") in shown
    [data] = await bot.say(ANN, "/mydata")
    assert json.loads(text(data).split("\n\n", 1)[1])["daily_reflection"]["zone"] == "Europe/Berlin"


async def test_help_and_helpnow_in_a_group(bot: Driver, library: Library) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    bot.fake.set_member(GROUP, ROSA)
    [helped] = await bot.say_in_group(GROUP, ROSA, f"/help@{bot.fake.bot_username}")
    assert text(helped) == markup.plain(help_text(library, "en", ChatKind.GROUP, DECLARATIONS))
    [now] = await bot.say_in_group(GROUP, ROSA, "/helpnow")
    shown = text(now)
    assert shown.startswith(plain(library, "crisis.resources"))
    for key in ("crisis.no_country", "crisis.worldwide", "crisis.group_not_emergency"):
        assert plain(library, key) in shown
    assert [b.get("callback_data") for b in buttons(now)] == ["crisis:ground", "crisis:lines", None]
    private = f"https://t.me/{bot.fake.bot_username}?start=helpnow"
    assert buttons(now)[-1] == {"text": plain(library, "crisis.private_link"), "url": private}
    [grounding] = await bot.press(ROSA, GROUP, now, "crisis:ground")
    exercises = {
        plain(library, "crisis.grounding_again", grounding=g.text) for g in library.grounding("en")
    }
    assert text(grounding) in exercises
    assert bot.fake.calls_to("getChatMember") == []  # nobody needed to be a moderator
    assert "helpnow" in {c["command"] for c in bot.fake.commands(scope={"type": "all_group_chats"})}


async def test_an_admin_sets_the_groups_zone_themes_and_cadence(
    bot: Driver, library: Library
) -> None:
    bot.fake.add_group(GROUP, "Circle", owner_id=ANN)
    bot.fake.set_member(GROUP, ROSA)
    await bot.say_in_group(GROUP, ANN, "/setup on 09:00 Europe/Berlin")

    async def group() -> Group:
        async with bot.app.storage.transaction() as tx:
            found = await tx.group("telegram", str(GROUP))
        assert found is not None
        return found

    def saved(g: Group, themes: str, days: tuple[str, ...] = (), key: str = "setup.done") -> str:
        daily = library.text(
            "setup.daily_on", "en", time=g.slot, zone=g.zone, next=when(g.next_due_at, g.zone),
            cadence=cadence_words(library, days),
        )  # fmt: skip
        return plain(library, key, daily=daily, themes=themes)

    [zone] = await bot.say_in_group(GROUP, ANN, "/setup zone Madrid")
    g = await group()
    assert (g.zone, g.slot) == ("Europe/Madrid", "09:00")
    assert text(zone) == saved(g, library.text("setup.all_themes", "en"))

    [themes] = await bot.say_in_group(GROUP, ANN, "/setup themes grief, hope")
    names = ", ".join(library.theme_name(t, "en") for t in ("grief", "hope"))
    g = await group()
    assert g.themes == ("grief", "hope")
    assert text(themes) == saved(g, names)

    [cadence] = await bot.say_in_group(GROUP, ANN, "/setup cadence weekdays")
    g = await group()
    assert g.cadence != "daily"
    assert text(cadence) == saved(g, names, WEEKDAYS)
    assert g.next_due_at is not None and g.next_due_at.astimezone(ZoneInfo(g.zone)).weekday() < 5

    [refused] = await bot.say_in_group(GROUP, ROSA, "/setup zone Tokyo")
    assert text(refused) == plain(library, "moderator.only")
    assert (await group()).zone == "Europe/Madrid"

    [summary] = await bot.say_in_group(GROUP, ANN, "/setup")
    assert text(summary) == saved(await group(), names, WEEKDAYS, "setup.summary")
    [topic] = await bot.say_in_group(GROUP, ANN, "/topic")  # from the group's themes only
    chosen = {p.text for p in library.prompts("en") if p.fits("group") and p.theme in g.themes}
    assert text(topic).split("\n\n", 1)[1] in chosen


async def test_long_data_comes_whole_as_a_document(bot: Driver, library: Library) -> None:
    """The issue's 3,909-character journal entry came back as 2,884 characters."""
    entry = " ".join(f"Evening {n:03d}, and the kettle sings." for n in range(120))[:3909]
    await bot.say(ANN, "/settings journal on")
    await bot.say(ANN, "/reflect")
    [kept] = await bot.say(ANN, entry)
    assert text(kept) == plain(library, "reflect.kept")
    before = len(bot.delivered(ANN))
    bot.fake.inject_private_message(ANN, "/mydata", language_code="en")
    await bot.fake.wait_for("sendDocument", lambda p: p["chat_id"] == ANN)
    [sent] = bot.fake.sent_documents(ANN)
    assert sent["caption"] == library.text("mydata.intro", "en")
    assert sent["document"].filename.endswith(".json")
    data = json.loads(sent["document"].data.decode())
    assert [e["text"] for e in data["journal"]] == [entry]
    assert len(bot.delivered(ANN)) == before  # one document, no message cut in parts
