"""Replies out: in memory, each chat's in order, on the platform's pacer ahead of broadcasts.

A handler hands its replies to the `ReplyLane` and returns at once; it never waits for the
platform, nor for a retry. The lane keeps one queue per chat and one task per chat that has
something queued: a chat's replies go in order, part by part (`core.pacing.send_paced`),
and a chat waiting for its own limit (one message a second, twenty a minute in a group) or
its own 429 never holds up another chat. Every part asks the pacer that the daily broadcast
uses for its turn, with a higher priority (a crisis reply the highest), so the platform's
limits are shared and replies go first.

Why memory and not the outbox (docs/architecture.md, "Replies out"): a reply must leave
within a second, and whatever she chose or wrote is already committed when the reply is
queued; a crash loses at most the replies still queued, which we prefer to a database round
trip on every reply competing with the broadcast for the write lock. A clean stop loses
nothing: the lane sends what it can for a few seconds, lets the parts under way finish,
and hands the rest to the outbox, ready at once, resuming at the first part not sent.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.conversation import Holdspace
from core.model import Choice, Reply
from core.pacing import Pacer, Priority, send_paced
from core.sending import Destination, Outcome, Sender
from core.storage import group_recipient, member_recipient, outbox_row

log = logging.getLogger(__name__)

ATTEMPTS = 5  # a reply the platform keeps refusing for a passing reason is dropped after these
STOP_GRACE = 3.0  # seconds a clean stop keeps sending before it hands the rest over
IN_FLIGHT_GRACE = 10.0  # seconds a part already under way may take to finish at a stop
KEPT_OUT_OF_THE_OUTBOX = frozenset({"data"})  # her stored data is not copied to disk again
REPLY_KINDS = frozenset({"reply", "crisis"})  # what handed-over replies are in the outbox


@dataclass
class _Outgoing:
    destination: Destination
    reply: Reply
    user_id: str | None
    parts_sent: int = 0
    attempts: int = 0


def priority_of(reply: Reply) -> Priority:
    """Return a reply's turn in the pacer: crisis support before any other reply."""
    return Priority.CRISIS if reply.kind == "crisis" else Priority.REPLY


def row_priority(kind: str) -> Priority:
    """Return an outbox row's turn: a handed-over reply keeps its rank, a broadcast waits."""
    if kind in REPLY_KINDS:
        return priority_of(Reply("", kind=kind))
    return Priority.BULK


def buttons_json(reply: Reply) -> str | None:
    """Keep a reply's buttons as JSON in an outbox row (None if it has none)."""
    if not reply.choices and not reply.private_link:
        return None
    return json.dumps(
        {
            "choices": [[c.label, c.action] for c in reply.choices],
            "link": [reply.private_link, reply.link_label] if reply.private_link else None,
        },
        ensure_ascii=False,
    )


def stored_reply(text: str, kind: str, buttons: str | None) -> Reply:
    """Rebuild the reply an outbox row carries, with its buttons."""
    if not buttons:
        return Reply(text, kind=kind)
    data: dict[str, Any] = json.loads(buttons)
    link = data.get("link") or [None, None]
    return Reply(
        text,
        choices=tuple(Choice(label, action) for label, action in data.get("choices", [])),
        private_link=link[0],
        link_label=link[1],
        kind=kind,
    )


