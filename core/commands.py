"""Every command declared once: where it may be used, by whom, its options and its buttons.

A platform adapter reads these declarations and nothing else: Telegram's command menus,
the console's help and `/help` are generated from them, and Discord will build its slash
commands from the same options. `split_command` reads "/word@bot args" for every text
platform; `read_options` fills a command's options from the words after it, by the kinds
it declares (Discord fills them itself). The dispatcher in `core.conversation` enforces
where a command may be used and whether it needs a moderator.

Content keys come from the names: `command.<name>` is a command's description in the
menus, `help.<private|group>.<name>` its line in `/help` there, `option.<name>.<option>`
an option's description.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from core.content import Library
from core.model import ChatKind, Event, Reply

PRIVATE = (ChatKind.PRIVATE,)
GROUP = (ChatKind.GROUP,)
BOTH = (ChatKind.PRIVATE, ChatKind.GROUP)
NAME = re.compile(r"[a-z0-9_]{1,32}")
DESCRIPTION_LIMIT = 100  # Discord's, the strictest of the platforms'
ACTION_LIMIT = 64  # bytes: Telegram's callback data
_COMMAND = re.compile(r"/(?P<name>[^\s@]+)(?:@(?P<to>\S*))?(?:\s+(?P<words>.*))?", re.DOTALL)
_AM_PM = ("am", "pm")


class Kind(StrEnum):
    """What an option holds, so that a platform can ask for it and the core can read it."""

    TEXT = "text"  # her own words
    THEME = "theme"
    TIME = "time"  # "07:30", "7.30 pm"
    ZONE = "zone"  # "Europe/London", "New York"
    DATE_TIME = "date_time"  # "2026-12-24 09:00"
    INTEGER = "integer"
    CHOICE = "choice"  # one of `Option.choices`


class Refusal(Exception):
    """What a use case answers instead of doing what was asked (a bad value, a wrong place).

    Raised anywhere in a turn and answered in one place, by the dispatcher: what the turn
    changed before it stays (her member row, rows written), as a returned reply would.
    """

    def __init__(self, *replies: Reply) -> None:
        super().__init__("refused")
        self.replies = list(replies)


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
    handler: str  # the name of a method of `Holdspace`, called with the turn and the value
    where: tuple[ChatKind, ...] = PRIVATE
    moderator: bool = False
    value: Option | None = None
    link: bool = False


@dataclass(frozen=True)
class Subcommand:
    """A subcommand: `/topic list`, `/settings zone Europe/Berlin`."""

    name: str
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class Command:
    """A command, declared once.

    `handler` names a method of `Holdspace`. `where` lists the chats it runs in; elsewhere
    the dispatcher answers for it: a private command in a group with a link to a private
    chat (`link`, `in_group`, `link_label`), a group command in private with "groups only".
    `menus` lists the chats whose menu and `/help` show it; `button` gives it a `cmd:<name>`
    button, answered in those chats. `reader` names a function of this module that reads
    its words when they do not follow the options in order.
    """

    name: str
    handler: str
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
    reader: str = ""

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
        own = [Action(f"cmd:{self.name}", self.handler, self.menus)] if self.button else []
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

    The first word names a subcommand when it is one; the options then take the words in
    order (a time takes "7.30 pm" whole), the last one all that is left.
    """
    words = words.strip()
    if command.reader:
        name, options = _READERS[command.reader](words)
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


_TOPIC_AT = re.compile(r"(.*?)\s*(?:(?:^|\s)(at)(?:\s+(.*)|$))?$", re.IGNORECASE | re.DOTALL)


def _read_topic(words: str) -> tuple[str, dict[str, str]]:
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


_READERS = {"topic": _read_topic}

_THEME = Option("theme", Kind.THEME)
_TIME = Option("time", Kind.TIME)
_ZONE = Option("zone", Kind.ZONE)
_TIME_ZONE = (Option("time", Kind.TIME, required=True), _ZONE)
_VALUE = Option("value", Kind.TEXT, required=True)
_ON_OFF = ("on", "off")
_PLAN = Option("theme_at", Kind.TEXT, width=17 + len(" 2026-12-24 09:00"))  # a theme, a moment
_NUMBER = Option("number", Kind.INTEGER, width=9)  # ids are 32-bit integers on PostgreSQL

