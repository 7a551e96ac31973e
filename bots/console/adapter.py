"""The console adapter: a local chat with Holdspace, interactive or scripted.

Every input line gives one reply block. A line may start with a bracketed header that says
who is speaking and where (see `LINE_SYNTAX`); a line that is only a number picks that
choice from the last reply shown to the same person in the same chat.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import TextIO

from core import markup
from core.commands import Command, split_command
from core.conversation import Holdspace
from core.declarations import DECLARATIONS
from core.model import ChatKind, Choice, Event, Reply

PLATFORM = "console"
DEFAULT_USER = "you"
LINE_SYNTAX = """\
line syntax (one reply block per line):
  /command args          a command, e.g. /subscribe 07:30 Europe/London
  any other text         a private message to the bot
  2                      pick choice 2 of the last reply shown to you here
  [as=NAME] ...          speak as another member (default: you)
  [group=NAME] ...       speak in a group chat instead of privately
  [mod] ...              speak as a moderator of that group
  [lang=CODE] ...        the platform language of the speaker, e.g. es or en-GB
  [thread=ID] ...        speak in a forum topic of the group
  headers combine:       [as=ana group=circle mod] /setup on 09:00 Europe/Berlin
  # comment, blank line  ignored (no reply block)
"""


def command_help() -> str:
    """List every command with its options and where it works, from the declarations."""
    lines = ["commands (<required>, [optional]; a|b: one of the subcommands):"]
    for command in DECLARATIONS:
        usage = " ".join([f"/{command.name}", *_usage(command)])
        where = " and ".join(f"{kind}" for kind in command.where)
        lines.append(f"  {usage:<44} {where}{', moderators' if command.moderator else ''}")
    return "\n".join(lines) + "\n"


def _usage(command: Command) -> list[str]:
    if command.subcommands:
        offered = [sub.name for sub in command.subcommands if sub.offered_on(PLATFORM)]
        return ["|".join(offered), "..."]
    return [f"<{o.name}>" if o.required else f"[{o.name}]" for o in command.options]


_HEADER = re.compile(r"^\[(?P<header>[^\]]*)\]\s*(?P<rest>.*)$", re.DOTALL)
_LOOKS_LIKE_HEADER = re.compile(r"=|^\s*mod\s*$|\smod\b|^\s*mod\s")


class LineError(ValueError):
    """An input line's header could not be read."""


@dataclass(frozen=True)
class Speaker:
    """Who speaks in a line, and where."""

    user: str = DEFAULT_USER
    group: str | None = None
    moderator: bool = False
    locale: str | None = None
    thread: str | None = None

    @property
    def chat_id(self) -> str:
        return f"group:{self.group}" if self.group else self.user


def parse_line(line: str) -> tuple[Speaker, str]:
    """Split a line into its speaker and its text.

    A bracket with no header fields in it ("[sigh] ...", "[3 am]") is part of what she
    wrote: the line is then a private message from the default speaker.
    """
    match = _HEADER.match(line.strip())
    if not match or not _LOOKS_LIKE_HEADER.search(match["header"]):
        return Speaker(), line.strip()
    fields: dict[str, str | bool] = {}
    try:
        words = shlex.split(match["header"])
    except ValueError as exc:
        raise LineError(str(exc)) from None
    for word in words:
        key, sep, value = word.partition("=")
        if key == "mod" and not sep:
            fields["moderator"] = True
        elif key in ("as", "group", "lang", "thread") and sep and value:
            fields[{"as": "user", "lang": "locale"}.get(key, key)] = value
        else:
            raise LineError(f"unknown header field {word!r}")
    return Speaker(**fields), match["rest"].strip()  # type: ignore[arg-type]


def render(reply: Reply, *, start: int = 1) -> str:
    """Render a reply as plain text (its attachment written out), choices as numbered options."""
    lines = [markup.plain(reply.text)]
    if reply.attachment is not None:  # whole, however long: a terminal has no limit
        lines.extend(["", reply.attachment.content])
    if reply.private_link:
        label = reply.link_label or ""
        lines.append(f"  -> {label} (/start {reply.private_link})")
    lines.extend(f"  [{n}] {c.label}" for n, c in enumerate(reply.choices, start=start))
    return "\n".join(lines)


class Console:
    """Feeds lines to the core and writes reply blocks."""

    def __init__(self, app: Holdspace, out: TextIO, *, echo: bool = True) -> None:
        self.app = app
        self.out = out
        self.echo = echo
        self.last_choices: dict[tuple[str, str], list[Choice]] = {}

    def event_for(self, speaker: Speaker, text: str) -> Event:
        """Build the core event a line stands for."""
        kind = ChatKind.GROUP if speaker.group else ChatKind.PRIVATE
        base = {
            "platform": PLATFORM,
            "chat_id": speaker.chat_id,
            "user_id": speaker.user,
            "chat_kind": kind,
            "locale": speaker.locale,
            "is_moderator": speaker.moderator,
            "thread_id": speaker.thread,
        }
        key = (speaker.user, speaker.chat_id)
        if text.isascii() and text.isdigit() and self.last_choices.get(key):  # not "²"
            choices = self.last_choices[key]
            index = int(text) - 1
            if 0 <= index < len(choices):
                return Event(**base, action=choices[index].action)  # type: ignore[arg-type]
        command = split_command(text)
        if command:
            return Event(
                **base,  # type: ignore[arg-type]
                command=command.name,
                args=command.words,
                text=text,
            )
        return Event(**base, text=text)  # type: ignore[arg-type]

    async def feed(self, line: str) -> bool:
        """Answer one input line; tell whether it produced a block."""
        stripped = line.rstrip("\n")
        if not stripped.strip() or stripped.lstrip().startswith("#"):
            return False
        if self.echo:
            self.out.write(f"» {stripped}\n")
        try:
            speaker, text = parse_line(stripped)
        except LineError as exc:
            self.out.write(f"(console: {exc}; see 'holdspace console --help')\n\n")
            return True
        replies = await self.app.handle(self.event_for(speaker, text))
        choices: list[Choice] = []
        blocks = []
        for reply in replies:
            blocks.append(render(reply, start=len(choices) + 1))
            choices.extend(reply.choices)
        self.last_choices[(speaker.user, speaker.chat_id)] = choices
        self.out.write("\n\n".join(blocks) + "\n\n" if blocks else "(no reply)\n\n")
        self.out.flush()
        return True
