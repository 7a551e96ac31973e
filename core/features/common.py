"""What several use cases share: themes, times and zones read, words not too long."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from core import markup
from core.model import Choice
from core.schedule import (
    DAY_NAMES,
    InvalidTime,
    InvalidZone,
    format_time,
    parse_cadence,
    parse_time,
    resolve_zone,
    zone_examples,
)
from core.turn import Refusal, Turn, make_choice

MAX_TEXT = 4000


def find_theme(turn: Turn, text: str) -> str | None:
    wanted = " ".join(text.casefold().replace("_", " ").replace("-", " ").split())
    for theme in turn.library.themes:
        names = {
            theme.replace("_", " "),
            turn.library.theme_name(theme, turn.locale).casefold(),
            turn.library.theme_name(theme, "en").casefold(),
        }
        if wanted in names:
            return theme
    return None


def theme_choices(turn: Turn, verb: str, then: str = "") -> tuple[Choice, ...]:
    """Offer every theme as a button `<verb>:<theme><then>`, for the use case offering it."""
    return tuple(
        make_choice(turn.library.theme_name(theme, turn.locale), f"{verb}:{theme}{then}")
        for theme in turn.library.themes
    )


def read_theme(turn: Turn, text: str, verb: str, then: str = "") -> str:
    """Return the theme she named; refuse with the themes as `verb:<theme>` buttons."""
    theme = find_theme(turn, text)
    if theme is None:
        names = ", ".join(turn.library.theme_name(t, turn.locale) for t in turn.library.themes)
        choices = theme_choices(turn, verb, then)
        raise Refusal(turn.say("error.theme", themes=names, choices=choices))
    return theme


def at_local(instant: dt.datetime, zone: str) -> str:
    local = instant.astimezone(ZoneInfo(zone))
    return f"{local.date().isoformat()} {format_time(local.time())}"


def refuse_too_long(turn: Turn, text: str) -> None:
    if len(text) > MAX_TEXT:
        raise Refusal(turn.say("error.too_long", limit=MAX_TEXT))


def zones_text() -> str:
    return ", ".join(zone_examples())


def read_time(turn: Turn) -> tuple[str, str | None]:
    """Read the options "07:30" or "7.30 pm" and "Europe/London" as a slot and a zone."""
    time, zone = turn.option("time"), turn.option("zone")
    try:
        slot = parse_time(time)
    except InvalidTime:
        words = f"{time} {zone}" if zone else time
        raise Refusal(turn.say("error.time", value=markup.escape(words[:40]))) from None
    if not zone:
        return format_time(slot), None
    return format_time(slot), read_zone(turn, zone)


def read_zone(turn: Turn, value: str) -> str:
    """Return the zone she named; refuse with examples when there is none of that name."""
    try:
        return resolve_zone(value)
    except InvalidZone:
        examples = zones_text()
        reply = turn.say("error.zone", value=markup.escape(value[:60]), examples=examples)
        raise Refusal(reply) from None


def cadence_name(turn: Turn, cadence: str) -> str:
    """Say a stored cadence in her words: "every day", "on Mondays, Thursdays"."""
    days = parse_cadence(cadence).days
    if not days:
        return turn.text("cadence.daily")
    names = ", ".join(turn.text(f"day.{DAY_NAMES[d]}") for d in sorted(days))
    return turn.text("cadence.days", days=names)


def start_choices(turn: Turn) -> tuple[Choice, ...]:
    return (
        turn.choice("choice.reflect", "cmd:reflect"),
        turn.choice("choice.reframe", "cmd:reframe"),
        turn.choice("choice.subscribe", "cmd:subscribe"),
        turn.choice("choice.helpnow", "cmd:helpnow"),
    )
