"""Time as an injected dependency: the core never reads the wall clock directly."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current instant."""

    def now(self) -> dt.datetime:
        """Return the current instant as an aware UTC datetime."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        """Return the current instant as an aware UTC datetime."""
        return dt.datetime.now(dt.UTC)


class FakeClock:
    """A clock that moves only when told to; for tests and benchmarks."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(dt.UTC)

    def now(self) -> dt.datetime:
        """Return the instant the clock was last set to."""
        return self._now

    def set(self, instant: dt.datetime) -> None:
        """Move the clock to an instant."""
        if instant.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = instant.astimezone(dt.UTC)

    def advance(self, delta: dt.timedelta) -> None:
        """Move the clock forward."""
        self._now += delta
