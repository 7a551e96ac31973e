"""Daily reflections out: due times in the database, an outbox, paced workers.

The flow (docs/architecture.md, "Daily reflections"): a tick finds every subscription and
group whose next due time has passed, writes one outbox row each under the unique key
(platform, recipient, slot) — so a repeated tick, a restart or a second instance can never
queue a slot twice — and advances the due time. Workers claim ready rows, pace them under
the platform's limits, send them through the platform's `Sender`, and record what happened.

Guarantees, in plain words:
- A slot is queued at most once (the unique key), and sent at least once: a row is marked
  `sending` (committed) before the request and `sent` after it (sent rows are recorded
  together every `flush_every`, 0.1 s, and on the way out of every batch, a shutdown
  included). If the process dies in between, the row is sent again once its lease
  (`send_lease`, renewed while the row waits its turn) has passed. Telegram has no
  idempotency key, so a crash can duplicate the requests in flight (see below: 4, or as
  many as the allowed rate times the round trip, at most 200) and those answered since the
  last write began: at Telegram's 30 messages a second, a
  handful at most. We prefer that to losing a reflection. Each send carries a nonce made
  from the row's id, for platforms that can deduplicate with it (Discord's enforce_nonce).
- A slot missed by less than `grace` (after downtime) is delivered late; an older one is
  skipped and logged, so nobody gets a week of reflections at once.
- Requests in flight: enough to reach the allowed rate over the measured round trip (rate ×
  round trip, a quarter more, at least 4 and at most 200; senders join as round trips are
  measured), so a distant API does not cap the rate (1,000 a second over 100 ms needs 125
  at once, not 4). A fixed `in_flight` overrides it. The next batch is claimed while one
  is being sent, so the senders do not stand idle between batches.
- Pacing is even spacing under the overall rate, one message a second per chat, and the
  group rate per group; a 429 pauses exactly the scope it names for `retry_after`. The pacer
  is the platform's, shared with the replies (`core.replies`), which go first.
- A post in several messages is sent part by part; the row records how many went, so a
  retry (or another instance, after a crash) resumes at the first part not sent.
- A clean stop (`stopping`) starts nothing new: sends under way finish and are recorded,
  rows not started are ready again at once, none waits for its lease.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import logging
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from core import metrics
from core.clock import Clock
from core.conversation import Holdspace
from core.features.groups import group_prompt, with_next_prompt
from core.features.reflect import REFLECTION_ANSWER_WINDOW
from core.model import Group, Reply, Subscription
from core.pacing import DISCORD_LIMITS, TELEGRAM_LIMITS, Limits, Pacer, Priority, send_paced
from core.reflections import HARD_DATE_SEASON, DayPool, for_group, for_the_day
from core.replies import row_priority, stored_reply
from core.retention import prune_history, purge_journals
from core.schedule import (
    dates_falling_on,
    end_of_local_day,
    group_due,
    local_date,
    subscription_due,
)
from core.sending import Destination, Outcome, Sender, SendResult
from core.storage import Tx, group_recipient, member_recipient, outbox_row

log = logging.getLogger(__name__)

RETRY_FIRST = 2.0  # seconds before a failed send is tried again; doubling each time
RETRY_LONGEST = 300.0
OUTBOX_KEEP = dt.timedelta(days=7)
HOUSEKEEPING_SECONDS = 24 * 3600.0  # the journal purge: once a day, and once at start
IN_FLIGHT = 4  # requests in flight at least, and before any round trip is measured
MAX_IN_FLIGHT = 200  # and at most: a crash can send those again
IN_FLIGHT_HEADROOM = 1.25  # round trips vary: a quarter more than the mean needs
ROUND_TRIP_WEIGHT = 0.2  # of each new round trip in the running mean

__all__ = ["DISCORD_LIMITS", "TELEGRAM_LIMITS", "Delivery", "DeliveryService", "Limits", "Pacer"]


class Delivery:
    """Queues due reflections and sends them; one per process, any number of processes."""

    def __init__(
        self,
        app: Holdspace,
        senders: Mapping[str, Sender],
        clock: Clock,
        *,
        limits: Mapping[str, Limits] | None = None,
        grace: dt.timedelta = dt.timedelta(hours=3),
        send_lease: dt.timedelta = dt.timedelta(minutes=2),
        batch: int = 1000,
        scale: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
        warmup: float = 1.0,
        flush_every: float = 0.1,
        in_flight: int | None = None,
        pacers: Mapping[str, Pacer] | None = None,
    ) -> None:
        self.app = app
        self.senders = dict(senders)
        self.clock = clock
        self.grace = grace
        self.send_lease = send_lease
        self.batch = batch
        self.flush_every = flush_every
        self.in_flight = in_flight  # None: follows the allowed rate and the round trip
        self.round_trip: dict[str, float] = {}  # seconds, a running mean per platform
        known = {"telegram": TELEGRAM_LIMITS, "discord": DISCORD_LIMITS, **(limits or {})}
        shared = pacers or {}  # a platform's pacer, shared with its replies
        self.pacers = {
            name: shared.get(name)
            or Pacer(known.get(name, TELEGRAM_LIMITS), scale=scale, now=monotonic)
            for name in self.senders
        }
        for pacer in self.pacers.values():
            # A restarted process cannot see what the previous one sent in its last second;
            # waiting one window first keeps a restart from crowding a strict limit.
            pacer.pause("global", "", warmup)
        self.wake = asyncio.Event()
        self.stopping = asyncio.Event()  # a clean stop: start nothing new

    @property
    def storage(self) -> Any:
        return self.app.storage

    # --- queueing ----------------------------------------------------------------------

    async def tick(self) -> int:
        """Queue every due reflection and advance due times; return how many were queued."""
        queued = 0
        for platform in self.senders:
            # Groups first: a member's reflection can then avoid what they get in this tick.
            try:
                queued += await self._queue_groups(platform)
            except Exception:  # members must not wait for a fault in a group's settings
                log.exception("queueing the groups' posts failed; members go on")
            groups_near: set[str] | None = None  # read once, and only if someone is due
            while True:
                count, more, groups_near = await self._queue_members(platform, groups_near)
                queued += count
                if not more:
                    break
            await self._sweep(platform)
            await self._prune(platform)
        if queued:
            self.wake.set()
        return queued

    async def _queue_members(
        self, platform: str, groups_near: set[str] | None
    ) -> tuple[int, bool, set[str] | None]:
        now = self.clock.now()
        library = self.app.library
        async with self.storage.transaction() as tx:
            rows = await tx.due_subscriptions(platform, now, self.batch)
            if not rows:
                return 0, False, groups_near
            if groups_near is None:
                # A member's reflection avoids every group's of the day before and after:
                # which group is hers is not stored.
                groups_near = await tx.group_items_near(platform, now)
            recipients = [member_recipient(r.sub.user_id) for r in rows]
            history = await tx.histories(platform, recipients)
            pools: dict[tuple[str, dt.date, frozenset[str]], DayPool] = {}
            theirs: list[DayPool] = []  # each member's pool for her day, in the rows' order
            days: dict[tuple[dt.datetime, str], dt.date] = {}  # most share the due and zone
            for row in rows:
                locale = row.locale or "en"
                if (day := days.get((row.sub.next_due_at, row.sub.zone))) is None:
                    day = days[row.sub.next_due_at, row.sub.zone] = local_date(
                        row.sub.next_due_at, row.sub.zone
                    )
                hers = dates_falling_on(row.dates, day) if row.dates else frozenset()
                if (pool := pools.get((locale, day, hers))) is None:
                    private = [p for p in library.prompts(locale) if p.fits("private")]
                    pool = pools[locale, day, hers] = for_the_day(private, day, hers)
                theirs.append(pool)
            # when she was sent something matters only on a hard date: read only then
            hard = {r for r, pool in zip(recipients, theirs, strict=True) if pool.tagged}
            this_season = (
                await tx.had_since(
                    platform,
                    sorted(hard),
                    {p.id for pool in pools.values() for p in pool.tagged},
                    now - HARD_DATE_SEASON,
                )
                if hard
                else {}
            )
            outbox_rows: list[dict[str, Any]] = []
            advances: list[tuple[str, dt.datetime]] = []
            pendings: list[tuple[str, str]] = []
            sent: list[tuple[str, str]] = []
            following: dict[tuple[Any, ...], dt.datetime] = {}
            texts: dict[tuple[str, str], str] = {}  # a day's few prompts, in a few languages
            for row, recipient, pool in zip(rows, recipients, theirs, strict=True):
                sub = row.sub
                # members due together mostly share their settings: each next due time once
                key = (
                    sub.slot,
                    sub.zone,
                    sub.cadence,
                    sub.quiet,
                    sub.paused_until,
                    sub.next_due_at,
                )
                if (ahead := following.get(key)) is None:
                    ahead = following[key] = _following(sub, now)
                advances.append((sub.user_id, ahead))
                if not row.active:
                    continue  # she blocked the bot: nothing until she comes back
                if now - sub.next_due_at > self.grace:
                    log.info(
                        "skipped a reflection %s late (over the catch-up grace)",
                        now - sub.next_due_at,
                    )
                    continue
                locale = row.locale or "en"
                prompt = pool.choose(
                    history.get(recipient, []),
                    recipient,
                    this_season=this_season.get(recipient, ()),
                    avoid=groups_near,
                )
                if prompt is None:
                    continue
                if sub.welcome_back:
                    greetings = library.welcome(locale, back=True)
                    greeting = greetings[len(history.get(recipient, [])) % len(greetings)].text
                    text = library.text(
                        "daily.welcome_back", locale, greeting=greeting, prompt=prompt.text
                    )
                elif (plain := texts.get((locale, prompt.id))) is not None:
                    text = plain
                else:
                    text = texts[locale, prompt.id] = library.text(
                        "daily.member", locale, prompt=prompt.text
                    )
                destination = Destination(platform, sub.chat_id)
                outbox_rows.append(
                    outbox_row(recipient, destination, prompt.id, text, sub.next_due_at, now)
                )
                pendings.append((sub.user_id, prompt.id))
                sent.append((recipient, prompt.id))
            inserted = await tx.queue(outbox_rows)
            # A slot queued already (a stale save of her due time by a conversation) gets no
            # second record: what she was sent stays what she was sent.
            pendings = [
                (user, item) for user, item in pendings if member_recipient(user) in inserted
            ]
            sent = [(recipient, item) for recipient, item in sent if recipient in inserted]
            await tx.advance_subscriptions(platform, advances)
            await tx.await_answers(platform, pendings, now + REFLECTION_ANSWER_WINDOW)
            await tx.record_sent(platform, sent, now)
            return len(inserted), len(rows) == self.batch, groups_near

    async def _queue_groups(self, platform: str) -> int:
        now = self.clock.now()
        queued = 0
        async with self.storage.transaction() as tx:
            for group in await tx.due_groups(platform, now):
                assert group.next_due_at is not None
                due = group.next_due_at
                following = group_due(group, max(now, due))
                queued += await self._queue_group(tx, group, due, now)
                ahead = replace(group, next_due_at=following)
                await tx.save_group(await with_next_prompt(self.app.library, tx, ahead, now))
        return queued

    async def _queue_group(self, tx: Tx, group: Group, due: dt.datetime, now: dt.datetime) -> int:
        """Queue one group's daily post; return 1 if it was queued."""
        if not group.active:
            return 0
        if now - due > self.grace:
            log.info("skipped a group post %s late (over the catch-up grace)", now - due)
            return 0
        ahead = group.next_prompt_id
        chosen = self.app.library.prompt(ahead, group.locale) if ahead else None
        if chosen is None or not for_group(chosen, group.themes):
            day = local_date(due, group.zone)  # nothing chosen ahead (or no longer fitting)
            chosen = await group_prompt(
                self.app.library,
                tx,
                group.platform,
                group.chat_id,
                group.locale,
                group.themes,
                day,
                now,
            )
        if chosen is None:
            return 0
        text = self.app.library.text("daily.group", group.locale, prompt=chosen.text)
        destination = Destination(group.platform, group.chat_id, True, group.thread_id)
        recipient = group_recipient(group.chat_id)
        if not await tx.queue([outbox_row(recipient, destination, chosen.id, text, due, now)]):
            return 0
        await tx.record_sent(group.platform, [(recipient, chosen.id)], now)
        return 1

    async def _sweep(self, platform: str) -> None:
        """Make rows whose sender died ready again, and drop rows past the grace.

        The tick does this, once a minute; a claim never does, so it holds the write lock
        only for its own rows. A post that could not go out within the grace (downtime,
        long retries) is dropped, like a slot missed at queueing: nobody gets yesterday's
        post today.
        """
        now = self.clock.now()
        async with self.storage.transaction() as tx:
            dropped = await tx.sweep_outbox(
                platform, now, lease_from=now - self.send_lease, due_from=now - self.grace
            )
        if dropped:
            log.warning("Dropped %d posts missed by more than the grace", dropped)

    async def _prune(self, platform: str) -> None:
        """Forget delivered and dead outbox rows after a week: what went is in the history."""
        async with self.storage.transaction() as tx:
            await tx.prune_outbox(platform, self.clock.now() - OUTBOX_KEEP)

    # --- sending -----------------------------------------------------------------------

    async def claim(self, platform: str, limit: int) -> list[Any]:
        """Mark up to `limit` ready rows as being sent (by this worker) and return them."""
        async with self.storage.transaction() as tx:
            return list(await tx.claim_outbox(platform, self.clock.now(), limit))

    async def drain(self, platform: str, *, limit: int = 200) -> int:
        """Send ready rows of one platform until none is ready; return how many were sent.

        A row may be ready again once its stream has ended (sent to a group's new id after
        a migration): claimed once more, it starts a stream of its own.
        """
        sent = 0
        while not self.stopping.is_set() and (rows := await self.claim(platform, limit)):
            sent += await self._send_ready(platform, rows, limit)
        return sent

    async def _send_ready(self, platform: str, rows: Sequence[Any], limit: int) -> int:
        """Send claimed rows and every row ready after them; return how many went.

        The pacer decides when each send starts; as many senders as the allowed rate needs
        over the round trip share the rows (`workers`, more joining as round trips are
        measured), so a distant API's round trip does not cap the rate. The next batch of
        up to `limit` rows is claimed while this one is being sent (once no more rows wait
        than there are senders), so the senders never stand idle between batches; the
        stream ends when a claim finds nothing ready. Sent rows are recorded together every
        `flush_every` seconds, off the sending path, and once more on the way out, whatever
        ends the stream (its end, an error, a shutdown, a cancellation). While rows wait for
        their turn (a long 429 pause), their lease is renewed, so no other worker takes them
        for lost. A clean stop takes no new row; one cancelled under way is ready again at
        once. A row claimed again while its first sender is still finishing (a group's post
        after a migration, ready at once) is the second sender's alone.
        """
        queue = collections.deque(rows)
        unsent = {row.id: row for row in rows}  # claimed, not yet through a sender
        in_hand: dict[int, Any] = {}  # row id -> the claimed row a sender is sending
        under_way: dict[int, int] = {}  # row id -> its parts already sent
        delivered: list[int] = []
        sent = 0
        exhausted = False  # a claim found nothing more
        closing = False  # the stream is winding up: no new claim, no new sender
        claiming: asyncio.Task[None] | None = None
        crew: list[asyncio.Task[None]] = []
        at_work = 0

        def hire() -> None:
            """Start senders up to what the round trips measured so far call for."""
            wanted = self.workers(platform, max(len(queue), limit))
            if wanted > at_work and not closing and not self.stopping.is_set():
                crew.extend(asyncio.create_task(work()) for _ in range(wanted - at_work))

        async def claim_more() -> None:
            nonlocal exhausted
            try:
                more = await self.claim(platform, limit)
            except Exception:  # the database is away: end here; the next drain tries again
                log.exception("could not claim more outbox rows")
                more = []
            queue.extend(more)
            unsent.update((row.id, row) for row in more)
            exhausted = exhausted or not more
            if more:
                hire()

        async def work() -> None:
            nonlocal sent, claiming, at_work
            at_work += 1
            try:
                while not closing and not self.stopping.is_set():
                    if claiming is not None and claiming.done():
                        claiming = None
                    if claiming is None and not exhausted and len(queue) <= at_work:
                        claiming = asyncio.create_task(claim_more())
                    if not queue:
                        if claiming is None:
                            return
                        await asyncio.shield(claiming)  # one claim, however many senders wait
                        continue
                    row = queue.popleft()
                    if await send(row):
                        sent += 1
                        delivered.append(row.id)
                    hire()  # the round trip just measured may call for more senders
            finally:
                at_work -= 1

        async def send(row: Any) -> bool:
            key = row.id
            in_hand[key] = row
            under_way[key] = row.parts_sent
            try:
                went = await self._send_one(platform, row, under_way)
            except Exception:
                # a bug or a database outage: the row stays claimed and its lease decides
                log.exception("could not send or record outbox row %d", key)
                went = False
            finally:
                if unsent.get(key) is row:
                    del unsent[key]
            if in_hand.get(key) is row:  # else claimed again and taken meanwhile
                del in_hand[key], under_way[key]
            return went

        async def flush() -> None:
            ids = delivered[:]
            await self._update(ids, status="sent", sent_at=self.clock.now(), reason=None)
            del delivered[: len(ids)]  # only one flush runs at a time; sends only append

        async def keep() -> None:
            renewed = time.monotonic()
            failing = False
            while True:
                await asyncio.sleep(self.flush_every)
                try:
                    await flush()
                    if time.monotonic() - renewed >= self.send_lease.total_seconds() / 3:
                        renewed = time.monotonic()
                        await self._update(
                            list(unsent), still_claimed=True, claimed_at=self.clock.now()
                        )
                    failing = False
                except Exception:  # the database is away: try again at the next beat
                    if not failing:  # once an outage, not ten times a second
                        log.exception("could not record sent outbox rows yet")
                    failing = True

        async def stand_down(tasks: Sequence[asyncio.Task[None]]) -> None:
            for task in tasks:
                task.cancel()
            for outcome in await asyncio.gather(*tasks, return_exceptions=True):
                if isinstance(outcome, Exception):
                    log.error("a sender of %s failed", platform, exc_info=outcome)

        async def wind_up(keeper: asyncio.Task[None]) -> None:
            nonlocal closing
            closing = True
            await stand_down([*crew, keeper])
            if claiming is not None:  # what it claims is released below with the rest
                await asyncio.gather(claiming, return_exceptions=True)
            try:
                await flush()
                # claimed but never started, or cut off under way (a shutdown): ready again
                # at once, not after a lease, resuming at the first part not sent
                await self._release([row.id for row in queue])
                for row_id, parts in under_way.items():
                    await self._release([row_id], parts_sent=parts)
            except Exception:  # the lease decides for these rows; a shutdown must go on
                log.exception("could not record %d sent outbox rows", len(delivered))

        keeper = asyncio.create_task(keep())
        try:
            hire()
            while waiting := [sender for sender in crew if not sender.done()]:
                await asyncio.wait(waiting)  # the crew may grow meanwhile
        finally:
            # shielded whole: a second cancellation cannot skip the last write
            await asyncio.shield(wind_up(keeper))
        return sent

    def workers(self, platform: str, rows: int) -> int:
        """Return how many requests of a batch of `rows` to keep in flight at once."""
        if self.in_flight is not None:
            return max(1, min(self.in_flight, rows))
        pacer = self.pacers[platform]
        trip = self.round_trip.get(platform)
        wanted = IN_FLIGHT
        if trip is not None:
            rate = pacer.limits.overall * pacer.scale
            wanted = math.ceil(rate * trip * IN_FLIGHT_HEADROOM)
        return max(1, min(rows, MAX_IN_FLIGHT, max(IN_FLIGHT, wanted)))

    def _timed(self, platform: str, took: float) -> None:
        before = self.round_trip.get(platform)
        self.round_trip[platform] = (
            took if before is None else before + ROUND_TRIP_WEIGHT * (took - before)
        )

    async def _send_one(self, platform: str, row: Any, under_way: dict[int, int]) -> bool:
        """Send one outbox row, part by part, each when the pacer allows; say whether it went.

        What else happened (retry, gone, migrated, failed, a stop) is recorded here, with
        the parts that went, so the next attempt resumes at the first part not sent.
        """
        priority = row_priority(row.kind)
        destination = Destination(
            platform, row.chat_id, row.is_group, row.thread_id, priority is Priority.BULK
        )
        progress = await send_paced(
            _Timed(self.senders[platform], lambda took: self._timed(platform, took)),
            self.pacers[platform],
            destination,
            stored_reply(row.text, row.kind, row.buttons),
            start=row.parts_sent,
            priority=priority,
            nonce=f"hs{row.id}",
            stop=self.stopping,
            sent=lambda parts: under_way.__setitem__(row.id, parts),
        )
        if progress.result is None:  # a stop came before its next part
            await self._release([row.id], parts_sent=progress.parts_sent)
            return False
        metrics.current().delivery(platform, progress.result.outcome.value)
        if progress.result.outcome is Outcome.SENT:
            return True
        await self._record(row, progress.result, progress.parts_sent)
        return False

    async def _release(self, ids: list[int], **values: Any) -> None:
        """Make claimed rows ready again at once (a shutdown), keeping what else is given."""
        await self._update(
            ids, still_claimed=True, status="retry",
            next_attempt_at=self.clock.now(), reason="released", **values,
        )  # fmt: skip

    async def _update(self, ids: list[int], *, still_claimed: bool = False, **values: Any) -> None:
        """Update rows of a batch in one short transaction (only those still claimed, if asked).

        Rows that went are marked sent whatever happened to them meanwhile: they did go.
        """
        if not ids:
            return
        async with self.storage.transaction() as tx:
            await tx.update_outbox(ids, still_claimed=still_claimed, **values)

    async def _record(self, row: Any, result: SendResult, parts_sent: int) -> None:
        now = self.clock.now()
        outcome = result.outcome
        values: dict[str, Any]
        if outcome is Outcome.MIGRATED and result.new_chat_id:
            async with self.storage.transaction() as tx:
                # back to waiting, then moved with the group's other waiting posts
                await tx.update_outbox(
                    [row.id],
                    status="retry",
                    next_attempt_at=now,
                    reason="group migrated",
                    parts_sent=parts_sent,
                )
                await tx.rekey_group(row.platform, row.chat_id, result.new_chat_id)
            return
        if outcome is Outcome.RETRY:
            # what the platform asked for, and waits that double for a longer outage; the
            # grace ends it (a post not out within it is dropped when it is next claimed)
            growing = min(RETRY_LONGEST, RETRY_FIRST * 2 ** max(row.attempts - 1, 0))
            later = now + dt.timedelta(seconds=max(result.retry_after or 0.0, growing))
            values = {
                "status": "retry",
                "next_attempt_at": later,
                "reason": "retry",
                "parts_sent": parts_sent,
            }
        else:
            if outcome is Outcome.GONE:
                await self.app.chat_gone(row.platform, row.chat_id)
            elif outcome is Outcome.NO_PERMISSION:
                log.warning(
                    "no permission to post in a %s group; moderators must fix it", row.platform
                )
            values = {"status": "dead", "reason": f"{outcome.value}: {result.detail or ''}"[:200]}
        async with self.storage.transaction() as tx:
            await tx.update_outbox([row.id], **values)


