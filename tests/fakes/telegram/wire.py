"""The wire: values a test sees (calls, uploads, faults), the Bot API's limits and errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

JSON = dict[str, Any]
Params = dict[str, Any]

# A syntactically valid token (digits, colon, 35 characters) that only this fake accepts.
FAKE_TOKEN = "123456789:AAHoldspaceFakeTokenForLoopbackTest"
DEFAULT_BOT_USERNAME = "holdspace_test_bot"

_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
_MESSAGE_LIMIT = 4096  # UTF-16 code units after entity parsing
_CAPTION_LIMIT = 1024  # likewise, for a file's caption
_UPLOAD_LIMIT = 50 * 1024 * 1024  # bytes a bot may upload
_CALLBACK_DATA_LIMIT = 64  # bytes
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
# Sent unless allowed_updates names them explicitly (Bot API, getUpdates.allowed_updates).
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
# Methods that post a message and so count against flood limits.
SEND_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendAudio",
        "sendDocument",
        "sendVideo",
        "sendAnimation",
        "sendVoice",
        "sendVideoNote",
        "sendMediaGroup",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "sendSticker",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
    }
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})
_PRESENT = frozenset({"creator", "administrator", "member", "restricted"})
MemberStatus = Literal["creator", "administrator", "member", "restricted", "left", "kicked"]


@dataclass
class Call:
    """One request the bot made: canonical method name, decoded params, arrival (monotonic).

    ``status`` is the HTTP status the fake answered (None while pending, or if the connection
    was dropped); ``done`` turns True once the fake has finished with the request; ``result`` is
    the ``result`` of a successful answer (e.g. the sent Message as JSON).
    """

    method: str
    params: Params
    at: float
    status: int | None = None
    done: bool = False
    result: Any = None


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class WebhookDelivery:
    """One attempt to POST an update to the bot's webhook."""

    update_id: int
    url: str
    status: int | None
    error: str | None
    at: float

    @property
    def ok(self) -> bool:
        """Return True if the webhook answered 2xx."""
        return self.status is not None and 200 <= self.status < 300


@dataclass(frozen=True)
class Fault:
    """A failure to answer instead of the normal response; build with the class methods."""

    kind: Literal["error", "disconnect", "stall"]
    status: int = 0
    description: str = ""
    parameters: Mapping[str, Any] | None = None
    delay: float = 0.0

    @classmethod
    def too_many_requests(cls, retry_after: int) -> Fault:
        """Answer 429 with ``parameters.retry_after`` (PTB raises ``RetryAfter``)."""
        return cls(
            "error",
            429,
            f"Too Many Requests: retry after {retry_after}",
            {"retry_after": retry_after},
        )

    @classmethod
    def forbidden(cls, description: str = "Forbidden: bot was blocked by the user") -> Fault:
        """Answer 403 (PTB raises ``Forbidden``)."""
        return cls("error", 403, description)

    @classmethod
    def bad_request(cls, description: str) -> Fault:
        """Answer 400 with a description such as "Bad Request: chat not found"."""
        return cls("error", 400, description)

    @classmethod
    def migrate(cls, to_chat_id: int) -> Fault:
        """Answer 400 with ``parameters.migrate_to_chat_id`` (PTB raises ``ChatMigrated``)."""
        return cls(
            "error",
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            {"migrate_to_chat_id": to_chat_id},
        )

    @classmethod
    def server_error(cls, status: int = 500) -> Fault:
        """Answer 500 or 502 (PTB raises ``NetworkError``)."""
        phrase = {500: "Internal Server Error", 502: "Bad Gateway"}.get(status, "Server Error")
        return cls("error", status, phrase)

    @classmethod
    def disconnect(cls) -> Fault:
        """Close the connection without answering (PTB raises ``NetworkError``)."""
        return cls("disconnect")

    @classmethod
    def stall(cls, seconds: float) -> Fault:
        """Wait before handling the request normally; longer than the client's read timeout
        gives ``TimedOut``. If the client gives up first, the request is dropped unhandled."""
        return cls("stall", delay=seconds)


_PASS = Fault("stall")  # a placeholder in the fault list: this call is answered normally


class _ApiError(Exception):
    def __init__(
        self, status: int, description: str, parameters: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def _bad_request(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
