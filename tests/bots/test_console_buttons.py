"""Every button leads to the use case that offered it: each choice, picked in the console."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bots.console import Console
from bots.console.adapter import parse_line
from core import markup
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.storage import Storage
from tests.conftest import START

MOD = "[group=circle mod]"
CHECKIN = "Years ago I tried to kill myself, I'm better now"


class Chat:
    """A console session: say lines, pick a choice of the last block by its label."""

    def __init__(self, app: Holdspace) -> None:
        self.out = io.StringIO()
        self.console = Console(app, self.out, echo=False)
        self.library = app.library

    async def say(self, line: str) -> str:
        before = len(self.out.getvalue())
        await self.console.feed(line)
        return self.out.getvalue()[before:]

    async def pick(self, key: str, header: str = "", *, label: str | None = None) -> str:
        """Pick the choice labelled with a content key (or a label) in the last block."""
        speaker, _ = parse_line(f"{header} x" if header else "x")
        choices = self.console.last_choices[(speaker.user, speaker.chat_id)]
        wanted = label if label is not None else self.library.text(key, "en")
        index = next(n for n, c in enumerate(choices, start=1) if c.label == wanted)
        return await self.say(f"{header} {index}".strip())


@pytest.fixture
async def chat(library: Library, tmp_path: Path) -> AsyncIterator[Chat]:
    async with Storage(f"sqlite:///{tmp_path}/buttons.sqlite3") as storage:
        await storage.migrate()
        yield Chat(Holdspace(library, storage, FakeClock(START)))


def said(library: Library, key: str, **params: object) -> str:
    return markup.plain(library.text(key, "en", **params))


def prompts(library: Library, theme: str | None = None, kind: str = "private") -> list[str]:
    return [
        markup.plain(p.text)
        for p in library.prompts("en")
        if p.fits(kind) and theme in (None, p.theme)
    ]


def reframes(library: Library, theme: str) -> list[str]:
    return [markup.plain(r.text) for r in library.reframes("en") if r.theme == theme]


def one_of(texts: list[str], output: str) -> bool:
    return any(text in output for text in texts)


async def test_reflect_with_an_unknown_theme_offers_reflection_questions(
    chat: Chat, library: Library
) -> None:
    """The bug: `/reflect mars` offered the themes, and choosing one gave a reframe."""
    offered = await chat.say("/reflect mars")
    assert said(library, "error.theme", themes="").split(":")[0] in offered
    for theme in library.themes:
        await chat.say("/reflect mars")
        picked = await chat.pick(f"theme.{theme}")
        assert one_of(prompts(library, theme), picked), theme
        assert not one_of(reframes(library, theme), picked), theme


async def test_reframe_themes_give_reframes(chat: Chat, library: Library) -> None:
    for line in ("/reframe", "/reframe zzz qqq xxx"):
        for theme in ("grief", "hope"):
            await chat.say(line)
            assert one_of(reframes(library, theme), await chat.pick(f"theme.{theme}"))
    assert one_of(reframes(library, "hope"), await chat.pick("reframe.another"))


async def test_start_choices_lead_to_their_commands(chat: Chat, library: Library) -> None:
    expected: dict[str, Callable[[str], bool]] = {
        "choice.reflect": lambda out: one_of(prompts(library), out),
        "choice.reframe": lambda out: said(library, "reframe.choose") in out,
        "choice.subscribe": lambda out: (
            said(library, "subscribe.how", examples="").split("\n")[0] in out
        ),
        "choice.helpnow": lambda out: said(library, "crisis.resources") in out,
    }
    for key, check in expected.items():
        await chat.say("/start")
        assert check(await chat.pick(key)), key
    await chat.say("/reflect")
    assert one_of(prompts(library), await chat.pick("reflect.another"))


async def test_setup_buttons_set_the_group(chat: Chat, library: Library) -> None:
    await chat.say(f"{MOD} /setup")
    on = await chat.pick("setup.turn_on", MOD)
    assert said(library, "setup.done", daily="", themes="").split("\n")[0] in on
    assert library.text("setup.turn_off", "en") in on
    off = await chat.pick("setup.turn_off", MOD)
    assert said(library, "setup.daily_off") in off
    await chat.say(f"{MOD} /setup themes mars")
    themed = await chat.pick("theme.hope", MOD)
    assert f"Themes: {library.theme_name('hope', 'en')}" in themed


async def test_topic_buttons_post_plan_and_cancel(chat: Chat, library: Library) -> None:
    await chat.say(f"{MOD} /topic mars")
    posted = await chat.pick("theme.hope", MOD)
    assert one_of(prompts(library, "hope", "group"), posted)
    await chat.say(f"{MOD} /topic mars at 2026-12-24 09:00")
    planned = await chat.pick("theme.grief", MOD)
    assert "2026-12-24 09:00" in planned
    assert one_of(prompts(library, "grief", "group"), planned)
    listed = await chat.say(f"{MOD} /topic list")
    number = listed.split("#", 1)[1].split(":", 1)[0]
    label = library.text("topic.cancel_button", "en", id=number)
    cancelled = await chat.pick("", MOD, label=label)
    assert said(library, "topic.cancelled", id=number) in cancelled


async def test_forget_buttons(chat: Chat, library: Library) -> None:
    await chat.say("/forget")
    assert said(library, "forget.kept") in await chat.pick("forget.no")
    await chat.say("/forget")
    assert said(library, "forget.done") in await chat.pick("forget.yes")


@pytest.mark.parametrize("header", ["", "[group=circle]"])
async def test_crisis_buttons(chat: Chat, library: Library, header: str) -> None:
    await chat.say(f"{header} /helpnow".strip())
    grounding = await chat.pick("crisis.more_grounding", header)
    assert one_of([markup.plain(g.text) for g in library.grounding("en")], grounding)
    lines = await chat.pick("crisis.show_lines", header)
    assert said(library, "crisis.resources") in lines


@pytest.mark.parametrize("answer", ["yes", "before", "no", "unsure"])
async def test_checkin_answers(chat: Chat, library: Library, answer: str) -> None:
    await chat.say(CHECKIN)
    answered = await chat.pick(f"crisis.checkin.{answer}")
    assert said(library, f"crisis.checkin.answer_{answer}") in answered
