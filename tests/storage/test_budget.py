"""The send budget instances of one bot share through PostgreSQL (core/storage/budget.py).

Two pacers on one key, each with its own connection pool and each configured with the whole
limit, stay together under it over every one-second window; a pacer that reserved slots and
died stalls the other for a fraction of a second, not more.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import time
from collections.abc import AsyncIterator

import pytest
import sqlalchemy as sa

from core.pacing import BLOCK_SECONDS, Limits, Pacer, Priority
from core.storage import Storage
from core.storage import tables as t
from core.storage.budget import SendBudget, budget_key, shared_budget

LIMIT = 60.0  # a second's worth is enough sends to tell, in a short test
TOKEN = "123456:AAH-not-a-real-token"


@pytest.fixture
async def instances(postgres_url: str) -> AsyncIterator[tuple[Storage, Storage]]:
    """Two instances' storages on one fresh PostgreSQL database."""
    async with Storage(postgres_url) as first, Storage(postgres_url) as second:
        await first.migrate()
        yield first, second


def _pacer(storage: Storage) -> Pacer:
    budget = shared_budget(storage, "telegram", TOKEN)
    assert budget is not None
    return Pacer(Limits(overall=LIMIT, per_chat=1000, per_group_minute=60000), budget=budget)


def _most_in_a_second(times: list[float]) -> int:
    times = sorted(times)
    return max(bisect.bisect_left(times, t + 1.0) - i for i, t in enumerate(times))


async def _send(pacer: Pacer, name: str, times: list[float], until: float) -> None:
    index = 0
    while time.monotonic() < until:
        await pacer.turn(f"{name}-{index}", False, Priority.BULK)
        times.append(time.monotonic())
        index += 1


async def test_reservations_made_at_once_never_overlap(instances: tuple[Storage, Storage]) -> None:
    budgets = [SendBudget(storage, budget_key("telegram", TOKEN)) for storage in instances]
    interval = 0.01
    blocks = await asyncio.gather(
        *(budgets[i % 2].reserve(1 + i % 4, interval, 0.0) for i in range(40))
    )
    spans = sorted((first, first + (1 + i % 4) * interval) for i, (first, _) in enumerate(blocks))
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start >= end - 1e-6  # each block after the last one granted
    for first, now in blocks:
        assert first >= now - 1e-6  # never a slot in the past


async def test_two_instances_on_one_bot_stay_under_its_limit_together(
    instances: tuple[Storage, Storage],
) -> None:
    pacers = [_pacer(storage) for storage in instances]
    times: list[float] = []
    until = time.monotonic() + 2.5
    await asyncio.gather(
        *(_send(pacers[i % 2], f"w{i}", times, until) for i in range(12))  # 6 workers each
    )
    assert _most_in_a_second(times) <= LIMIT
    # and they use it, between them (loosely: on a busy machine a round trip takes longer)
    assert len(times) >= 0.5 * LIMIT * 2.5
    async with instances[0].transaction() as tx:
        keys = (await tx.conn.execute(sa.select(t.send_budget.c.key))).scalars().all()
    assert keys == [budget_key("telegram", TOKEN)] and TOKEN not in keys[0]


async def test_slots_a_dead_instance_reserved_hold_the_other_up_briefly(
    instances: tuple[Storage, Storage],
) -> None:
    dead, survivor = (_pacer(storage) for storage in instances)
    # The first instance starts a broadcast and dies as soon as it holds its blocks.
    workers = [
        asyncio.create_task(_send(dead, f"d{i}", [], time.monotonic() + 60)) for i in range(30)
    ]
    async with asyncio.timeout(10):
        while len(dead._slots) < 10:  # noqa: ASYNC110 - the pacer's own state, no event to wait on
            await asyncio.sleep(0.005)
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    asked = time.monotonic()
    await survivor.turn("her", False, Priority.CRISIS)
    stalled = time.monotonic() - asked
    # at most the two blocks it held (half a second), and a busy machine's margin
    assert stalled <= 2 * BLOCK_SECONDS + 0.5
    times: list[float] = []
    until = time.monotonic() + 1.0
    await asyncio.gather(*(_send(survivor, f"a{i}", times, until) for i in range(6)))
    assert len(times) >= 0.5 * LIMIT  # then the rate is the survivor's (loosely: a busy CI)
