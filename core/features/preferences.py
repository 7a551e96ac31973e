"""`/settings` and `/language`: her settings, shown and changed one by one."""

from __future__ import annotations

import dataclasses

from core import markup
from core.features.common import at_local, cadence_name, zones_text
from core.features.daily import on_subscribe, save_rescheduled, subscription_summary
from core.model import Reply
from core.schedule import (
    InvalidCadence,
    InvalidDuration,
    InvalidTime,
    InvalidZone,
    format_time,
    local_date,
    member_dates,
    member_dates_text,
    month_day,
    parse_cadence,
    parse_days,
    parse_quiet_hours,
    resolve_zone,
)
from core.turn import Turn

MAX_JOURNAL_DAYS = 730


async def on_settings(turn: Turn) -> list[Reply]:
    """Show her settings (each subcommand changes one: time, zone, language, ...)."""
    if not turn.words:
        return [await _settings_summary(turn)]
    key = turn.words.partition(" ")[0]
    return [turn.say("settings.unknown", value=markup.escape(key[:40]))]


async def on_language(turn: Turn) -> list[Reply]:
    """Choose the language Holdspace speaks with her."""
    return await set_language(turn, turn.option("language"))


async def _settings_summary(turn: Turn) -> Reply:
    member = turn.ensure_member()
    sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
    lines = []
    if sub is None:
        lines.append(turn.text("settings.no_daily"))
    else:
        lines.append(
            turn.text(
                "settings.daily",
                time=sub.slot,
                zone=sub.zone,
                cadence=cadence_name(turn, sub.cadence),
                next=at_local(sub.next_due_at, sub.zone),
            )
        )
        if sub.paused_until and sub.paused_until > local_date(turn.now, sub.zone):
            lines.append(turn.text("settings.paused", until=sub.paused_until.isoformat()))
        if sub.quiet:
            lines.append(turn.text("settings.quiet", quiet=sub.quiet))
    lines.append(turn.text("settings.language", language=turn.text(f"language.{turn.locale}")))
    country = turn.library.country(member.country)
    lines.append(
        turn.text(
            "settings.country",
            country=markup.escape(turn.library.country_name(country, turn.locale)),
        )
        if country
        else turn.text("settings.no_country")
    )
    lines.append(turn.text("settings.journal_on" if member.journal else "settings.journal_off"))
    lines.append(turn.text("settings.journal_keep", days=member.journal_days))
    for tag, when in member_dates(member.dates).items():
        what = turn.text(f"settings.{tag}")
        lines.append(turn.text("settings.date", what=what, date=when))
    return Reply(turn.text("settings.summary", lines="\n".join(lines)))


async def set_language(turn: Turn, value: str) -> list[Reply]:
    wanted = value.strip().lower()
    if wanted not in turn.library.locales:
        names = ", ".join(
            f"{code} ({turn.text(f'language.{code}')})" for code in turn.library.locales
        )
        return [turn.say("error.language", value=markup.escape(value[:20]), languages=names)]
    turn.update(locale=wanted)
    turn.locale = wanted
    return [turn.say("settings.language_done", language=turn.text(f"language.{wanted}"))]


async def set_country(turn: Turn, value: str) -> list[Reply]:
    if value.lower() in ("none", "off", "-"):
        turn.update(country=None)
        return [turn.say("settings.country_cleared")]
    country = turn.library.find_country(value)
    if country is None:
        return [turn.say("error.country", value=markup.escape(value[:40]))]
    turn.update(country=country.code)
    name = turn.library.country_name(country, turn.locale)
    return [turn.say("settings.country_done", country=markup.escape(name))]


async def set_birthday(turn: Turn, value: str) -> list[Reply]:
    return _set_date(turn, "child_birthday", value)


async def set_contact(turn: Turn, value: str) -> list[Reply]:
    return _set_date(turn, "contact_anniversary", value)


def _set_date(turn: Turn, tag: str, value: str) -> list[Reply]:
    """Keep one of her hard dates (month and day only), or clear it."""
    dates = member_dates(turn.ensure_member().dates)
    what = turn.text(f"settings.{tag}")
    if value.lower() in ("none", "off", "-"):
        dates.pop(tag, None)
        turn.update(dates=member_dates_text(dates))
        return [turn.say("settings.date_cleared", what=what)]
    when = month_day(value)
    if when is None:
        return [turn.say("error.date", value=markup.escape(value[:40]))]
    dates[tag] = when
    turn.update(dates=member_dates_text(dates))
    return [turn.say("settings.date_done", what=what, date=when)]


async def set_journal(turn: Turn, value: str) -> list[Reply]:
    flag = _on_off(value)
    if flag is None:
        return [turn.say("error.on_off", setting="journal")]
    turn.update(journal=flag)
    return [turn.say("settings.journal_done_on" if flag else "settings.journal_done_off")]


async def set_journal_days(turn: Turn, value: str) -> list[Reply]:
    """Choose how long her journal entries are kept; older ones go at the daily purge."""
    try:
        days = parse_days(value)
    except InvalidDuration:
        days = 0
    if not 1 <= days <= MAX_JOURNAL_DAYS:
        return [turn.say("error.journal_days", limit=MAX_JOURNAL_DAYS)]
    turn.update(journal_days=days)
    return [turn.say("settings.journal_days_done", days=days)]


async def set_zone(turn: Turn, value: str) -> list[Reply]:
    try:
        zone = resolve_zone(value)
    except InvalidZone:
        return [
            turn.say(
                "error.zone",
                value=markup.escape(value[:60]),
                examples=zones_text(),
            )
        ]
    turn.update(zone=zone)
    sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
    if sub is not None:
        await save_rescheduled(turn, sub, dataclasses.replace(sub, zone=zone))
    return [turn.say("settings.zone_done", zone=zone)]


async def set_time(turn: Turn, value: str) -> list[Reply]:
    return await on_subscribe(turn)


async def set_quiet(turn: Turn, value: str) -> list[Reply]:
    sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
    if sub is None:
        return [turn.say("pause.none")]
    try:
        quiet = parse_quiet_hours(value)
    except InvalidTime:
        return [turn.say("error.quiet", value=markup.escape(value[:40]))]
    text = f"{format_time(quiet.start)}-{format_time(quiet.end)}" if quiet else None
    await save_rescheduled(turn, sub, dataclasses.replace(sub, quiet=text))
    return [turn.say("settings.quiet_done" if quiet else "settings.quiet_off", quiet=text or "")]


async def set_cadence(turn: Turn, value: str) -> list[Reply]:
    sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
    if sub is None:
        return [turn.say("pause.none")]
    try:
        cadence = parse_cadence(value)
    except InvalidCadence:
        return [turn.say("error.cadence", value=markup.escape(value[:40]))]
    changed = dataclasses.replace(sub, cadence=cadence.describe())
    sub = await save_rescheduled(turn, sub, changed)
    return [subscription_summary(turn, sub, "settings.cadence_done")]


def _on_off(value: str) -> bool | None:
    folded = value.strip().lower()
    if folded in ("on", "yes", "true", "1"):
        return True
    if folded in ("off", "no", "false", "0"):
        return False
    return None