DECLARATIONS: tuple[Command, ...] = (
    Command("start", "on_start", where=BOTH, options=(Option("payload", Kind.TEXT),),
            menus=PRIVATE),
    Command("help", "on_help", where=BOTH, menus=BOTH, button=True),
    Command("topic", "on_topic", where=GROUP, moderator=True, menus=GROUP, reader="topic",
            subcommands=(
        Subcommand("now", (_THEME,)),
        Subcommand("plan", (_THEME, Option("at", Kind.DATE_TIME, required=True))),
        Subcommand("list"),
        Subcommand("cancel", (Option("number", Kind.INTEGER, required=True, width=9),)),
    ), actions=(
        Action("topic", "_topic", GROUP, True, _THEME),
        Action("topic:plan", "_topic_plan", GROUP, True, _PLAN),
        Action("topic:cancel", "_topic_cancel", GROUP, True, _NUMBER),
    )),
    Command("setup", "on_setup", where=GROUP, moderator=True, menus=GROUP, subcommands=(
        Subcommand("on", (_TIME, _ZONE)),
        Subcommand("off"),
        Subcommand("time", _TIME_ZONE),
        Subcommand("zone", (Option("zone", Kind.ZONE, required=True),)),
        Subcommand("themes", (Option("themes", Kind.TEXT, required=True),)),
        Subcommand("cadence", (Option("cadence", Kind.TEXT, required=True),)),
    ), actions=(
        Action("setup", "_setup_switch", GROUP, True, Option("to", Kind.CHOICE, choices=_ON_OFF)),
        Action("setup:themes", "_setup_theme", GROUP, True, _THEME),
    )),
    Command("reflect", "on_reflect", options=(_THEME,), menus=PRIVATE, button=True,
            actions=(Action("reflect", "_reflect_theme", value=_THEME, link=True),)),
    Command("reframe", "on_reframe", options=(Option("words", Kind.TEXT),), menus=PRIVATE,
            button=True,
            actions=(Action("reframe", "_reframe_theme", value=_THEME, link=True),)),
    Command("subscribe", "on_subscribe", options=(_TIME, _ZONE), menus=BOTH, button=True,
            in_group="subscribe.in_group", link_label="subscribe.link"),
    Command("unsubscribe", "on_unsubscribe", menus=PRIVATE),
    Command("pause", "on_pause", options=(Option("until", Kind.TEXT),), menus=PRIVATE),
    Command("resume", "on_resume", menus=PRIVATE),
    Command("settings", "on_settings", menus=PRIVATE, button=True, subcommands=(
        Subcommand("language", (_VALUE,)),
        Subcommand("country", (_VALUE,)),
        Subcommand("journal", (Option("value", Kind.CHOICE, True, _ON_OFF),)),
        Subcommand("journal_days", (_VALUE,)),
        Subcommand("zone", (Option("value", Kind.ZONE, required=True),)),
        Subcommand("time", _TIME_ZONE),
        Subcommand("quiet", (_VALUE,)),
        Subcommand("cadence", (_VALUE,)),
        Subcommand("birthday", (_VALUE,)),
        Subcommand("contact", (_VALUE,)),
    )),
    Command("language", "on_language", options=(Option("language", Kind.TEXT),),
            menus=PRIVATE, link="settings"),
    Command("mydata", "on_mydata", menus=PRIVATE),
    Command("forget", "on_forget", menus=PRIVATE, actions=(
        Action("forget:yes", "_forget_yes", value=Option("token", Kind.TEXT, width=8)),
        Action("forget:no", "_forget_no"),
    )),
    Command("helpnow", "on_helpnow", where=BOTH, menus=BOTH, button=True, actions=(
        Action("crisis", "_crisis_button", BOTH,
               value=Option("what", Kind.CHOICE, True, ("ground", "lines", "other"))),
        Action("checkin", "_checkin_answer",
               value=Option("answer", Kind.CHOICE, True, ("yes", "before", "no", "unsure"))),
    )),
)  # fmt: skip

BY_NAME: dict[str, Command] = {command.name: command for command in DECLARATIONS}
COMMANDS = tuple(BY_NAME)
_ACTIONS: dict[str, tuple[Command, Action]] = {
    action.id: (command, action) for command in DECLARATIONS for action in command.all_actions()
}


def find_action(action_id: str) -> tuple[Command, Action, str] | None:
    """Find which command's button an action id is, and its value ("" when it has none)."""
    head, _, rest = action_id.partition(":")
    second, _, value = rest.partition(":")
    for key, found in ((f"{head}:{second}", value), (head, rest), (action_id, "")):
        if key in _ACTIONS:
            command, action = _ACTIONS[key]
            return command, action, found
    return None


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


def requires_moderator(event: Event) -> bool:
    """Tell whether the platform must check that the sender is a moderator for this event."""
    if event.action is not None:
        found = find_action(event.action)
        return found is not None and found[1].moderator
    declared = BY_NAME.get((event.command or "").lower())
    return declared is not None and declared.moderator


def commands_for(kind: ChatKind) -> list[Command]:
    """Return the commands a chat's menu and `/help` list, in declaration order."""
    return [command for command in DECLARATIONS if kind in command.menus]


def help_text(library: Library, locale: str, kind: ChatKind) -> str:
    """Write `/help` for a kind of chat: a line for each command its menu lists."""
    lines = [f"/{c.name}: {library.text(c.help_key(kind), locale)}" for c in commands_for(kind)]
    parts = [library.text(f"help.{kind}", locale), "\n".join(lines)]
    if kind is ChatKind.PRIVATE:
        parts.append(library.text("help.write", locale))
    return "\n\n".join(parts)
