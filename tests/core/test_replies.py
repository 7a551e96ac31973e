"""Replies out: per chat in order, paced with the broadcast (replies first), retried by the
lane and never by a handler, resumed at the first part not sent, handed over at a stop."""

from __future__ import annotations

import asyncio
import time

import sqlalchemy as sa

from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.delivery import Delivery
from core.model import Attachment, Choice, Event, Reply
from core.pacing import Limits, Pacer, Priority
from core.replies import ReplyLane, stored_reply
from core.sending import Destination, Outcome, SendResult
from core.storage import Storage
from core.storage import tables as t
from tests.core.test_delivery import PART, FakeSender

FAST = Limits(1000, 1000, 60000)


def _to(chat: str, group: bool = False) -> Destination:
    return Destination("test", chat, is_group=group)


async def _until_sent(sender: FakeSender, count: int) -> None:
    async with asyncio.timeout(10):
        while len(sender.sent) < count:  # noqa: ASYNC110 - the fake sender keeps a plain list
            await asyncio.sleep(0.005)


async def test_a_pacer_gives_the_turn_to_the_most_urgent_send_ready() -> None:
    pacer = Pacer(Limits(overall=10, per_chat=1000, per_group_minute=60000))
    pacer.take("x", False, pacer.now())  # the next turn is a tenth of a second away
    order: list[str] = []

    async def send(name: str, priority: Priority) -> None:
        await pacer.turn(name, False, priority)
        order.append(name)

    await asyncio.gather(
        send("bulk-1", Priority.BULK),
        send("bulk-2", Priority.BULK),
        send("reply", Priority.REPLY),
        send("crisis", Priority.CRISIS),
    )
    assert order[:2] == ["crisis", "reply"]


async def test_a_send_waiting_for_its_own_chat_does_not_hold_up_others() -> None:
    pacer = Pacer(Limits(overall=1000, per_chat=1, per_group_minute=60000))
    pacer.take("busy", False, pacer.now())  # her chat is at its one message a second
    started = time.monotonic()
    waiting = asyncio.create_task(pacer.turn("busy", False, Priority.CRISIS))
    await pacer.turn("other", False, Priority.BULK)
    assert time.monotonic() - started < 0.5 and not waiting.done()
    await waiting


async def test_a_stop_ends_a_wait_for_a_turn_without_taking_it() -> None:
    pacer = Pacer(Limits(overall=1000))
    pacer.pause("global", "", 60)
    stop = asyncio.Event()
    waiting = asyncio.create_task(pacer.turn("a", False, Priority.BULK, stop))
    await asyncio.sleep(0.05)
    stop.set()
    assert await asyncio.wait_for(waiting, 1) is False


async def test_each_chat_in_order_and_a_429_holds_up_only_its_chat(
    app: Holdspace,
) -> None:
    sender = FakeSender(by_chat={"g": SendResult(Outcome.RETRY, retry_after=0.5, scope="chat")})
    lane = ReplyLane(app, sender, Pacer(FAST))
    lane.submit(_to("g", group=True), [Reply("g1"), Reply("g2")])
    lane.submit(_to("a"), [Reply("a1"), Reply("a2"), Reply("a3")])
    await _until_sent(sender, 3)
    assert [text for _, text in sender.sent] == ["a1", "a2", "a3"]  # the group waits alone
    await _until_sent(sender, 5)
    assert [text for _, text in sender.sent][3:] == ["g1", "g2"]  # once each, in order
    await lane.close()


async def test_a_reply_in_two_parts_hit_by_a_429_arrives_once_whole(app: Holdspace) -> None:
    sender = FakeSender(by_part={"second": SendResult(Outcome.RETRY, retry_after=0.2)})
    lane = ReplyLane(app, sender, Pacer(FAST))
    lane.submit(_to("a"), [Reply(f"first{PART}second"), Reply("next")])
    await _until_sent(sender, 3)
    assert [text for _, text in sender.sent] == ["first", "second", "next"]
    await lane.close()


