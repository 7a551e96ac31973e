"""What a member in crisis reads of the crisis lines: names, ways, hours, in her language."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from core import markup
from core.content import Hours, Library
from core.crisis import Words
from core.model import Reply
from tests.core.conftest import Talk


def text_of(replies: list[Reply]) -> str:
    assert replies and replies[0].kind == "crisis", replies
    return markup.plain(replies[0].text)


def say(library: Library, key: str, locale: str = "en", **params: object) -> str:
    return markup.plain(library.text(key, locale, **params))


def in_order(text: str, *parts: str) -> None:
    at = -1
    for part in parts:
        found = text.find(part, at + 1)
        assert found > at, f"{part!r} not after position {at} in:\n{text}"
        at = found


async def test_crisis_reply_names_her_lines_their_hours_and_the_emergency_number(
    talk: Talk, library: Library
) -> None:
    text = text_of(await talk("I want to die", locale="en-GB"))
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
            shown = markup.plain(words.country_lines(country))
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
    shown = {loc: Words(library, loc).country_lines(germany) for loc in library.locales}
    assert shown["de"].startswith("**Deutschland**")
    assert shown["es"].startswith("**Alemania**")
    assert shown["en"].startswith("**Germany**")
    assert library.find_country("Alemania") == germany == library.find_country("deutschland")
    assert library.find_country("Mexico") == library.find_country("México") == library.country("MX")
    assert library.country("LI") == library.country("CH")  # Tel 143 serves Liechtenstein too


async def test_a_german_member_reads_it_all_in_german(talk: Talk, library: Library) -> None:
    text = text_of(await talk("I want to die", locale="de-DE"))
    in_order(
        text,
        say(library, "crisis.first", "de"),
        "Deutschland",
        "TelefonSeelsorge: Tel. 0800 111 0 111 / 0800 111 0 222 / 116 123 (rund um die Uhr)",
        "Chat auf online.telefonseelsorge.de (Zeiten können variieren)",
        "Bei akuter Gefahr: ruf 112 an.",
        say(library, "crisis.worldwide", "de"),
    )


# --- the data, after its second check (shared/crisis_lines_review.md) --------------------


def _line_text(library: Library, code: str) -> str:
    return markup.plain(Words(library, "en").country_lines(library.country(code)))


@pytest.mark.parametrize(
    ("code", "check"),
    [
        ("PL", lambda t: "800 70 2222" not in t),
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
