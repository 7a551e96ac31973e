"""The command declarations: reading a command's words, and the dispatcher that runs them."""

from __future__ import annotations

import re

import pytest

from core import markup
from core.commands import (
    DESCRIPTION_LIMIT,
    NAME,
    Command,
    Invocation,
    Kind,
    read_options,
    split_command,
)
from core.content import Library
from core.conversation import Holdspace
from core.declarations import BY_NAME, DECLARATIONS, commands_for, requires_moderator
from core.model import ACTION_LIMIT, ChatKind, Event
from tests.core.conftest import Talk, plain


@pytest.mark.parametrize(
    ("text", "name", "addressee", "words"),
    [
        ("/help", "help", "", ""),
        ("/Reflect  grief ", "reflect", "", "grief"),
        ("/topic@holdspace_bot hope at 09:00", "topic", "holdspace_bot", "hope at 09:00"),
        ("/reframe she never\ncalls", "reframe", "", "she never\ncalls"),
    ],
)  # fmt: skip
def test_split_command(text: str, name: str, addressee: str, words: str) -> None:
    said = split_command(text)
    assert said is not None
    assert (said.name, said.addressee, said.words) == (name, addressee, words)


def test_split_command_is_none_for_other_text() -> None:
    assert split_command("hello /help") is None
    assert split_command("/") is None


@pytest.mark.parametrize(
    ("name", "words", "subcommand", "options"),
    [
        ("subscribe", "7.30 pm New York", None, {"time": "7.30 pm", "zone": "New York"}),
        ("subscribe", "07:30", None, {"time": "07:30"}),
        ("reframe", "she  never calls", None, {"words": "she  never calls"}),
        ("settings", "Zone Europe/Berlin", "zone", {"value": "Europe/Berlin"}),
        ("settings", "time 7 am Europe/Berlin", "time", {"time": "7 am", "zone": "Europe/Berlin"}),
        ("settings", "colour blue", None, {}),
        ("setup", "on 09:00 Europe/Berlin", "on", {"time": "09:00", "zone": "Europe/Berlin"}),
        ("setup", "themes hope, grief", "themes", {"themes": "hope, grief"}),
        ("topic", "", "now", {"theme": ""}),
        ("topic", "hope", "now", {"theme": "hope"}),
        ("topic", "hope at 2026-12-24 09:00", "plan", {"theme": "hope", "at": "2026-12-24 09:00"}),
        ("topic", "at 2026-12-24 09:00", "plan", {"theme": "", "at": "2026-12-24 09:00"}),
        ("topic", "list", "list", {}),
        ("topic", "cancel #12", "cancel", {"number": "12"}),
    ],
)
def test_read_options_by_the_declaration(
    name: str, words: str, subcommand: str | None, options: dict[str, str]
) -> None:
    invocation = read_options(BY_NAME[name], words)
    assert invocation == Invocation(name, subcommand, options, words.strip())


def test_requires_moderator_follows_the_declarations() -> None:
    for command in BY_NAME.values():
        event = Event("t", "c", "u", command=command.name)
        assert requires_moderator(event) is command.moderator
        for action in command.all_actions():
            assert requires_moderator(Event("t", "c", "u", action=action.id)) is action.moderator
    assert not requires_moderator(Event("t", "c", "u", command="nonsense"))
    assert not requires_moderator(Event("t", "c", "u", action="nonsense:1"))


async def _options(talk: Talk, name: str, sub: str | None, **options: str) -> str:
    """Answer a command whose options a platform filled itself (as Discord will)."""
    event = Event(
        "test", "ann", "ann", command=name, subcommand=sub, options=tuple(options.items())
    )
    return plain(await talk.app.handle(event))


async def test_options_filled_by_the_platform_are_answered_as_the_words(talk: Talk) -> None:
    said = plain(await talk("/settings zone Europe/Berlin"))
    assert await _options(talk, "settings", "zone", value="Europe/Berlin") == said
    await talk("/unsubscribe")
    said = plain(await talk("/subscribe 7.30 pm America/New_York"))
    await talk("/unsubscribe")
    filled = await _options(talk, "subscribe", None, time="7.30 pm", zone="America/New_York")
    assert filled == said


async def test_every_option_she_filled_is_read_for_crisis_language(talk: Talk) -> None:
    options = (("value", "I want to kill myself tonight"),)
    event = Event("test", "ann", "ann", command="settings", subcommand="country", options=options)
    replies = await talk.app.handle(event)
    assert replies[0].kind == "crisis"


