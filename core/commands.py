"""Every command declared once: where it may be used, by whom, its options and its buttons.

A platform adapter reads these declarations and nothing else: Telegram's command menus,
the console's help and `/help` are generated from them, and Discord will build its slash
commands from the same options. `split_command` reads "/word@bot args" for every text
platform; `read_options` fills a command's options from the words after it, by the kinds
it declares (Discord fills them itself). The declarations themselves are in `core.declarations`;
the dispatcher in `core.conversation` enforces where a command may be used and by whom.

Content keys come from the names: `command.<name>` is a command's description in the
menus (`command.<name>.<subcommand>` a subcommand's), `help.<private|group>.<name>` its
line in `/help` there, `option.<name>.<option>` an option's description.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from core.content import Library
from core.model import ChatKind, Reply

if TYPE_CHECKING:
    from core.turn import Turn

PRIVATE = (ChatKind.PRIVATE,)
GROUP = (ChatKind.GROUP,)
BOTH = (ChatKind.PRIVATE, ChatKind.GROUP)
NAME = re.compile(r"[a-z0-9_]{1,32}")
DESCRIPTION_LIMIT = 100  # Discord's, the strictest of the platforms'
_COMMAND = re.compile(r"/(?P<name>[^\s@]+)(?:@(?P<to>\S*))?(?:\s+(?P<words>.*))?", re.DOTALL)
_AM_PM = ("am", "pm")
Handler = Callable[["Turn"], Awaitable[list[Reply]]]  # a command's use case
Pressed = Callable[["Turn", str], Awaitable[list[Reply]]]  # a button's, given its value
Reader = Callable[[str], tuple[str, dict[str, str]]]  # words -> subcommand, options


class Kind(StrEnum):
    """What an option holds, so that a platform can ask for it and the core can read it."""

    TEXT = "text"  # her own words
    THEME = "theme"
    TIME = "time"  # "07:30", "7.30 pm"
    ZONE = "zone"  # "Europe/London", "New York"
    DATE_TIME = "date_time"  # "2026-12-24 09:00"
    INTEGER = "integer"
    CHOICE = "choice"  # one of `Option.choices`
    ROLE = "role"  # a role's id, on a platform with roles (Discord)
    CHANNEL = "channel"  # a channel's id in the same server (Discord)


@dataclass(frozen=True)
class Option:
    """One value a command (or a subcommand) takes.

    `required` is for the platforms that ask for options one by one (Discord); in the text
    form a missing value is the handler's to answer, in its own words. `width` is the
    longest value a button may carry for it (for the action id limit).
    """

    name: str
    kind: Kind
    required: bool = False
    choices: tuple[str, ...] = ()
    width: int = 0


@dataclass(frozen=True)
class Action:
    """A button a command's replies carry: `<id>:<value>`, or just `<id>` without a value.

    It is answered where it may be used (`where`) and, when `moderator`, to moderators only;
    elsewhere it has expired (or, with `link`, the command's "in private" answer is given).
    `value` says which values are accepted; any other has expired.
    """

    id: str
    handler: Pressed | None  # called with the turn and its value; None: it runs its command
    where: tuple[ChatKind, ...] = PRIVATE
    moderator: bool = False
    value: Option | None = None
    link: bool = False


@dataclass(frozen=True)
class Subcommand:
    """A subcommand: `/topic list`, `/settings zone Europe/Berlin`.

    Its `handler`, when it has one, is called with the turn and its `value` option;
    otherwise the command's handler reads `turn.subcommand`. `platforms` names the only
    platforms it is offered on (a server's roles and channels exist on Discord alone);
    empty, it is offered on every one.
    """

    name: str
    options: tuple[Option, ...] = ()
    handler: Pressed | None = None
    platforms: tuple[str, ...] = ()

    def offered_on(self, platform: str) -> bool:
        """Tell whether this subcommand is offered on a platform."""
        return not self.platforms or platform in self.platforms


@dataclass(frozen=True)
class Command:
    """A command, declared once.

    `handler` is its use case, a function of the turn. `where` lists the chats it runs in; elsewhere
    the dispatcher answers for it: a private command in a group with a link to a private
    chat (`link`, `in_group`, `link_label`), a group command in private with "groups only".
    `menus` lists the chats whose menu and `/help` show it; `button` gives it a `cmd:<name>`
    button, answered in those chats. `reader` reads its words when they do not follow the
    options in order (it returns the subcommand and the options).
    """

    name: str
    handler: Handler
    where: tuple[ChatKind, ...] = PRIVATE
    moderator: bool = False
    options: tuple[Option, ...] = ()
    subcommands: tuple[Subcommand, ...] = ()
    actions: tuple[Action, ...] = ()
    menus: tuple[ChatKind, ...] = ()
    button: bool = False
    link: str = ""  # the start payload of the private link, when it is not the name
    in_group: str = "group.private_only"
    link_label: str = "group.private_link"
    reader: Reader | None = None

    @property
    def key(self) -> str:
        """Return the content key of its description in the menus."""
        return f"command.{self.name}"

    def help_key(self, kind: ChatKind) -> str:
        """Return the content key of its line in `/help` in that kind of chat."""
        return f"help.{kind}.{self.name}"

    def content_keys(self) -> list[str]:
        """Return every content key it needs: description, `/help` lines, options."""
        return [
            self.key,
            *(f"{self.key}.{sub.name}" for sub in self.subcommands),
            *(self.help_key(kind) for kind in self.menus),
            *(f"option.{self.name}.{option.name}" for option in self.all_options()),
        ]

    def all_options(self) -> list[Option]:
        """Return its options and its subcommands' options, each name once."""
        seen: dict[str, Option] = {option.name: option for option in self.options}
        for sub in self.subcommands:
            for option in sub.options:
                seen.setdefault(option.name, option)
        return list(seen.values())

    def subcommand(self, name: str | None) -> Subcommand | None:
        """Return the subcommand of that name, if it has one."""
        return next((sub for sub in self.subcommands if sub.name == name), None)

    def all_actions(self) -> list[Action]:
        """Return the buttons it answers, its `cmd:<name>` button first."""
        own = [Action(f"cmd:{self.name}", None, self.menus)] if self.button else []
        return own + list(self.actions)


@dataclass(frozen=True)
class Invocation:
    """A command as the core runs it: its name, subcommand and options, however they came.

    `words` is what she typed after the command on a text platform ("" when a platform
    filled the options itself); the crisis check reads it whole.
    """

    name: str
    subcommand: str | None = None
    options: Mapping[str, str] = field(default_factory=dict)
    words: str = ""

    def option(self, name: str) -> str:
        """Return an option's value, "" when it was not given."""
        return self.options.get(name, "")

    def free_text(self) -> list[str]:
        """Return what she typed: her words whole, or each option she filled in herself."""
        if self.words:
            return [self.words]
        return [value for value in self.options.values() if value.strip()]


@dataclass(frozen=True)
class CommandText:
    """A message that starts with a command: "/reflect@holdspace_bot grief"."""

    name: str
    addressee: str  # the bot it is addressed to ("" for any)
    words: str


def split_command(text: str) -> CommandText | None:
    """Read "/word@bot args" (the one reader of every text platform); None for other text."""
    match = _COMMAND.fullmatch(text.strip())
    if match is None:
        return None
    return CommandText(match["name"].lower(), match["to"] or "", (match["words"] or "").strip())


def read_options(command: Command, words: str) -> Invocation:
    """Fill a command's subcommand and options from the words typed after it.

    A declaration's own `reader` reads them when they do not follow its options in order.
    Otherwise the first word names a subcommand when it is one; the options then take the words in
    order (a time takes "7.30 pm" whole), the last one all that is left.
    """
    words = words.strip()
    if command.reader is not None:
        name, options = command.reader(words)
        return Invocation(command.name, name, options, words)
    if not command.subcommands:
        return Invocation(command.name, None, _in_order(command.options, words), words)
    first, _, after = words.partition(" ")
    sub = command.subcommand(first.lower())
    if sub is None:
        return Invocation(command.name, None, {}, words)
    return Invocation(command.name, sub.name, _in_order(sub.options, after.strip()), words)


def _in_order(options: tuple[Option, ...], words: str) -> dict[str, str]:
    values: dict[str, str] = {}
    tokens = words.split()
    for index, option in enumerate(options):
        if not tokens:
            break
        if index == len(options) - 1:
            values[option.name] = words if index == 0 else " ".join(tokens)
            break
        take = 2 if option.kind is Kind.TIME and tokens[1:2] and tokens[1].lower() in _AM_PM else 1
        values[option.name] = " ".join(tokens[:take])
        tokens = tokens[take:]
    return values


def accepts(action: Action, value: str, themes: tuple[str, ...]) -> bool:
    """Say whether a button's value is one it could have been given."""
    option = action.value
    if option is None:
        return not value
    if option.kind is Kind.THEME:
        return value in themes
    if option.kind is Kind.CHOICE:
        return value in option.choices
    return True  # a number, a token: the handler reads it


def help_text(library: Library, locale: str, kind: ChatKind, commands: Sequence[Command]) -> str:
    """Write `/help` for a kind of chat: a line for each command its menu lists."""
    listed = [c for c in commands if kind in c.menus]
    lines = [f"/{c.name}: {library.text(c.help_key(kind), locale)}" for c in listed]
    parts = [library.text(f"help.{kind}", locale), "\n".join(lines)]
    if kind is ChatKind.PRIVATE:
        parts.append(library.text("help.write", locale))
    return "\n\n".join(parts)
