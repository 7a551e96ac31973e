"""A pacer drawing its overall rate from a shared budget: priorities still hold inside the
instance, a budget that does not answer never stops a reply, and there is no budget at all
on SQLite. (The budget itself, against PostgreSQL: tests/storage/test_budget.py.)"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from pathlib import Path

import pytest

from core.pacing import BLOCK_SECONDS, CRISIS_GRACE, Limits, Pacer, Priority
from core.storage import Storage
from core.storage.budget import budget_key, shared_budget

FAST_CHATS = dict(per_chat=1000, per_group_minute=60000)


class MemoryBudget:
    """The GCRA of core/storage/budget.py, in memory, on this process's clock."""

    def __init__(self) -> None:
        self.tat = 0.0
        self.reserved: list[int] = []

    async def reserve(self, count: int, interval: float, lead: float) -> tuple[float, float]:
        await asyncio.sleep(0.002)  # a round trip
        now = time.monotonic()
        first = max(self.tat, now + lead)
        self.tat = first + count * interval
        self.reserved.append(count)
        return first, now


class SilentBudget:
    """A database that does not answer; says in `events` when a reservation is given up."""

    def __init__(self, events: list[str] | None = None) -> None:
        self.events = [] if events is None else events
        self.asked = 0

    async def reserve(self, count: int, interval: float, lead: float) -> tuple[float, float]:
        self.asked += 1
        try:
            await asyncio.sleep(3600)
        finally:
            self.events.append("budget given up")
        raise AssertionError("unreachable")


async def test_a_crisis_reply_takes_the_next_slot_not_a_place_behind_the_broadcast() -> None:
    budget = MemoryBudget()
    pacer = Pacer(Limits(overall=40, **FAST_CHATS), budget=budget)
    order: list[str] = []

    async def broadcast(worker: int) -> None:
        for index in range(1000):
            await pacer.turn(f"member-{worker}-{index}", False, Priority.BULK)
            order.append("bulk")

    workers = [asyncio.create_task(broadcast(w)) for w in range(8)]
    try:
        async with asyncio.timeout(10):
            while len(order) < 10:  # noqa: ASYNC110 - the broadcast holds blocks of the budget by now
                await asyncio.sleep(0.01)
        assert len(pacer._slots) > 1
        asked = len(order)
        await pacer.turn("her", False, Priority.CRISIS)
        order.append("crisis")
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    # The broadcast's block held several slots; the crisis reply took the first one free:
    # one broadcast send at most went between (the one already on its way when she asked).
    assert order.index("crisis") - asked <= 1
    assert max(budget.reserved) <= BLOCK_SECONDS * 40


async def test_a_pacer_asks_for_no_more_than_the_sends_waiting() -> None:
    budget = MemoryBudget()
    pacer = Pacer(Limits(overall=100, **FAST_CHATS), budget=budget)
    for index in range(3):
        await pacer.turn(f"chat-{index}", False, Priority.REPLY)
    # one send waiting at a time: a slot at a time, nothing stranded from the bot's rate
    assert set(budget.reserved) == {1}


async def test_a_budget_that_does_not_answer_leaves_the_pacer_on_its_own(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("core.pacing.RESERVE_TIMEOUT", 0.1)
    pacer = Pacer(Limits(overall=100, **FAST_CHATS), budget=SilentBudget())
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="core.pacing"):
        for index in range(5):
            await pacer.turn(f"chat-{index}", False, Priority.REPLY)  # (a crisis: a spare slot)
    assert time.monotonic() - started < 1.0
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "send budget" in warnings[0].getMessage()


async def test_once_the_budget_failed_no_send_waits_on_it_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("core.pacing.RESERVE_TIMEOUT", 0.5)
    pacer = Pacer(Limits(overall=100, **FAST_CHATS), budget=SilentBudget())
    await pacer.turn("first", False, Priority.REPLY)  # waits for the budget, once
    await asyncio.sleep(1.2)  # the slots paced alone meanwhile have gone by
    started = time.monotonic()
    await pacer.turn("her", False, Priority.REPLY)
    assert time.monotonic() - started < 0.25  # paced alone at once, the budget asked aside
    await pacer.aclose()


