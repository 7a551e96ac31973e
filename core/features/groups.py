"""`/setup`: a group's daily reflection and who moderates it; how its prompts are chosen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection
from typing import Any

from core import markup
from core.commands import Invocation
from core.content import Library, Prompt
from core.features.common import at_local, cadence_name, read_theme, read_time, read_zone
from core.model import Group, Reply
from core.reflections import HARD_DATE_SEASON, for_group, for_the_day
from core.schedule import (
    InvalidCadence,
    group_due,
    local_date,
    parse_cadence,
)
from core.storage import Tx, group_recipient
from core.turn import Turn

DEFAULT_GROUP_SLOT = "09:00"
_ID = re.compile(r"[0-9]{1,20}")  # a role's or a channel's id (Discord's: a snowflake)


async def _group(turn: Turn) -> Group:
    group = await turn.tx.group(turn.event.platform, turn.event.chat_id)
    if group is None:
        group = Group(
            platform=turn.event.platform,
            chat_id=turn.event.chat_id,
            created_at=turn.now,
            locale=turn.locale,
            slot=DEFAULT_GROUP_SLOT,
        )
    return group


async def may_moderate(turn: Turn) -> bool:
    """Tell whether the sender may moderate this group: the platform says she may (Telegram:
    an administrator; Discord: Manage Server), or she holds the role the group chose."""
    event = turn.event
    if event.is_moderator:
        return True
    if not event.roles:
        return False
    group = await turn.tx.group(event.platform, event.chat_id)
    return group is not None and group.moderator_role in event.roles


def _moderators(turn: Turn, group: Group) -> str:
    """Say who may moderate the group besides those the platform names, and where they are
    told what the bot cannot do ("" when the group chose neither)."""
    lines = []
    if group.moderator_role is not None:
        role = markup.mention("role", group.moderator_role)
        lines.append(turn.text("setup.moderator_role", role=role))
    if group.moderator_chat is not None:
        channel = markup.mention("channel", group.moderator_chat)
        lines.append(turn.text("setup.moderator_channel", channel=channel))
    if not group.daily_thread:
        lines.append(turn.text("setup.thread_off"))
    elif turn.subcommand == "thread":
        lines.append(turn.text("setup.thread_on"))
    return "".join(f"\n\n{line}" for line in lines)


def _group_summary(turn: Turn, group: Group, key: str) -> Reply:
    themes = (
        ", ".join(turn.library.theme_name(t, group.locale) for t in group.themes)
        if group.themes
        else turn.text("setup.all_themes")
    )
    daily = (
        turn.text(
            "setup.daily_on",
            cadence=cadence_name(turn, group.cadence),
            time=group.slot,
            zone=group.zone,
            next=at_local(group.next_due_at, group.zone) if group.next_due_at else "-",
        )
        if group.daily
        else turn.text("setup.daily_off")
    )
    choices = (
        turn.choice("setup.turn_off", "setup:off")
        if group.daily
        else turn.choice("setup.turn_on", "setup:on"),
    )
    reply = turn.say(key, daily=daily, themes=themes, choices=choices)
    return dataclasses.replace(reply, text=reply.text + _moderators(turn, group))


async def on_setup(turn: Turn) -> list[Reply]:
    """Let a moderator set the group's daily reflection: on/off, time, zone, themes."""
    group = await _group(turn)
    key = turn.subcommand
    words = turn.invocation.words if turn.invocation else ""
    if key is None and not words:
        return [_group_summary(turn, group, "setup.summary")]
    changes: dict[str, Any] = {}
    if key == "on":
        changes["daily"] = True
        changes["thread_id"] = turn.event.thread_id
    elif key == "off":
        changes["daily"] = False
    elif key == "zone":
        changes["zone"] = read_zone(turn, turn.option("zone"))
    elif key == "themes":
        value = turn.option("themes")
        if value.lower() in ("all", ""):
            changes["themes"] = ()
        else:
            themes = [read_theme(turn, part, "setup:themes") for part in value.split(",")]
            changes["themes"] = tuple(dict.fromkeys(themes))
    elif key == "moderator_role":
        if not turn.event.is_moderator:  # who moderates is chosen by those the platform names
            return [turn.say("setup.moderator_role_refused")]
        role = turn.option("role")
        if role and not _ID.fullmatch(role):  # an id from the platform; anything else is not one
            return [turn.say("setup.usage")]
        changes["moderator_role"] = role or None
    elif key == "moderator_channel":
        channel = turn.option("channel")
        if channel and not _ID.fullmatch(channel):  # an id from the platform
            return [turn.say("setup.usage")]
        changes["moderator_chat"] = channel or None
    elif key == "thread":
        value = turn.option("to").lower()
        if value not in ("on", "off"):
            return [turn.say("setup.usage")]
        changes["daily_thread"] = value == "on"
    elif key == "cadence":
        value = turn.option("cadence")
        try:
            changes["cadence"] = parse_cadence(value).describe()
        except InvalidCadence:
            return [turn.say("error.cadence", value=markup.escape(value[:40]))]
    elif key != "time":
        return [turn.say("setup.usage")]
    if key == "time" or (key == "on" and turn.option("time")):
        slot, zone = read_time(turn)
        changes["slot"] = slot
        if zone:
            changes["zone"] = zone
    group = dataclasses.replace(group, **changes)
    group = dataclasses.replace(group, next_due_at=group_due(group, turn.now), active=True)
    await turn.tx.save_group(await with_next_prompt(turn.library, turn.tx, group, turn.now))
    return [_group_summary(turn, group, "setup.done")]


async def setup_theme(turn: Turn, theme: str) -> list[Reply]:
    """Answer a theme's button under "which theme?" by giving the group that theme."""
    turn.invocation = Invocation("setup", "themes", {"themes": theme}, f"themes {theme}")
    return await on_setup(turn)


async def setup_switch(turn: Turn, to: str) -> list[Reply]:
    """Turn the group's daily reflection on or off, as its summary's button says."""
    turn.invocation = Invocation("setup", to, {}, to)
    return await on_setup(turn)


async def group_prompt(
    library: Library,
    tx: Tx,
    platform: str,
    chat_id: str,
    locale: str,
    themes: Collection[str],
    day: dt.date,
    now: dt.datetime,
    *,
    avoid: Collection[str] = (),
) -> Prompt | None:
    """Choose a group's prompt for its local day: none repeats until the pool is used up.

    The caller records it (`Tx.record_sent`) once it is sure to be posted.
    """
    candidates = [p for p in library.prompts(locale) if for_group(p, themes)]
    recipient = group_recipient(chat_id)
    pool = for_the_day(candidates, day)
    history = await tx.history(platform, recipient)
    tagged = {p.id for p in pool.tagged}
    had = (
        await tx.had_since(platform, [recipient], tagged, now - HARD_DATE_SEASON) if tagged else {}
    )
    return pool.choose(history, recipient, this_season=had.get(recipient, ()), avoid=avoid)


async def with_next_prompt(library: Library, tx: Tx, group: Group, now: dt.datetime) -> Group:
    """Return the group with the prompt of its next daily post chosen (none if it has none)."""
    chosen = None
    if group.daily and group.active and group.next_due_at is not None:
        day = local_date(group.next_due_at, group.zone)
        prompt = await group_prompt(
            library, tx, group.platform, group.chat_id, group.locale, group.themes, day, now
        )
        chosen = prompt.id if prompt else None
    return dataclasses.replace(group, next_prompt_id=chosen)