@pytest.mark.parametrize("name", list(BY_NAME))
async def test_every_command_is_refused_where_it_may_not_be_used(
    talk: Talk, library: Library, name: str
) -> None:
    command = BY_NAME[name]
    private = await talk(f"/{name}")
    group = await talk(f"/{name}", group="circle", user="mod", mod=True)
    member = await talk(f"/{name}", group="circle", user="bea")
    if ChatKind.PRIVATE not in command.where:
        assert private[0].text == library.text("group.only", "en")
    if ChatKind.GROUP not in command.where:
        for replies in (group, member):
            assert replies[0].private_link == (command.link or name)
            assert replies[0].text == library.text(command.in_group, "en")
    elif command.moderator:
        assert member[0].text == library.text("moderator.only", "en")
        assert group[0].text != library.text("moderator.only", "en")


@pytest.mark.parametrize("command", DECLARATIONS, ids=lambda c: c.name)
def test_every_declaration_fits_every_platform(library: Library, command: Command) -> None:
    assert NAME.fullmatch(command.name)
    for sub in command.subcommands:
        assert NAME.fullmatch(sub.name)
    for option in command.all_options():
        assert NAME.fullmatch(option.name)
    for key in command.content_keys():
        for locale in library.locales:
            assert key in library.pack(locale).ui, f"{key} missing in {locale}"
            if not key.startswith("help."):
                assert len(library.text(key, locale)) <= DESCRIPTION_LIMIT, (key, locale)
    assert command.menus and set(command.menus) <= {*command.where, ChatKind.GROUP}
    for action in command.all_actions():
        assert (action.handler is None) is action.id.startswith("cmd:")


def test_action_ids_are_unique_and_fit_64_bytes(library: Library) -> None:
    ids = [action.id for command in DECLARATIONS for action in command.all_actions()]
    assert len(ids) == len(set(ids))
    for command in DECLARATIONS:
        for action in command.all_actions():
            option = action.value
            widest = ""
            if option is not None and option.kind is Kind.THEME:
                widest = max(library.themes, key=len)
            elif option is not None:
                widest = max((*option.choices, "9" * option.width), key=len)
            assert len(f"{action.id}:{widest}".encode()) <= ACTION_LIMIT


@pytest.mark.parametrize("locale", ["en", "es", "de"])
async def test_help_lists_the_commands_each_chat_menu_declares(
    talk: Talk, library: Library, locale: str
) -> None:
    for kind, group in ((ChatKind.PRIVATE, None), (ChatKind.GROUP, "circle")):
        replies = await talk("/help", group=group, locale=locale)
        listed = re.findall(r"^/([a-z0-9_]+):", replies[0].text, re.MULTILINE)
        assert listed == [command.name for command in commands_for(kind)]
        for command in commands_for(kind):
            assert library.text(command.help_key(kind), locale) in replies[0].text


async def test_a_subcommand_offered_on_other_platforms_only_is_not_run(
    talk: Talk, app: Holdspace, library: Library
) -> None:
    said = await talk("/setup moderator_role 123", group="circle", mod=True)
    assert plain(said) == markup.plain(library.text("setup.usage", "en"))
    async with app.storage.transaction() as tx:
        assert await tx.group("test", "circle") is None


async def test_a_group_s_moderator_role_lets_its_holders_moderate(
    app: Holdspace, library: Library
) -> None:
    def event(user: str, sub: str, *, admin: bool = False, roles: tuple[str, ...] = (),
              **options: str) -> Event:  # fmt: skip
        return Event("discord", "channel", user, ChatKind.GROUP, command="setup", locale="en",
                     subcommand=sub, options=tuple(options.items()), is_moderator=admin,
                     roles=roles)  # fmt: skip

    refused = markup.plain(library.text("moderator.only", "en"))
    usage = markup.plain(library.text("setup.usage", "en"))
    for not_an_id in ("keepers", "²", "1" * 21):
        [answer] = await app.handle(event("owner", "moderator_role", admin=True, role=not_an_id))
        assert markup.plain(answer.text) == usage
    [chosen] = await app.handle(event("owner", "moderator_role", admin=True, role="42"))
    assert "[42](role:42)" in chosen.text
    [allowed] = await app.handle(event("keeper", "off", roles=("7", "42")))
    assert markup.plain(allowed.text) != refused
    [other] = await app.handle(event("member", "off", roles=("7",)))
    assert markup.plain(other.text) == refused
