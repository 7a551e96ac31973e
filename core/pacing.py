"""One pacer per platform, shared by everything that sends: replies first, broadcasts after.

A platform's limits (overall, per chat, per group) hold for the bot as a whole, so the replies
to members and the daily broadcast go through the same `Pacer`. Each send asks for its turn
with a `Priority`: a crisis reply before any other reply, any reply before a broadcast. A send
that is outranked by another one ready at the same moment lets it go first; a send waiting
for its own chat (one message a second) never holds up another chat.

`send_paced` sends one reply part by part, each part on its own turn, and says how far it
got, so that a retry resumes at the first part not sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum

from core import metrics
from core.model import Reply
from core.sending import Destination, Outcome, Sender, SendResult


@dataclass(frozen=True)
class Limits:
    """A platform's limits: overall and per chat per second, per group per minute."""

    overall: float
    per_chat: float = 1.0
    per_group_minute: float = 20.0


TELEGRAM_LIMITS = Limits(overall=30.0, per_chat=1.0, per_group_minute=20.0)
DISCORD_LIMITS = Limits(overall=45.0, per_chat=5.0, per_group_minute=300.0)
SAFETY = 0.98  # stay a hair under each limit: arrival jitter must not tip a strict window
# Sends spaced evenly can still reach the platform bunched (a busy loop holds some back and
# lets them go together); 5% under the overall rate absorbs a hold-up of about 50 ms.
OVERALL_SAFETY = 0.95
# Two messages to one chat are a whole window apart, so a little lateness of the first (its
# request held up behind others on a busy loop) would tip its window: a tenth of a second
# more, which costs nothing where it matters (a broadcast sends one message per chat).
CHAT_SLACK = 0.1
NEGLIGIBLE_WAIT = 1e-4  # seconds: far inside SAFETY's slack, and not worth a trip round the loop


class Priority(IntEnum):
    """Who goes first when several sends could take the same turn (lower goes first)."""

    CRISIS = 0  # a reply carrying crisis support
    REPLY = 1  # any other reply to someone who just wrote
    BULK = 2  # the daily broadcast, planned topics


@dataclass
class Pacer:
    """Even spacing under a platform's limits; a 429 pauses exactly its scope."""

    limits: Limits
    scale: float = 1.0
    now: Callable[[], float] = time.monotonic
    _next_any: float = 0.0
    _next_chat: dict[str, float] = field(default_factory=dict)
    _paused_until: float = 0.0
    _waiting: dict[int, tuple[Priority, str, bool]] = field(default_factory=dict)
    _tickets: itertools.count[int] = field(default_factory=itertools.count)

    def ready_at(self, chat_id: str, is_group: bool) -> float:
        """Return the monotonic time at which a message to this chat may go."""
        return max(self._next_any, self._next_chat.get(chat_id, 0.0), self._paused_until)

    async def turn(
        self,
        chat_id: str,
        is_group: bool,
        priority: Priority = Priority.BULK,
        stop: asyncio.Event | None = None,
    ) -> bool:
        """Wait until a message to this chat may go, and take its place in the timeline.

        Returns False, without taking a turn, if `stop` is set first (a shutdown).
        """
        ticket = next(self._tickets)
        self._waiting[ticket] = (priority, chat_id, is_group)
        try:
            while True:
                if stop is not None and stop.is_set():
                    return False
                # Looked at again after each wait: another sender's 429 may have paused us.
                now = self.now()
                wait = self.ready_at(chat_id, is_group) - now
                if wait <= NEGLIGIBLE_WAIT:
                    if not self._outranked(priority, now):
                        break
                    wait = NEGLIGIBLE_WAIT  # let the more urgent send, ready now, go first
                if stop is None:
                    await asyncio.sleep(wait)
                else:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), wait)
        finally:
            del self._waiting[ticket]
        self.take(chat_id, is_group, self.now())
        return True

    def _outranked(self, priority: Priority, now: float) -> bool:
        """Tell whether a more urgent send is waiting and may go now."""
        return any(
            other < priority and self.ready_at(chat, group) - now <= NEGLIGIBLE_WAIT
            for other, chat, group in self._waiting.values()
        )

    def take(self, chat_id: str, is_group: bool, at: float) -> None:
        """Record a message sent at `at`, spacing the next ones."""
        interval = 1.0 / (self.limits.overall * self.scale * OVERALL_SAFETY)
        # Keep the ideal timeline (no drift from wake-up latency), but re-anchor when a send
        # is more than half an interval late, so two sends never crowd one window.
        if at - self._next_any > interval / 2:
            self._next_any = at + interval
        else:
            self._next_any += interval
        chat_rate = self.limits.per_chat * self.scale * SAFETY
        if is_group:
            chat_rate = min(chat_rate, self.limits.per_group_minute * self.scale * SAFETY / 60.0)
        self._next_chat[chat_id] = at + 1.0 / chat_rate + CHAT_SLACK

    def pause(self, scope: str | None, chat_id: str, seconds: float) -> None:
        """Hold back the scope a 429 named: this chat, or everything."""
        until = self.now() + seconds
        if scope == "chat":
            self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), until)
        else:
            self._paused_until = max(self._paused_until, until)


@dataclass(frozen=True)
class Progress:
    """How far one reply got: the parts sent so far, and what the platform said last.

    `result` is None when a shutdown came before the next part's turn.
    """

    parts_sent: int
    result: SendResult | None


async def send_paced(
    sender: Sender,
    pacer: Pacer,
    destination: Destination,
    reply: Reply,
    *,
    start: int = 0,
    priority: Priority = Priority.BULK,
    nonce: str | None = None,
    stop: asyncio.Event | None = None,
    sent: Callable[[int], None] | None = None,
) -> Progress:
    """Send a reply's parts from `start` on, each on its own turn; stop at the first failure.

    A part that went is never sent again by a caller that resumes at `parts_sent`; `sent`
    hears the count after each part, for a caller that may be cancelled mid-reply. A 429
    pauses the scope it names before this returns, so the retry waits its turn.
    """
    parts = sender.split(reply)
    done = start
    for index in range(start, len(parts)):
        if not await pacer.turn(destination.chat_id, destination.is_group, priority, stop):
            return Progress(done, None)
        began = time.perf_counter()
        result = await sender.send_part(
            destination, parts[index], nonce=f"{nonce}.{index}" if nonce else None
        )
        metrics.current().sent_part(
            destination.platform,
            result.outcome.value,
            time.perf_counter() - began,
            result.rate_limited,
        )
        if result.outcome is not Outcome.SENT:
            if result.outcome is Outcome.RETRY:
                pacer.pause(result.scope, destination.chat_id, result.retry_after or 1.0)
            return Progress(done, result)
        done += 1
        if sent is not None:
            sent(done)
    return Progress(done, SendResult(Outcome.SENT))
