"""Complete Discord objects, as the API and the gateway send them (every required field)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
_counter = itertools.count(1)

# Channel types
GUILD_TEXT = 0
DM = 1
PUBLIC_THREAD = 11
MANAGE_GUILD = 1 << 5
ALL_PERMISSIONS = (1 << 50) - 1
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 31)  # view, send, history, use


def snowflake(shard: tuple[int, int] | None = None) -> str:
    """Return a new id, as Discord makes them; for a server, one whose events go to a given
    shard ([id, count]: its millisecond part is the id, modulo the count)."""
    now = int(dt.datetime.now(dt.UTC).timestamp() * 1000) - DISCORD_EPOCH_MS
    if shard is not None:
        shard_id, count = shard
        now -= (now - shard_id) % count
    return str((now << 22) | (next(_counter) & 0x3FFFFF))


def timestamp() -> str:
    """Return now in ISO 8601, as Discord writes it."""
    return dt.datetime.now(dt.UTC).isoformat()


def user(user_id: str, name: str, *, bot: bool = False) -> dict[str, Any]:
    """A user object (UserResponse)."""
    return {
        "id": user_id,
        "username": name,
        "avatar": None,
        "discriminator": "0",
        "public_flags": 0,
        "flags": 0,
        "global_name": name,
        "primary_guild": None,
        "bot": bot,
    }


def me(bot_user: dict[str, Any]) -> dict[str, Any]:
    """The bot itself (UserPIIResponse, GET /users/@me)."""
    body = {k: v for k, v in bot_user.items() if k != "primary_guild"}
    return {**body, "mfa_enabled": False, "locale": "en-US", "verified": True, "email": None}


def dm_channel(channel_id: str, recipient: dict[str, Any]) -> dict[str, Any]:
    """A DM channel (PrivateChannelResponse)."""
    return {
        "id": channel_id,
        "type": DM,
        "flags": 0,
        "recipients": [recipient],
        "last_message_id": None,
    }


def text_channel(channel_id: str, guild_id: str, name: str, position: int) -> dict[str, Any]:
    """A server's text channel (GuildChannelResponse)."""
    return {
        "id": channel_id,
        "type": GUILD_TEXT,
        "guild_id": guild_id,
        "name": name,
        "position": position,
        "flags": 0,
        "permission_overwrites": [],
        "parent_id": None,
        "topic": None,
        "nsfw": False,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def thread(
    thread_id: str, guild_id: str, parent_id: str, name: str, owner_id: str
) -> dict[str, Any]:
    """A public thread (ThreadResponse)."""
    return {
        "id": thread_id,
        "type": PUBLIC_THREAD,
        "flags": 0,
        "guild_id": guild_id,
        "parent_id": parent_id,
        "name": name,
        "owner_id": owner_id,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "thread_metadata": {
            "archived": False,
            "archive_timestamp": timestamp(),
            "auto_archive_duration": 1440,
            "locked": False,
            "create_timestamp": timestamp(),
        },
        "message_count": 0,
        "member_count": 1,
        "total_message_sent": 0,
    }


def role(role_id: str, name: str, permissions: int, position: int) -> dict[str, Any]:
    """A role (GuildRoleResponse)."""
    return {
        "id": role_id,
        "name": name,
        "description": None,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "icon": None,
        "unicode_emoji": None,
        "flags": 0,
    }


def member(person: dict[str, Any], roles: list[str]) -> dict[str, Any]:
    """A server member (GuildMemberResponse)."""
    return {
        "user": person,
        "roles": roles,
        "nick": None,
        "avatar": None,
        "banner": None,
        "joined_at": timestamp(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }


def message(
    message_id: str,
    channel_id: str,
    author: dict[str, Any],
    body: dict[str, Any],
    *,
    guild_id: str | None = None,
) -> dict[str, Any]:
    """A message as Discord answers a create (MessageResponse) from the request's body."""
    content = body.get("content") or ""
    made: dict[str, Any] = {
        "id": message_id,
        "channel_id": channel_id,
        "type": 0,
        "content": content,
        "author": author,
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "attachments": [],
        "embeds": body.get("embeds") or [],
        "components": numbered(body.get("components") or []),
        "timestamp": timestamp(),
        "edited_timestamp": None,
        "flags": int(body.get("flags") or 0),
        "pinned": False,
        "tts": False,
    }
    if body.get("nonce") is not None:
        made["nonce"] = body["nonce"]
    if guild_id is not None:
        made["guild_id"] = guild_id
    return made


def numbered(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each component the id Discord gives it (1, 2, … through nested rows)."""
    counter = itertools.count(1)

    def walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        made = []
        for item in items:
            copy = {**item, "id": item.get("id") or next(counter)}
            if "components" in item:
                copy["components"] = walk(item["components"])
            made.append(copy)
        return made

    return walk(components)
