"""What every use case works with: one `Turn` (the event, the open transaction, the member).

A use case is a function of a turn that returns replies (`core/features/`); the dispatcher
(`core/conversation.py`) builds the turn, runs it and saves what it changed. A use case
that refuses raises `Refusal`, answered by the dispatcher in one place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.commands import Command, Invocation
from core.content import Library
from core.model import ACTION_LIMIT, Choice, Event, Member, Reply
from core.storage import Tx


class Refusal(Exception):
    """What a use case answers instead of doing what was asked (a bad value, a wrong place).

    Raised anywhere in a turn and answered in one place, by the dispatcher: what the turn
    changed before it stays (her member row, rows written), as a returned reply would.
    """

    def __init__(self, *replies: Reply) -> None:
        super().__init__("refused")
        self.replies = list(replies)


def make_choice(label: str, action: str) -> Choice:
    """Build a button, refusing an action id longer than every platform takes."""
    if len(action.encode()) > ACTION_LIMIT:
        raise ValueError(f"action id too long: {action}")
    return Choice(label, action)


@dataclass
class Turn:
    """One event being answered: the event, the open transaction, the member, the words."""

    event: Event
    tx: Tx
    now: dt.datetime
    locale: str
    member: Member | None
    library: Library
    scrub: bool = False  # rows were deleted that must leave the disk once committed
    invocation: Invocation | None = None  # the command, its subcommand and options
    commands: Sequence[Command] = ()  # every command declared (for /help)

    def option(self, name: str) -> str:
        """Return an option of the command, "" when it was not given."""
        return self.invocation.option(name) if self.invocation else ""

    @property
    def subcommand(self) -> str | None:
        """Return the subcommand named, if any."""
        return self.invocation.subcommand if self.invocation else None

    @property
    def words(self) -> str:
        """Return what she typed after the command ("" when a platform filled its options)."""
        return self.invocation.words if self.invocation else ""

    def text(self, key: str, **params: object) -> str:
        """Return a sentence from the content, in her language."""
        return self.library.text(key, self.locale, **params)

    def say(self, key: str, *, choices: tuple[Choice, ...] = (), **params: object) -> Reply:
        """Return a reply of one sentence from the content, with its buttons."""
        return Reply(self.text(key, **params), choices=choices)

    def choice(self, key: str, action: str) -> Choice:
        """Return a button labelled from the content."""
        return make_choice(self.text(key), action)

    def ensure_member(self) -> Member:
        """Return her member row, new if she has none, active and reachable here."""
        if self.member is None:
            self.member = Member(
                platform=self.event.platform,
                user_id=self.event.user_id,
                created_at=self.now,
                dm_chat_id=self.event.chat_id,
            )
        elif not self.member.active or self.member.dm_chat_id != self.event.chat_id:
            self.member = dataclasses.replace(
                self.member, active=True, dm_chat_id=self.event.chat_id
            )
        return self.member

    def update(self, **changes: Any) -> Member:
        """Change her member row (saved with the turn)."""
        self.member = dataclasses.replace(self.ensure_member(), **changes)
        return self.member
