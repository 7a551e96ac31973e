"""What the fake Discord knows: the bot, its servers, channels, members, DMs and messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.fakes.discord import objects


def shard_of(guild_id: str, count: int) -> int:
    """Return the shard a server's events go to, as Discord computes it."""
    return (int(guild_id) >> 22) % count


@dataclass
class Guild:
    """A server: its channels, roles and members (the bot among them)."""

    id: str
    name: str
    owner_id: str
    bot_id: str
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)
    members: dict[str, dict[str, Any]] = field(default_factory=dict)
    large: bool = False  # GUILD_CREATE lists only the bot: the rest come by op 8
    locale: str = "en-US"  # its preferred_locale

    def as_gateway(self) -> dict[str, Any]:
        """The GUILD_CREATE payload."""
        return {
            "id": self.id,
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": self.owner_id,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": list(self.roles.values()),
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "preferred_locale": self.locale,
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "joined_at": objects.timestamp(),
            "large": self.large,
            "unavailable": False,
            "member_count": len(self.members),
            "voice_states": [],
            "members": [m for k, m in self.members.items() if not self.large or k == self.bot_id],
            "channels": list(self.channels.values()),
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def as_rest(self, with_counts: bool) -> dict[str, Any]:
        """The answer to GET /guilds/{id} (GuildWithCountsResponse)."""
        shown = self.as_gateway()
        rest = {key: shown[key] for key in REST_FIELDS}
        rest.update(
            home_header=None, region="deprecated", widget_enabled=False, widget_channel_id=None,
            max_presences=None, max_members=250_000, max_stage_video_channel_users=50,
            max_video_channel_users=25, premium_subscription_count=0,
            safety_alerts_channel_id=None, nsfw=False, incidents_data=None,
        )  # fmt: skip
        if with_counts:
            rest.update(approximate_member_count=len(self.members), approximate_presence_count=0)
        return rest


# what GET /guilds/{id} shares with GUILD_CREATE
REST_FIELDS = (
    "id", "name", "icon", "description", "splash", "discovery_splash", "features", "banner",
    "owner_id", "application_id", "afk_channel_id", "afk_timeout", "system_channel_id",
    "system_channel_flags", "verification_level", "roles", "default_message_notifications",
    "mfa_level", "explicit_content_filter", "vanity_url_code", "premium_tier",
    "preferred_locale", "rules_channel_id", "public_updates_channel_id",
    "premium_progress_bar_enabled", "nsfw_level", "emojis", "stickers",
)  # fmt: skip


@dataclass
class World:
    """Everything the fake holds; the REST routes and the gateway both read and change it."""

    bot: dict[str, Any]
    application_id: str
    guilds: dict[str, Guild] = field(default_factory=dict)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    dms: dict[str, str] = field(default_factory=dict)  # user id -> DM channel id
    closed_dms: set[str] = field(default_factory=set)  # users whose DMs refuse the bot: 50007
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # per channel
    nonces: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    commands: list[dict[str, Any]] = field(default_factory=list)
    threads: dict[str, dict[str, Any]] = field(default_factory=dict)

    def person(self, user_id: str, name: str | None = None) -> dict[str, Any]:
        """Return a user, made up on first sight."""
        if user_id not in self.users:
            self.users[user_id] = objects.user(user_id, name or f"member{user_id[-4:]}")
        return self.users[user_id]

    def add_guild(
        self, name: str = "Circle", *, owner_id: str | None = None,
        shard: tuple[int, int] | None = None, locale: str = "en-US",
    ) -> Guild:  # fmt: skip
        """Make a server with one text channel, an @everyone role, the bot and its owner
        (on a given shard, [id, count], when one is given)."""
        guild_id = objects.snowflake(shard)
        owner = owner_id or objects.snowflake()
        guild = Guild(guild_id, name, owner, self.bot["id"], locale=locale)
        guild.roles[guild_id] = objects.role(guild_id, "@everyone", objects.MEMBER_PERMISSIONS, 0)
        channel_id = objects.snowflake()
        guild.channels[channel_id] = objects.text_channel(channel_id, guild_id, "general", 0)
        guild.members[self.bot["id"]] = objects.member(self.bot, [])
        guild.members[owner] = objects.member(self.person(owner, "owner"), [])
        self.guilds[guild_id] = guild
        return guild

    def add_channel(self, guild: Guild, name: str) -> str:
        """Give a server another text channel; return its id."""
        channel_id = objects.snowflake()
        position = len(guild.channels)
        guild.channels[channel_id] = objects.text_channel(channel_id, guild.id, name, position)
        return channel_id

    def add_role(self, guild: Guild, name: str, permissions: int) -> str:
        """Give a server a role; return its id."""
        role_id = objects.snowflake()
        guild.roles[role_id] = objects.role(role_id, name, permissions, len(guild.roles))
        return role_id

    def join(self, guild: Guild, user_id: str, roles: tuple[str, ...] = ()) -> dict[str, Any]:
        """Make a user a member of a server."""
        guild.members[user_id] = objects.member(self.person(user_id), list(roles))
        return guild.members[user_id]

    def permissions(self, guild: Guild, user_id: str) -> int:
        """Return a member's server-wide permissions (the owner has them all)."""
        if user_id == guild.owner_id:
            return objects.ALL_PERMISSIONS
        found = int(guild.roles[guild.id]["permissions"])
        for role_id in guild.members.get(user_id, {}).get("roles", []):
            found |= int(guild.roles[role_id]["permissions"])
        return found

    def channel(self, channel_id: str) -> tuple[dict[str, Any], Guild | None] | None:
        """Find a channel (or thread) and its server; None when there is no such channel."""
        for guild in self.guilds.values():
            if channel_id in guild.channels:
                return guild.channels[channel_id], guild
        if channel_id in self.threads:
            thread = self.threads[channel_id]
            return thread, self.guilds.get(thread["guild_id"])
        for user_id, dm in self.dms.items():
            if dm == channel_id:
                return objects.dm_channel(dm, self.person(user_id)), None
        return None

    def dm_with(self, user_id: str) -> dict[str, Any]:
        """Return the DM channel with a user, opened on first use."""
        if user_id not in self.dms:
            self.dms[user_id] = objects.snowflake()
        return objects.dm_channel(self.dms[user_id], self.person(user_id))

    def dm_user(self, channel_id: str) -> str | None:
        """Return whose DM channel this is, if it is one."""
        return next((u for u, c in self.dms.items() if c == channel_id), None)
