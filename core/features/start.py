"""`/start` and `/help`: what Holdspace is, and what it can do here."""

from __future__ import annotations

from core.commands import help_text
from core.features.common import start_choices, zones_text
from core.features.crisis import checkin, on_helpnow
from core.model import Reply
from core.turn import Turn


async def on_start(turn: Turn) -> list[Reply]:
    """Greet, say what Holdspace is and is not, and how privacy works."""
    if not turn.event.is_private:
        return [turn.say("start.group")]
    payload = turn.event.payload or turn.option("payload")
    if payload == "helpnow":  # from the "talk with me privately" link under a group reply
        return await on_helpnow(turn)
    if payload == "checkin":
        return await checkin(turn, "crisis.checkin.welcome")
    returning = turn.member is not None
    member = turn.ensure_member()
    greetings = turn.library.welcome(turn.locale, back=returning)
    index = int(member.created_at.timestamp()) % len(greetings)
    text = "\n\n".join(
        [
            greetings[index].text,
            turn.text("start.about"),
            turn.text("start.privacy"),
        ]
    )
    replies = [Reply(text, choices=start_choices(turn))]
    if payload == "subscribe":
        replies.append(turn.say("subscribe.how", examples=zones_text()))
    return replies


async def on_help(turn: Turn) -> list[Reply]:
    """List what Holdspace can do here."""
    return [Reply(help_text(turn.library, turn.locale, turn.event.chat_kind, turn.commands))]
