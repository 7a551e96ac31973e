"""The fake's gateway: HELLO, IDENTIFY, heartbeats, READY, GUILD_CREATE, dispatches, RESUME.

One session at a time (the bot runs one shard). Every dispatch is numbered and kept, so a
bot that resumes (op 6) after a dropped connection is sent what it missed, then RESUMED.
`drop(code)` closes the connection with a gateway close code, as Discord does.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.discord.world import World

DISPATCH, HEARTBEAT, IDENTIFY, RESUME, RECONNECT, MEMBERS, INVALID, HELLO, ACK = (
    0, 1, 2, 6, 7, 8, 9, 10, 11,
)  # fmt: skip
HEARTBEAT_MS = 41_250  # Discord's; a test may make it shorter


class Gateway:
    """Speaks the gateway protocol to the bot over a websocket on loopback."""

    def __init__(self, world: World, token: str) -> None:
        self.world = world
        self.token = token
        self.session_id = ""
        self.sequence = 0
        self.sent: list[dict[str, Any]] = []  # every dispatch, for RESUME
        self.received: list[dict[str, Any]] = []  # every payload from the bot
        self.identified = 0
        self.resumed = 0
        self.ready = asyncio.Event()
        self._socket: web.WebSocketResponse | None = None
        self.resume_url = ""
        self.heartbeat_ms = HEARTBEAT_MS
        self.acks = 0

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """Serve one gateway connection."""
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        self.resume_url = str(request.url.with_query(None)).replace("http", "ws", 1)
        await socket.send_json(
            {"op": HELLO, "d": {"heartbeat_interval": self.heartbeat_ms}, "s": None, "t": None}
        )
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            self.received.append(payload)
            await self._on(socket, payload)
        if self._socket is socket:
            self._socket = None
            self.ready.clear()
        return socket

    async def _on(self, socket: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        data: dict[str, Any] = payload.get("d") or {}
        if op == HEARTBEAT:
            self.acks += 1
            await socket.send_json({"op": ACK, "d": None, "s": None, "t": None})
        elif op == IDENTIFY:
            if data.get("token") != self.token:
                await socket.close(code=4004, message=b"Authentication failed.")
                return
            self.identified += 1
            await self._identify(socket)
        elif op == RESUME:
            if data.get("session_id") != self.session_id or data.get("token") != self.token:
                await socket.send_json({"op": INVALID, "d": False, "s": None, "t": None})
                return
            self.resumed += 1
            missed = [p for p in self.sent if p["s"] > int(data.get("seq") or 0)]
            for packet in missed:
                await socket.send_json(packet)
            await self._dispatch(socket, "RESUMED", {})
            self.ready.set()
        elif op == MEMBERS:
            # answered, or a login waiting for the chunk waits for a timeout
            guild = self.world.guilds.get(str(data.get("guild_id")))
            members = list(guild.members.values()) if guild else []
            chunk = {
                "guild_id": data.get("guild_id"),
                "members": members,
                "chunk_index": 0,
                "chunk_count": 1,
                "not_found": [],
                "nonce": data.get("nonce"),
            }
            await self._dispatch(socket, "GUILD_MEMBERS_CHUNK", chunk)

    async def _identify(self, socket: web.WebSocketResponse) -> None:
        self.session_id = uuid.uuid4().hex
        self.sequence = 0
        self.sent.clear()
        ready = {
            "v": 10,
            "user": self.world.bot,
            "guilds": [{"id": g, "unavailable": True} for g in self.world.guilds],
            "session_id": self.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.resume_url,
            "shard": [0, 1],
            "application": {"id": self.world.application_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth_session_id_hash": "",
        }
        await self._dispatch(socket, "READY", ready)
        for guild in self.world.guilds.values():
            await self._dispatch(socket, "GUILD_CREATE", guild.as_gateway())
        self.ready.set()

    async def _dispatch(self, socket: web.WebSocketResponse, event: str, data: Any) -> None:
        self.sequence += 1
        packet = {"op": DISPATCH, "t": event, "s": self.sequence, "d": data}
        self.sent.append(packet)
        await socket.send_json(packet)

    async def dispatch(self, event: str, data: Any) -> None:
        """Send an event to the bot; kept for a RESUME when the bot is not connected."""
        if self._socket is None or self._socket.closed:
            self.sequence += 1
            self.sent.append({"op": DISPATCH, "t": event, "s": self.sequence, "d": data})
            return
        await self._dispatch(self._socket, event, data)

    async def drop(self, code: int = 4000) -> None:
        """Close the connection with a gateway close code (4000: resumable)."""
        if self._socket is not None:
            socket, self._socket = self._socket, None
            self.ready.clear()
            await socket.close(code=code, message=b"fault")

    async def close(self) -> None:
        """Close the connection as the fake stops."""
        if self._socket is not None:
            await self._socket.close(code=1001)
