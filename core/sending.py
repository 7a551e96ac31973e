"""The boundary between the core and a platform's sending side.

Each adapter provides a `Sender` for its platform. The delivery engine (and an adapter's own
reply path) hands it a `Destination` and a `Reply`, and gets back a `SendResult` that says,
in platform-neutral terms, what happened. A new platform is a new `Sender`; the core does
not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from core.model import Reply


class Outcome(StrEnum):
    """What became of one send."""

    SENT = "sent"
    RETRY = "retry"  # rate limited or a passing fault: try again after `retry_after`
    GONE = "gone"  # the recipient blocked the bot, left, or no longer exists
    MIGRATED = "migrated"  # the group has a new id (`new_chat_id`); send there
    NO_PERMISSION = "no_permission"  # the bot may not post here; tell the moderators
    FAILED = "failed"  # a permanent error that is none of the above


@dataclass(frozen=True)
class Destination:
    """Where a message goes: a private chat or a group (and its forum topic)."""

    platform: str
    chat_id: str
    is_group: bool = False
    thread_id: str | None = None


@dataclass(frozen=True)
class SendResult:
    """The platform's answer, translated.

    `retry_after` is in seconds; `scope` names what the limit applies to ("global" for the
    whole bot, "chat" for this destination) so that a pacer pauses exactly that.
    """

    outcome: Outcome
    retry_after: float | None = None
    scope: str | None = None
    new_chat_id: str | None = None
    message_ids: tuple[str, ...] = ()
    detail: str | None = None


class Sender(Protocol):
    """A platform's way of sending a reply somewhere."""

    platform: str

    async def send(
        self, destination: Destination, reply: Reply, *, nonce: str | None = None
    ) -> SendResult:
        """Send one reply (split as the platform needs) and say what happened."""
        ...
