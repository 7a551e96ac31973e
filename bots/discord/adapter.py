"""The Discord adapter: discord.py in, core events through, replies back out.

Slash commands, buttons and autocomplete arrive as interactions (`on_interaction`); free
text arrives only in DMs (`on_message`: DMs carry their text without the privileged
message-content intent). Each is translated into a core `Event`, `Holdspace.handle`
answers, and the answer goes out:

- to an interaction, as its response and follow-ups, ephemeral when a private command was
  used in a server; each part waits its turn in the platform's pacer (replies first);
- to a DM, through the reply lane (`core.replies`), paced like every other reply.

A private command used in a server runs as in her DM with the bot (the DM channel is
opened once and its id kept with her settings), so her settings and data never show in the
server. Moderator commands carry Manage Server as their default permission, and the
permission is checked again here on every use; her roles go with the event, so the core
lets the role a server chose in `/setup moderator_role` moderate too. Buttons are
persistent by construction: their custom_id is the core's action id, read afresh on every
press, before and after a restart. Slash commands are synced only when the declarations
changed (`sync_if_changed`).

The client runs the shards this instance was given (`DISCORD_SHARD_IDS` of
`DISCORD_SHARD_COUNT`; shard 0 of 1, an unsharded bot to Discord, when no count is set), so
it hears only its shards' servers, and DMs on shard 0. It sends any due post, wherever its
server's shard runs: what a post needs about a server not in its cache is read over REST
(`place`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bots.discord.commands import SHOW, core_locale, payloads, signature
from bots.discord.render import Message
from bots.discord.sender import BACKOFF_SECONDS, MAX_RATELIMIT_WAIT, PLATFORM, DiscordSender
from core import markup
from core.commands import split_command
from core.content import Library
from core.conversation import Holdspace
from core.declarations import BY_NAME, find_action, requires_moderator
from core.model import ChatKind, Event, Reply
from core.pacing import Limits, Pacer
from core.replies import STOP_GRACE, ReplyLane, priority_of
from core.schedule import zone_suggestions
from core.sending import Destination
from core.settings import Settings
from core.storage.budget import shared_budget

log = logging.getLogger(__name__)

EPHEMERAL = 1 << 6
COMMAND, COMPONENT, AUTOCOMPLETE = 2, 3, 4
CHANNEL_MESSAGE, UPDATE_LATER, AUTOCOMPLETE_RESULT = 4, 5, 8
READY_TIMEOUT = 60.0
IDENTIFY_SECONDS = 6.0  # discord.py waits 5 s between two shards' IDENTIFYs; a second more
ANSWER_WITHIN = 2.0  # seconds before an interaction is deferred (Discord allows 3)


def point_at(settings: Settings) -> None:
    """Point discord.py at the configured REST base and gateway (a proxy, or a test fake)."""
    Route.BASE = settings.discord_api_base_url.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


def shards(settings: Settings) -> tuple[int, ...]:
    """Return the shards this instance runs (all of `DISCORD_SHARD_COUNT` unless
    `DISCORD_SHARD_IDS` names some; one shard, 0 of 1, when neither is set)."""
    return settings.discord_shard_ids or tuple(range(settings.discord_shard_count or 1))


def ready_timeout(settings: Settings) -> float:
    """Return how long start-up may wait for every shard it runs to be ready."""
    return READY_TIMEOUT + IDENTIFY_SECONDS * len(shards(settings))


@dataclass(frozen=True)
class Place:
    """A server's channel as a post there needs it: the channel's and the server's names
    and owner (to tell of a refusal), and the server's language (a content locale)."""

    channel: str
    server: str
    owner_id: int | None
    locale: str | None


def _options(data: dict[str, Any]) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """Read a slash command's subcommand and option values."""
    given = data.get("options") or []
    subcommand = None
    if given and given[0].get("type") == 1:
        subcommand = given[0]["name"]
        given = given[0].get("options") or []
    values = tuple((o["name"], str(o.get("value", ""))) for o in given)
    return (None if subcommand == SHOW else subcommand), values