class DeliveryService:
    """APScheduler is the clock: a tick every minute and one at start; a worker per platform.

    Once a day (and at start) it also purges journal entries past their keeping time, and
    history older than prompt choice looks (`HISTORY_KEEP`).

    Due times live in the database, not in APScheduler: one job ticks for everyone, so the
    scheduler's in-memory store loses nothing on a restart, and every instance may tick (the
    outbox's unique key makes a repeated tick harmless).

    Leaving it is a clean stop: no new send starts, sends under way have `stop_grace` to
    finish and be recorded, and every row not sent is ready again at once.
    """

    def __init__(
        self,
        delivery: Delivery,
        *,
        interval: float = 60.0,
        idle: float = 5.0,
        housekeeping: float = HOUSEKEEPING_SECONDS,
        stop_grace: float = 10.0,
    ) -> None:
        self.delivery = delivery
        self.interval = interval
        self.idle = idle
        self.housekeeping = housekeeping
        self.stop_grace = stop_grace
        self.scheduler = AsyncIOScheduler(timezone=dt.UTC)
        self.workers: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> DeliveryService:
        self.scheduler.add_job(
            self.tick,
            "interval",
            seconds=self.interval,
            next_run_time=dt.datetime.now(dt.UTC),  # once at start, to catch up
            id="holdspace-tick",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,  # a blocked loop must not lose a tick (default is 1 s)
        )
        self.scheduler.add_job(
            self.purge,
            "interval",
            seconds=self.housekeeping,
            next_run_time=dt.datetime.now(dt.UTC),  # and at start: a restart must not skip it
            id="holdspace-purge",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )
        self.scheduler.start()
        self.workers = [
            asyncio.create_task(self.work(platform), name=f"deliver-{platform}")
            for platform in self.delivery.senders
        ]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.scheduler.shutdown(wait=False)
        self.delivery.stopping.set()
        self.delivery.wake.set()  # an idle worker sees the stop at once
        if self.workers:
            # requests under way finish (a request has its own timeout); then what is left
            # is cancelled, and released all the same
            _, late = await asyncio.wait(self.workers, timeout=self.stop_grace)
            for worker in late:
                worker.cancel()
        await asyncio.gather(*self.workers, return_exceptions=True)

    async def tick(self) -> None:
        """Queue what is due; never let an error stop the clock."""
        try:
            began = time.perf_counter()
            queued = await self.delivery.tick()
            metrics.current().tick(time.perf_counter() - began)
            if queued:
                log.info("queued %d reflection(s)", queued)
        except Exception:
            log.exception("the delivery tick failed; the next one will try again")

    async def purge(self) -> None:
        """Delete journal entries past their keeping time and history prompt choice no longer
        needs; never let an error stop the clock."""
        now = self.delivery.clock.now()
        try:
            await purge_journals(self.delivery.storage, now)
        except Exception:
            log.exception("the daily journal purge failed; the next one will try again")
        try:
            await prune_history(self.delivery.storage, self.delivery.senders, now)
        except Exception:
            log.exception("the daily history pruning failed; the next one will try again")

    async def work(self, platform: str) -> None:
        """Send whatever is ready, then wait to be woken (or look again after a while)."""
        stopping = self.delivery.stopping
        while not stopping.is_set():
            try:
                await self.delivery.drain(platform)
            except Exception:
                log.exception("sending to %s failed; trying again shortly", platform)
            self.delivery.wake.clear()
            if stopping.is_set():
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.delivery.wake.wait(), timeout=self.idle)


def _following(sub: Subscription, now: dt.datetime) -> dt.datetime:
    """Return her next due time after the one just queued: one reflection a local day.

    When she moved her time later on the day a reflection was still due (it stayed due,
    `core.features.daily.save_rescheduled`), the new time's first firing is tomorrow, not
    again today.
    """
    return subscription_due(sub, max(now, end_of_local_day(sub.next_due_at, sub.zone)))


class _Timed:
    """A platform's sender, each request timed: the round trip sizes how many go at once."""

    def __init__(self, sender: Sender, record: Callable[[float], None]) -> None:
        self.sender = sender
        self.platform = sender.platform
        self.record = record

    def split(self, reply: Reply) -> Sequence[Any]:
        return self.sender.split(reply)

    async def send_part(
        self, destination: Destination, part: Any, *, nonce: str | None = None
    ) -> SendResult:
        started = time.monotonic()
        result = await self.sender.send_part(destination, part, nonce=nonce)
        self.record(time.monotonic() - started)
        return result
