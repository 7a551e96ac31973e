"""`FakeDiscord`: REST and gateway on one port of 127.0.0.1, and the means to act as people.

    async with FakeDiscord() as fake:
        # point discord.py at fake.api_base_url and fake.gateway_url, log in with fake.token
        guild = fake.world.add_guild()
        await fake.slash(guild, user_id, "reflect", options=[...])
        fake.replies_to(interaction_id)

Every request the bot sends, and every answer the fake gives, is checked against
``discord-openapi.json`` when ``HOLDSPACE_API_SPECS`` names its folder (`spec_problems`).
"""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.discord import objects
from tests.fakes.discord.faults import Fault, Faults
from tests.fakes.discord.gateway import Gateway
from tests.fakes.discord.rest import Call, Rest
from tests.fakes.discord.world import Guild, World
from tests.fakes.discord_spec import DiscordSpec

PREFIX = "/api/v10"
COMMAND, COMPONENT, AUTOCOMPLETE = 2, 3, 4
CHANNEL_OPTION, ROLE_OPTION = 7, 8


@dataclass(frozen=True)
class Mention:
    """A slash command option that names a server's role or channel (`kind`) by its id."""

    kind: str  # "role" or "channel"
    id: str


class FakeDiscord:
    """A Discord that answers on loopback, for discord.py."""

    def __init__(self, *, token: str = "fake.discord.token", port: int = 0) -> None:
        self.token = token
        bot_id = objects.snowflake()
        self.world = World(objects.user(bot_id, "holdspace", bot=True), bot_id)
        self.faults = Faults()
        self.gateway = Gateway(self.world, token)
        self.rest = Rest(self.world, self.faults, self.gateway.dispatch, token)
        self.spec = DiscordSpec.from_env()
        self._port = port
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application(middlewares=[self.rest.middleware(PREFIX)])
        app.add_routes([*self.rest.routes(PREFIX), web.get("/gateway", self.gateway.handle)])
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", self._port))
        site = web.SockSite(self._runner, sock)
        await site.start()
        self.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base_url(self) -> str:
        """Where discord.py's REST calls go (its Route.BASE)."""
        return self.base_url + PREFIX

    @property
    def gateway_url(self) -> str:
        """Where discord.py's gateway connects."""
        return self.base_url.replace("http", "ws", 1) + "/gateway"

    # --- what the bot did ------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """Every request the bot made, in order."""
        return self.rest.calls

    def calls_to(self, method: str, contains: str = "") -> list[Call]:
        """The requests of one method whose path contains a piece."""
        return [c for c in self.calls if c.method == method and contains in c.path]

    def messages(self, channel_id: str) -> list[dict[str, Any]]:
        """Every message in a channel (the bot's, and members' written through the fake)."""
        return self.world.messages.get(channel_id, [])

    def spec_problems(self) -> list[str]:
        """Everything the bot sent, or the fake answered, that the description does not allow."""
        if self.spec is None:
            return []
        problems: list[str] = []
        for call in self.calls:
            problems += self.spec.check_request(call.method, call.path, call.body)
            if call.status and call.status < 300:
                problems += self.spec.check_response(
                    call.method, call.path, call.status, call.answer
                )
        return problems

    def assert_spec_clean(self) -> None:
        """Fail if any request or answer breaks the description (nothing when none is set)."""
        problems = self.spec_problems()
        assert not problems, "\n".join(problems[:20])

    # --- faults ----------------------------------------------------------------------

    def fail(self, fault: Fault, times: int = 1) -> None:
        """Answer the next matching request(s) with a fault."""
        self.faults.plan(fault, times)

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close the gateway connection with a close code; the bot should come back."""
        await self.gateway.drop(code)

    # --- people acting ---------------------------------------------------------------

    def _interaction(
        self, kind: int, user_id: str, data: dict[str, Any], guild: Guild | None,
        channel_id: str | None, locale: str,
    ) -> dict[str, Any]:  # fmt: skip
        person = self.world.person(user_id)
        interaction_id = objects.snowflake()
        payload: dict[str, Any] = {
            "id": interaction_id,
            "application_id": self.world.application_id,
            "type": kind,
            "data": data,
            "token": f"interaction-token-{interaction_id}",
            "version": 1,
            "locale": locale,
            "app_permissions": str(objects.ALL_PERMISSIONS),
            "entitlements": [],
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        if guild is not None:
            channel_id = channel_id or next(iter(guild.channels))
            member = guild.members.get(user_id) or self.world.join(guild, user_id)
            permissions = self.world.permissions(guild, user_id)
            payload.update(
                guild_id=guild.id,
                guild_locale="en-US",
                channel_id=channel_id,
                channel=(self.world.channel(channel_id) or ({}, None))[0],
                member={**member, "permissions": str(permissions)},
                authorizing_integration_owners={"0": guild.id},
                context=0,
            )
        else:
            channel = self.world.dm_with(user_id)
            payload.update(
                channel_id=channel["id"],
                channel=channel,
                user=person,
                authorizing_integration_owners={"0": "0"},
                context=1,
            )
        self.rest.interactions[interaction_id] = {
            **payload, "responses": [], "messages": [],
        }  # fmt: skip
        return payload

    async def slash(
        self,
        user_id: str,
        name: str,
        *,
        guild: Guild | None = None,
        subcommand: str | None = None,
        options: dict[str, Any] | None = None,
        locale: str = "en-US",
        channel_id: str | None = None,
    ) -> str:
        """Use a slash command (in a server, or in a DM with the bot); return the
        interaction's id."""
        given = [
            {"name": key, "type": _option_type(value), "value": _option_value(value)}
            for key, value in (options or {}).items()
        ]
        resolved = self._resolved(guild, (options or {}).values())
        if subcommand is not None:
            given = [{"name": subcommand, "type": 1, "options": given}]
        command = next((c for c in self.world.commands if c["name"] == name), None)
        data = {
            "id": command["id"] if command else objects.snowflake(),
            "name": name,
            "type": 1,
            "options": given,
        }
        if guild is not None:
            data["guild_id"] = guild.id
        if resolved:
            data["resolved"] = resolved
        payload = self._interaction(COMMAND, user_id, data, guild, channel_id, locale)
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    def _resolved(self, guild: Guild | None, values: Any) -> dict[str, Any]:
        """The objects a command's role and channel options name, as Discord adds them."""
        found: dict[str, Any] = {}
        for value in values:
            if isinstance(value, Mention) and guild is not None:
                if value.kind == "role":
                    found.setdefault("roles", {})[value.id] = guild.roles[value.id]
                else:
                    channel = guild.channels[value.id]
                    found.setdefault("channels", {})[value.id] = {
                        key: channel[key] for key in ("id", "type", "name", "parent_id", "flags")
                    } | {"permissions": str(objects.ALL_PERMISSIONS)}
        return found

    async def autocomplete(
        self, user_id: str, name: str, option: str, typed: str, *, subcommand: str | None = None
    ) -> str:
        """Type into an option with autocomplete; return the interaction's id."""
        given: list[dict[str, Any]] = [{"name": option, "type": 3, "value": typed, "focused": True}]
        if subcommand is not None:
            given = [{"name": subcommand, "type": 1, "options": given}]
        command = next((c for c in self.world.commands if c["name"] == name), None)
        data = {"id": command["id"] if command else "1", "name": name, "type": 1, "options": given}
        payload = self._interaction(AUTOCOMPLETE, user_id, data, None, None, "en-US")
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    async def press(
        self, user_id: str, message: dict[str, Any], custom_id: str, *, guild: Guild | None = None
    ) -> str:
        """Press a button under a message; return the interaction's id."""
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._interaction(COMPONENT, user_id, data, guild, message["channel_id"], "en-US")
        payload["message"] = message
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    async def direct_message(self, user_id: str, content: str) -> dict[str, Any]:
        """Write to the bot in a DM (MESSAGE_CREATE); return the message."""
        channel = self.world.dm_with(user_id)
        made = self.rest.post(channel["id"], self.world.person(user_id), {"content": content}, None)
        await self.gateway.dispatch("MESSAGE_CREATE", made)
        return made

    async def remove_bot(self, guild: Guild) -> None:
        """Kick the bot from a server (GUILD_DELETE without `unavailable`)."""
        guild.members.pop(self.world.bot["id"], None)
        await self.gateway.dispatch("GUILD_DELETE", {"id": guild.id})

    async def delete_channel(self, guild: Guild, channel_id: str) -> None:
        """Delete a server's channel (CHANNEL_DELETE)."""
        channel = guild.channels.pop(channel_id)
        await self.gateway.dispatch("CHANNEL_DELETE", channel)

    # --- what the bot answered -------------------------------------------------------

    def responses(self, interaction_id: str) -> list[dict[str, Any]]:
        """The callbacks the bot gave an interaction (type and data)."""
        return list(self.rest.interactions[interaction_id]["responses"])

    def replies_to(self, interaction_id: str) -> list[dict[str, Any]]:
        """The messages the bot posted in answer to an interaction, in order."""
        return list(self.rest.interactions[interaction_id]["messages"])

    async def wait_for(self, check: Any, within: float = 10.0) -> Any:
        """Wait until `check()` gives something true; return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while not (found := check()):
            if loop.time() > deadline:
                recent = [(c.method, c.path, c.status) for c in self.calls][-20:]
                raise AssertionError(f"timed out; the bot's last calls: {recent}")
            await asyncio.sleep(0.01)
        return found


def _option_type(value: Any) -> int:
    if isinstance(value, Mention):
        return ROLE_OPTION if value.kind == "role" else CHANNEL_OPTION
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    return 3


def _option_value(value: Any) -> Any:
    return value.id if isinstance(value, Mention) else value
