"""Every use case through `Holdspace.handle`, with the real content and a real database."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from core import markup
from core.clock import FakeClock
from core.commands import help_text
from core.content import Library
from core.conversation import Holdspace
from core.declarations import DECLARATIONS, requires_moderator
from core.features.common import MAX_TEXT
from core.model import ChatKind, Event
from core.reflections import for_the_day
from core.storage import Tx, member_recipient
from tests.core.conftest import Talk, plain


async def test_start_says_what_it_is_and_is_not(talk: Talk, library: Library) -> None:
    replies = await talk("/start")
    text = replies[0].text
    assert library.text("start.about", "en") in text
    assert library.text("start.privacy", "en") in text
    assert any(text.startswith(g.text) for g in library.welcome("en"))
    assert {c.action for c in replies[0].choices} >= {"cmd:reflect", "cmd:reframe"}


async def test_start_again_welcomes_back(talk: Talk, library: Library) -> None:
    await talk("/start")
    replies = await talk("/start")
    assert any(replies[0].text.startswith(g.text) for g in library.welcome("en", back=True))


async def test_help_differs_in_private_and_group(talk: Talk, library: Library) -> None:
    assert plain(await talk("/help")) == markup.plain(
        help_text(library, "en", ChatKind.PRIVATE, DECLARATIONS)
    )
    group = await talk("/help", group="circle")
    assert plain(group) == markup.plain(help_text(library, "en", ChatKind.GROUP, DECLARATIONS))


async def test_reflect_never_repeats_the_last_prompt(talk: Talk, library: Library) -> None:
    private = {p.text for p in library.prompts("en") if p.fits("private")}
    seen = []
    for _ in range(6):
        replies = await talk("/reflect")
        prompt = replies[0].text.split("\n\n")[0]
        assert prompt in private
        seen.append(prompt)
    assert all(a != b for a, b in itertools.pairwise(seen))
    assert len(set(seen)) == 6


async def test_reflect_with_a_theme(talk: Talk, library: Library) -> None:
    grief = {p.text for p in library.prompts("en") if p.theme == "grief" and p.fits("private")}
    for _ in range(3):
        replies = await talk("/reflect grief")
        assert replies[0].text.split("\n\n")[0] in grief


async def test_reflect_unknown_theme_changes_nothing(talk: Talk, app: Holdspace) -> None:
    replies = await talk("/reflect mars")
    assert "mars" not in replies[0].text.lower() or "theme" in replies[0].text.lower()
    async with app.storage.transaction() as tx:
        assert await tx.member("test", "ann") is None


async def test_answer_is_not_kept_without_journal(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    await talk("/reflect")
    replies = await talk("I keep her drawings in a drawer and open it on Sundays.")
    assert plain(replies) == markup.plain(library.text("reflect.not_kept", "en"))
    async with app.storage.transaction() as tx:
        assert await tx.journal("test", "ann") == []


async def test_another_command_ends_the_wait_for_an_answer(talk: Talk, library: Library) -> None:
    await talk("/reflect")
    await talk("/settings")
    replies = await talk("it's all my fault, I was a terrible mother")
    assert replies[0].text in {r.text for r in library.reframes("en")}


async def test_answer_is_kept_with_journal_and_shown_in_mydata(
    talk: Talk, library: Library
) -> None:
    await talk("/settings journal on")
    await talk("/reflect")
    replies = await talk("Some mornings the quiet is kind.")
    assert plain(replies) == markup.plain(library.text("reflect.kept", "en"))
    data = _mydata(await talk("/mydata"))
    assert data["journal"][0]["text"] == "Some mornings the quiet is kind."
    assert data["member"]["journal"] is True


def _mydata(replies: list) -> dict:  # type: ignore[type-arg]
    return json.loads(replies[0].attachment.content)  # type: ignore[no-any-return]


async def test_reframe_offers_every_theme(talk: Talk, library: Library) -> None:
    replies = await talk("/reframe")
    assert [c.action for c in replies[0].choices] == [f"reframe:{t}" for t in library.themes]
    chosen = await talk.press(2)
    theme = library.themes[2]
    texts = {r.text for r in library.reframes("en") if r.theme == theme}
    assert any(t in chosen[0].text for t in texts)
    again = await talk.press(0)
    assert again[0].text != chosen[0].text


async def test_reframe_her_own_words(talk: Talk, library: Library) -> None:
    replies = await talk("/reframe I failed my daughter")
    by_text = {r.text: r for r in library.reframes("en")}
    reframe = by_text[replies[0].text]
    assert reframe.theme == "self_compassion"


async def test_reframe_without_a_match_offers_themes(talk: Talk, library: Library) -> None:
    replies = await talk("/reframe purple tractors on the moon")
    assert replies[0].text == library.text("reframe.no_match", "en")
    assert len(replies[0].choices) == len(library.themes)


async def test_subscribe_and_settings(talk: Talk, app: Holdspace) -> None:
    replies = await talk("/subscribe 07:30 Europe/London")
    assert "07:30" in replies[0].text and "Europe/London" in replies[0].text
    settings = plain(await talk("/settings"))
    assert "07:30" in settings and "Europe/London" in settings
    async with app.storage.transaction() as tx:
        sub = await tx.subscription("test", "ann")
    assert sub is not None
    assert sub.next_due_at == dt.datetime(2026, 11, 25, 7, 30, tzinfo=dt.UTC)


async def test_subscribe_friendly_time_and_city(talk: Talk, app: Holdspace) -> None:
    await talk("/subscribe 7.30pm New York")
    async with app.storage.transaction() as tx:
        sub = await tx.subscription("test", "ann")
    assert sub is not None and (sub.slot, sub.zone) == ("19:30", "America/New_York")
    assert sub.next_due_at == dt.datetime(2026, 11, 25, 0, 30, tzinfo=dt.UTC)


async def test_subscribe_bad_values_change_nothing(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    await talk("/subscribe 07:30 Europe/London")
    bad_time = await talk("/subscribe 25:00 Europe/London")
    assert bad_time[0].text == library.text("error.time", "en", value="25:00 Europe/London")
    bad_zone = await talk("/subscribe 08:00 Mars/Olympus")
    assert "Mars/Olympus" in bad_zone[0].text and "Europe/London" in bad_zone[0].text
    async with app.storage.transaction() as tx:
        sub = await tx.subscription("test", "ann")
    assert sub is not None and (sub.slot, sub.zone) == ("07:30", "Europe/London")


async def test_subscribe_needs_a_zone_first_time(talk: Talk, app: Holdspace) -> None:
    replies = await talk("/subscribe 07:30")
    assert "07:30" in replies[0].text
    async with app.storage.transaction() as tx:
        assert await tx.subscription("test", "ann") is None


async def test_subscribe_in_a_group_links_to_a_private_chat(talk: Talk) -> None:
    replies = await talk("/subscribe", group="circle")
    assert replies[0].private_link == "subscribe"


async def test_pause_resume_unsubscribe(talk: Talk, app: Holdspace, library: Library) -> None:
    assert plain(await talk("/pause")) == markup.plain(library.text("pause.none", "en"))
    await talk("/subscribe 07:30 Europe/London")
    replies = await talk("/pause 3")
    assert "2026-11-27" in replies[0].text
    async with app.storage.transaction() as tx:
        sub = await tx.subscription("test", "ann")
    assert sub is not None and sub.paused_until == dt.date(2026, 11, 27)
    assert sub.next_due_at == dt.datetime(2026, 11, 27, 7, 30, tzinfo=dt.UTC)
    for bad in ("/pause 0", "/pause 400", "/pause soon", "/pause 2020-01-01"):
        assert (await talk(bad))[0].text == library.text("error.days", "en", limit=365)
    async with app.storage.transaction() as tx:
        assert await tx.subscription("test", "ann") == sub
    resumed = await talk("/resume")
    assert "2026-11-25 07:30" in resumed[0].text
    assert "2026-12-08" in (await talk("/pause 2 weeks"))[0].text  # said in words too
    await talk("/resume")
    assert plain(await talk("/unsubscribe")) == markup.plain(library.text("unsubscribe.done", "en"))
    assert plain(await talk("/unsubscribe")) == markup.plain(library.text("unsubscribe.none", "en"))


async def test_settings_changes_and_bad_values(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    await talk("/subscribe 07:30 Europe/London")
    await talk("/settings zone Berlin")
    await talk("/settings country Ireland")
    await talk("/settings quiet 22:00-07:00")
    await talk("/settings cadence weekdays")
    bad = [
        ("/settings zone Mars/Olympus", "error.zone"),
        ("/settings country Atlantis", "error.country"),
        ("/settings journal maybe", "error.on_off"),
        ("/settings quiet whenever", "error.quiet"),
        ("/settings cadence sometimes", "error.cadence"),
        ("/settings colour blue", "settings.unknown"),
        ("/settings birthday 14-03", "error.date"),
        ("/settings birthday 02-30", "error.date"),
        ("/settings contact someday", "error.date"),
        ("/settings contact ٠٣-١٤", "error.date"),
        ("/language klingon", "error.language"),
    ]
    async with app.storage.transaction() as tx:
        before = (await tx.member("test", "ann"), await tx.subscription("test", "ann"))
    for line, key in bad:
        text = (await talk(line))[0].text
        first_words = library.text(
            key, "en", value="X", examples="", setting="", languages=""
        ).split("X")[0]
        assert text.startswith(first_words[:12]), (line, text)
    async with app.storage.transaction() as tx:
        after = (await tx.member("test", "ann"), await tx.subscription("test", "ann"))
    assert before == after
    member, sub = after
    assert member is not None and member.country == "IE" and member.zone == "Europe/Berlin"
    assert sub is not None and sub.zone == "Europe/Berlin" and sub.quiet == "22:00-07:00"
    assert sub.cadence.startswith("weekdays")


async def test_her_hard_dates_are_kept_as_month_and_day_and_can_be_cleared(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    [kept] = await talk("/settings birthday 2001-03-14")
    what = library.text("settings.child_birthday", "en")
    assert kept.text == library.text("settings.date_done", "en", what=what, date="03-14")
    await talk("/settings contact 2-29")
    [summary] = await talk("/settings")
    assert library.text("settings.date", "en", what=what, date="03-14") in summary.text
    async with app.storage.transaction() as tx:
        member = await tx.member("test", "ann")
    assert member is not None
    assert member.dates == "child_birthday:03-14 contact_anniversary:02-29"  # no year kept
    [cleared] = await talk("/settings birthday off")
    assert cleared.text == library.text("settings.date_cleared", "en", what=what)
    async with app.storage.transaction() as tx:
        member = await tx.member("test", "ann")
    assert member is not None and member.dates == "contact_anniversary:02-29"
    [mydata] = await talk("/mydata")
    assert mydata.attachment is not None
    assert "contact_anniversary:02-29" in mydata.attachment.content


async def test_language_comes_from_the_platform_and_can_be_chosen(
    talk: Talk, library: Library
) -> None:
    assert set(library.locales) >= {"en", "es", "de"}
    spanish = await talk("/help", locale="es-MX")
    assert plain(spanish) == markup.plain(help_text(library, "es", ChatKind.PRIVATE, DECLARATIONS))
    await talk("/language de", locale="es-MX")
    german = await talk("/help", locale="es-MX")
    assert plain(german) == markup.plain(help_text(library, "de", ChatKind.PRIVATE, DECLARATIONS))
    prompts = {p.text for p in library.prompts("de")}
    reflect = await talk("/reflect", locale="es-MX")
    assert reflect[0].text.split("\n\n")[0] in prompts


async def test_reframes_match_her_own_language(talk: Talk, library: Library) -> None:
    for locale, words in (("es", "le fallé a mi hija"), ("de", "ich habe als Mutter versagt")):
        replies = await talk(f"/reframe {words}", locale=locale, user=f"u-{locale}")
        by_text = {r.text: r for r in library.reframes(locale)}
        assert replies[0].text in by_text, (locale, replies[0].text[:80])
        assert by_text[replies[0].text].theme == "self_compassion"


async def test_group_setup_by_moderator(talk: Talk, app: Holdspace) -> None:
    replies = await talk("/setup on 09:00 Europe/Berlin", group="circle", mod=True, thread="7")
    assert "09:00" in replies[0].text and "Europe/Berlin" in replies[0].text
    async with app.storage.transaction() as tx:
        group = await tx.group("test", "circle")
    assert group is not None and group.daily and group.thread_id == "7"
    assert group.next_due_at == dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
    await talk("/setup themes grief, hope", group="circle", mod=True)
    off = await talk(action="setup:off", group="circle", mod=True)
    assert off[0].choices[0].action == "setup:on"
    async with app.storage.transaction() as tx:
        group = await tx.group("test", "circle")
    assert group is not None and not group.daily and group.themes == ("grief", "hope")


async def test_non_moderator_is_refused_kindly(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    for line in ("/setup on 09:00 Europe/Berlin", "/topic"):
        replies = await talk(line, group="circle")
        assert plain(replies) == markup.plain(library.text("moderator.only", "en"))
    assert plain(await talk(action="setup:on", group="circle")) == markup.plain(
        library.text("moderator.only", "en")
    )
    assert plain(await talk(action="topic:hope", group="circle")) == markup.plain(
        library.text("moderator.only", "en")
    )
    async with app.storage.transaction() as tx:
        assert await tx.group("test", "circle") is None
    assert requires_moderator(Event("t", "c", "u", command="setup"))
    assert requires_moderator(Event("t", "c", "u", action="setup:on"))
    assert not requires_moderator(Event("t", "c", "u", command="reflect"))


async def test_setup_and_topic_are_for_groups(talk: Talk, library: Library) -> None:
    for line in ("/setup", "/topic"):
        assert plain(await talk(line)) == markup.plain(library.text("group.only", "en"))


async def test_topic_posts_group_prompts_without_repeats(
    talk: Talk, library: Library, clock: FakeClock
) -> None:
    fitting = [p for p in library.prompts("en") if p.fits("group")]
    group_prompts = {p.text for p in for_the_day(fitting, clock.now().date()).ordinary}
    assert len(group_prompts) < len(fitting)  # an ordinary day: no hard-date prompt among them
    seen = set()
    for _ in range(len(group_prompts)):
        replies = await talk("/topic", group="circle", mod=True)
        assert replies[0].kind == "topic"
        prompt = replies[0].text.split("\n\n", 1)[1]
        assert prompt in group_prompts
        seen.add(prompt)
    assert seen == group_prompts
    hope = await talk("/topic hope", group="circle", mod=True)
    assert hope[0].text.split("\n\n", 1)[1] in {
        p.text for p in library.prompts("en") if p.theme == "hope"
    }
    unknown = await talk("/topic astrology", group="circle", mod=True)
    assert unknown[0].choices and unknown[0].kind == "message"


async def test_forget_needs_confirmation(talk: Talk, app: Holdspace, library: Library) -> None:
    await talk("/subscribe 07:30 Europe/London")
    await talk("/forget")
    stale = await talk.press(library.text("forget.no", "en"))
    assert plain(stale) == markup.plain(library.text("forget.kept", "en"))
    async with app.storage.transaction() as tx:
        assert await tx.subscription("test", "ann") is not None
    first = await talk("/forget")
    second = await talk("/forget")
    expired = await talk(action=first[0].choices[0].action)
    assert plain(expired) == markup.plain(library.text("error.button_expired", "en"))
    done = await talk(action=second[0].choices[0].action)
    assert plain(done) == markup.plain(library.text("forget.done", "en"))
    async with app.storage.transaction() as tx:
        assert await tx.member("test", "ann") is None
        assert await tx.subscription("test", "ann") is None
        assert await tx.history("test", member_recipient("ann")) == []


async def test_forget_confirmation_expires(talk: Talk, clock: FakeClock, library: Library) -> None:
    await talk("/forget")
    clock.advance(dt.timedelta(hours=1))
    replies = await talk.press(library.text("forget.yes", "en"))
    assert plain(replies) == markup.plain(library.text("error.button_expired", "en"))


async def test_forged_buttons_expire(talk: Talk, library: Library) -> None:
    expired = markup.plain(library.text("error.button_expired", "en"))
    for action in (
        "forget:yes:deadbeef",
        "reframe:astrology",
        "nonsense",
        "cmd:forget",
        "x" * 200,
        "setup:on",
    ):
        assert plain(await talk(action=action)) == expired, action


async def test_crisis_language_gets_crisis_support(talk: Talk, library: Library) -> None:
    replies = await talk("I don't want to be alive anymore", locale="en-GB")
    assert replies[0].kind == "crisis"
    text = replies[0].text
    assert library.text("crisis.first", "en") in text
    assert "Samaritans" in text and "116 123" in text
    assert library.text("crisis.not_emergency", "en") in text
    assert {c.action for c in replies[0].choices} == {"crisis:ground", "crisis:lines"}
    follow = await talk("ok", locale="en-GB")
    assert follow[0].kind == "crisis"
    grounding = await talk(action="crisis:ground", locale="en-GB")
    assert grounding[0].kind == "crisis" and grounding[0].choices


async def test_crisis_without_a_country_shows_worldwide_directories(
    talk: Talk, library: Library
) -> None:
    replies = await talk("I want to kill myself")
    text = replies[0].text
    assert library.text("crisis.no_country", "en") in text
    assert all(markup.escape(line.name) in text for line in library.worldwide)
    assert all(line.url and f"]({line.url})" in text for line in library.worldwide)


async def test_sadness_and_figures_of_speech_are_not_crises(talk: Talk) -> None:
    for text in ("I miss my son so much", "this heat is killing me", "I'm dying to see the garden"):
        replies = await talk(text)
        assert replies and all(r.kind != "crisis" for r in replies), text


async def test_crisis_check_comes_before_a_pending_reflection(talk: Talk, app: Holdspace) -> None:
    await talk("/settings journal on")
    await talk("/reflect")
    replies = await talk("I want to end my life")
    assert replies[0].kind == "crisis"
    async with app.storage.transaction() as tx:
        assert await tx.journal("test", "ann") == []


async def test_helpnow_anywhere(talk: Talk) -> None:
    assert (await talk("/helpnow"))[0].kind == "crisis"
    assert (await talk("/helpnow", group="circle"))[0].kind == "crisis"


async def test_self_blame_in_free_text_gets_a_reframe(talk: Talk, library: Library) -> None:
    replies = await talk("it's all my fault, I was a terrible mother")
    assert replies[0].text in {r.text for r in library.reframes("en")}


async def test_bad_input_is_answered_kindly_and_changes_nothing(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    assert plain(await talk("/frobnicate")) == markup.plain(
        library.text("error.unknown_command", "en")
    )
    assert await talk("/frobnicate", group="circle") == []  # another bot's, most likely
    assert plain(await talk("   ")) == markup.plain(library.text("error.empty", "en"))
    await talk("/settings journal on")
    await talk("/reflect")
    long = await talk("a" * 10_000)
    assert plain(long) == markup.plain(library.text("error.too_long", "en", limit=MAX_TEXT))
    assert plain(await talk("/reframe " + "b" * 10_000)) == plain(long)
    async with app.storage.transaction() as tx:
        assert await tx.journal("test", "ann") == []


async def test_a_failure_inside_is_answered_kindly_and_keeps_nothing(
    talk: Talk, app: Holdspace, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    await talk("/subscribe 07:30 Europe/London")
    monkeypatch.setattr(Tx, "save_subscription", broken)
    replies = await talk("/subscribe 09:00 Europe/Paris")
    assert plain(replies) == markup.plain(library.text("error.internal", "en"))
    async with app.storage.transaction() as tx:
        sub = await tx.subscription("test", "ann")
    assert sub is not None and (sub.slot, sub.zone) == ("07:30", "Europe/London")


async def test_group_free_text_is_ignored(talk: Talk, app: Holdspace) -> None:
    assert await talk("hello everyone", group="circle") == []
    async with app.storage.transaction() as tx:
        assert await tx.member("test", "ann") is None


async def test_every_reply_fits_a_button_id_limit(talk: Talk) -> None:
    for line in ("/start", "/reframe", "/forget", "/helpnow", "/reflect"):
        for reply in await talk(line):
            assert all(len(c.action.encode()) <= 64 for c in reply.choices)


async def test_a_lone_surrogate_is_mended_not_fatal(talk: Talk, library: Library) -> None:
    """Telegram's JSON can carry half a UTF-16 pair; no database or encoder takes one."""
    await talk("/settings journal on")
    await talk("/reflect")
    replies = await talk("The garden \ud83c was quiet")
    assert plain(replies) == markup.plain(library.text("reflect.kept", "en"))
    data = _mydata(await talk("/mydata"))
    assert data["journal"][0]["text"] == "The garden \ufffd was quiet"
    [zone] = await talk("/settings zone \udfff")
    assert "\ufffd" in zone.text
