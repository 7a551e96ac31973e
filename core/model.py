"""The core's vocabulary: small frozen values holding primitive ids, never platform objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

ACTION_LIMIT = 64  # bytes of a button's action id: Telegram's callback data
DEFAULT_JOURNAL_DAYS = 90  # how long journal entries are kept unless she chooses otherwise


class ChatKind(StrEnum):
    """Where a message happened."""

    PRIVATE = "private"
    GROUP = "group"


@dataclass(frozen=True)
class Event:
    """One thing a person did: a command, a free-text message, or a button press.

    Adapters build events from platform updates. `command` is the command word without the
    slash (``"reflect"``), `args` the text after it; `action` is set instead when a button
    (a `Choice`) was pressed. `is_moderator` is the platform's answer to "may this person
    moderate this chat?" (Telegram: chat administrator; Discord: Manage Server); the core
    decides what moderators may do with it. `roles` are the ids of the roles she holds
    there, on a platform with roles (Discord): a group may let one of them moderate too
    (`Group.moderator_role`). A platform that fills a command's options itself (Discord)
    gives `subcommand` and `options` (name, value) instead of `args`.
    """

    platform: str
    chat_id: str
    user_id: str
    chat_kind: ChatKind = ChatKind.PRIVATE
    command: str | None = None
    args: str = ""
    text: str = ""
    action: str | None = None
    locale: str | None = None
    is_moderator: bool = False
    thread_id: str | None = None
    payload: str | None = None
    subcommand: str | None = None
    options: tuple[tuple[str, str], ...] | None = None
    roles: tuple[str, ...] = ()

    @property
    def is_private(self) -> bool:
        """Tell whether the event happened in a private chat."""
        return self.chat_kind is ChatKind.PRIVATE


@dataclass(frozen=True)
class Choice:
    """A button under a reply. `action` is a stable id the adapter sends back (<= 64 bytes)."""

    label: str
    action: str


@dataclass(frozen=True)
class Attachment:
    """A text that goes with a reply whole, never cut: her data, as a file.

    An adapter shows it after the reply's text when both fit one message, and otherwise
    sends it as a file (Telegram: a document); a console writes it out as text.
    """

    filename: str
    content: str
    media_type: str = "application/json"


@dataclass(frozen=True)
class Reply:
    """What the core wants said, in the neutral markup of `core.markup`.

    `private_link` asks the adapter for a button that opens a private chat with the bot,
    carrying that start payload (Telegram deep link); `link_label` is its label. `kind`
    says what it is: "message", "crisis", "data" (her stored data), "topic", or "daily"
    (a reflection from the outbox). `attachment` is a text sent whole with it.
    """

    text: str
    choices: tuple[Choice, ...] = ()
    private_link: str | None = None
    link_label: str | None = None
    kind: str = "message"
    tags: tuple[str, ...] = field(default=())
    attachment: Attachment | None = None


@dataclass(frozen=True)
class Member:
    """What is stored about one member: ids, settings and a little conversation state.

    `pending` is the one thing the bot is waiting for from her (an answer to a reflection,
    a confirmation), valid until `pending_until`; `crisis_until` keeps crisis support in
    front of her for a while after crisis language, and `pending` then says which crisis
    her next messages are followed up as ("crisis:acute", "crisis:other").
    """

    platform: str
    user_id: str
    created_at: dt.datetime
    dm_chat_id: str | None = None
    locale: str | None = None
    country: str | None = None
    zone: str | None = None
    journal: bool = False
    pending: str | None = None
    pending_until: dt.datetime | None = None
    crisis_until: dt.datetime | None = None
    last_prompt_id: str | None = None
    active: bool = True
    dates: str = ""  # her own hard dates, month and day only: "child_birthday:03-14 ..."
    country_offered: bool = False  # she was offered, once, to tell her country for crisis lines
    journal_days: int = DEFAULT_JOURNAL_DAYS  # how long her journal entries are kept
    version: int = 0  # of her stored row, as read: a save that finds another fails


@dataclass(frozen=True)
class Subscription:
    """A member's daily private reflection: when, where, and when next."""

    platform: str
    user_id: str
    chat_id: str
    slot: str
    zone: str
    next_due_at: dt.datetime
    created_at: dt.datetime
    cadence: str = "daily"
    quiet: str | None = None
    paused_until: dt.date | None = None
    welcome_back: bool = False


@dataclass(frozen=True)
class Group:
    """A group's settings: its daily reflection and the themes it wants.

    `next_prompt_id` is the prompt its next daily post will carry, chosen when the due time
    is set, so that members' reflections can avoid it and a topic does not take it.
    `moderator_role` is a role whose holders may moderate it besides those the platform
    names (Discord: Manage Server), chosen in `/setup`; `moderator_chat` is where its
    moderators are told that the bot may not post in it (Discord: a channel of the server).
    `daily_thread`: its daily post opens a thread for the day's discussion (Discord).
    """

    platform: str
    chat_id: str
    created_at: dt.datetime
    locale: str = "en"
    daily: bool = False
    slot: str = "09:00"
    zone: str = "UTC"
    cadence: str = "daily"
    themes: tuple[str, ...] = ()
    thread_id: str | None = None
    next_due_at: dt.datetime | None = None
    active: bool = True
    next_prompt_id: str | None = None  # what it gets at next_due_at, chosen ahead
    moderator_role: str | None = None
    moderator_chat: str | None = None
    daily_thread: bool = True


@dataclass(frozen=True)
class JournalEntry:
    """A private reflection a member chose to keep."""

    id: int
    platform: str
    user_id: str
    created_at: dt.datetime
    prompt_id: str | None
    text: str


@dataclass(frozen=True)
class ScheduledPost:
    """A post waiting in the outbox for its time: a moderator's one-off topic."""

    id: int
    due_at: dt.datetime
    item_id: str | None
    text: str
