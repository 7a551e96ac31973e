"""`/topic`: a moderator's discussion question, posted now or planned, listed, cancelled."""

from __future__ import annotations

import datetime as dt
import re

from core import markup
from core.content import Prompt
from core.features.common import at_local, read_theme
from core.features.groups import group_prompt
from core.model import Choice, Group, Reply
from core.schedule import (
    InvalidTime,
    local_date,
    local_instant,
    parse_time,
)
from core.sending import Destination
from core.storage import group_recipient, outbox_row
from core.turn import Refusal, Turn

MAX_SCHEDULE_DAYS = 366
MAX_SCHEDULED_TOPICS = 20


async def on_topic(turn: Turn) -> list[Reply]:
    """Let a moderator post a discussion topic now or at a time; list and cancel those."""
    if turn.subcommand == "list":
        return await _topic_list(turn)
    if turn.subcommand == "cancel":
        return await topic_cancel(turn, turn.option("number"))
    what = turn.option("theme")
    if turn.subcommand != "plan":
        return await topic_now(turn, read_theme(turn, what, "topic") if what else None)
    group = await turn.tx.group(turn.event.platform, turn.event.chat_id)
    zone = group.zone if group else "UTC"
    due = _topic_due(turn, turn.option("at"), zone)
    # the themes offered for an unknown one plan it for the same moment
    then = f" {at_local(due, zone)}"
    theme = read_theme(turn, what, "topic:plan", then) if what else None
    return await _topic_later(turn, group, theme, due)


async def topic_plan(turn: Turn, value: str) -> list[Reply]:
    """Answer a theme's button under "which theme?" by planning it for the moment asked."""
    theme, _, when = value.partition(" ")
    if theme not in turn.library.themes:
        return [turn.say("error.button_expired")]
    group = await turn.tx.group(turn.event.platform, turn.event.chat_id)
    due = _topic_due(turn, when, group.zone if group else "UTC")
    return await _topic_later(turn, group, theme, due)


def _topic_due(turn: Turn, when: str, zone: str) -> dt.datetime:
    """Read when a topic is to be posted; refuse a moment it cannot be planned for."""
    day_text, _, time_text = when.strip().partition(" ")
    try:
        due = local_instant(dt.date.fromisoformat(day_text), parse_time(time_text), zone)
    except (ValueError, OverflowError, InvalidTime):  # OverflowError: the year 9999 and such
        raise Refusal(turn.say("topic.when_invalid", value=markup.escape(when[:40]))) from None
    if due <= turn.now:
        raise Refusal(turn.say("topic.when_past", when=at_local(due, zone), zone=zone))
    if due > turn.now + dt.timedelta(days=MAX_SCHEDULE_DAYS):
        raise Refusal(turn.say("topic.when_far", days=MAX_SCHEDULE_DAYS))
    return due


async def _topic_later(
    turn: Turn, group: Group | None, theme: str | None, due: dt.datetime
) -> list[Reply]:
    """Schedule a one-off topic post in the group's zone, through the outbox."""
    platform, chat = turn.event.platform, turn.event.chat_id
    zone = group.zone if group else "UTC"
    locale = group.locale if group else turn.locale
    recipient = group_recipient(chat)
    waiting = await turn.tx.scheduled(platform, recipient, "topic")
    if len(waiting) >= MAX_SCHEDULED_TOPICS:
        return [turn.say("topic.too_many", count=MAX_SCHEDULED_TOPICS)]
    prompt = await _topic_prompt(turn, group, theme, locale, due, zone)
    if prompt is None:
        return [turn.say("error.no_prompt")]
    thread = turn.event.thread_id or (group.thread_id if group else None)
    destination = Destination(platform, chat, True, thread)
    text = turn.library.text("topic.post", locale, prompt=prompt.text)
    row = outbox_row(recipient, destination, prompt.id, text, due, due, kind="topic")
    if not await turn.tx.queue([row]):  # that minute is taken (perhaps a moment ago)
        return [turn.say("topic.already", when=at_local(due, zone), zone=zone)]
    # Counted as the group's on the day it posts; cancelling gives the prompt back.
    await turn.tx.record_sent(platform, [(recipient, prompt.id)], due)
    return [turn.say("topic.scheduled", when=at_local(due, zone), zone=zone, prompt=prompt.text)]


