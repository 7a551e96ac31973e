"""Faults the fake answers with instead of doing what was asked, in Discord's own words."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

# JSON error codes (Discord's, not HTTP's)
CANNOT_DM = 50007  # "Cannot send messages to this user"
MISSING_PERMISSIONS = 50013
MISSING_ACCESS = 50001
UNKNOWN_CHANNEL = 10003
UNKNOWN_GUILD = 10004
ALREADY_ACKNOWLEDGED = 40060  # a second callback to one interaction
_MESSAGES = {
    CANNOT_DM: "Cannot send messages to this user",
    MISSING_PERMISSIONS: "Missing Permissions",
    MISSING_ACCESS: "Missing Access",
    UNKNOWN_CHANNEL: "Unknown Channel",
    UNKNOWN_GUILD: "Unknown Guild",
    ALREADY_ACKNOWLEDGED: "Interaction has already been acknowledged.",
}


def json_response(
    body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """Answer JSON with Content-Type exactly application/json (discord.py checks it so)."""
    return web.Response(
        body=json.dumps(body).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def error(status: int, code: int) -> web.Response:
    """Answer a 4xx with Discord's error body."""
    return json_response({"code": code, "message": _MESSAGES.get(code, "Error")}, status)


def rate_limited(
    retry_after: float, *, is_global: bool = False, bucket: str = "fake"
) -> web.Response:
    """Answer 429 with every header Discord sends, `Via` included (without it discord.py
    takes the answer for a Cloudflare ban and does not retry)."""
    headers = {
        "Via": "1.1 google",
        "Retry-After": str(max(1, round(retry_after))),
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset-After": f"{retry_after:.3f}",
        "X-RateLimit-Bucket": bucket,
        "X-RateLimit-Scope": "global" if is_global else "user",
    }
    if is_global:
        headers["X-RateLimit-Global"] = "true"
    body = {
        "message": "You are being rate limited.",
        "retry_after": retry_after,
        "global": is_global,
    }
    return json_response(body, 429, headers)


@dataclass
class Fault:
    """One planned failure: an HTTP answer for the next request that matches."""

    status: int
    code: int = 0
    retry_after: float = 0.0
    is_global: bool = False
    method: str | None = None
    path_contains: str | None = None

    def matches(self, method: str, path: str) -> bool:
        """Tell whether this fault is for that request."""
        return (self.method is None or self.method == method) and (
            self.path_contains is None or self.path_contains in path
        )

    def answer(self) -> web.Response:
        """The response this fault gives."""
        if self.status == 429:
            return rate_limited(self.retry_after, is_global=self.is_global)
        if self.status >= 500:
            return json_response({"message": "Internal Server Error", "code": 0}, self.status)
        return error(self.status, self.code)


@dataclass
class Faults:
    """Planned failures, each used once, in the order they were planned."""

    planned: list[Fault] = field(default_factory=list)

    def plan(self, fault: Fault, times: int = 1) -> None:
        """Plan a fault for the next `times` matching requests."""
        self.planned.extend([fault] * times)

    def take(self, method: str, path: str) -> Fault | None:
        """Return (and use up) the first fault for this request, if any."""
        for index, fault in enumerate(self.planned):
            if fault.matches(method, path):
                return self.planned.pop(index)
        return None
