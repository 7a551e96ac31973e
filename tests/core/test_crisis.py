"""Answering crisis language: each tier's reply, her country's lines, her language.

`core.safety.assess` decides the tier; these tests take its word (or, with `heard`, give
it) and check what Holdspace says back: what comes first, which lines, in which words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

from core import markup
from core.clock import FakeClock
from core.content import Hours, Library
from core.conversation import Holdspace
from core.crisis import Place, Words
from core.features import crisis as support
from core.features.crisis import CHECKIN_ANSWERS
from core.model import Reply, Subscription
from core.safety import Assessment, Tier, assess
from core.schedule import zone_country
from tests.core.conftest import Talk

ACUTE = "I took all my pills an hour ago"
CRISIS = "I want to die"
CHECKIN = "Years ago I tried to kill myself, I'm better now"
OTHER = "my son texted that he wants to kill himself"


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> dict[str, Assessment]:
    """Messages whose assessment a test gives; every other message is read as usual."""
    given: dict[str, Assessment] = {}
    monkeypatch.setattr(support, "assess", lambda text: given.get(text) or assess(text))
    given[OTHER] = Assessment(Tier.OTHER, frozenset({"thoughts"}), "en")  # until the lexicon has it
    return given


def text_of(replies: list[Reply]) -> str:
    assert replies and replies[0].kind == "crisis", replies
    return markup.plain(replies[0].text)


def say(library: Library, key: str, locale: str = "en", **params: object) -> str:
    return markup.plain(library.text(key, locale, **params))


def numbers(library: Library, code: str, locale: str = "en") -> str:
    country = library.country(code)
    assert country is not None
    return markup.plain(Words(library, locale).numbers(country))


def in_order(text: str, *parts: str) -> None:
    at = -1
    for part in parts:
        found = text.find(part, at + 1)
        assert found > at, f"{part!r} not after position {at} in:\n{text}"
        at = found


def has_links(text: str) -> bool:
    return any(span.link for span in markup.parse(text))


# --- acute ---------------------------------------------------------------------------------


async def test_acute_starts_with_her_emergency_number_then_her_lines_then_a_step(
    talk: Talk, library: Library
) -> None:
    replies = await talk(ACUTE, locale="en-GB")
    text = text_of(replies)
    first = say(library, "crisis.acute.call", numbers=numbers(library, "GB"))
    assert text.startswith(first) and first.startswith("Please call 999 or 112 now.")
    in_order(
        text,
        first,
        say(library, "crisis.acute.lines"),
        "Samaritans",
        "116 123",
        say(library, "crisis.acute.ground"),
    )
    assert say(library, "crisis.first") not in text
    assert say(library, "crisis.set_country") not in text  # no offers in an emergency
    assert [c.action for c in replies[0].choices] == ["crisis:ground", "crisis:lines"]
    follow = text_of(await talk("I don't know", locale="en-GB"))
    assert follow == say(library, "crisis.follow_up_acute", numbers="999 or 112")


async def test_acute_without_a_country_says_call_the_local_number_and_gives_directories(
    talk: Talk, library: Library
) -> None:
    text = text_of(await talk(ACUTE))
    assert text.startswith(say(library, "crisis.acute.call_anywhere"))
    in_order(text, "112", say(library, "crisis.worldwide"), "findahelpline.com")
    assert say(library, "crisis.acute.ground") in text
    assert text_of(await talk("hello")) == say(library, "crisis.follow_up_acute_anywhere")


async def test_acute_stays_acute_through_helpnow_and_grounding(
    talk: Talk, library: Library
) -> None:
    await talk(ACUTE, locale="en-GB")
    call_now = say(library, "crisis.follow_up_acute", numbers="999 or 112")
    shown = text_of(await talk("/helpnow", locale="en-GB"))
    assert shown.startswith(say(library, "crisis.resources")) and "999 or 112" in shown
    grounding = text_of(await talk(action="crisis:ground", locale="en-GB"))
    assert grounding.endswith(call_now)  # the step, and still: call now
    await talk(action="crisis:lines", locale="en-GB")
    assert text_of(await talk("still here", locale="en-GB")) == call_now
    # Her crisis told again answers it again and does not undo the emergency.
    again = text_of(await talk(CRISIS, locale="en-GB"))
    assert "Samaritans" in again
    assert text_of(await talk("still here", locale="en-GB")) == call_now


async def test_acute_in_a_group_puts_the_number_first(talk: Talk, library: Library) -> None:
    text = text_of(await talk(f"/help {ACUTE}", group="circle", locale="en-GB"))
    assert text.startswith(say(library, "crisis.acute.call", numbers="999 or 112"))
    assert say(library, "crisis.group") in text


# --- crisis --------------------------------------------------------------------------------


async def test_crisis_reply_names_her_lines_their_hours_and_the_emergency_number(
    talk: Talk, library: Library
) -> None:
    text = text_of(await talk(CRISIS, locale="en-GB"))
    in_order(
        text,
        say(library, "crisis.first"),
        "United Kingdom",
        "Samaritans (around the clock): call 116 123",
        "Shout (around the clock): text SHOUT to 85258",
        "In immediate danger: call 999 or 112.",
        say(library, "crisis.worldwide"),
        say(library, "crisis.not_emergency"),
    )
    assert "day and night" not in text


async def test_what_a_member_sees_has_no_research_notes(library: Library) -> None:
    for locale in library.locales:
        words = Words(library, locale)
        for country in library.countries.values():
            shown = markup.plain(words.country_lines(Place(country, country.code, "setting")))
            for line in country.lines:
                assert line.notes and line.notes not in shown
                assert all(source not in shown for source in line.sources)
            for research in ("verified", "~", "per 20", "source", "NOT ", "2015", "presumed"):
                assert research not in shown, (country.code, research, shown)


async def test_around_the_clock_only_where_the_data_says_always(library: Library) -> None:
    words = Words(library, "en")
    for country in library.countries.values():
        for line in country.lines:
            shown = markup.plain(words.line(line))
            says_always = "around the clock" in shown
            assert says_always == any(c.hours.always for c in line.reach), shown
            if any(c.hours.kind == "unknown" for c in line.reach):
                assert "hours may vary" in shown, shown


def test_hours_in_her_language(library: Library) -> None:
    evening = Hours("daily", "16:00", "23:00")
    assert Words(library, "en").hours(evening) == "every day 16:00–23:00"
    assert Words(library, "es").hours(evening) == "todos los días de 16:00 a 23:00"
    assert Words(library, "de").hours(evening) == "täglich 16:00–23:00 Uhr"
    assert Words(library, "de").hours(Hours("always")) == "rund um die Uhr"
    assert Words(library, "es").hours(Hours("unknown")) == "el horario puede variar"


def test_country_names_follow_her_language(library: Library) -> None:
    germany = library.country("DE")
    assert germany is not None
    shown = {loc: Words(library, loc).country_lines(Place(germany)) for loc in library.locales}
    assert shown["de"].startswith("**Deutschland**")
    assert shown["es"].startswith("**Alemania**")
    assert shown["en"].startswith("**Germany**")
    assert library.find_country("Alemania") == germany == library.find_country("deutschland")
    assert library.find_country("Mexico") == library.find_country("México") == library.country("MX")
    assert library.country("LI") == library.country("CH")  # Tel 143 serves Liechtenstein too


# --- check-in ------------------------------------------------------------------------------


async def test_checkin_asks_directly_and_shows_her_lines_without_emergency_numbers(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    replies = await talk(CHECKIN, locale="en-GB")
    text = text_of(replies)
    in_order(
        text,
        say(library, "crisis.checkin.past"),
        say(library, "crisis.checkin.ask"),
        say(library, "crisis.checkin.people"),
        "Samaritans",
        "116 123",
        say(library, "crisis.checkin.helpnow"),
    )
    assert "/helpnow" in text and "are you having thoughts of ending your life?" in text
    assert "999" not in text and "112" not in text  # a question, not an emergency
    assert [c.action for c in replies[0].choices] == [f"checkin:{a}" for a in CHECKIN_ANSWERS]
    assert [c.label for c in replies[0].choices] == [
        "Yes",
        "Not right now, but I have before",
        "No",
        "I'm not sure",
    ]
    async with app.storage.transaction() as tx:
        member = await tx.member("test", "ann")
    assert member is not None and member.crisis_until is None  # not treated as an emergency


async def test_checkin_without_her_country_shows_the_directories(
    talk: Talk, library: Library
) -> None:
    text = text_of(await talk(CHECKIN, locale="en"))
    in_order(text, say(library, "crisis.checkin.ask"), say(library, "crisis.checkin.directories"))
    assert "findahelpline.com" in text and say(library, "crisis.checkin.people") not in text


@pytest.mark.parametrize("answer", ["yes", "unsure"])
async def test_checkin_yes_and_not_sure_lead_to_the_crisis_reply(
    talk: Talk, app: Holdspace, library: Library, answer: str
) -> None:
    await talk(CHECKIN, locale="en-GB")
    replies = await talk(action=f"checkin:{answer}", locale="en-GB")
    text = text_of(replies)
    in_order(
        text,
        say(library, f"crisis.checkin.answer_{answer}"),
        "Samaritans",
        "116 123",
        "999 or 112",
        say(library, "crisis.not_emergency"),
    )
    async with app.storage.transaction() as tx:
        member = await tx.member("test", "ann")
    assert member is not None and member.crisis_until is not None


@pytest.mark.parametrize("answer", ["before", "no"])
async def test_every_other_answer_is_met_with_warmth_and_names_helpnow(
    talk: Talk, library: Library, answer: str
) -> None:
    await talk(CHECKIN)
    replies = await talk(action=f"checkin:{answer}")
    assert markup.plain(replies[0].text) == say(library, f"crisis.checkin.answer_{answer}")
    assert "/helpnow" in replies[0].text
    assert "cmd:helpnow" in {c.action for c in replies[0].choices}


async def test_a_yes_on_an_old_question_is_still_a_yes(
    talk: Talk, clock: FakeClock, library: Library
) -> None:
    await talk(CHECKIN)
    clock.advance(dt.timedelta(days=30))
    text = text_of(await talk(action="checkin:yes"))
    assert text.startswith(say(library, "crisis.checkin.answer_yes"))


async def test_forged_checkin_buttons_change_nothing(talk: Talk, library: Library) -> None:
    expired = say(library, "error.button_expired")
    for action in ("checkin:maybe", "checkin:", "checkin:yes:extra"):
        assert markup.plain((await talk(action=action))[0].text) == expired
    # never asked in a group, so never answered there
    assert markup.plain((await talk(action="checkin:yes", group="circle"))[0].text) == expired


@pytest.mark.parametrize(
    ("signs", "opening"),
    [
        ({"died"}, "crisis.checkin.loss"),
        ({"faint"}, "crisis.checkin.faint"),
        ({"faint", "preparatory"}, "crisis.checkin.faint"),  # a weak sign is not her past
        ({"model"}, "crisis.checkin.faint"),
        ({"attempt"}, "crisis.checkin.past"),
    ],
)
async def test_checkin_opens_for_a_loss_a_faint_sign_or_her_past(
    talk: Talk, library: Library, heard: dict[str, Assessment], signs: set[str], opening: str
) -> None:
    heard["words"] = Assessment(Tier.CHECKIN, frozenset(signs), "en")
    text = text_of(await talk("words"))
    assert text.startswith(say(library, opening))
    assert say(library, "crisis.checkin.ask") in text


@pytest.mark.parametrize(
    ("tier", "signs", "asked"),
    [
        (Tier.CHECKIN, {"model"}, False),
        (Tier.CHECKIN, {"faint"}, True),
        (Tier.OTHER, {"model"}, False),
        (Tier.OTHER, {"wish_dead"}, True),
    ],
)
async def test_an_answer_to_a_reflection_is_interrupted_only_on_a_rules_sign(
    talk: Talk,
    library: Library,
    heard: dict[str, Assessment],
    tier: Tier,
    signs: set[str],
    asked: bool,
) -> None:
    await talk("/reflect")
    heard["my answer"] = Assessment(tier, frozenset(signs), "en")
    [reply] = await talk("my answer")
    assert (reply.kind == "crisis") is asked
    if not asked:
        assert markup.plain(reply.text) == say(library, "reflect.not_kept")
        heard["a message"] = Assessment(Tier.CHECKIN, frozenset({"model"}), "en")
        assert (await talk("a message"))[0].kind == "crisis"  # not an answer now: asked


async def test_a_crisis_the_model_doubts_asks_in_private_and_alarms_elsewhere(
    talk: Talk, library: Library, heard: dict[str, Assessment]
) -> None:
    # The rules read her crisis, the model almost none of it: a first private answer asks,
    # her lines beside the question; a group, or a member already in crisis, gets the
    # crisis reply, lines and all, as the rules read it.
    heard["the words"] = Assessment(
        Tier.CHECKIN, frozenset({"method", "model"}), "en", doubted=True
    )
    text = text_of(await talk("the words", locale="en-GB"))
    in_order(text, say(library, "crisis.checkin.faint"), say(library, "crisis.checkin.ask"))
    assert "116 123" in text and "/helpnow" in text
    group = text_of(await talk("/help the words", group="circle", locale="en-GB"))
    in_order(group, say(library, "crisis.group"), "Samaritans", "999 or 112")
    await talk(CRISIS, locale="en-GB")
    again = text_of(await talk("the words", locale="en-GB"))
    assert "Samaritans" in again and "116 123" in again
    assert say(library, "crisis.checkin.ask") not in again


async def test_checkin_while_in_crisis_stays_with_her(talk: Talk, library: Library) -> None:
    await talk(CRISIS)
    assert text_of(await talk(CHECKIN)) == say(library, "crisis.follow_up")


# --- someone else at risk ------------------------------------------------------------------


async def test_other_is_framed_for_helping_another_person(
    talk: Talk, library: Library, heard: dict[str, Assessment]
) -> None:
    replies = await talk(OTHER, locale="en-GB")
    text = text_of(replies)
    in_order(
        text,
        say(library, "crisis.other.first"),
        say(library, "crisis.other.danger", numbers="999 or 112"),
        say(library, "crisis.other.lines"),
        "Samaritans",
        say(library, "crisis.other.how"),
        say(library, "crisis.other.worldwide"),
        "findahelpline.com",
        say(library, "crisis.other.not_emergency"),
    )
    assert say(library, "crisis.first") not in text
    assert say(library, "crisis.not_emergency") not in text  # "if you might act on these…"
    assert [c.action for c in replies[0].choices] == ["crisis:ground", "crisis:other"]
    assert text_of(await talk("he is not answering", locale="en-GB")) == say(
        library, "crisis.follow_up_other"
    )
    again = await talk(action="crisis:other", locale="en-GB")
    assert text_of(again).startswith(say(library, "crisis.other.first"))
    grounding = await talk(action="crisis:ground", locale="en-GB")
    assert [c.action for c in grounding[0].choices] == ["crisis:ground", "crisis:other"]


async def test_other_without_a_country(
    talk: Talk, library: Library, heard: dict[str, Assessment]
) -> None:
    text = text_of(await talk(OTHER))
    assert say(library, "crisis.other.danger_anywhere") in text
    assert say(library, "crisis.other.lines") not in text
    assert "findahelpline.com" in text


# --- her country -------------------------------------------------------------------------


def _country_shown(text: str, library: Library, code: str, locale: str = "en") -> bool:
    country = library.country(code)
    assert country is not None
    return f"\n{library.country_name(country, locale)}\n" in f"\n{text}\n"


def test_a_zone_names_its_country() -> None:
    assert zone_country("Europe/London") == "GB"
    assert zone_country("America/Mexico_City") == "MX"
    assert zone_country("US/Eastern") == "US"  # a legacy name, followed to its zone
    assert zone_country("Europe/Vaduz") == "LI"
    assert zone_country("UTC") is None and zone_country(None) is None
    assert zone_country("Mars/Olympus") is None


async def test_her_setting_comes_before_her_zone_and_her_platform(
    talk: Talk, library: Library
) -> None:
    await talk("/settings zone Europe/London", locale="en-US")
    await talk("/settings country Ireland", locale="en-US")
    text = text_of(await talk(CRISIS, locale="en-US"))
    assert _country_shown(text, library, "IE")
    assert "Pieta" in text and "1800 247 247" in text


async def test_her_zone_comes_before_her_platform(talk: Talk, library: Library) -> None:
    await talk("/settings zone America/Mexico_City", locale="en-US")
    text = text_of(await talk(CRISIS, locale="en-US"))
    assert _country_shown(text, library, "MX") and "800 911 2000" in text
    assert text.endswith(say(library, "crisis.country_guess"))  # offered once


async def test_her_subscription_zone_counts_too(
    talk: Talk, app: Holdspace, library: Library, clock: FakeClock
) -> None:
    async with app.storage.transaction() as tx:
        await tx.save_subscription(
            Subscription("test", "ann", "ann", "07:30", "Europe/Berlin", clock.now(), clock.now())
        )
    text = text_of(await talk(CRISIS))
    assert _country_shown(text, library, "DE") and "0800 111 0 111" in text


async def test_her_platform_region_when_nothing_else(talk: Talk, library: Library) -> None:
    text = text_of(await talk(CRISIS, locale="en-US"))
    assert _country_shown(text, library, "US") and "988" in text


async def test_no_country_gives_the_worldwide_directories_and_one_offer(
    talk: Talk, library: Library
) -> None:
    first = text_of(await talk(CRISIS))
    assert say(library, "crisis.no_country") in first
    assert first.endswith(say(library, "crisis.set_country"))
    again = text_of(await talk("/helpnow"))
    assert say(library, "crisis.set_country") not in again  # once, not on every reply
    assert say(library, "crisis.no_country") in again


async def test_a_country_without_lines_says_so_kindly(talk: Talk, library: Library) -> None:
    await talk("/settings zone Europe/Bucharest", locale="en-GB")
    text = text_of(await talk(CRISIS, locale="en-GB"))
    assert say(library, "crisis.no_lines") in text and "findahelpline.com" in text
    assert "Samaritans" not in text  # her zone says Romania: not her platform's GB
    assert say(library, "crisis.set_country") not in text


async def test_a_group_uses_its_own_zone(talk: Talk, library: Library) -> None:
    await talk("/setup on 09:00 Europe/Berlin", group="circle", mod=True)
    replies = await talk("/helpnow", group="circle", locale="en-GB")
    text = text_of(replies)
    assert _country_shown(text, library, "DE") and "TelefonSeelsorge" in text
    assert replies[0].private_link == "helpnow"


# --- her language --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "starts"),
    [
        ("es-ES", "**Por favor, llama ahora al [112](tel:112).**"),
        ("de-DE", "**Bitte ruf jetzt [112](tel:112) an.**"),
        ("en-IE", "**Please call [112](tel:112) or [999](tel:999) now.**"),
    ],
)
async def test_each_tier_speaks_her_language(
    talk: Talk, heard: dict[str, Assessment], locale: str, starts: str
) -> None:
    heard["x"] = Assessment(Tier.ACUTE, frozenset({"attempt"}), "en")
    replies = await talk("x", locale=locale)
    assert replies[0].text.startswith(starts)


async def test_written_language_when_her_platform_speaks_none_of_ours(
    talk: Talk, library: Library, heard: dict[str, Assessment]
) -> None:
    heard["quiero morirme"] = Assessment(Tier.CRISIS, frozenset({"wish_dead"}), "es")
    text = text_of(await talk("quiero morirme", locale="fr-FR"))
    assert text.startswith(say(library, "crisis.first", "es"))
    assert _country_shown(text, library, "FR", "es") and "3114" in text
    # a language she or her platform chose wins over the words' language
    text = text_of(await talk("quiero morirme", locale="de-AT"))
    assert text.startswith(say(library, "crisis.first", "de"))


# --- commands and groups -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["/subscribe I want to die", "/reframe I want to die", "/settings I want to die"]
)
async def test_a_private_commands_words_are_read_first(
    talk: Talk, library: Library, line: str
) -> None:
    assert text_of(await talk(line)).startswith(say(library, "crisis.first"))


async def test_a_group_command_with_crisis_words_gets_the_group_reply(
    talk: Talk, library: Library
) -> None:
    replies = await talk("/topic I want to die", group="circle", mod=True, locale="en-GB")
    text = text_of(replies)
    in_order(
        text,
        say(library, "crisis.group"),
        "Samaritans",
        "999 or 112",
        say(library, "crisis.group_not_emergency"),
    )
    assert replies[0].private_link == "helpnow"
    assert {c.action for c in replies[0].choices} == {"crisis:ground", "crisis:lines"}
    checkin = await talk(f"/help {CHECKIN}", group="circle")
    assert markup.plain(checkin[0].text) == say(library, "crisis.group_checkin")
    assert checkin[0].private_link == "checkin" and not checkin[0].choices


async def test_the_models_doubt_about_another_is_a_gentle_question_in_a_group_and_in_crisis(
    talk: Talk, library: Library, heard: dict[str, Assessment]
) -> None:
    heard["he posted a bridge"] = Assessment(Tier.OTHER, frozenset({"model"}), "en")
    replies = await talk("/help he posted a bridge", group="circle", locale="en-GB")
    assert markup.plain(replies[0].text) == say(library, "crisis.group_checkin")
    await talk(CRISIS, locale="en-GB")
    assert text_of(await talk("he posted a bridge", locale="en-GB")) == say(
        library, "crisis.follow_up"
    )


async def test_an_unknown_group_command_is_ignored_unless_crisis_words_follow(
    talk: Talk, library: Library
) -> None:
    """Another bot's command gets no answer in a group; crisis words after it are read
    first, as after any command."""
    assert await talk("/frobnicate", group="circle") == []
    assert await talk("/frobnicate the weekly rota", group="circle") == []
    replies = await talk(f"/frobnicate {CRISIS}", group="circle", locale="en-GB")
    in_order(text_of(replies), say(library, "crisis.group"), "Samaritans")
    assert replies[0].private_link == "helpnow"


async def test_the_private_link_from_a_group_opens_help(talk: Talk, library: Library) -> None:
    text = text_of(await talk("/start helpnow"))
    assert text.startswith(say(library, "crisis.resources"))
    checkin = await talk("/start checkin")
    assert markup.plain(checkin[0].text).startswith(say(library, "crisis.checkin.welcome"))
    assert [c.action for c in checkin[0].choices] == [f"checkin:{a}" for a in CHECKIN_ANSWERS]


async def test_no_single_tap_closes_the_crisis_flow(talk: Talk) -> None:
    for reply_to in (ACUTE, CRISIS, CHECKIN):
        replies = await talk(reply_to)
        assert replies[0].choices, reply_to
        for choice in replies[0].choices:
            after = await talk(action=choice.action)
            assert after[0].choices or "/helpnow" in after[0].text, (reply_to, choice)


# --- the data ------------------------------------------------------------------------------


def _line_text(library: Library, code: str) -> str:
    country = library.country(code)
    assert country is not None
    return markup.plain(Words(library, "en").country_lines(Place(country, code)))


@pytest.mark.parametrize(
    ("code", "check"),
    [
        ("PL", lambda t: "800 70 2222" not in t and "116 123 (hours may vary)" not in t),
        ("PL", lambda t: "Kryzysowy Telefon Zaufania (hours may vary): call 116 123" in t),
        ("ZA", lambda t: "0800 567 567" not in t and "0800 456 789" in t),
        ("DK", lambda t: "Livslinien (hours may vary): call 70 201 201" in t),
        ("CZ", lambda t: "(hours may vary): call 116 123" in t),
        ("AR", lambda t: "call 911 or 107 (ambulance)." in t),
        ("CL", lambda t: "call 131 (ambulance) or 133 (police)." in t),
        ("TW", lambda t: "call 119 or 110 (police)." in t),
    ],
)
def test_the_second_check_is_in_the_data(
    library: Library, code: str, check: Callable[[str], bool]
) -> None:
    assert check(_line_text(library, code)), _line_text(library, code)


def test_every_country_has_emergency_numbers_and_a_name_everywhere(library: Library) -> None:
    for country in library.countries.values():
        assert country.emergency, country.code
        for locale in library.locales:
            assert library.country_name(country, locale), (country.code, locale)
        for line in country.lines:
            assert line.reach or line.url, (country.code, line.service)
            assert re.fullmatch(r"20\d\d-\d\d-\d\d", line.checked.isoformat())
