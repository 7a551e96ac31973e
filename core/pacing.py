"""One pacer per platform, shared by everything that sends: replies first, broadcasts after.

A platform's limits (overall, per chat, per group) hold for the bot as a whole, so the replies
to members and the daily broadcast go through the same `Pacer`. Each send asks for its turn
with a `Priority`: a crisis reply before any other reply, any reply before a broadcast. A send
that is outranked by another one ready at the same moment lets it go first; a send waiting
for its own chat (one message a second) never holds up another chat.

Several instances on one bot token draw the overall rate from one shared `Budget` (on
PostgreSQL, `core.storage.budget`): the pacer reserves a small block of evenly spaced slots
at a time, as many as the sends waiting for one (at most a quarter of a second's worth), and
gives each slot to the most urgent send ready for it, exactly as it gives its own turns
without a budget. A crisis reply therefore takes the very next slot in hand, never a place
behind a broadcast's block; an instance that dies holds at most two small blocks. A crisis
reply with no slot in hand while a reservation is on its way waits for it a tenth of a second
at most, then goes on a spare slot of its own, spaced so that the spare slots alone stay
inside the 5% the pacer keeps under the overall limit (several crisis replies at once on a
silent budget therefore go that spacing apart, and may use the margin up). Without a
budget (SQLite, one instance) nothing changes and no round trip is paid.

`send_paced` sends one reply part by part, each part on its own turn, and says how far it
got, so that a retry resumes at the first part not sent.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Protocol

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
# A shared budget is reserved a block at a time: at most this long a run of slots, so that an
# instance that dies strands little of the bot's rate (it holds two blocks at most).
BLOCK_SECONDS = 0.25
# A reservation that has not answered in this long (the database slow or away) gives way to
# a block paced here alone, as without a budget: a reply must not wait on the database.
RESERVE_TIMEOUT = 1.0
# Paced alone, an instance spaces its sends twice as far apart: the others may be pacing
# alone too (the database away for all of them), and two instances at half the rate each stay
# within the bot's limit.
ALONE_SPACING = 2.0
# A crisis reply with no slot in hand waits this long at most for a reservation on its way
# (an answer takes a few milliseconds), then goes on a spare slot of the instance's own: she
# must not wait on the database. Spare slots are spaced at the 5% the overall rate keeps
# under the limit (OVERALL_SAFETY, `Pacer.spare_interval`), so that they alone never take
# more than that margin; only crisis replies spend them, and only while the budget is slow.
CRISIS_GRACE = 0.1
OFFSET_SAMPLES = 32  # recent reservations whose clock readings map the budget's clock to ours
ROUND_TRIP_SAMPLES = 8  # recent reservations whose round trips set the lead asked for
# A reserved slot may still be spent this late (the loop woke late), or half an interval if
# that is more; later it is lost. Spent late, a slot brings its send nearer the next one: 2%
# of a window keeps a second's sends within the 5% of OVERALL_SAFETY, with room for the
# requests' own jitter.
LATE_SLOT = 0.02

log = logging.getLogger(__name__)


class Budget(Protocol):
    """An overall send rate shared by every instance of one bot (`core.storage.budget`)."""

    async def reserve(self, count: int, interval: float, lead: float) -> tuple[float, float]:
        """Reserve `count` sends `interval` seconds apart after every earlier reservation,
        the first no sooner than `lead` seconds from now (the answer's way back).

        Return the first slot and the budget's clock when it was granted, in seconds by
        that clock (the database's, not this machine's).
        """
        ...


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
    budget: Budget | None = None
    _waiting: dict[int, tuple[Priority, str, bool]] = field(default_factory=dict)
    _tickets: itertools.count[int] = field(default_factory=itertools.count)
    _slots: collections.deque[float] = field(default_factory=collections.deque)
    _refill: asyncio.Task[None] | None = None
    _refilled: asyncio.Event = field(default_factory=asyncio.Event)
    _offsets: collections.deque[float] = field(
        default_factory=lambda: collections.deque(maxlen=OFFSET_SAMPLES)
    )
    _round_trips: collections.deque[float] = field(
        default_factory=lambda: collections.deque(maxlen=ROUND_TRIP_SAMPLES)
    )
    _holds: set[asyncio.Task[None]] = field(default_factory=set)
    _budget_failing: bool = False
    _spare: float = 0.0  # when the next spare slot may go (crisis replies only)

    @property
    def interval(self) -> float:
        """Return the seconds between two sends at the overall rate (5% under the limit)."""
        return 1.0 / (self.limits.overall * self.scale * OVERALL_SAFETY)

    @property
    def spare_interval(self) -> float:
        """Return the seconds between two spare slots (the 5% kept under the overall limit)."""
        return 1.0 / (self.limits.overall * self.scale * (1.0 - OVERALL_SAFETY))

    def ready_at(self, chat_id: str, is_group: bool) -> float:
        """Return the monotonic time at which a message to this chat may go."""
        return max(self._overall_at(), self._chat_at(chat_id))

    def _chat_at(self, chat_id: str) -> float:
        return max(self._next_chat.get(chat_id, 0.0), self._paused_until)

    def _overall_at(self) -> float:
        """Return when the overall rate next allows a send (inf: no slot in hand yet)."""
        if self.budget is None:
            return self._next_any
        # A slot gone by for longer is lost, never spent later: spent later, it could crowd
        # the next instance's slot into the same moment.
        late = self.now() - max(LATE_SLOT, self.interval / 2)
        while self._slots and self._slots[0] < late:
            self._slots.popleft()
        return self._slots[0] if self._slots else math.inf

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
        asked = self.now()
        spare = False
        try:
            while True:
                if stop is not None and stop.is_set():
                    return False
                # Looked at again after each wait: another sender's 429 may have paused us.
                now = self.now()
                if self.budget is not None:
                    self._top_up(now)
                wait = self.ready_at(chat_id, is_group) - now
                spare = (
                    priority is Priority.CRISIS and math.isinf(wait) and self._refill is not None
                )
                if spare:
                    # No slot in hand, one on its way: a crisis reply waits for it a grace at
                    # most, then goes on a spare slot (still after its chat's turn and a pause).
                    wait = max(asked + CRISIS_GRACE, self._spare, self._chat_at(chat_id)) - now
                if wait <= NEGLIGIBLE_WAIT:
                    if not self._outranked(priority, now):
                        break
                    wait = NEGLIGIBLE_WAIT  # let the more urgent send, ready now, go first
                if math.isinf(wait) and self._refill is None:
                    # No slot in hand and none asked for: its chat lets it go later than a
                    # block ahead; look again when it is a block away.
                    wait = max(NEGLIGIBLE_WAIT, self._chat_at(chat_id) - BLOCK_SECONDS - now)
                await self._wait(wait, stop)
        finally:
            del self._waiting[ticket]
        now = self.now()
        if spare:  # no reserved slot in hand to take: the spare one is spent instead
            self._spare = now + self.spare_interval
        self.take(chat_id, is_group, now)
        return True

    async def _wait(self, seconds: float, stop: asyncio.Event | None) -> None:
        """Sleep `seconds`, or until `stop` is set or a reservation brings new slots."""
        if self._refill is None:  # as without a budget
            if stop is None:
                await asyncio.sleep(seconds)
            else:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), seconds)
            return
        waits = [self._refilled] if stop is None else [self._refilled, stop]
        tasks = [asyncio.ensure_future(event.wait()) for event in waits]
        try:
            await asyncio.wait(tasks, timeout=None if math.isinf(seconds) else seconds,
                               return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
        finally:
            for task in tasks:
                task.cancel()

    def _top_up(self, now: float) -> None:
        """Reserve another block of the shared budget if the sends soon ready outnumber
        the slots in hand (one reservation at a time)."""
        if self._refill is not None:
            return
        interval = self.interval
        horizon = now + BLOCK_SECONDS
        # Only sends whose own chat and pause allow them soon: a reply waiting a second for
        # its chat would let the slots reserved for it go by unused.
        wanting = sum(1 for _, chat, _ in self._waiting.values() if self._chat_at(chat) <= horizon)
        self._overall_at()  # drop the slots gone by
        if wanting <= len(self._slots) or (self._slots and self._slots[-1] > horizon):
            return  # enough in hand, or a block's worth ahead already: two blocks at most
        count = max(1, min(wanting, int(BLOCK_SECONDS / interval)))
        if self._budget_failing:
            # It did not answer last time: pace here alone at once, and ask it again
            # meanwhile with an empty reservation, so that no send waits on the database.
            self._alone(count)
            count = 0
        self._refilled = asyncio.Event()
        self._refill = asyncio.create_task(self._reserve(count, interval), name="send-budget")

    def _alone(self, count: int) -> None:
        """Add slots paced here alone: a second's worth at least (while the next try of the
        budget waits), at half the rate, as the other instances may be pacing alone too."""
        interval = self.interval * ALONE_SPACING
        count = max(count, int(RESERVE_TIMEOUT / interval))
        start = max(self.now(), self._slots[-1] + interval if self._slots else 0.0)
        self._slots.extend(start + i * interval for i in range(count))

    async def _reserve(self, count: int, interval: float) -> None:
        assert self.budget is not None
        # Slots granted from the database's now would be behind us when the answer comes
        # back (and a slot late by half an interval is lost): ask for them a round trip on.
        lead = min(max(self._round_trips, default=0.0), BLOCK_SECONDS / 2)
        asked = self.now()
        try:
            first, clock = await asyncio.wait_for(
                self.budget.reserve(count, interval, lead), RESERVE_TIMEOUT
            )
        except Exception as exc:  # the database slow or away: pace here alone for a block
            if not self._budget_failing:
                log.warning(
                    "the shared send budget did not answer (%s); pacing this instance alone "
                    "until it does",
                    type(exc).__name__,
                )
            self._budget_failing = True
            if count:  # (an empty reservation only asked again: its caller paced alone)
                self._alone(count)
            return
        else:
            if self._budget_failing:
                log.info("the shared send budget answers again")
            self._budget_failing = False
            self._round_trips.append(self.now() - asked)
            # Read after the answer came, our clock minus the budget's is at least the true
            # offset, so a slot mapped with it is never early; the least of the recent ones
            # is the closest, and the same for every block (no jitter between blocks).
            self._offsets.append(self.now() - clock)
            start = first + min(self._offsets)
        finally:
            self._refill = None
            self._refilled.set()
        self._slots.extend(start + i * interval for i in range(count))

    def _outranked(self, priority: Priority, now: float) -> bool:
        """Tell whether a more urgent send is waiting and may go now."""
        return any(
            other < priority and self.ready_at(chat, group) - now <= NEGLIGIBLE_WAIT
            for other, chat, group in self._waiting.values()
        )

    def take(self, chat_id: str, is_group: bool, at: float) -> None:
        """Record a message sent at `at`, spacing the next ones."""
        interval = self.interval
        if self.budget is not None:
            if self._slots:
                self._slots.popleft()  # the slot this send was given
        # Keep the ideal timeline (no drift from wake-up latency), but re-anchor when a send
        # is more than half an interval late, so two sends never crowd one window.
        elif at - self._next_any > interval / 2:
            self._next_any = at + interval
        else:
            self._next_any += interval
        chat_rate = self.limits.per_chat * self.scale * SAFETY
        if is_group:
            chat_rate = min(chat_rate, self.limits.per_group_minute * self.scale * SAFETY / 60.0)
        self._next_chat[chat_id] = at + 1.0 / chat_rate + CHAT_SLACK

    def pause(
        self, scope: str | None, chat_id: str, seconds: float, *, everywhere: bool = False
    ) -> None:
        """Hold back the scope a 429 named: this chat, or everything.

        `everywhere`: a 429 for the whole bot holds back its other instances too (with a
        shared budget: the pause is reserved from it, so nobody is granted a slot in it).
        """
        until = self.now() + seconds
        if scope == "chat":
            self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), until)
            return
        self._paused_until = max(self._paused_until, until)
        if everywhere and self.budget is not None:
            self._slots.clear()  # they fall in the pause
            hold = asyncio.create_task(self._hold(seconds), name="send-budget-hold")
            self._holds.add(hold)
            hold.add_done_callback(self._holds.discard)

    async def aclose(self) -> None:
        """Stop the reservation on its way and let the pauses being shared finish.

        Called by the pacer's owner once nothing sends through it any more: a reservation's
        slots would go unused (stranded, as by an instance that dies), while a pause held
        for the other instances is still owed to them (it waits RESERVE_TIMEOUT at most).
        """
        if self._refill is not None:
            self._refill.cancel()
        tasks = [*self._holds, *([self._refill] if self._refill is not None else [])]
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _hold(self, seconds: float) -> None:
        assert self.budget is not None
        # Nothing reserved, the next slot no sooner than the pause's end: several 429s for
        # one flood (and the same 429 seen by several instances) overlap, they do not add up.
        with contextlib.suppress(Exception):  # not shared, then: this instance pauses anyway
            await asyncio.wait_for(self.budget.reserve(0, self.interval, seconds), RESERVE_TIMEOUT)


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
    pauses the scope it names before this returns, so the retry waits its turn (a 429 for
    the whole bot pauses its other instances too).
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
                pacer.pause(
                    result.scope,
                    destination.chat_id,
                    result.retry_after or 1.0,
                    everywhere=result.rate_limited,
                )
            return Progress(done, result)
        done += 1
        if sent is not None:
            sent(done)
    return Progress(done, SendResult(Outcome.SENT))
