"""The fake's HTTP API: the routes the bot uses, answering with complete objects.

Each request is recorded as a `Call` (method, path, JSON body, status, answer). A planned
`Fault` answers instead when one matches; with `strict` limits, a sixth message to a channel
within five seconds, or a 51st request within a second, gets a 429 as Discord gives it. An
interaction is answered once: a second callback is refused (40060), as Discord refuses it.
"""

from __future__ import annotations

import collections
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.discord import objects
from tests.fakes.discord.faults import (
    ALREADY_ACKNOWLEDGED,
    CANNOT_DM,
    MISSING_ACCESS,
    UNKNOWN_CHANNEL,
    UNKNOWN_GUILD,
    Faults,
    error,
    json_response,
    rate_limited,
)
from tests.fakes.discord.world import World

CHANNEL_WINDOW = (5, 5.0)  # messages per channel, per seconds
GLOBAL_PER_SECOND = 50
EPHEMERAL = 1 << 6


@dataclass
class Call:
    """One request the bot made, and what it was answered."""

    method: str
    path: str
    body: Any
    status: int = 0
    answer: Any = None
    at: float = 0.0
    query: dict[str, str] | None = None


Dispatch = Callable[[str, dict[str, Any]], Awaitable[None]]  # a gateway event to the bot


class Rest:
    """The routes, on the world they share with the gateway."""

    def __init__(self, world: World, faults: Faults, dispatch: Dispatch, token: str) -> None:
        self.world = world
        self.faults = faults
        self.dispatch = dispatch
        self.token = token
        self.calls: list[Call] = []
        self.strict = False
        self._channel_sends: dict[str, collections.deque[float]] = collections.defaultdict(
            collections.deque
        )
        self._second: collections.deque[float] = collections.deque()
        self.interactions: dict[str, dict[str, Any]] = {}  # id -> the interaction sent
        self.rate_limited = 0
        self.most_at_once = 0  # the most requests it was answering at once
        self._answering = 0

    def routes(self, prefix: str) -> list[web.RouteDef]:
        """Return the aiohttp routes under the API prefix (/api/v10)."""
        r = prefix
        return [
            web.get(f"{r}/users/@me", self._me),
            web.get(f"{r}/users/{{user}}", self._user),
            web.get(f"{r}/gateway/bot", self._gateway_bot),
            web.get(f"{r}/gateway", self._gateway_bot),
            web.get(f"{r}/oauth2/applications/@me", self._application),
            web.get(f"{r}/applications/@me", self._application),
            web.put(f"{r}/applications/{{app}}/commands", self._put_commands),
            web.get(f"{r}/applications/{{app}}/commands", self._get_commands),
            web.post(f"{r}/users/@me/channels", self._open_dm),
            web.get(f"{r}/channels/{{channel}}", self._get_channel),
            web.post(f"{r}/channels/{{channel}}/messages", self._send),
            web.post(f"{r}/channels/{{channel}}/messages/{{message}}/threads", self._thread),
            web.post(f"{r}/interactions/{{id}}/{{token}}/callback", self._callback),
            web.post(f"{r}/webhooks/{{app}}/{{token}}", self._followup),
            web.patch(f"{r}/webhooks/{{app}}/{{token}}/messages/@original", self._edit_original),
            web.get(f"{r}/guilds/{{guild}}/members/{{user}}", self._member),
            web.get(f"{r}/guilds/{{guild}}", self._guild),
        ]

    # --- the common path ------------------------------------------------------------

    def middleware(self, prefix: str) -> Any:
        """Record every call, check the token, and apply faults and limits."""

        @web.middleware
        async def record(request: web.Request, handler: Any) -> web.StreamResponse:
            if not request.path.startswith(prefix):
                passed: web.StreamResponse = await handler(request)
                return passed
            path = request.path[len(prefix) :]
            body = await _body(request)
            call = Call(request.method, path, body, at=time.monotonic(), query=dict(request.query))
            self.calls.append(call)
            self._answering += 1
            self.most_at_once = max(self.most_at_once, self._answering)
            try:
                return await self._answer(request, handler, path, call)
            finally:
                self._answering -= 1

        return record

    async def _answer(
        self, request: web.Request, handler: Any, path: str, call: Call
    ) -> web.StreamResponse:
        if request.headers.get("Authorization") != f"Bot {self.token}" and not path.startswith(
            ("/interactions/", "/webhooks/")
        ):
            response: web.StreamResponse = error(401, 0)
        elif (fault := self.faults.take(request.method, path)) is not None:
            response = fault.answer()
        elif (limited := self._limit(request.method, path)) is not None:
            response = limited
        else:
            response = await handler(request)
        call.status = response.status
        if isinstance(response, web.Response) and response.body:
            call.answer = json.loads(response.body)  # type: ignore[arg-type]
        return response

    def _limit(self, method: str, path: str) -> web.Response | None:
        if not self.strict:
            return None
        now = time.monotonic()
        while self._second and now - self._second[0] >= 1.0:
            self._second.popleft()
        if len(self._second) >= GLOBAL_PER_SECOND:
            self.rate_limited += 1
            return rate_limited(1.0 - (now - self._second[0]), is_global=True)
        self._second.append(now)
        if method == "POST" and path.startswith("/channels/") and path.endswith("/messages"):
            sends = self._channel_sends[path]
            count, window = CHANNEL_WINDOW
            while sends and now - sends[0] >= window:
                sends.popleft()
            if len(sends) >= count:
                self.rate_limited += 1
                return rate_limited(window - (now - sends[0]), bucket=path)
            sends.append(now)
        return None

    # --- routes ---------------------------------------------------------------------

    async def _me(self, request: web.Request) -> web.Response:
        return json_response(objects.me(self.world.bot))

    async def _user(self, request: web.Request) -> web.Response:
        found = self.world.users.get(request.match_info["user"])
        if found is None:
            return error(404, 10013)  # Unknown user
        return json_response(found)

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        url = str(request.url.with_path("/gateway").with_query(None)).replace("http", "ws", 1)
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response({"url": url, "shards": 1, "session_start_limit": limit})

    async def _application(self, request: web.Request) -> web.Response:
        bot = self.world.bot
        owner = self.world.person("1")
        return json_response(
            {
                "id": self.world.application_id,
                "name": bot["username"],
                "icon": None,
                "description": "",
                "type": None,
                "bot": bot,
                "rpc_origins": [],
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "flags": 0,
                "flags_new": "0",
                "tags": [],
                "redirect_uris": [],
                "interactions_endpoint_url": None,
                "role_connections_verification_url": None,
                "owner": owner,
                "approximate_guild_count": len(self.world.guilds),
                "approximate_user_install_count": 0,
                "approximate_user_authorization_count": 0,
                "explicit_content_filter": 0,
                "team": None,
                "eligible_oauth2_scopes": ["bot", "applications.commands"],
            }
        )

    async def _put_commands(self, request: web.Request) -> web.Response:
        body = await _body(request)
        made = []
        for command in body or []:
            made.append(
                {
                    "id": objects.snowflake(),
                    "application_id": self.world.application_id,
                    "version": objects.snowflake(),
                    "default_member_permissions": _text_or_none(
                        command.get("default_member_permissions")
                    ),
                    "type": command.get("type", 1),
                    "name": command["name"],
                    "name_localizations": command.get("name_localizations"),
                    "description": command.get("description", ""),
                    "description_localizations": command.get("description_localizations"),
                    "dm_permission": True,
                    "contexts": command.get("contexts"),
                    "integration_types": command.get("integration_types") or [0],
                    "options": command.get("options") or [],
                    "nsfw": bool(command.get("nsfw", False)),
                }
            )
        self.world.commands = made
        return json_response(made)

    async def _get_commands(self, request: web.Request) -> web.Response:
        return json_response(self.world.commands)

    async def _open_dm(self, request: web.Request) -> web.Response:
        body = await _body(request)
        return json_response(self.world.dm_with(str(body["recipient_id"])))

    async def _get_channel(self, request: web.Request) -> web.Response:
        found = self.world.channel(request.match_info["channel"])
        if found is None:
            return error(404, UNKNOWN_CHANNEL)
        return json_response(found[0])

    async def _send(self, request: web.Request) -> web.Response:
        channel_id = request.match_info["channel"]
        body = await _body(request)
        found = self.world.channel(channel_id)
        if found is None:
            return error(404, UNKNOWN_CHANNEL)
        _channel, guild = found
        recipient = self.world.dm_user(channel_id)
        if recipient is not None and recipient in self.world.closed_dms:
            return error(403, CANNOT_DM)
        if guild is not None and self.world.bot["id"] not in guild.members:
            return error(403, MISSING_ACCESS)
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            seen = self.world.nonces.get((channel_id, str(nonce)))
            if seen is not None:
                return json_response(seen)  # the same message again: Discord's answer
        made = self.post(channel_id, self.world.bot, body, guild.id if guild else None)
        if nonce is not None and body.get("enforce_nonce"):
            self.world.nonces[(channel_id, str(nonce))] = made
        return json_response(made)

    def post(
        self, channel_id: str, author: dict[str, Any], body: dict[str, Any], guild_id: str | None
    ) -> dict[str, Any]:
        """Keep a message in a channel; return it as Discord would."""
        made = objects.message(objects.snowflake(), channel_id, author, body, guild_id=guild_id)
        self.world.messages.setdefault(channel_id, []).append(made)
        return made

    async def _thread(self, request: web.Request) -> web.Response:
        channel_id = request.match_info["channel"]
        body = await _body(request)
        found = self.world.channel(channel_id)
        if found is None or found[1] is None:
            return error(404, UNKNOWN_CHANNEL)
        guild = found[1]
        thread_id = request.match_info["message"]  # a thread from a message takes its id
        made = objects.thread(thread_id, guild.id, channel_id, body["name"], self.world.bot["id"])
        self.world.threads[thread_id] = made
        await self.dispatch("THREAD_CREATE", {**made, "newly_created": True})
        return json_response(made, 201)

    async def _callback(self, request: web.Request) -> web.StreamResponse:
        interaction = self.interactions.get(request.match_info["id"])
        if interaction is None or interaction["token"] != request.match_info["token"]:
            return error(404, 10062)  # Unknown interaction
        if interaction["responses"]:  # answered once: Discord refuses the second
            return error(400, ALREADY_ACKNOWLEDGED)
        body = await _body(request)
        kind = body["type"]
        interaction["responses"].append(body)
        answer: dict[str, Any] = {
            "interaction": {
                "id": interaction["id"],
                "type": interaction["type"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(
                    (body.get("data") or {}).get("flags", 0) & EPHEMERAL
                ),
            }
        }
        if kind in (4, 7):
            message = self._interaction_message(interaction, body.get("data") or {})
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": kind, "message": message}
        if request.query.get("with_response") in ("1", "true", "True"):
            return json_response(answer)
        return web.Response(status=204)

    def _interaction_message(
        self, interaction: dict[str, Any], data: dict[str, Any]
    ) -> dict[str, Any]:
        made = self.post(
            interaction["channel_id"], self.world.bot, data, interaction.get("guild_id")
        )
        interaction["messages"].append(made)
        return made

    def _by_token(self, token: str) -> dict[str, Any] | None:
        return next((i for i in self.interactions.values() if i["token"] == token), None)

    async def _followup(self, request: web.Request) -> web.Response:
        interaction = self._by_token(request.match_info["token"])
        if interaction is None:
            return error(404, 10015)  # Unknown webhook
        body = await _body(request)
        return json_response(self._interaction_message(interaction, body))

    async def _edit_original(self, request: web.Request) -> web.Response:
        interaction = self._by_token(request.match_info["token"])
        if interaction is None:
            return error(404, 10015)
        body = await _body(request)
        return json_response(self._interaction_message(interaction, body))

    async def _guild(self, request: web.Request) -> web.Response:
        guild = self.world.guilds.get(request.match_info["guild"])
        if guild is None:
            return error(404, UNKNOWN_GUILD)
        if self.world.bot["id"] not in guild.members:
            return error(403, MISSING_ACCESS)
        with_counts = request.query.get("with_counts") in ("1", "true", "True")
        return json_response(guild.as_rest(with_counts))

    async def _member(self, request: web.Request) -> web.Response:
        guild = self.world.guilds.get(request.match_info["guild"])
        user_id = request.match_info["user"]
        if guild is None or user_id not in guild.members:
            return error(404, 10007)
        return json_response(guild.members[user_id])


def _text_or_none(value: Any) -> str | None:
    """Discord takes a permission set as a number or a string, and answers a string."""
    return None if value is None else str(value)


async def _body(request: web.Request) -> Any:
    """Read a request's JSON body once (a body can be read only once)."""
    if "body" in request:
        return request["body"]
    request["body"] = await _read(request)
    return request["body"]


async def _read(request: web.Request) -> Any:
    if not request.can_read_body:
        return None
    if request.content_type == "multipart/form-data":
        form = await request.post()
        raw = form.get("payload_json")
        return json.loads(str(raw)) if raw is not None else {}
    text = await request.text()
    return json.loads(text) if text else None
