"""The fake's gateway: HELLO, IDENTIFY, heartbeats, READY, GUILD_CREATE, dispatches, RESUME.

A session per shard: IDENTIFY's `shard` ([id, count]; [0, 1] when it is left out) says
which, and a shard id not below the count is closed with 4010, as Discord does. A shard is
sent only its own servers (READY, GUILD_CREATE) and the events in them (a server's shard is
`(guild_id >> 22) % count`); DMs go to shard 0. Every dispatch is numbered and kept per
session, so a bot that resumes (op 6) after a dropped connection is sent what it missed,
then RESUMED. `drop(code)` closes the connections with a gateway close code, as Discord does.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.discord.world import World, shard_of

DISPATCH, HEARTBEAT, IDENTIFY, RESUME, RECONNECT, MEMBERS, INVALID, HELLO, ACK = (
    0, 1, 2, 6, 7, 8, 9, 10, 11,
)  # fmt: skip
HEARTBEAT_MS = 41_250  # Discord's; a test may make it shorter
INVALID_SHARD = 4010
GUILD_EVENTS = ("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE")  # the server is the `id`


@dataclass
class Session:
    """One shard's session: its connection while there is one, and what it was sent."""

    shard: tuple[int, int]  # [id, count], as identified
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    socket: web.WebSocketResponse | None = None
    sequence: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)  # every dispatch, for RESUME

    async def dispatch(self, event: str, data: Any) -> None:
        """Send an event; kept for a RESUME when the session is not connected."""
        self.sequence += 1
        packet = {"op": DISPATCH, "t": event, "s": self.sequence, "d": data}
        self.sent.append(packet)
        if self.socket is not None and not self.socket.closed:
            await self.socket.send_json(packet)


class Gateway:
    """Speaks the gateway protocol to the bot over websockets on loopback."""

    def __init__(self, world: World, token: str) -> None:
        self.world = world
        self.token = token
        self.sessions: dict[str, Session] = {}  # by session id
        self.received: list[dict[str, Any]] = []  # every payload from the bot
        self.identified = 0
        self.resumed = 0
        self.resume_url = ""
        self.heartbeat_ms = HEARTBEAT_MS
        self.acks = 0

    @property
    def session_id(self) -> str:
        """The id of shard 0's latest session ("" before any)."""
        found = [s for s in self.sessions.values() if s.shard[0] == 0]
        return found[-1].session_id if found else ""

    def shards(self) -> list[tuple[int, int]]:
        """The shards connected now, in the order they identified."""
        return [s.shard for s in self.sessions.values() if s.socket is not None]

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """Serve one gateway connection."""
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self.resume_url = str(request.url.with_query(None)).replace("http", "ws", 1)
        await socket.send_json(
            {"op": HELLO, "d": {"heartbeat_interval": self.heartbeat_ms}, "s": None, "t": None}
        )
        session: Session | None = None
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            self.received.append(payload)
            session = await self._on(socket, session, payload)
        if session is not None and session.socket is socket:
            session.socket = None
        return socket

    async def _on(
        self, socket: web.WebSocketResponse, session: Session | None, payload: dict[str, Any]
    ) -> Session | None:
        """Answer one payload; return the connection's session (known once identified)."""
        op = payload.get("op")
        data: dict[str, Any] = payload.get("d") or {}
        if op == HEARTBEAT:
            self.acks += 1
            await socket.send_json({"op": ACK, "d": None, "s": None, "t": None})
        elif op == IDENTIFY:
            if data.get("token") != self.token:
                await socket.close(code=4004, message=b"Authentication failed.")
                return session
            shard_id, count = (int(n) for n in data.get("shard") or (0, 1))
            if not 0 <= shard_id < count:
                await socket.close(code=INVALID_SHARD, message=b"Invalid shard.")
                return session
            self.identified += 1
            return await self._identify(socket, (shard_id, count))
        elif op == RESUME:
            found = self.sessions.get(str(data.get("session_id")))
            if found is None or data.get("token") != self.token:
                await socket.send_json({"op": INVALID, "d": False, "s": None, "t": None})
                return session
            self.resumed += 1
            found.socket = socket
            for packet in [p for p in found.sent if p["s"] > int(data.get("seq") or 0)]:
                await socket.send_json(packet)
            await found.dispatch("RESUMED", {})
            return found
        elif op == MEMBERS and session is not None:
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
            await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)
        return session

    async def _identify(self, socket: web.WebSocketResponse, shard: tuple[int, int]) -> Session:
        # a new session replaces the shard's sessions that lost their connection
        for key, old in list(self.sessions.items()):
            if old.shard[0] == shard[0] and old.socket is None:
                del self.sessions[key]
        session = Session(shard, socket=socket)
        self.sessions[session.session_id] = session
        guilds = [g for g in self.world.guilds.values() if shard_of(g.id, shard[1]) == shard[0]]
        ready = {
            "v": 10,
            "user": self.world.bot,
            "guilds": [{"id": g.id, "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.resume_url,
            "shard": list(shard),
            "application": {"id": self.world.application_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth_session_id_hash": "",
        }
        await session.dispatch("READY", ready)
        for guild in guilds:
            await session.dispatch("GUILD_CREATE", guild.as_gateway())
        return session

    async def dispatch(self, event: str, data: Any) -> None:
        """Send an event to the sessions of the shard it belongs to (DMs: shard 0); a session
        not connected keeps it for its RESUME."""
        guild_id = data.get("id") if event in GUILD_EVENTS else data.get("guild_id")
        for session in list(self.sessions.values()):
            owner = shard_of(str(guild_id), session.shard[1]) if guild_id else 0
            if session.shard[0] == owner:
                await session.dispatch(event, data)

    async def drop(self, code: int = 4000) -> None:
        """Close every connection with a gateway close code (4000: resumable)."""
        for session in self.sessions.values():
            if session.socket is not None:
                socket, session.socket = session.socket, None
                await socket.close(code=code, message=b"fault")

    async def close(self) -> None:
        """Close the connections as the fake stops."""
        for session in self.sessions.values():
            if session.socket is not None:
                await session.socket.close(code=1001)
