"""The fake's world: users, chats and a webhook, as the fake keeps them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tests.fakes.telegram.wire import JSON, MemberStatus


@dataclass
class _User:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False
    started: bool = True
    blocked: bool = False

    def to_json(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


@dataclass
class _Chat:
    id: int
    type: Literal["private", "group", "supergroup", "channel"]
    title: str | None = None
    username: str | None = None
    is_forum: bool = False
    members: dict[int, MemberStatus] = field(default_factory=dict)
    migrated_to: int | None = None
    next_message_id: int = 1


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    ip_address: str | None
    has_custom_certificate: bool
    last_error_date: int | None = None
    last_error_message: str | None = None