class ReplyLane:
    """Sends one platform's replies: per chat in order, paced, retried here, never in a handler."""

    def __init__(
        self,
        app: Holdspace,
        sender: Sender,
        pacer: Pacer,
        *,
        attempts: int = ATTEMPTS,
        stop_grace: float = STOP_GRACE,
        in_flight_grace: float = IN_FLIGHT_GRACE,
    ) -> None:
        self.app = app
        self.sender = sender
        self.pacer = pacer
        self.attempts = attempts
        self.stop_grace = stop_grace
        self.in_flight_grace = in_flight_grace
        self._chats: dict[str, collections.deque[_Outgoing]] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._stop = asyncio.Event()

    @property
    def platform(self) -> str:
        return self.sender.platform

    def submit(
        self, destination: Destination, replies: Sequence[Reply], *, user_id: str | None = None
    ) -> None:
        """Queue replies to one chat, after whatever is queued for it, and return at once.

        `user_id` is the member a private reply answers (for the outbox, at a stop).
        """
        if not replies:
            return
        key = destination.chat_id
        queue = self._chats.setdefault(key, collections.deque())
        queue.extend(_Outgoing(destination, reply, user_id) for reply in replies)
        if key not in self._tasks and not self._stop.is_set():
            self._tasks[key] = asyncio.create_task(self._serve(key), name="reply-lane")

    @property
    def queued(self) -> int:
        """Return how many replies wait or are under way."""
        return sum(len(queue) for queue in self._chats.values())

    async def _serve(self, key: str) -> None:
        queue = self._chats[key]
        try:
            while queue:
                item = queue[0]
                if not await self._send(item, queue):
                    return  # a stop: the rest stays queued for the outbox
                if queue and queue[0] is item:
                    queue.popleft()
        finally:
            del self._tasks[key]
            if not queue:
                self._chats.pop(key, None)

    async def _send(self, item: _Outgoing, queue: collections.deque[_Outgoing]) -> bool:
        """Send one reply, retrying what passes; return False if a stop came first."""
        try:
            while True:
                progress = await send_paced(
                    self.sender,
                    self.pacer,
                    item.destination,
                    item.reply,
                    start=item.parts_sent,
                    priority=priority_of(item.reply),
                    stop=self._stop,
                    sent=lambda parts: setattr(item, "parts_sent", parts),
                )
                item.parts_sent = progress.parts_sent
                result = progress.result
                if result is None:
                    return False
                if result.outcome is Outcome.SENT:
                    return True
                if result.outcome is Outcome.RETRY:
                    item.attempts += 1  # the pacer holds back its scope for retry_after
                    if item.attempts < self.attempts:
                        continue
                    log.warning("a reply was given up after %d attempts", item.attempts)
                    return True
                if result.outcome is Outcome.MIGRATED and result.new_chat_id:
                    old = item.destination.chat_id
                    await self.app.group_migrated(self.platform, old, result.new_chat_id)
                    for waiting in queue:
                        if waiting.destination.chat_id == old:
                            waiting.destination = dataclasses.replace(
                                waiting.destination, chat_id=result.new_chat_id
                            )
                    continue
                if result.outcome is Outcome.GONE:
                    queue.clear()  # nothing more will reach this chat
                    await self.app.chat_gone(self.platform, item.destination.chat_id)
                    return True
                log.warning("a reply could not be delivered: %s", result.outcome)
                return True
        except Exception:  # a bug or the database away: this reply is lost, the lane goes on
            log.exception("could not send a reply")
            return True

    async def close(self) -> None:
        """Stop cleanly: send for up to `stop_grace`, let parts under way finish, and hand
        what is left to the outbox, ready at once."""
        if self._tasks:
            await asyncio.wait(list(self._tasks.values()), timeout=self.stop_grace)
        self._stop.set()
        tasks = list(self._tasks.values())
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=self.in_flight_grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        await self._hand_over()

    async def _hand_over(self) -> None:
        now = self.app.clock.now()
        rows = []
        dropped = 0
        for queue in self._chats.values():
            for item in queue:
                # her data is not copied to disk, nor a reply's file (a row cannot carry it)
                if item.reply.kind in KEPT_OUT_OF_THE_OUTBOX or item.reply.attachment is not None:
                    dropped += 1
                    continue
                where = item.destination
                recipient = (
                    group_recipient(where.chat_id)
                    if where.is_group
                    else member_recipient(item.user_id or where.chat_id)
                )
                kind = "crisis" if item.reply.kind == "crisis" else "reply"
                row = outbox_row(
                    recipient, where, None, item.reply.text, now, now,
                    kind=kind, slot=f"reply:{uuid.uuid4().hex}",
                    parts_sent=item.parts_sent, buttons=buttons_json(item.reply),
                )  # fmt: skip
                rows.append(row)
        self._chats.clear()
        if dropped:
            log.info("%d repl(ies) with a member's data were not kept at the stop", dropped)
        if not rows:
            return
        try:
            async with self.app.storage.transaction() as tx:
                await tx.queue(rows)
        except Exception:
            log.exception("could not hand %d unsent replies to the outbox", len(rows))
            return
        log.info("handed %d unsent repl(ies) to the outbox", len(rows))