def _roles(interaction: discord.Interaction) -> tuple[str, ...]:
    """Return the ids of the roles she holds in the server (the core checks the group's)."""
    member = interaction.user
    return (
        tuple(str(role.id) for role in member.roles) if isinstance(member, discord.Member) else ()
    )


def _is_private(where: tuple[ChatKind, ...]) -> bool:
    return ChatKind.GROUP not in where


class _Client(discord.AutoShardedClient):
    def __init__(self, adapter: DiscordAdapter, **options: Any) -> None:
        super().__init__(**options)
        self.adapter = adapter

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        await self.adapter.on_interaction(interaction)

    async def on_message(self, message: discord.Message) -> None:
        await self.adapter.on_message(message)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await self.adapter.on_guild_remove(guild)

    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        await self.adapter.app.chat_gone(PLATFORM, str(channel.id))


class DiscordAdapter:
    """Runs the Discord bot for as long as it is entered (`async with`)."""

    platform = PLATFORM

    def __init__(
        self,
        app: Holdspace,
        settings: Settings,
        *,
        guild_ready_timeout: float = 2.0,
        backoff: float = BACKOFF_SECONDS,
        stop_grace: float = STOP_GRACE,
    ) -> None:
        if settings.discord_token is None:
            raise ValueError("the Discord adapter needs DISCORD_BOT_TOKEN")
        self.app = app
        self.settings = settings
        point_at(settings)
        self.client = _Client(
            self,
            intents=discord.Intents.default(),  # no privileged intent
            guild_ready_timeout=guild_ready_timeout,
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
            chunk_guilds_at_startup=False,
            allowed_mentions=discord.AllowedMentions.none(),
            # always the sharded client: with a count of 1 it is what Discord calls an
            # unsharded bot, so one class and one path serve one instance and many
            shard_count=settings.discord_shard_count or 1,
            shard_ids=list(shards(settings)),
        )
        self.sender = DiscordSender(
            self.client, backoff=backoff, on_no_permission=self.tell_moderators,
            thread_name=self.thread_name,
        )  # fmt: skip
        # The platform's one pacer: the delivery service shares it (bots/runner.py); on
        # PostgreSQL its overall rate is the bot's, shared with the other instances.
        budget = shared_budget(app.storage, PLATFORM, settings.discord_token.reveal())
        self.pacer = Pacer(Limits(*settings.discord_limits), budget=budget)
        self.replies = ReplyLane(app, self.sender, self.pacer, stop_grace=stop_grace)
        self._connection: asyncio.Task[None] | None = None
        self._told: set[str] = set()  # channels whose moderators were told this run
        # servers on shards that run elsewhere, read over REST once a run: a broadcast's
        # posts there must not each cost two more requests
        self._places: dict[str, Place] = {}
        self.last_contact: float | None = None  # time.time() of Discord's last word (/healthz)
        self.answer_within = ANSWER_WITHIN

    # --- lifecycle ---------------------------------------------------------------------

    async def __aenter__(self) -> DiscordAdapter:
        await self.client.login(self.settings.discord_token.reveal())  # type: ignore[union-attr]
        self._connection = asyncio.create_task(self.client.connect(), name="discord-gateway")
        ready = asyncio.create_task(self.client.wait_until_ready())
        await asyncio.wait({ready, self._connection}, timeout=ready_timeout(self.settings),
                           return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
        if not ready.done():
            ready.cancel()
            await self.client.close()
            if self._connection.done():
                self._connection.result()  # the login's own error, said as it is
            raise TimeoutError("Discord's gateway did not become ready")
        await self.sync_if_changed()
        log.info("Discord bot %s is running", self.client.user)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.replies.close()  # sent, or handed to the outbox
        finally:
            await self.client.close()  # nothing more comes in to answer
            await self.pacer.aclose()  # no reservation of the shared budget outlives the bot
            if self._connection is not None:
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await self._connection

    # --- slash commands ----------------------------------------------------------------

    async def sync_if_changed(self) -> bool:
        """Publish the slash commands if the declarations changed since the last sync."""
        return await sync_commands(self.client, self.app.library, self.settings, force=False)

    async def ping(self) -> bool:
        """Ask Discord who the bot is, its gateway up (the health check, bots/ops.py)."""
        if not self.client.is_ready() or self.client.is_closed():
            return False
        try:
            await self.client.http.request(Route("GET", "/users/@me"))
        except (discord.HTTPException, OSError, TimeoutError):
            return False
        self.last_contact = time.time()
        return True

    async def sync(self) -> None:
        """Publish the slash commands now (bulk overwrite)."""
        await sync_commands(self.client, self.app.library, self.settings, force=True)

    # --- events in ---------------------------------------------------------------------

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Translate a slash command, a button press or an autocomplete into core terms."""
        self.last_contact = time.time()  # an interaction came: Discord is there
        data: dict[str, Any] = dict(interaction.data or {})
        kind = interaction.type.value
        try:
            if kind == AUTOCOMPLETE:
                await self._autocomplete(interaction, data)
                return
            if kind == COMMAND:
                command = BY_NAME.get(str(data.get("name")))
                if command is None:
                    return
                subcommand, values = _options(data)
                private = _is_private(command.where)
                event = await self._event(
                    interaction, private, command=command.name, subcommand=subcommand,
                    options=values,
                )  # fmt: skip
            elif kind == COMPONENT:
                custom_id = str(data.get("custom_id", ""))
                found = find_action(custom_id)
                private = found is None or _is_private(found[1].where)
                event = await self._event(interaction, private, action=custom_id)
            else:
                return
            ephemeral = interaction.guild_id is not None and event.is_private
            closed = await self._dms_closed(event) if ephemeral else None
            answering = asyncio.create_task(self.app.handle(event))
            done, _ = await asyncio.wait({answering}, timeout=self.answer_within)
            deferred = not done
            if deferred:  # Discord waits 3 s for an answer: say "thinking", answer after
                await self._callback(interaction, {"type": UPDATE_LATER, "data": _flags(ephemeral)})
            replies = await answering
            if ephemeral and closed is not None:
                replies = [closed, *replies]
            await self._respond(interaction, replies, ephemeral, deferred=deferred)
        except Exception:  # what she did is not logged, only that it failed
            log.exception("could not answer a Discord interaction")

    async def _event(self, interaction: discord.Interaction, private: bool, **fields: Any) -> Event:
        user = interaction.user
        locale = core_locale(interaction.locale.value if interaction.locale else None)
        if interaction.guild_id is None or not private:
            chat_kind = ChatKind.PRIVATE if interaction.guild_id is None else ChatKind.GROUP
            chat_id = str(interaction.channel_id)
        else:  # her private command in a server: as in her DM with the bot
            chat_kind = ChatKind.PRIVATE
            dm = user.dm_channel or await user.create_dm()
            chat_id = str(dm.id)
        event = Event(
            platform=PLATFORM, chat_id=chat_id, user_id=str(user.id), chat_kind=chat_kind,
            locale=locale, **fields,
        )  # fmt: skip
        if not event.is_private and requires_moderator(event):
            event = dataclasses.replace(
                event, is_moderator=self._is_moderator(interaction), roles=_roles(interaction)
            )
        return event

    async def _dms_closed(self, event: Event) -> Reply | None:
        """Say, where she can see it, that her daily DMs paused because her DMs are closed.

        A 50007 marked her unreachable; the command she is using now (answered only to her,
        in the server) makes her reachable again, so she is told once for each refusal.
        """
        async with self.app.storage.transaction() as tx:
            member = await tx.member(PLATFORM, event.user_id)
            subscription = await tx.subscription(PLATFORM, event.user_id)
        if member is None or member.active or subscription is None:
            return None
        locale = self.app.library.locale_for(member.locale or event.locale)
        return Reply(self.app.library.text("discord.dms_closed", locale))

    def _is_moderator(self, interaction: discord.Interaction) -> bool:
        """Check Manage Server again at run time (a server may change the command's rights)."""
        member = interaction.user
        if isinstance(member, discord.Member) and member.guild.owner_id == member.id:
            return True
        return interaction.permissions.manage_guild

    async def _autocomplete(self, interaction: discord.Interaction, data: dict[str, Any]) -> None:
        given = data.get("options") or []
        if given and given[0].get("type") == 1:
            given = given[0].get("options") or []
        focused = next((o for o in given if o.get("focused")), None)
        typed = str(focused.get("value", "")) if focused else ""
        choices = [{"name": zone, "value": zone} for zone in zone_suggestions(typed)]
        await self._callback(
            interaction, {"type": AUTOCOMPLETE_RESULT, "data": {"choices": choices}}
        )

    async def _respond(
        self,
        interaction: discord.Interaction,
        replies: list[Reply],
        ephemeral: bool,
        *,
        deferred: bool = False,
    ) -> None:
        """Answer an interaction: the first part as its response, the rest as follow-ups."""
        parts: list[tuple[Message, Reply]] = [
            (part, reply) for reply in replies for part in self.sender.split(reply)
        ]
        if not parts:
            if not deferred:
                await self._callback(interaction, {"type": UPDATE_LATER, "data": _flags(ephemeral)})
            return
        for index, (part, reply) in enumerate(parts):
            await self.pacer.turn(f"interaction:{interaction.id}", False, priority_of(reply))
            body = {**part.payload(), **_flags(ephemeral)}
            if index == 0 and not deferred:
                await self._callback(interaction, {"type": CHANNEL_MESSAGE, "data": body})
            else:
                route = Route(
                    "POST", "/webhooks/{application_id}/{token}",
                    application_id=interaction.application_id, token=interaction.token,
                )  # fmt: skip
                await self.client.http.request(route, json=body)

    async def _callback(self, interaction: discord.Interaction, body: dict[str, Any]) -> None:
        route = Route(
            "POST", "/interactions/{interaction_id}/{token}/callback",
            interaction_id=interaction.id, token=interaction.token,
        )  # fmt: skip
        await self.client.http.request(route, json=body)

    async def on_message(self, message: discord.Message) -> None:
        """Translate a DM into a core event (a server's messages are not read)."""
        self.last_contact = time.time()
        if message.guild is not None or message.author.bot or not message.content:
            return
        fields: dict[str, Any] = {"text": message.content}
        command = split_command(message.content)
        if command is not None and not command.addressee:
            fields.update(command=command.name, args=command.words)
        event = Event(
            platform=PLATFORM, chat_id=str(message.channel.id), user_id=str(message.author.id),
            chat_kind=ChatKind.PRIVATE, **fields,
        )  # fmt: skip
        replies = await self.app.handle(event)
        self.replies.submit(Destination(PLATFORM, event.chat_id), replies, user_id=event.user_id)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Stop posting to a server that removed the bot; keep its settings."""
        for channel in guild.channels:
            await self.app.chat_gone(PLATFORM, str(channel.id))

    async def thread_name(self, channel_id: str) -> str | None:
        """Name the day's discussion thread in the server's language (None: the channel
        chose no thread in `/setup thread`)."""
        async with self.app.storage.transaction() as tx:
            group = await tx.group(PLATFORM, channel_id)
        if group is not None and not group.daily_thread:
            return None
        place = await self.place(channel_id)
        wanted = place.locale if place is not None else None
        return self.app.library.text("discord.thread", self.app.library.locale_for(wanted))

    async def place(self, channel_id: str) -> Place | None:
        """Find a server's channel: in the cache when its shard runs here, else over REST
        (any instance may send any post), once a run; None when it is no server's or Discord did
        not say."""
        channel = self.client.get_channel(int(channel_id))
        if isinstance(channel, discord.abc.GuildChannel | discord.Thread):
            guild = channel.guild
            return Place(
                channel.name, guild.name, guild.owner_id,
                core_locale(str(guild.preferred_locale)),
            )  # fmt: skip
        if (known := self._places.get(channel_id)) is not None:
            return known
        try:
            found: dict[str, Any] = dict(await self.client.http.get_channel(int(channel_id)))
            if found.get("guild_id") is None:  # a DM
                return None
            server = await self.client.http.get_guild(int(found["guild_id"]), with_counts=False)
        except (discord.DiscordException, OSError, TimeoutError) as error:
            log.info("could not read a channel's server from Discord (%s)", type(error).__name__)
            return None
        known = self._places[channel_id] = Place(
            str(found.get("name") or ""), server["name"], int(server["owner_id"]),
            core_locale(server.get("preferred_locale")),
        )  # fmt: skip
        return known

    # --- what went wrong out --------------------------------------------------------------

    async def tell_moderators(self, destination: Destination) -> None:
        """Tell a server's moderators, once a run, that the bot may not post in a channel: in
        the moderators' channel chosen in `/setup`, else their server's owner by DM."""
        if destination.chat_id in self._told:
            return
        self._told.add(destination.chat_id)  # before the request: a second refusal meanwhile
        place = await self.place(destination.chat_id)
        if place is None:
            self._told.discard(destination.chat_id)
            return
        text = self.app.library.text(
            "discord.no_permission", self.app.library.locale_for(place.locale),
            channel=markup.escape(place.channel), server=markup.escape(place.server),
        )  # fmt: skip
        async with self.app.storage.transaction() as tx:
            group = await tx.group(PLATFORM, destination.chat_id)
        told = group.moderator_chat if group is not None else None
        if told is not None and told != destination.chat_id:
            # if the bot may not post there either, that channel's refusal tells the owner
            self.replies.submit(Destination(PLATFORM, told, is_group=True), [Reply(text)])
            return
        try:
            if place.owner_id is None:
                raise discord.ClientException("the server's owner is not known")
            owner = self.client.get_user(place.owner_id) or await self.client.fetch_user(
                place.owner_id
            )
            dm = owner.dm_channel or await owner.create_dm()
        except discord.DiscordException:
            log.warning("could not open a DM with a server's owner")
            return
        self.replies.submit(Destination(PLATFORM, str(dm.id)), [Reply(text)])


async def sync_commands(
    client: discord.Client, library: Library, settings: Settings, *, force: bool
) -> bool:
    """Publish the slash commands when forced or when the declarations' hash changed, and
    keep the hash (in `DISCORD_COMMANDS_STATE`); return whether they were published."""
    commands = payloads(library)
    wanted = f"{client.application_id}:{signature(commands)}"
    state: Path = settings.discord_commands_state
    if not force and _kept(state) == wanted:
        return False
    route = Route(
        "PUT", "/applications/{application_id}/commands", application_id=client.application_id
    )
    await client.http.request(route, json=commands)
    log.info("Discord slash commands synced")
    _keep(state, wanted)
    return True


def _kept(state: Path) -> str:
    """Read the hash of the commands last synced ("" when there is none)."""
    try:
        return state.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _keep(state: Path, value: str) -> None:
    """Keep the hash of the commands just synced (a few bytes: not worth a thread)."""
    try:
        state.write_text(value + "\n", encoding="utf-8")
    except OSError as error:
        log.warning("could not keep the commands' hash (%s): they sync again next start", error)


async def sync_now(settings: Settings, library: Library) -> None:
    """Log in over HTTP only and publish the slash commands (`holdspace discord sync`)."""
    if settings.discord_token is None:
        raise ValueError("DISCORD_BOT_TOKEN is not set")
    point_at(settings)
    client = discord.Client(intents=discord.Intents.default())
    try:
        await client.login(settings.discord_token.reveal())
        await sync_commands(client, library, settings, force=True)
    finally:
        await client.close()


def _flags(ephemeral: bool) -> dict[str, Any]:
    return {"flags": EPHEMERAL} if ephemeral else {}
