"""The daily pipeline: due times, the outbox, catch-up, DST, outcomes, and no doubles."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlalchemy as sa

from core.clock import FakeClock
from core.content import Library, Prompt
from core.conversation import Holdspace
from core.delivery import Delivery, DeliveryService, Limits, Pacer
from core.model import ChatKind, Event, Member, Reply
from core.pacing import CHAT_SLACK, OVERALL_SAFETY
from core.reflections import (
    HARD_DATE_SEASON,
    HISTORY_KEEP,
    choose_prompt,
    for_the_day,
    hard_dates_on,
)
from core.retention import prune_history
from core.sending import Destination, Outcome, SendResult
from core.storage import StaleMember, Storage, Tx, outbox_row
from core.storage import tables as t

UTC = dt.UTC


PART = "\n<part>\n"  # where FakeSender cuts a text into messages


@dataclass
class FakeSender:
    """Records what would have been sent; a chat in `by_chat` gets that answer once first.

    A text is cut into messages at `PART`; `by_part` answers the message with that text once.
    """

    platform: str = "test"
    sent: list[tuple[Destination, str]] = field(default_factory=list)
    by_chat: dict[str, SendResult] = field(default_factory=dict)  # answered once per chat
    by_part: dict[str, SendResult] = field(default_factory=dict)  # answered once per text
    hang: asyncio.Event | None = None  # chat "hang" waits for it: a request that never ends
    slow: float = 0.0  # chat "slow" takes this long to answer
    tried: list[str] = field(default_factory=list)  # every chat a part was sent to, in order

    def split(self, reply: Reply) -> list[str]:
        return reply.text.split(PART)

    async def send_part(
        self, destination: Destination, part: str, *, nonce: str | None = None
    ) -> SendResult:
        self.tried.append(destination.chat_id)
        if destination.chat_id == "broken":
            raise RuntimeError("a bug in an adapter")
        if destination.chat_id == "hang" and self.hang is not None:
            await self.hang.wait()
        if destination.chat_id == "slow":
            await asyncio.sleep(self.slow)
        if destination.chat_id in self.by_chat:
            return self.by_chat.pop(destination.chat_id)
        if part in self.by_part:
            return self.by_part.pop(part)
        self.sent.append((destination, part))
        return SendResult(Outcome.SENT)


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Storage]:
    async with Storage(database_url) as storage:
        await storage.migrate()
        yield storage


def _pipeline(
    library: Library, storage: Storage, clock: FakeClock, sender: FakeSender, **kw: object
) -> tuple[Holdspace, Delivery]:
    app = Holdspace(library, storage, clock)
    return app, Delivery(
        app,
        {"test": sender},
        clock,
        limits={"test": Limits(1000, 1000, 60000)},
        # The fake clock's jumps (a 429's pause running out) plus real time (the pacing).
        monotonic=lambda: clock.now().timestamp() + time.monotonic(),
        warmup=0.0,
        **kw,  # type: ignore[arg-type]
    )


async def _say(
    app: Holdspace,
    text: str,
    user: str = "ann",
    group: str | None = None,
    mod: bool = False,
    thread: str | None = None,
) -> list[Reply]:
    command, _, args = text[1:].partition(" ")
    return await app.handle(
        Event("test", group or user, user, ChatKind.GROUP if group else ChatKind.PRIVATE,
              command=command, args=args, text=text, is_moderator=mod, thread_id=thread)
    )  # fmt: skip


async def _run(delivery: Delivery) -> int:
    await delivery.tick()
    return await delivery.drain("test")


async def _due_at_nine(
    app: Holdspace, delivery: Delivery, clock: FakeClock, users: tuple[str, ...] = ("ann",)
) -> None:
    """Subscribe members at 09:00 UTC and tick at 09:00 on the 24th: their rows are queued."""
    for user in users:
        await _say(app, "/subscribe 09:00 UTC", user=user)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    await delivery.tick()


async def _until(
    delivery: Delivery,
    clock: FakeClock,
    end: dt.datetime,
    step: dt.timedelta = dt.timedelta(minutes=1),
) -> None:
    """Tick once a minute (the scheduler's cadence) until `end`, sending as we go."""
    while clock.now() < end:
        clock.set(min(clock.now() + step, end))
        await _run(delivery)


async def test_a_daily_reflection_arrives_once_on_time(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 07:30 Europe/London")
    await _until(
        delivery, clock, dt.datetime(2026, 11, 25, 7, 29, tzinfo=UTC), dt.timedelta(hours=1)
    )
    assert sender.sent == []
    clock.set(dt.datetime(2026, 11, 25, 7, 30, tzinfo=UTC))
    assert await _run(delivery) == 1
    assert await _run(delivery) == 0
    [(destination, text)] = sender.sent
    assert destination.chat_id == "ann" and not destination.is_group
    assert text.startswith(library.text("daily.member", "en", prompt="").strip()[:10])
    replies = await app.handle(Event("test", "ann", "ann", text="It helped to read that."))
    assert replies[0].text == library.text("reflect.not_kept", "en")


async def test_two_instances_and_repeated_ticks_never_double(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    first, second = FakeSender(), FakeSender()
    app, one = _pipeline(library, store, clock, first)
    _, two = _pipeline(library, store, clock, second)
    for user in ("a", "b", "c"):
        await _say(app, "/subscribe 09:00 UTC", user=user)
    await _say(app, "/setup on 09:00 UTC", group="circle", mod=True)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    await one.tick()
    await two.tick()
    await one.tick()
    await two.drain("test")
    await one.drain("test")
    recipients = sorted(d.chat_id for d, _ in first.sent + second.sent)
    assert recipients == ["a", "b", "c", "circle"]
    async with store.transaction() as tx:
        count = (await tx.conn.execute(sa.select(sa.func.count()).select_from(t.outbox))).scalar()
    assert count == 4


async def test_catch_up_within_grace_and_skip_beyond(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 6, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 07:00 UTC", user="late")
    await _say(app, "/subscribe 02:00 Europe/London", user="lost")  # due 2026-11-25 02:00
    clock.set(dt.datetime(2026, 11, 25, 9, 30, tzinfo=UTC))  # down from 06:00 yesterday
    # "late" missed 2026-11-24 07:00 by far more than 3 h: skipped; "lost" likewise.
    await _run(delivery)
    assert sender.sent == []
    clock.set(dt.datetime(2026, 11, 26, 9, 0, tzinfo=UTC))  # 2 h after "late"'s 07:00
    await _run(delivery)
    assert [d.chat_id for d, _ in sender.sent] == ["late"]
    async with store.transaction() as tx:
        late = await tx.subscription("test", "late")
        lost = await tx.subscription("test", "lost")
    assert late is not None and late.next_due_at == dt.datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    assert lost is not None and lost.next_due_at == dt.datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "slot", "start", "expected"),
    [
        # New York springs forward on 2026-03-08: 02:30 does not exist and comes an hour later.
        ("America/New_York", "02:30", dt.datetime(2026, 3, 7, 0, 0, tzinfo=UTC),
         ["2026-03-07T07:30", "2026-03-08T07:30", "2026-03-09T06:30"]),
        # London falls back on 2026-10-25: 01:30 happens twice, the reflection comes once.
        ("Europe/London", "01:30", dt.datetime(2026, 10, 24, 0, 0, tzinfo=UTC),
         ["2026-10-24T00:30", "2026-10-25T00:30", "2026-10-26T01:30"]),
    ],
)  # fmt: skip
async def test_dst_days_get_exactly_one_reflection(
    library: Library, store: Storage, zone: str, slot: str, start: dt.datetime, expected: list[str]
) -> None:
    clock = FakeClock(start)
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, f"/subscribe {slot} {zone}")
    await _until(delivery, clock, start + dt.timedelta(days=3), dt.timedelta(minutes=30))
    async with store.transaction() as tx:
        rows = (await tx.conn.execute(sa.select(t.outbox.c.due_at).order_by(t.outbox.c.id))).all()
    assert [r.due_at.strftime("%Y-%m-%dT%H:%M") for r in rows] == expected
    assert len(sender.sent) == 3


async def test_cadence_quiet_hours_and_welcome_back(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 23, 0, 0, tzinfo=UTC))  # a Monday
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 23:00 UTC")
    await _say(app, "/settings cadence weekdays mon,wed,fri")
    await _say(app, "/settings quiet 22:00-07:00")  # 23:00 moves to 07:00 the next morning
    await _until(
        delivery, clock, dt.datetime(2026, 11, 30, 0, 0, tzinfo=UTC), dt.timedelta(hours=1)
    )
    async with store.transaction() as tx:
        due = [r.due_at for r in (await tx.conn.execute(sa.select(t.outbox.c.due_at))).all()]
    assert [d.strftime("%a %H:%M") for d in due] == ["Tue 07:00", "Thu 07:00", "Sat 07:00"]
    await _say(app, "/pause 3")
    await _say(app, "/resume")
    await _until(delivery, clock, dt.datetime(2026, 12, 2, 0, 0, tzinfo=UTC), dt.timedelta(hours=1))
    last = sender.sent[-1][1]
    assert any(last.startswith(g.text) for g in library.welcome("en", back=True))
    assert not any(ch.isdigit() for ch in last.split("\n\n")[0])  # no count of missed days


