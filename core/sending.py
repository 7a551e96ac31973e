"""The boundary between the core and a platform's sending side.

Each adapter provides a `Sender` for its platform. It cuts a `Reply` into the messages the
platform carries (`split`), and sends one of them to a `Destination` (`send_part`), saying in
platform-neutral terms what happened (`SendResult`). The core paces each part
(`core.pacing.send_paced`), so a reply in several parts is sent part by part and a retry
resumes at the first part not sent. A new platform is a new `Sender`; the core does not
change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

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
    # a post sent to many at once (a daily reflection, a planned topic), not an answer:
    # Telegram can send those faster for a fee (TELEGRAM_ALLOW_PAID_BROADCAST)
    broadcast: bool = False


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
    rate_limited: bool = False  # the platform said too many requests (HTTP 429): counted


class Sender(Protocol):
    """A platform's way of sending a reply somewhere, one message at a time."""

    platform: str

    def split(self, reply: Reply) -> Sequence[Any]:
        """Cut a reply into the messages that carry it (at least one), in order."""
        ...

    async def send_part(
        self, destination: Destination, part: Any, *, nonce: str | None = None
    ) -> SendResult:
        """Send one message of a reply and say what happened; never raise for the platform's
        answers (text that cannot be encoded is a permanent failure, not a passing one)."""
        ...