async def test_what_cannot_be_delivered_is_dealt_with_and_the_lane_goes_on(
    app: Holdspace,
) -> None:
    sender = FakeSender(
        by_chat={
            "gone": SendResult(Outcome.GONE),
            "old": SendResult(Outcome.MIGRATED, new_chat_id="new"),
            "refused": SendResult(Outcome.FAILED, detail="Bad Request: something"),
        }
    )
    lane = ReplyLane(app, sender, Pacer(FAST), attempts=2)
    lane.submit(_to("gone"), [Reply("lost 1"), Reply("lost 2")])
    lane.submit(_to("old", group=True), [Reply("moved 1"), Reply("moved 2")])
    lane.submit(_to("refused"), [Reply("refused"), Reply("after it")])
    lane.submit(_to("broken"), [Reply("a bug in an adapter")])
    await _until_sent(sender, 3)
    await lane.close()
    assert sorted((d.chat_id, text) for d, text in sender.sent) == [
        ("new", "moved 1"), ("new", "moved 2"), ("refused", "after it"),
    ]  # fmt: skip
    assert lane.queued == 0


async def test_a_reply_refused_again_and_again_is_given_up(app: Holdspace) -> None:
    sender = FakeSender()
    lane = ReplyLane(app, sender, Pacer(FAST), attempts=3)
    for _ in range(3):
        sender.by_part["stubborn"] = SendResult(Outcome.RETRY, retry_after=0.01)
        lane.submit(_to("a"), [Reply("stubborn")])
        await asyncio.sleep(0.05)
    lane.submit(_to("a"), [Reply("then this")])
    await _until_sent(sender, 1)
    await lane.close()
    assert "then this" in [text for _, text in sender.sent]


async def test_a_clean_stop_hands_what_is_left_to_the_outbox_ready_at_once(
    library: Library, storage: Storage, clock: FakeClock
) -> None:
    app = Holdspace(library, storage, clock)
    sender = FakeSender(by_part={"b2": SendResult(Outcome.RETRY, retry_after=60, scope="chat")})
    lane = ReplyLane(app, sender, Pacer(FAST), stop_grace=0.6)  # time enough to try b2
    lines = (Choice("Lines", "crisis:lines"),)
    lane.submit(_to("ann"), [Reply("a1"), Reply(f"b1{PART}b2", choices=lines, kind="crisis")])
    lane.submit(_to("ann"), [Reply("her data", kind="data"), Reply("a3")], user_id="ann")
    lane.submit(_to("circle", group=True), [Reply("g1")])
    started = time.monotonic()
    await lane.close()
    assert time.monotonic() - started < 2  # not the 60 s the 429 asked for
    assert sorted(text for _, text in sender.sent) == ["a1", "b1", "g1"]
    assert "b2" not in sender.by_part  # it was tried, and refused
    async with storage.transaction() as tx:
        rows = (await tx.conn.execute(sa.select(t.outbox).order_by(t.outbox.c.id))).all()
    # her data is not copied to disk; the rest waits, ready at once, where it stopped
    assert [(r.recipient, r.kind, r.parts_sent, r.status) for r in rows] == [
        ("member:ann", "crisis", 1, "pending"), ("member:ann", "reply", 0, "pending"),
    ]  # fmt: skip
    assert all(r.next_attempt_at <= clock.now() for r in rows)
    assert stored_reply(rows[0].text, rows[0].kind, rows[0].buttons).choices == lines

    # the next process sends them at once: the second part only, then the rest
    sender.sent.clear()
    restarted = Delivery(app, {"test": sender}, clock, limits={"test": FAST}, warmup=0.0)
    assert await restarted.drain("test") == 2
    assert [text for _, text in sender.sent] == ["b2", "a3"]


async def test_a_clean_stop_keeps_her_data_off_the_disk(
    library: Library, storage: Storage, clock: FakeClock
) -> None:
    """/mydata's answer, and any reply with a file, is dropped at a stop, not handed over."""
    app = Holdspace(library, storage, clock)
    [data] = await app.handle(Event("test", "ann", "ann", command="mydata", text="/mydata"))
    assert data.attachment is not None
    notes = Reply("your notes", attachment=Attachment("notes.txt", "Teodoro, Porto"))
    held = SendResult(Outcome.RETRY, retry_after=60, scope="chat")
    sender = FakeSender(by_part={data.text: held, "later": held})
    lane = ReplyLane(app, sender, Pacer(FAST), stop_grace=0.3)
    lane.submit(_to("ann"), [data, notes], user_id="ann")
    lane.submit(_to("bo"), [Reply("later"), notes], user_id="bo")
    await lane.close()
    assert sender.sent == []
    async with storage.transaction() as tx:
        rows = (await tx.conn.execute(sa.select(t.outbox))).all()
    assert [(r.recipient, r.text) for r in rows] == [("member:bo", "later")]
