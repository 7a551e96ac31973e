"""`/reflect`: a private reflection question, and her answer to it."""

from __future__ import annotations

import datetime as dt

from core.commands import Invocation
from core.features.common import read_theme
from core.model import Reply
from core.reflections import choose_prompt
from core.storage import member_recipient
from core.turn import Turn

REFLECTION_ANSWER_WINDOW = dt.timedelta(hours=12)


async def on_reflect(turn: Turn) -> list[Reply]:
    """Give a private reflection prompt, never the one she had last time."""
    named = turn.option("theme")
    theme = read_theme(turn, named, "reflect") if named else None
    member = turn.ensure_member()
    recipient = member_recipient(turn.event.user_id)
    candidates = [
        p
        for p in turn.library.prompts(turn.locale)
        if p.fits("private") and (theme is None or p.theme == theme)
    ]
    history = await turn.tx.history(turn.event.platform, recipient)
    avoid = [member.last_prompt_id] if member.last_prompt_id else []
    prompt = choose_prompt(candidates, history, recipient, avoid=avoid)
    if prompt is None:
        return [turn.say("error.no_prompt")]
    await turn.tx.record_sent(turn.event.platform, [(recipient, prompt.id)], turn.now)
    turn.update(
        last_prompt_id=prompt.id,
        pending=f"reflect:{prompt.id}",
        pending_until=turn.now + REFLECTION_ANSWER_WINDOW,
    )
    hint = "reflect.hint_journal" if member.journal else "reflect.hint"
    text = turn.text("reflect.prompt", prompt=prompt.text, hint=turn.text(hint))
    return [Reply(text, choices=(turn.choice("reflect.another", "cmd:reflect"),))]


async def reflect_theme(turn: Turn, theme: str) -> list[Reply]:
    """Answer a theme's button under "which theme?" with a reflection question of it."""
    turn.invocation = Invocation("reflect", None, {"theme": theme})
    return await on_reflect(turn)


async def reflection_answer(turn: Turn, prompt_id: str, text: str) -> list[Reply]:
    member = turn.update(pending=None, pending_until=None)
    if member.journal:
        await turn.tx.add_journal_entry(
            turn.event.platform, turn.event.user_id, turn.now, prompt_id, text
        )
        return [turn.say("reflect.kept")]
    return [turn.say("reflect.not_kept")]