async def _topic_list(turn: Turn) -> list[Reply]:
    """List the group's scheduled topics, each with a button to cancel it."""
    platform, chat = turn.event.platform, turn.event.chat_id
    group = await turn.tx.group(platform, chat)
    zone = group.zone if group else "UTC"
    posts = await turn.tx.scheduled(platform, group_recipient(chat), "topic")
    if not posts:
        return [turn.say("topic.none")]
    lines = "\n".join(
        turn.text("topic.item", id=post.id, when=at_local(post.due_at, zone)) for post in posts
    )
    choices = tuple(
        Choice(turn.text("topic.cancel_button", id=post.id), f"topic:cancel:{post.id}")
        for post in posts
    )
    return [turn.say("topic.list", zone=zone, items=lines, choices=choices)]


async def topic_cancel(turn: Turn, number: str) -> list[Reply]:
    """Cancel one scheduled topic of this group, by the number the list shows."""
    platform, recipient = turn.event.platform, group_recipient(turn.event.chat_id)
    # ids are 32-bit integers on PostgreSQL: nine digits always fit
    if (
        number.isascii()
        and number.isdigit()
        and len(number) <= 9
        and await turn.tx.cancel_scheduled(platform, recipient, "topic", int(number))
    ):
        return [turn.say("topic.cancelled", id=number)]
    return [turn.say("topic.cancel_unknown", value=markup.escape(number[:20]))]


async def topic_now(turn: Turn, theme: str | None) -> list[Reply]:
    platform, chat = turn.event.platform, turn.event.chat_id
    group = await turn.tx.group(platform, chat)
    locale = group.locale if group else turn.locale
    zone = group.zone if group else "UTC"
    prompt = await _topic_prompt(turn, group, theme, locale, turn.now, zone)
    if prompt is None:
        return [turn.say("error.no_prompt")]
    await turn.tx.record_sent(platform, [(group_recipient(chat), prompt.id)], turn.now)
    return [Reply(turn.library.text("topic.post", locale, prompt=prompt.text), kind="topic")]


async def _topic_prompt(
    turn: Turn,
    group: Group | None,
    theme: str | None,
    locale: str,
    when: dt.datetime,
    zone: str,
) -> Prompt | None:
    """Choose a moderator's topic for when it posts: never the group's next daily prompt."""
    themes = {theme} if theme else set(group.themes if group else ())
    daily = (group.next_prompt_id,) if group and group.next_prompt_id else ()
    day = local_date(when, zone)
    platform, chat = turn.event.platform, turn.event.chat_id
    return await group_prompt(
        turn.library, turn.tx, platform, chat, locale, themes, day, when, avoid=daily
    )


_TOPIC_AT = re.compile(r"(.*?)\s*(?:(?:^|\s)(at)(?:\s+(.*)|$))?$", re.IGNORECASE | re.DOTALL)


def read_words(words: str) -> tuple[str, dict[str, str]]:
    """Read `/topic [theme] [at <date> <time>]`, `/topic list`, `/topic cancel <number>`."""
    first, _, rest = words.partition(" ")
    named = first.lower()
    if named == "list" and not rest:
        return "list", {}
    if named == "cancel":
        return "cancel", {"number": rest.strip().lstrip("#")}
    if named in ("now", "plan"):  # named as the menus show them; no theme has these names
        words = rest.strip()
    what, at, when = _TOPIC_AT.match(words).groups()  # type: ignore[union-attr]
    if at or named == "plan":
        return "plan", {"theme": what or "", "at": when or ""}
    return "now", {"theme": what or ""}
