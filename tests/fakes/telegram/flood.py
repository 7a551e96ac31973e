"""Telegram's flood limits, as strict sliding windows."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class FloodLimits:
    """Telegram's documented send limits, enforced as strict sliding windows.

    ``scale`` multiplies every allowed rate: scale 3 allows 90/s overall, 3/s per chat and
    60/min per group. A scaled rate below one message per window becomes one message per
    correspondingly longer window (0.5/s → 1 per 2 s). A send with ``allow_paid_broadcast``
    counts against ``paid_per_second`` overall (Telegram: up to 1000), not ``per_second``;
    the per-chat and per-group limits hold for it all the same.
    """

    per_second: float = 30
    paid_per_second: float = 1000
    per_chat_per_second: float = 1
    per_group_per_minute: float = 20
    scale: float = 1.0


class _Window:
    """Timestamps of accepted sends within one sliding window."""

    def __init__(self, rate: float, window: float) -> None:
        if rate <= 0:
            raise ValueError("flood limits must be positive")
        if rate >= 1:
            self.limit, self.length = math.floor(rate), window
        else:
            self.limit, self.length = 1, window / rate
        self._stamps: deque[float] = deque()

    def wait(self, now: float) -> float:
        while self._stamps and self._stamps[0] <= now - self.length:
            self._stamps.popleft()
        if len(self._stamps) < self.limit:
            return 0.0
        return self._stamps[len(self._stamps) - self.limit] + self.length - now

    def add(self, now: float) -> None:
        self._stamps.append(now)


class _FloodControl:
    def __init__(self, limits: FloodLimits) -> None:
        self.limits = limits
        self._global = _Window(limits.per_second * limits.scale, 1.0)
        self._paid = _Window(limits.paid_per_second * limits.scale, 1.0)
        self._chats: dict[str, _Window] = {}
        self._groups: dict[str, _Window] = {}

    def admit(self, chat_id: int | str, now: float, *, paid: bool = False) -> float:
        """Record a send and return 0, or return the seconds to wait without recording."""
        key = str(chat_id)
        limits = self.limits
        windows = [
            self._paid if paid else self._global,
            self._chats.setdefault(key, _Window(limits.per_chat_per_second * limits.scale, 1.0)),
        ]
        if isinstance(chat_id, int) and chat_id < 0:
            windows.append(
                self._groups.setdefault(
                    key, _Window(limits.per_group_per_minute * limits.scale, 60.0)
                )
            )
        wait = max(window.wait(now) for window in windows)
        if wait > 0:
            return wait
        for window in windows:
            window.add(now)
        return 0.0