async def test_outcomes_gone_migrated_retry(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 09:00 UTC", user="blocked")
    await _say(app, "/setup on 09:00 UTC", group="old", mod=True, thread="5")
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    await delivery.tick()
    sender.by_chat = {
        "blocked": SendResult(Outcome.GONE),
        "old": SendResult(Outcome.MIGRATED, new_chat_id="new"),
        "new": SendResult(Outcome.RETRY, retry_after=30, scope="chat"),
    }
    await delivery.drain("test")
    assert sender.sent == []
    clock.advance(dt.timedelta(seconds=31))
    await delivery.drain("test")
    assert [(d.chat_id, d.thread_id, d.is_group) for d, _ in sender.sent] == [("new", "5", True)]
    async with store.transaction() as tx:
        member = await tx.member("test", "blocked")
        assert member is not None and not member.active
        assert await tx.subscription("test", "blocked") is not None  # her choice is kept
        assert await tx.group("test", "new") is not None and await tx.group("test", "old") is None
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    await _run(delivery)
    assert [d.chat_id for d, _ in sender.sent] == ["new", "new"]  # nothing to the blocked chat


async def test_a_row_caught_mid_send_is_sent_again_after_its_lease(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, crashed = _pipeline(library, store, clock, sender)
    await _due_at_nine(app, crashed, clock)
    assert len(await crashed.claim("test", 10)) == 1  # marked sending; then the process died
    _, restarted = _pipeline(library, store, clock, sender)
    await restarted.tick()
    assert await restarted.drain("test") == 0  # still within the lease: maybe in flight
    clock.advance(dt.timedelta(minutes=3))
    assert await restarted.drain("test") == 0  # the claim does not look for lost rows...
    await restarted.tick()
    assert await restarted.drain("test") == 1  # ...the tick does


async def test_private_reflection_avoids_what_groups_got_today(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    for i in range(40):
        await _say(app, "/topic", user="mod", group=f"g{i}", mod=True)
    async with store.transaction() as tx:
        rows = await tx.conn.execute(
            sa.select(t.history.c.item_id).where(t.history.c.recipient.like("group:%"))
        )
        group_items = {r.item_id for r in rows}
    await _say(app, "/subscribe 09:00 UTC")
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    await _run(delivery)
    async with store.transaction() as tx:
        [row] = (await tx.conn.execute(sa.select(t.outbox.c.item_id))).all()
    assert row.item_id not in group_items


def test_hard_dates_are_honoured(library: Library) -> None:
    prompts = library.prompts("en")
    christmas = for_the_day(prompts, dt.date(2026, 12, 24)).tagged
    assert christmas and all("winter_holidays" in p.tags for p in christmas)
    mothers_day = for_the_day(prompts, dt.date(2026, 5, 10)).tagged
    assert mothers_day and all("mothers_day" in p.tags for p in mothers_day)
    ordinary = for_the_day(prompts, dt.date(2026, 3, 3))
    assert ordinary.ordinary and not ordinary.tagged and not any(p.tags for p in ordinary.ordinary)
    assert hard_dates_on(dt.date(2027, 5, 9)) == {"mothers_day"}


def test_pacer_spaces_evenly_and_pauses_only_the_named_scope() -> None:
    now = [100.0]
    pacer = Pacer(Limits(overall=10, per_chat=1, per_group_minute=20), now=lambda: now[0])
    pacer.take("a", False, 100.0)
    assert pacer.ready_at("b", False) == pytest.approx(100.0 + 1 / (10 * OVERALL_SAFETY))
    assert pacer.ready_at("a", False) == pytest.approx(100.0 + 1 / 0.98 + CHAT_SLACK)
    pacer.take("g", True, 100.2)
    assert pacer.ready_at("g", True) == pytest.approx(100.2 + 60 / (20 * 0.98) + CHAT_SLACK)
    pacer.pause("chat", "a", 30)
    assert pacer.ready_at("a", False) == pytest.approx(130.0)
    assert pacer.ready_at("b", False) < 101
    pacer.pause("global", "b", 5)
    assert pacer.ready_at("b", False) == pytest.approx(105.0)


async def test_a_moderator_schedules_lists_and_cancels_one_off_topics(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/setup zone Europe/Berlin", group="circle", mod=True)
    [done] = await _say(app, "/topic hope at 2026-12-24 09:00", group="circle", mod=True)
    assert "2026-12-24 09:00" in done.text and "Europe/Berlin" in done.text
    await _say(app, "/topic at 2026-12-31 18:30", group="circle", mod=True)
    [listing] = await _say(app, "/topic list", group="circle", mod=True)
    assert listing.text.index("2026-12-24 09:00") < listing.text.index("2026-12-31 18:30")
    assert [c.action.split(":")[0] for c in listing.choices] == ["topic", "topic"]
    second = listing.choices[1].action
    # Members cannot cancel; the moderator's button does, and only once.
    [refused] = await app.handle(
        Event("test", "circle", "bea", ChatKind.GROUP, action=second, is_moderator=False)
    )
    assert refused.text == library.text("moderator.only", "en")
    [cancelled] = await app.handle(
        Event("test", "circle", "mod", ChatKind.GROUP, action=second, is_moderator=True)
    )
    number = second.rsplit(":", 1)[1]
    assert cancelled.text == library.text("topic.cancelled", "en", id=number)
    [again] = await _say(app, f"/topic cancel {number}", group="circle", mod=True)
    assert "Nothing was changed" in again.text
    # Nothing goes before its time (08:00 UTC is 09:00 in Berlin); then exactly once.
    clock.set(dt.datetime(2026, 12, 24, 7, 59, tzinfo=UTC))
    assert await _run(delivery) == 0
    clock.set(dt.datetime(2026, 12, 24, 8, 0, tzinfo=UTC))
    assert await _run(delivery) == 1
    clock.set(dt.datetime(2027, 1, 2, 8, 0, tzinfo=UTC))
    assert await _run(delivery) == 0  # the cancelled one never goes
    [(destination, text)] = sender.sent
    assert destination.chat_id == "circle" and destination.is_group
    assert text.startswith("**A question for the circle**")
    [empty] = await _say(app, "/topic list", group="circle", mod=True)
    assert empty.text == library.text("topic.none", "en")


@pytest.mark.parametrize(
    ("args", "key", "params"),
    [
        ("at 2026-12-19 09:00", "topic.when_past", {"when": "2026-12-19 09:00", "zone": "UTC"}),
        ("at 24.12.2026 9:00", "topic.when_invalid", {"value": "24.12.2026 9:00"}),
        ("at 2026-12-24", "topic.when_invalid", {"value": "2026-12-24"}),
        ("at", "topic.when_invalid", {"value": ""}),
        ("at 2028-12-24 09:00", "topic.when_far", {"days": 366}),
        ("cancel 99", "topic.cancel_unknown", {"value": "99"}),
        ("cancel ²", "topic.cancel_unknown", {"value": "²"}),
    ],
)
async def test_bad_topic_schedules_get_a_kind_reply_and_change_nothing(
    library: Library, store: Storage, args: str, key: str, params: dict[str, object]
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    app, _ = _pipeline(library, store, clock, FakeSender())
    [reply] = await _say(app, f"/topic {args}", group="circle", mod=True)
    assert reply.text == library.text(key, "en", **params)
    [unknown] = await _say(app, "/topic nonsense at 2026-12-24 09:00", group="circle", mod=True)
    # a theme's button plans that theme for the same moment
    planned = [f"topic:plan:{t} 2026-12-24 09:00" for t in library.themes]
    assert [c.action for c in unknown.choices] == planned
    async with store.transaction() as tx:
        assert await tx.scheduled("test", "group:circle", "topic") == []


async def test_a_scheduled_topic_missed_beyond_the_grace_is_dropped(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/topic at 2026-12-21 09:00", group="circle", mod=True)
    await _say(app, "/topic at 2026-12-22 09:00", group="circle", mod=True)
    clock.set(dt.datetime(2026, 12, 22, 10, 0, tzinfo=UTC))  # down since the 21st
    assert await _run(delivery) == 1  # the 22nd's, an hour late; not the 21st's
    async with store.transaction() as tx:
        statuses = (await tx.conn.execute(sa.select(t.outbox.c.status, t.outbox.c.reason))).all()
    assert sorted(statuses) == [("dead", "missed by more than the grace"), ("sent", None)]


async def test_her_own_hard_dates_bring_the_prompts_written_for_them(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2027, 3, 13, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 09:00 UTC")
    await _say(app, "/settings birthday 03-14")
    await _say(app, "/settings contact 02-29")
    by_text = {library.text("daily.member", "en", prompt=p.text): p for p in library.prompts("en")}

    async def tags_on(day: dt.date) -> frozenset[str]:
        eve = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(23, 0), tzinfo=UTC)
        clock.set(eve)  # anything older is skipped (beyond the grace); the next due is `day`
        await _run(delivery)
        clock.set(dt.datetime.combine(day, dt.time(9, 0), tzinfo=UTC))
        before = len(sender.sent)
        await _run(delivery)
        [(_, text)] = sender.sent[before:]
        return by_text[text].tags

    assert "child_birthday" in await tags_on(dt.date(2027, 3, 14))
    assert not {"child_birthday", "contact_anniversary"} & await tags_on(dt.date(2027, 3, 15))
    # The 29th of February falls on the 28th when the year has none.
    assert "contact_anniversary" not in await tags_on(dt.date(2028, 2, 28))  # a leap year
    assert "contact_anniversary" in await tags_on(dt.date(2029, 2, 28))


def _prompt_of(library: Library, reply: Reply) -> Prompt:
    [prompt] = [p for p in library.prompts("en") if p.text in reply.text]
    return prompt


async def _statuses(store: Storage) -> dict[str, tuple[str, str | None]]:
    async with store.transaction() as tx:
        rows = await tx.conn.execute(
            sa.select(t.outbox.c.chat_id, t.outbox.c.slot, t.outbox.c.status, t.outbox.c.reason)
        )
        return {f"{r.chat_id} {r.slot[:5]}": (r.status, r.reason) for r in rows}


async def test_a_cancelled_topic_gives_back_its_minute_and_its_prompt(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    [first] = await _say(app, "/topic at 2026-12-28 09:00", group="circle", mod=True)
    [listing] = await _say(app, "/topic list", group="circle", mod=True)
    action = listing.choices[0].action
    await app.handle(
        Event("test", "circle", "mod", ChatKind.GROUP, action=action, is_moderator=True)
    )
    [again] = await _say(app, "/topic at 2026-12-28 09:00", group="circle", mod=True)
    assert again.text == first.text  # the same minute and the same prompt: both given back
    [twice] = await _say(app, "/topic at 2026-12-28 09:00", group="circle", mod=True)
    assert twice.text == library.text("topic.already", "en", when="2026-12-28 09:00", zone="UTC")
    clock.set(dt.datetime(2026, 12, 28, 9, 0, tzinfo=UTC))
    assert await _run(delivery) == 1
    assert await _run(delivery) == 0


async def test_a_planned_topic_suits_the_day_it_posts(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    app, _ = _pipeline(library, store, clock, FakeSender())
    say = "/topic hard_dates at {}"
    [holidays] = await _say(app, say.format("2026-12-24 09:00"), group="circle", mod=True)
    assert "winter_holidays" in _prompt_of(library, holidays).tags
    for day in ("2027-07-01", "2027-07-02", "2027-07-03"):
        [summer] = await _say(app, say.format(f"{day} 09:00"), group="circle", mod=True)
        assert not _prompt_of(library, summer).tags  # a hard day in general, not the holidays
    [now] = await _say(app, "/topic hard_dates", group="circle", mod=True)
    assert "winter_holidays" in _prompt_of(library, now).tags  # the 20th of December


@pytest.mark.parametrize(
    ("zone", "when"),
    [("America/New_York", "9999-12-31 23:59"), ("Asia/Tokyo", "0001-01-01 00:00")],
)
async def test_a_topic_at_the_edge_of_the_calendar_gets_a_kind_reply(
    library: Library, store: Storage, zone: str, when: str
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    app, _ = _pipeline(library, store, clock, FakeSender())
    await _say(app, f"/setup zone {zone}", group="circle", mod=True)
    [reply] = await _say(app, f"/topic at {when}", group="circle", mod=True)
    assert reply.text == library.text("topic.when_invalid", "en", value=when)
    [far] = await _say(app, "/topic cancel 99999999999", group="circle", mod=True)
    assert far.text == library.text("topic.cancel_unknown", "en", value="99999999999")


async def test_planned_topics_follow_a_group_to_its_new_id(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/topic at 2026-12-21 09:00", group="old", mod=True)
    await _say(app, "/topic at 2026-12-22 09:00", group="old", mod=True)
    await _say(app, "/topic at 2026-12-22 09:00", group="new", mod=True)  # planned again there
    await app.group_migrated("test", "old", "new")
    [listing] = await _say(app, "/topic list", group="new", mod=True)
    assert len(listing.choices) == 2  # the 21st's came along; the 22nd was already there
    assert (await _statuses(store))["old topic"] == (
        "dead",
        "already queued for the group's new id",
    )
    # A daily post the platform bounces to the new id, which already has that slot: no error.
    await _say(app, "/setup on 09:00 UTC", group="gone", mod=True)
    await _say(app, "/setup on 09:00 UTC", group="there", mod=True)
    sender.by_chat["gone"] = SendResult(Outcome.MIGRATED, new_chat_id="there")
    clock.set(dt.datetime(2026, 12, 21, 9, 0, tzinfo=UTC))
    await _run(delivery)
    assert sorted(d.chat_id for d, _ in sender.sent) == ["new", "there"]
    assert (await _statuses(store))["gone daily"][0] == "dead"


async def test_what_went_out_is_recorded_whatever_ends_the_batch(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender(hang=asyncio.Event())
    app, delivery = _pipeline(library, store, clock, sender, flush_every=60.0)
    await _due_at_nine(app, delivery, clock, ("a", "broken", "b", "c", "hang", "d"))
    draining = asyncio.create_task(delivery.drain("test"))
    async with asyncio.timeout(10):
        # the tick's order of rows due at the same minute is PostgreSQL's to choose: wait
        # for the broken one to have been tried too, wherever it came
        while len(sender.sent) < 4 or "broken" not in sender.tried:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    draining.cancel()  # a shutdown, with one request still under way
    with pytest.raises(asyncio.CancelledError):
        await draining
    statuses = {key.split()[0]: status for key, (status, _) in (await _statuses(store)).items()}
    # What went is recorded at once; the broken waits for its lease; the one cut off under
    # way is ready again at once (it may have gone: a lease would only delay the same risk).
    assert statuses == {
        "a": "sent", "b": "sent", "c": "sent", "d": "sent", "broken": "sending", "hang": "retry"
    }  # fmt: skip


async def test_sent_rows_are_recorded_during_a_pause_and_waiting_ones_keep_their_lease(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app = Holdspace(library, store, clock)
    lease = dt.timedelta(seconds=0.3)  # renewed every 0.1 s
    first, second = (
        Delivery(app, {"test": sender}, clock, limits={"test": Limits(1000, 1000, 60000)},
                 warmup=0.0, in_flight=1, flush_every=0.05, send_lease=lease)
        for _ in range(2)
    )  # fmt: skip
    for user in ("a", "b", "c", "d", "e"):
        await _say(app, "/subscribe 09:00 UTC", user=user)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    await first.tick()
    sender.by_chat["c"] = SendResult(Outcome.RETRY, retry_after=1.0, scope="global")
    draining = asyncio.create_task(first.drain("test"))
    await asyncio.sleep(0.3)  # inside the one-second pause
    clock.advance(dt.timedelta(seconds=0.5))  # the claim is older than the lease by now...
    await asyncio.sleep(0.2)
    assert await second.claim("test", 10) == []  # ...but it was renewed: nobody takes it
    statuses = {key.split()[0]: status for key, (status, _) in (await _statuses(store)).items()}
    assert statuses == {"a": "sent", "b": "sent", "c": "retry", "d": "sending", "e": "sending"}
    assert await draining == 4


async def test_a_long_outage_waits_longer_each_time_and_loses_nothing(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _due_at_nine(app, delivery, clock)
    waits = []
    for _ in range(10):  # ten failed tries: about 25 minutes of a platform not answering
        sender.by_chat["ann"] = SendResult(Outcome.RETRY, retry_after=2.0, scope="chat")
        before = clock.now()
        assert await delivery.drain("test") == 0
        async with store.transaction() as tx:
            [(status, at)] = (
                await tx.conn.execute(sa.select(t.outbox.c.status, t.outbox.c.next_attempt_at))
            ).all()
        assert status == "retry"
        waits.append((at - before).total_seconds())
        clock.set(at)
    assert waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert await delivery.drain("test") == 1  # the platform is back: it goes, once
    assert len(sender.sent) == 1


async def test_forget_takes_her_queued_reflections_with_it(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _due_at_nine(app, delivery, clock)  # queued, not sent yet
    [data] = await _say(app, "/mydata")
    assert data.attachment is not None
    assert '"status": "pending"' in data.attachment.content
    assert '"deliveries"' in data.attachment.content
    [confirm] = await _say(app, "/forget")
    yes = next(c.action for c in confirm.choices if c.action.startswith("forget:yes"))
    await app.handle(Event("test", "ann", "ann", action=yes))
    assert await delivery.drain("test") == 0
    assert await _statuses(store) == {}


async def test_delivered_rows_are_pruned_after_a_week(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    app, delivery = _pipeline(library, store, clock, FakeSender())
    await _say(app, "/subscribe 09:00 UTC")
    await _until(
        delivery, clock, dt.datetime(2026, 12, 3, 10, 0, tzinfo=UTC), dt.timedelta(hours=1)
    )
    async with store.transaction() as tx:
        kept = (await tx.conn.execute(sa.select(t.outbox.c.due_at))).scalars().all()
        week = [dt.date(2026, 11, 27) + dt.timedelta(days=n) for n in range(7)]
        assert sorted(d.date() for d in kept) == week  # the last seven days; older ones went
        assert len(await tx.history("test", "member:ann")) == 10  # what went is remembered


async def test_a_group_post_skipped_after_downtime_is_logged(
    library: Library, store: Storage, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/setup on 09:00 UTC", group="circle", mod=True)
    clock.set(dt.datetime(2026, 11, 24, 13, 0, tzinfo=UTC))  # four hours late: past the grace
    with caplog.at_level(logging.INFO, logger="core.delivery"):
        assert await _run(delivery) == 0
    assert "skipped a group post 4:00:00 late" in caplog.text


async def test_a_member_never_gets_what_a_group_gets_that_day(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    groups = [f"g{n}" for n in range(30)]
    members = [f"m{n}" for n in range(20)]
    for group in groups[:15]:
        await _say(app, "/setup on 09:00 UTC", group=group, mod=True)
    for group in groups[15:]:
        await _say(app, "/setup on 17:00 UTC", group=group, mod=True)  # after the members
    for member in members:
        await _say(app, "/subscribe 09:00 UTC", user=member)
    await _until(
        delivery, clock, dt.datetime(2026, 11, 27, 18, 0, tzinfo=UTC), dt.timedelta(hours=1)
    )
    by_day: dict[tuple[bool, dt.date], set[str]] = {}
    async with store.transaction() as tx:
        rows = await tx.conn.execute(sa.select(t.history.c.recipient, t.history.c.item_id,
                                               t.history.c.sent_at))  # fmt: skip
        for row in rows:
            key = (row.recipient.startswith("group:"), row.sent_at.date())
            by_day.setdefault(key, set()).add(row.item_id)
    days = {day for _, day in by_day}
    assert len(days) == 4
    for day in days:
        assert by_day[(True, day)] and by_day[(False, day)]
        assert not by_day[(True, day)] & by_day[(False, day)]


async def test_the_holidays_bring_each_of_their_prompts_once_then_ordinary_days(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 19, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/setup on 09:00 UTC", group="circle", mod=True)
    await _until(delivery, clock, dt.datetime(2027, 1, 3, 10, 0, tzinfo=UTC), dt.timedelta(hours=1))
    by_text = {library.text("daily.group", "en", prompt=p.text): p for p in library.prompts("en")}
    posted = [by_text[text] for _, text in sender.sent]
    assert len(posted) == 15  # the 20th of December to the 3rd of January
    winter = [p for p in posted if "winter_holidays" in p.tags]
    group_winter = [
        p for p in library.prompts("en") if p.fits("group") and "winter_holidays" in p.tags
    ]
    assert sorted(p.id for p in winter) == sorted(p.id for p in group_winter)  # each once
    assert posted[: len(winter)] == winter  # first, from the first day of the season
    assert len({p.id for p in posted}) == len(posted)  # no repeat in the whole fortnight


async def test_a_group_cadence_is_said_plainly_and_kept(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 22, 12, 0, tzinfo=UTC))  # a Sunday
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/setup on 09:00 UTC", group="circle", mod=True)
    [done] = await _say(app, "/setup cadence mon wed", group="circle", mod=True)
    days = library.text("cadence.days", "en", days="Mondays, Wednesdays")
    assert f"On: {days} at 09:00 (UTC); next 2026-11-23 09:00" in done.text
    await _until(
        delivery, clock, dt.datetime(2026, 11, 29, 12, 0, tzinfo=UTC), dt.timedelta(hours=1)
    )
    assert len(sender.sent) == 2  # Monday the 23rd and Wednesday the 25th


def test_themes_take_turns_while_fresh_prompts_remain(library: Library) -> None:
    prompts = library.prompts("en")
    by_id = {p.id: p for p in prompts}
    history: list[str] = []
    for _ in range(len(prompts)):
        prompt = choose_prompt(prompts, history, "group:circle")
        assert prompt is not None and prompt.id not in history
        fresh_elsewhere = [
            p for p in prompts
            if p.theme != (history and by_id[history[-1]].theme) and p.id not in history
        ]  # fmt: skip
        if history and fresh_elsewhere:
            assert prompt.theme != by_id[history[-1]].theme
        history.append(prompt.id)
    assert len(history) == len(prompts)  # every one once before any comes back


async def test_ticks_at_the_same_moment_queue_each_slot_once(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, one = _pipeline(library, store, clock, sender)
    _, two = _pipeline(library, store, clock, sender)
    for n in range(40):
        await _say(app, "/subscribe 09:00 UTC", user=f"m{n}")
    for n in range(5):
        await _say(app, "/setup on 09:00 UTC", group=f"g{n}", mod=True)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    counts = await asyncio.gather(one.tick(), two.tick(), one.tick())
    assert sum(counts) == 45
    await asyncio.gather(one.drain("test"), two.drain("test"))
    chats = [d.chat_id for d, _ in sender.sent]
    assert len(chats) == 45 and len(set(chats)) == 45


async def test_the_service_ticks_at_start_and_stops_cleanly(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 07:30 UTC")  # due tomorrow; today's 07:30 has passed
    clock.set(dt.datetime(2026, 11, 25, 7, 45, tzinfo=UTC))  # the bot was down at 07:30
    async with asyncio.timeout(10), DeliveryService(delivery, interval=3600, idle=0.05):
        for _ in range(100):  # the hourly tick is far off: only the one at start can send it
            if sender.sent:
                break
            await asyncio.sleep(0.02)
    assert [d.chat_id for d, _ in sender.sent] == ["ann"]


async def test_a_groups_next_post_is_chosen_ahead_and_a_topic_does_not_shift_it(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/setup on 09:00 UTC", group="circle", mod=True)
    async with store.transaction() as tx:
        group = await tx.group("test", "circle")
        assert group is not None and group.next_prompt_id is not None
        chosen = group.next_prompt_id
    for n in range(30):
        await _say(app, "/subscribe 08:00 UTC", user=f"m{n}")
    clock.set(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    await _run(delivery)
    members_got = {text for d, text in sender.sent if not d.is_group}
    clock.set(dt.datetime(2026, 11, 24, 8, 30, tzinfo=UTC))
    [topic] = await _say(app, "/topic", group="circle", mod=True)  # the moderator's own, now
    assert _prompt_of(library, topic).id != chosen
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    await _run(delivery)
    [posted] = [text for d, text in sender.sent if d.is_group]
    prompt = library.prompt(chosen, "en")
    assert prompt is not None
    assert posted == library.text("daily.group", "en", prompt=prompt.text)  # as chosen
    assert not any(prompt.text in got for got in members_got)  # and no member had it


async def test_a_migrated_group_that_was_set_up_again_posts_once_a_day(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/setup on 09:00 UTC", group="old", mod=True)
    await _say(app, "/setup on 10:00 UTC", group="new", mod=True)  # set up again after it
    await app.group_migrated("test", "old", "new")
    await _until(
        delivery, clock, dt.datetime(2026, 11, 27, 11, 0, tzinfo=UTC), dt.timedelta(hours=1)
    )
    assert [d.chat_id for d, _ in sender.sent] == ["new"] * 4  # the 24th to the 27th


async def test_a_shutdown_ends_even_when_the_last_write_fails(
    library: Library, store: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender(hang=asyncio.Event())
    app, delivery = _pipeline(library, store, clock, sender, flush_every=60.0)
    await _due_at_nine(app, delivery, clock, ("a", "hang"))

    async def refused(ids: list[int], **values: object) -> None:
        raise ConnectionError("the database went away")

    monkeypatch.setattr(delivery, "_update", refused)
    draining = asyncio.create_task(delivery.drain("test"))
    async with asyncio.timeout(10):
        while not sender.sent:  # noqa: ASYNC110 - the fake sender keeps a plain list
            await asyncio.sleep(0.01)
    draining.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(draining, timeout=2)  # the cancellation is not swallowed


async def test_a_shutdown_gives_back_what_it_had_not_started(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender(hang=asyncio.Event())
    app, delivery = _pipeline(library, store, clock, sender, in_flight=1)
    await _say(app, "/subscribe 08:59 UTC", user="hang")  # first in line
    for user in ("a", "b", "c"):
        await _say(app, "/subscribe 09:00 UTC", user=user)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    await delivery.tick()
    draining = asyncio.create_task(delivery.drain("test"))
    await asyncio.sleep(0.2)  # the one worker is waiting on "hang"
    draining.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(draining, timeout=10)
    statuses = {key.split()[0]: status for key, (status, _) in (await _statuses(store)).items()}
    # cut off under way, or never started: ready again at once, not after a lease
    assert statuses == {"hang": "retry", "a": "retry", "b": "retry", "c": "retry"}
    assert sender.sent == [] and sender.hang is not None
    sender.hang.set()
    assert await delivery.drain("test") == 4


CHANGES = (
    "/settings quiet 22:00-07:00", "/settings quiet off", "/settings cadence daily",
    "/settings cadence weekdays", "/settings cadence mon-sun", "/settings zone UTC",
    "/settings zone Europe/London", "/settings zone Europe/Berlin", "/settings time 09:00",
    "/settings time 10:00", "/subscribe 09:30 UTC", "/subscribe 08:00 UTC", "/settings time 9am",
)  # fmt: skip


async def test_a_settings_change_between_her_slot_and_the_tick_loses_nothing(
    library: Library, store: Storage
) -> None:
    """The issue: 13 of 50 members who changed a setting after their slot time, before the
    next tick, had their due time moved to tomorrow with nothing queued for today."""
    clock = FakeClock(dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    members = [f"m{n:02d}" for n in range(50)]
    for user in members:
        await _say(app, "/subscribe 09:00 UTC", user=user)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, 30, tzinfo=UTC))  # her slot has passed; no tick
    for user, change in zip(members, CHANGES, strict=False):
        await _say(app, change, user=user)
    assert await _run(delivery) == 50
    assert sorted(d.chat_id for d, _ in sender.sent) == members
    # and one a day: a time moved later today waits for tomorrow
    await _until(delivery, clock, dt.datetime(2026, 11, 24, 23, 59, tzinfo=UTC), HOUR)
    assert len(sender.sent) == 50
    async with store.transaction() as tx:
        later = await tx.subscription("test", "m09")  # "/settings time 10:00"
    assert later is not None
    assert later.next_due_at == dt.datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


HOUR = dt.timedelta(hours=1)


async def test_changes_racing_the_tick_lose_nothing_and_queue_once(
    library: Library, store: Storage
) -> None:
    """The same, with the changes and the tick running at once (truly so on PostgreSQL)."""
    clock = FakeClock(dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    members = [f"m{n:02d}" for n in range(50)]
    for user in members:
        await _say(app, "/subscribe 09:00 UTC", user=user)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, 30, tzinfo=UTC))
    changes = [
        _say(app, change, user=user) for user, change in zip(members, CHANGES * 2, strict=False)
    ]
    ticked = asyncio.create_task(delivery.tick())
    replies = await asyncio.gather(*changes)
    await ticked
    internal = library.text("error.internal", "en")
    assert all(r.text != internal for rs in replies for r in rs)
    await _run(delivery)
    await _until(delivery, clock, dt.datetime(2026, 11, 24, 23, 59, tzinfo=UTC), HOUR)
    assert sorted(d.chat_id for d, _ in sender.sent) == members
    async with store.transaction() as tx:
        for user in members:
            member = await tx.member("test", user)
            assert member is not None and member.last_prompt_id is not None, user
            assert len(await tx.history("test", f"member:{user}")) == 1, user


async def test_a_stale_save_never_overwrites_what_the_tick_recorded(
    library: Library, store: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL a conversation that read her row before a tick saved it after, and the
    tick's record of which prompt she got was lost. Now the save is compare-and-set."""
    if store.dialect != "postgresql":
        pytest.skip("SQLite runs one writer at a time: a tick cannot come between")
    clock = FakeClock(dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    app, delivery = _pipeline(library, store, clock, FakeSender())
    await _say(app, "/subscribe 09:00 UTC")
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    original = Tx.save_member
    saves: list[Member] = []

    async def tick_between(tx: Tx, member: Member, *, new: bool) -> None:
        if not saves:  # her row was read; the tick runs and commits before the save
            assert await delivery.tick() == 1
        saves.append(member)
        await original(tx, member, new=new)

    monkeypatch.setattr(Tx, "save_member", tick_between)
    [done] = await _say(app, "/settings country GB")
    assert "United Kingdom" in done.text
    assert len(saves) == 2  # the first save was refused and the turn ran again
    async with store.transaction() as tx:
        member = await tx.member("test", "ann")
        [queued] = await tx.history("test", "member:ann")
    assert member is not None and member.country == "GB"  # her change
    assert member.last_prompt_id == queued  # and the tick's record


async def test_a_save_of_an_old_version_is_refused(database_url: str) -> None:
    async with Storage(database_url) as storage:
        await storage.migrate()
        ann = Member("test", "ann", dt.datetime(2026, 11, 24, tzinfo=UTC))
        async with storage.transaction() as tx:
            await tx.save_member(ann, new=True)
        with pytest.raises(StaleMember):
            async with storage.transaction() as tx:
                await tx.save_member(ann, new=True)  # someone stored her first
        async with storage.transaction() as tx:
            read = await tx.member("test", "ann")
            assert read is not None and read.version == 0
            await tx.save_member(dataclasses.replace(read, country="GB"), new=False)
        with pytest.raises(StaleMember):
            async with storage.transaction() as tx:
                await tx.save_member(dataclasses.replace(read, country="ES"), new=False)
        async with storage.transaction() as tx:
            final = await tx.member("test", "ann")
        assert final is not None and final.country == "GB" and final.version == 1


async def test_a_midnight_slot_comes_every_day(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 00:00 UTC")
    await _until(delivery, clock, dt.datetime(2026, 11, 26, 12, 0, tzinfo=UTC), HOUR)
    assert len(sender.sent) == 3


async def test_a_later_time_set_after_todays_reflection_starts_tomorrow(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/subscribe 09:00 UTC")
    await _until(delivery, clock, dt.datetime(2026, 11, 24, 9, 30, tzinfo=UTC), HOUR / 2)
    assert len(sender.sent) == 1  # today's, at nine
    [done] = await _say(app, "/settings time 10:00")
    assert "2026-11-25 10:00" in done.text  # not again today at ten
    await _until(delivery, clock, dt.datetime(2026, 11, 25, 10, 0, tzinfo=UTC), HOUR / 2)
    assert len(sender.sent) == 2


async def test_a_post_in_two_parts_resumes_at_the_part_not_sent(
    library: Library, store: Storage
) -> None:
    """The second part meets a 429, and then the process is replaced: the first part went
    once, the second once, in order."""
    clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sender = FakeSender(by_part={"second": SendResult(Outcome.RETRY, retry_after=5)})
    _, delivery = _pipeline(library, store, clock, sender)
    where = Destination("test", "circle", is_group=True)
    async with store.transaction() as tx:
        await tx.queue([outbox_row("group:circle", where, "p.x", f"first{PART}second",
                                   clock.now(), clock.now(), kind="topic")])  # fmt: skip
    assert await delivery.drain("test") == 0
    async with store.transaction() as tx:
        [row] = (await tx.conn.execute(sa.select(t.outbox))).all()
    assert (row.status, row.parts_sent) == ("retry", 1)
    clock.advance(dt.timedelta(seconds=6))
    _, restarted = _pipeline(library, store, clock, sender)
    assert await restarted.drain("test") == 1
    assert [text for _, text in sender.sent] == ["first", "second"]


async def test_a_clean_stop_records_what_is_under_way_and_releases_the_rest(
    library: Library, store: Storage
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender(slow=0.5)
    app, delivery = _pipeline(library, store, clock, sender, in_flight=1)
    await _say(app, "/subscribe 08:59 UTC", user="slow")  # first in line
    await _due_at_nine(app, delivery, clock, ("a", "b", "c"))
    service = DeliveryService(delivery, interval=3600, idle=60)
    async with asyncio.timeout(10):
        async with service:
            while not delivery.pacers["test"]._next_chat:  # noqa: ASYNC110 - "slow" has begun
                await asyncio.sleep(0.01)
            started = time.monotonic()
    assert time.monotonic() - started < 2  # the one under way, not a lease
    statuses = {key.split()[0]: status for key, (status, _) in (await _statuses(store)).items()}
    assert statuses == {"slow": "sent", "a": "retry", "b": "retry", "c": "retry"}
    assert await delivery.drain("test") == 0  # a stopped delivery starts nothing
    _, restarted = _pipeline(library, store, clock, sender)
    assert await restarted.drain("test") == 3  # the next one sends them at once


# --- plans: what a tick, a claim and the pruning read --------------------------------------

# Tables that grow with the members (`members` itself is read by key, and once a day through
# its index of keeping times: a sort would show).
BIG = ("subscriptions", "groups", "outbox", "history")


def _capture(store: Storage) -> tuple[list[tuple[str, Any]], Any]:
    """Record every statement the engine runs (not the many-row inserts)."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, many: bool) -> None:
        if not many and sql.lstrip().split()[0].upper() in ("SELECT", "UPDATE", "DELETE"):
            seen.append((sql, params))

    sa.event.listen(store.engine.sync_engine, "before_cursor_execute", record)
    return seen, record


def _pg_faults(node: dict[str, Any]) -> list[str]:
    faults = []
    if node["Node Type"] == "Seq Scan" and node.get("Relation Name") in BIG:
        faults.append(f"reads all of {node['Relation Name']}")
    if (
        node["Node Type"] in ("Index Scan", "Index Only Scan", "Bitmap Index Scan")
        and node.get("Relation Name") in BIG
        and "Index Cond" not in node
    ):
        # an index read whole (a wide one covers many queries) is a full read all the same
        faults.append(f"reads all of {node.get('Index Name')}")
    if node["Node Type"] in ("Sort", "Incremental Sort"):
        faults.append("sorts")
    for child in node.get("Plans", []):
        faults += _pg_faults(child)
    return faults


async def _plan_faults(store: Storage, statements: list[tuple[str, Any]]) -> dict[str, list[str]]:
    """Explain each statement: a full scan of a growing table or a sort is a fault.

    PostgreSQL is told to avoid both at any cost (`enable_seqscan`, `enable_sort` off), so
    one that is still there has no index to do without it; SQLite says so in words.
    """
    faults: dict[str, list[str]] = {}
    async with store.engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            await conn.exec_driver_sql("SET enable_seqscan = off")
            await conn.exec_driver_sql("SET enable_sort = off")
        for sql, params in statements:
            if postgres:
                plan = (await conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}", params)).scalar()
                tree = plan if isinstance(plan, list) else json.loads(str(plan))
                found = _pg_faults(tree[0]["Plan"])
            else:
                rows = (await conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)).all()
                found = [
                    row[-1]
                    for row in rows
                    if "TEMP B-TREE" in row[-1]
                    or (row[-1].startswith("SCAN ") and row[-1].split()[1] in BIG)
                    # a platform's whole part of an index is a full read all the same
                    or (
                        row[-1].startswith("SEARCH ")
                        and row[-1].split()[1] in BIG
                        and row[-1].endswith("(platform=?)")
                    )
                ]
            if found:
                faults[" ".join(sql.split())[:160]] = found
    return faults


async def test_ticks_claims_and_pruning_read_by_index(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    sender = FakeSender()
    app, delivery = _pipeline(library, store, clock, sender)
    await _say(app, "/setup on 09:00 UTC", group="circle", mod=True)
    await _due_at_nine(app, delivery, clock, ("ann", "bea"))
    await delivery.drain("test")
    statements, record = _capture(store)
    try:
        clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
        assert await _run(delivery) == 3  # two members and the group, a day later
        async with store.transaction() as tx:  # what a tick on a hard date asks besides
            await tx.had_since("test", ["member:ann", "member:bea"], ["p.a"], clock.now())
        clock.advance(dt.timedelta(days=400))
        await DeliveryService(delivery).purge()
    finally:
        sa.event.remove(store.engine.sync_engine, "before_cursor_execute", record)
    read = " ".join(sql for sql, _ in statements)
    for table in BIG:
        assert f"FROM {table}" in read or f"UPDATE {table}" in read, table
    assert await _plan_faults(store, statements) == {}


async def test_a_plan_that_reads_everything_is_seen(store: Storage) -> None:
    mark = "$1" if store.engine.dialect.name == "postgresql" else "?"
    everything = f"SELECT text FROM outbox WHERE item_id = {mark} ORDER BY due_at"
    [faults] = (await _plan_faults(store, [(everything, ("p.hope.01",))])).values()
    assert len(faults) == 2 and any("outbox" in f for f in faults)  # a full read and a sort


async def test_history_older_than_prompt_choice_needs_is_pruned(
    library: Library, store: Storage
) -> None:
    now = dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    async with store.transaction() as tx:
        for days in (1, 30, 239, 241, 400):
            await tx.record_sent(
                "test", [("member:ann", f"p.{days}")], now - dt.timedelta(days=days)
            )
        await tx.record_sent("other", [("member:ann", "p.other")], now - dt.timedelta(days=400))
    assert await prune_history(store, ["test"], now, batch=1) == 2
    async with store.transaction() as tx:
        kept = await tx.history("test", "member:ann")
        assert await tx.history("other", "member:ann") != []  # another platform's: not asked
    assert kept == ["p.1", "p.30", "p.239"]


def test_history_is_kept_longer_than_a_round_of_the_library(library: Library) -> None:
    assert HISTORY_KEEP > HARD_DATE_SEASON
    for locale in library.locales:
        private = [p for p in library.prompts(locale) if p.fits("private")]
        assert len(private) + len(library.reframes(locale)) < HISTORY_KEEP.days, locale


# --- requests in flight: the allowed rate over the round trip ------------------------------


@dataclass
class DistantSender(FakeSender):
    """Every request takes `trip` seconds to answer, as over a long way."""

    trip: float = 0.1
    at_once: int = 0  # the most requests seen in flight together
    _now: int = 0

    async def send_part(
        self, destination: Destination, part: str, *, nonce: str | None = None
    ) -> SendResult:
        self._now += 1
        self.at_once = max(self.at_once, self._now)
        try:
            await asyncio.sleep(self.trip)
            return await super().send_part(destination, part, nonce=nonce)
        finally:
            self._now -= 1


async def _ready_rows(store: Storage, clock: FakeClock, count: int) -> None:
    """Queue `count` private posts, ready now, one a member (chat ids 0 to count - 1)."""
    async with store.transaction() as tx:
        await tx.queue([
            outbox_row(f"member:{i}", Destination("test", str(i)), "p.x", "hello",
                       clock.now(), clock.now())
            for i in range(count)
        ])  # fmt: skip


async def test_requests_in_flight_follow_the_rate_and_the_round_trip(
    library: Library, store: Storage
) -> None:
    """1,000 a second over a 100 ms round trip: not four at a time (40 a second)."""
    clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sender = DistantSender()
    _, delivery = _pipeline(library, store, clock, sender)  # 1,000 a second allowed
    assert delivery.workers("test", 200) == 4  # no round trip measured yet
    await _ready_rows(store, clock, 200)
    started = time.monotonic()
    assert await delivery.drain("test", limit=200) == 200  # one batch
    took = time.monotonic() - started
    assert 0.09 < delivery.round_trip["test"] < 0.5
    assert delivery.workers("test", 1000) >= 113  # 1,000/s × 0.1 s, a quarter more
    assert sender.at_once > 25  # senders joined as soon as a round trip was measured
    assert took < 3.5  # four at a time: 5 s
    delivery.round_trip["test"] = 10.0
    assert delivery.workers("test", 1000) == 200  # at most two hundred
    assert delivery.workers("test", 3) == 3


async def test_a_fixed_number_in_flight_stays_fixed(library: Library, store: Storage) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    _, delivery = _pipeline(library, store, clock, DistantSender(), in_flight=2)
    delivery.round_trip["test"] = 1.0
    assert delivery.workers("test", 200) == 2


async def test_the_next_batch_is_claimed_while_this_one_is_being_sent(
    library: Library, store: Storage
) -> None:
    """No pause between batches: the senders never wait for a claim they could have had."""
    clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sender = DistantSender(trip=0.05)
    _, delivery = _pipeline(library, store, clock, sender, in_flight=4)
    await _ready_rows(store, clock, 40)
    in_flight_at_claims: list[int] = []
    claim = delivery.claim

    async def watched(platform: str, limit: int) -> list[Any]:
        in_flight_at_claims.append(sender._now)
        return await claim(platform, limit)

    delivery.claim = watched  # type: ignore[method-assign]
    assert await delivery.drain("test", limit=10) == 40
    assert len(sender.sent) == 40
    # the first claim finds nothing under way; each next batch is claimed during sends
    assert in_flight_at_claims[0] == 0
    assert all(n > 0 for n in in_flight_at_claims[1:4]), in_flight_at_claims


async def test_a_stream_cancelled_while_it_claims_leaves_no_sender_behind(
    library: Library, store: Storage
) -> None:
    """What the claim under way brings is released, not sent by senders nobody waits for."""
    clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sender = DistantSender(trip=0.05)
    _, delivery = _pipeline(library, store, clock, sender, in_flight=4)
    await _ready_rows(store, clock, 8)
    claim = delivery.claim
    claims = 0

    async def slow(platform: str, limit: int) -> list[Any]:
        nonlocal claims
        claims += 1
        if claims == 2:  # the claim made while the first batch is being sent
            await asyncio.sleep(0.3)
        return await claim(platform, limit)

    delivery.claim = slow  # type: ignore[method-assign]
    draining = asyncio.create_task(delivery.drain("test", limit=4))
    await asyncio.sleep(0.15)
    draining.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await draining
    went = len(sender.sent)
    await asyncio.sleep(0.4)
    assert len(sender.sent) == went  # nothing goes once the drain has ended
    assert await delivery.drain("test") == 8 - went  # the rest was released, ready at once
    assert sorted(int(d.chat_id) for d, _ in sender.sent) == list(range(8))  # each once