async def test_a_crisis_reply_does_not_wait_for_a_budget_gone_silent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("core.pacing.RESERVE_TIMEOUT", 30.0)  # silent for longer than the test
    budget = SilentBudget()
    pacer = Pacer(Limits(overall=100, **FAST_CHATS), budget=budget)
    taken: list[float] = []  # on the pacer's clock, when each spare slot was spent
    for index in range(3):
        asked = pacer.now()
        await pacer.turn(f"her-{index}", False, Priority.CRISIS)
        taken.append(pacer._spare - pacer.spare_interval)
        assert taken[-1] - asked >= CRISIS_GRACE  # the reservation had its grace first
    # All three went on spare slots while the one reservation asked for was still unanswered,
    # spaced so that they alone stay within the 5% the pacer keeps under the limit.
    assert budget.asked == 1 and budget.events == []
    assert all(b - a >= 1 / (100 * 0.05) - 1e-9 for a, b in itertools.pairwise(taken))
    await pacer.aclose()


async def test_a_crisis_reply_takes_a_reserved_slot_when_the_budget_answers_in_time() -> None:
    budget = MemoryBudget()  # answers in a few milliseconds, well within the grace
    pacer = Pacer(Limits(overall=100, **FAST_CHATS), budget=budget)
    for index in range(3):
        await pacer.turn(f"her-{index}", False, Priority.CRISIS)
    assert budget.reserved == [1, 1, 1] and pacer._spare == 0.0  # no spare slot spent


async def test_other_sends_still_wait_for_the_budget() -> None:
    order: list[str] = []
    pacer = Pacer(Limits(overall=100, **FAST_CHATS), budget=SilentBudget(order))

    async def send(chat: str, priority: Priority) -> None:
        await pacer.turn(chat, False, priority)
        order.append(priority.name)

    await asyncio.gather(
        send("a", Priority.BULK), send("b", Priority.REPLY), send("c", Priority.CRISIS)
    )
    # The crisis reply went on a spare slot; the others waited for the reservation to be given
    # up (a second), then went on the slots paced alone, the reply before the broadcast.
    assert order == ["CRISIS", "budget given up", "REPLY", "BULK"]


async def test_a_stopped_pacer_leaves_no_reservation_running() -> None:
    budget = SilentBudget()
    pacer = Pacer(Limits(overall=100, **FAST_CHATS), budget=budget)
    waiting = asyncio.create_task(pacer.turn("a", False, Priority.REPLY))
    async with asyncio.timeout(10):
        while budget.asked == 0:  # noqa: ASYNC110 - the budget's own count, no event to wait on
            await asyncio.sleep(0.005)
    waiting.cancel()  # the sender stops; its reservation is still on its way
    await asyncio.gather(waiting, return_exceptions=True)
    await pacer.aclose()
    assert budget.events == ["budget given up"]
    assert not [task for task in asyncio.all_tasks() if task.get_name() == "send-budget"]


async def test_no_budget_on_sqlite_and_the_key_never_holds_the_token(tmp_path: Path) -> None:
    token = "123456:AAH-secret-part-of-the-token"
    async with Storage(f"sqlite:///{tmp_path}/holdspace.sqlite3") as storage:
        assert shared_budget(storage, "telegram", token) is None
    key = budget_key("telegram", token)
    assert key.startswith("telegram:") and "secret" not in key and "123456" not in key
    assert key != budget_key("telegram", token + "x") and len(key) <= 80


async def test_a_429_for_the_whole_bot_holds_back_its_other_instances() -> None:
    budget = MemoryBudget()
    told, other = (Pacer(Limits(overall=100, **FAST_CHATS), budget=budget) for _ in range(2))
    await told.turn("a", False, Priority.BULK)
    for _ in range(3):  # one flood, three 429s: the pauses overlap, they do not add up
        told.pause(None, "a", 0.5, everywhere=True)  # the platform said: wait half a second
    await asyncio.gather(*told._holds)  # the hold is reserved from the budget
    started = time.monotonic()
    await other.turn("b", False, Priority.CRISIS)
    assert 0.35 <= time.monotonic() - started < 0.9
    told.pause("chat", "g", 5.0, everywhere=True)  # one chat's 429 stays with its instance
    started = time.monotonic()
    await other.turn("c", False, Priority.CRISIS)
    assert time.monotonic() - started < 0.3
