"""`/reframe`: a gentler way to see a painful thought, by theme or by her own words."""

from __future__ import annotations

from core.content import Reframe
from core.features.common import find_theme, refuse_too_long, theme_choices
from core.model import Reply
from core.reflections import choose_prompt
from core.reframing import best_reframe
from core.storage import member_recipient
from core.turn import Turn


async def on_reframe(turn: Turn) -> list[Reply]:
    """Offer the themes, or answer her own words with the best-fitting reframe."""
    words = turn.option("words")
    if not words:
        return [turn.say("reframe.choose", choices=theme_choices(turn, "reframe"))]
    refuse_too_long(turn, words)
    theme = find_theme(turn, words)
    if theme is not None:
        return await reframe_theme(turn, theme)
    match = best_reframe(turn.library, turn.locale, words)
    if match is None:
        return [turn.say("reframe.no_match", choices=theme_choices(turn, "reframe"))]
    return await offer_reframe(turn, match.reframe, "reframe.heard")


async def offer_reframe(turn: Turn, reframe: Reframe, key: str) -> list[Reply]:
    """Give her a reframe (remembered, so another of its theme comes next time)."""
    turn.ensure_member()
    await turn.tx.record_sent(
        turn.event.platform, [(member_recipient(turn.event.user_id), reframe.id)], turn.now
    )
    return [
        turn.say(
            key,
            theme=turn.library.theme_name(reframe.theme, turn.locale),
            reframe=reframe.text,
            choices=(turn.choice("reframe.another", f"reframe:{reframe.theme}"),),
        )
    ]


async def reframe_theme(turn: Turn, theme: str) -> list[Reply]:
    recipient = member_recipient(turn.event.user_id)
    history = await turn.tx.history(turn.event.platform, recipient)
    reframes = [r for r in turn.library.reframes(turn.locale) if r.theme == theme]
    reframe = choose_prompt(reframes, history, recipient)
    assert reframe is not None, "every theme has reframes (the content check makes sure)"
    return await offer_reframe(turn, reframe, "reframe.theme")
