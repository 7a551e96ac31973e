"""How the daily pipeline scales: many subscribers, many of them due in one minute.

    python -m bench.scale [--url URL] [--subscribers 100000] [--due 50000]
                          [--history-days 30] [--sent 20000 1000000] [--runs 3]

The parent fills an empty database (a fresh SQLite file unless `--url` names one, e.g.
`postgresql://postgres@127.0.0.1:5432/scale`; it refuses one that holds members) with
subscribers spread over zones and times, `--due` of them (at most all) due at the same
minute. A child process then starts as `holdspace run` would (open and migrate the
database, load the content, build the core), runs ticks a minute before (nothing due: the
idle tick every minute costs) and the tick that finds and queues the due ones. The due
members are then set back (their outbox rows and history deleted) and the busy tick is run
again, `--runs` times; then the same with `--history-days` days of prompts already sent to
each due member. Last, the claim: a batch of 200 ready rows claimed (as a worker does)
beside each number of `--sent` rows in the outbox, the median of 20 claims.

Prints one JSON line: `engine`, `subscribers`, `due`, `runs`, `idle_tick_ms` (median of
five in each run, then of the runs), `due_tick_s` (the busy tick, median of the runs),
`history_days`, `due_tick_history_s`, `history_ratio`, `claim_ms` (by sent rows),
`claim_ratio` (the largest outbox's to the smallest's), `startup_s` (child start to ready,
imports included), `rss_mb` (the child's peak RSS), `fill_s`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from core.content import load_library
from core.storage import Storage
from core.storage import tables as t

DUE = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
ZONES = [
    "Europe/London",
    "America/New_York",
    "Europe/Berlin",
    "Asia/Tokyo",
    "America/Mexico_City",
    "Australia/Sydney",
    "Europe/Madrid",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "UTC",
]
FIRST_ID = 10_000_000  # user ids are FIRST_ID + i: eight digits, so they sort as numbers
CLAIM = 200  # rows a worker claims at once (Delivery.drain)
CLAIMS = 20  # claims timed for each outbox size


def _uid(i: int) -> str:
    return str(FIRST_ID + i)


async def fill(url: str, subscribers: int, due: int, history_days: int = 0) -> None:
    """Create `subscribers` members and subscriptions, `due` of them due at DUE with
    `history_days` days of prompts already sent."""
    async with Storage(url) as storage:
        await storage.migrate()
        async with storage.transaction() as tx:
            if (await tx.conn.execute(sa.select(sa.func.count()).select_from(t.members))).scalar():
                raise SystemExit(f"{url} holds members already: give an empty database")
        chunk = 5000
        for start in range(0, subscribers, chunk):
            members, subs = [], []
            for i in range(start, min(start + chunk, subscribers)):
                uid = _uid(i)
                zone = ZONES[i % len(ZONES)]
                when = DUE if i < due else DUE + dt.timedelta(minutes=1 + i % 1439)
                members.append({"platform": "telegram", "user_id": uid, "created_at": DUE,
                                "dm_chat_id": uid, "journal": False, "active": True})  # fmt: skip
                subs.append({"platform": "telegram", "user_id": uid, "chat_id": uid,
                             "slot": f"{i % 24:02d}:{(i * 7) % 60:02d}", "zone": zone,
                             "cadence": "daily", "welcome_back": False, "next_due_at": when,
                             "created_at": DUE})  # fmt: skip
            async with storage.transaction() as tx:
                await tx.conn.execute(sa.insert(t.members), members)
                await tx.conn.execute(sa.insert(t.subscriptions), subs)
        await reset(storage, due, history_days)


async def reset(storage: Storage, due: int, history_days: int) -> None:
    """Make the first `due` members due at DUE again, with `history_days` days of history
    (real prompts, one a day), and an empty outbox."""
    due_ones = sa.and_(
        t.subscriptions.c.platform == "telegram", t.subscriptions.c.user_id < _uid(due)
    )
    prompts = [p.id for p in load_library().prompts("en") if p.fits("private")]
    async with storage.transaction() as tx:
        await tx.conn.execute(sa.delete(t.outbox))
        await tx.conn.execute(sa.delete(t.history))
        await tx.conn.execute(sa.update(t.subscriptions).where(due_ones).values(next_due_at=DUE))
    for day in range(history_days, 0, -1):  # oldest first, as they were sent
        rows = sa.select(
            t.subscriptions.c.platform,
            sa.literal("member:") + t.subscriptions.c.user_id,
            sa.literal(prompts[day % len(prompts)]),
            sa.literal(DUE - dt.timedelta(days=day), t.UTCDateTime()),
        ).where(due_ones)
        async with storage.transaction() as tx:
            await tx.conn.execute(
                sa.insert(t.history).from_select(
                    ["platform", "recipient", "item_id", "sent_at"], rows
                )
            )
    await _analyze(storage)


async def _analyze(storage: Storage) -> None:
    """Refresh PostgreSQL's statistics, as its autovacuum soon would after a large change."""
    if storage.dialect == "postgresql":
        async with storage.engine.connect() as conn:
            await conn.exec_driver_sql("ANALYZE")


async def _add_sent(storage: Storage, first: int, count: int) -> None:
    """Add `count` rows sent in the last week to the outbox, in chunks of 100,000."""
    numbers = (
        "SELECT i FROM generate_series(:lo, :hi - 1) AS i"
        if storage.dialect == "postgresql"
        else "WITH RECURSIVE n(i) AS (SELECT :lo UNION ALL SELECT i + 1 FROM n WHERE i < :hi - 1)"
        " SELECT i FROM n"
    )
    insert = sa.text(
        "INSERT INTO outbox (platform, recipient, slot, chat_id, is_group, kind, item_id, text,"
        " due_at, status, attempts, next_attempt_at, claimed_at, sent_at, parts_sent)"
        " SELECT 'telegram', 'member:' || CAST(i AS TEXT), 'daily:bench', CAST(i AS TEXT),"
        " :no, 'daily', 'p.bench', 'A reflection for today, sent a few days ago.', :at,"
        f" 'sent', 1, :at, :at, :at, 1 FROM ({numbers}) AS numbers"
    ).bindparams(sa.bindparam("at", type_=t.UTCDateTime()), sa.bindparam("no", type_=sa.Boolean))
    step = 100_000
    for lo in range(first, first + count, step):
        hi = min(lo + step, first + count)
        at = DUE - dt.timedelta(days=1 + lo % 6, minutes=lo % 1440)
        async with storage.transaction() as tx:
            await tx.conn.execute(insert, {"lo": lo, "hi": hi, "at": at, "no": False})


def _ready_row(i: int) -> dict[str, Any]:
    return {"platform": "telegram", "recipient": f"member:r{i}", "slot": "daily:now",
            "chat_id": f"r{i}", "is_group": False, "kind": "daily", "item_id": "p.bench",
            "text": "A reflection for today.", "due_at": DUE, "status": "pending",
            "attempts": 0, "next_attempt_at": DUE}  # fmt: skip


async def claim_costs(url: str, sizes: Sequence[int]) -> dict[str, float]:
    """Time a worker's claim beside each number of sent rows; return ms by size."""
    costs: dict[str, float] = {}
    async with Storage(url) as storage:
        async with storage.transaction() as tx:
            await tx.conn.execute(sa.delete(t.outbox))
        have = 0
        for size in sorted(sizes):
            await _add_sent(storage, have, size - have)
            have = size
            async with storage.transaction() as tx:  # fresh ready rows, the last claims' gone
                await tx.conn.execute(sa.delete(t.outbox).where(t.outbox.c.status != "sent"))
                ready = [_ready_row(i) for i in range(CLAIM * (CLAIMS + 1))]
                await tx.conn.execute(sa.insert(t.outbox), ready)
            await _analyze(storage)
            took = []
            for _ in range(CLAIMS + 1):  # the first prepares the statement
                started = time.perf_counter()
                async with storage.transaction() as tx:
                    claimed = await tx.claim_outbox("telegram", DUE, CLAIM)
                took.append(time.perf_counter() - started)
                assert len(claimed) == CLAIM
            costs[str(size)] = round(statistics.median(took[1:]) * 1000, 2)
    return costs


CHILD = """
import time; started = time.perf_counter()
import asyncio, datetime as dt, json, resource, statistics, sys
from core.clock import FakeClock
from core.content import load_library
from core.conversation import Holdspace
from core.delivery import Delivery
from core.storage import Storage

class Nowhere:
    platform = "telegram"
    def split(self, reply): return [reply]
    async def send_part(self, destination, part, *, nonce=None): raise AssertionError("no sends")

async def main(url):
    async with Storage(url) as storage:
        await storage.migrate()
        clock = FakeClock(dt.datetime(2026, 11, 24, 8, 59, 0, tzinfo=dt.UTC))
        app = Holdspace(load_library(), storage, clock)
        delivery = Delivery(app, {"telegram": Nowhere()}, clock)
        ready = time.perf_counter() - started
        await delivery.tick()  # warm: the first statements of a connection are prepared
        idle = []
        for _ in range(5):
            tick = time.perf_counter()
            assert await delivery.tick() == 0
            idle.append(time.perf_counter() - tick)
        clock.set(dt.datetime(2026, 11, 24, 9, 0, 30, tzinfo=dt.UTC))
        tick = time.perf_counter()
        queued = await delivery.tick()
        took = time.perf_counter() - tick
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"queued": queued, "startup_s": ready, "due_query_s": took,
                      "idle_tick_ms": statistics.median(idle) * 1000, "rss_mb": rss}))

asyncio.run(main(sys.argv[1]))
"""


def _child(url: str, due: int) -> dict[str, Any]:
    """Run the ticks in a process of their own, as `holdspace run` would; return its figures."""
    child = subprocess.run(
        [sys.executable, "-c", CHILD, url],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    figures: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    if figures["queued"] != due:
        raise SystemExit(f"queued {figures['queued']} of {due} due")
    return figures


async def _reset(url: str, due: int, history_days: int) -> None:
    async with Storage(url) as storage:
        await reset(storage, due, history_days)


def main(
    subscribers: int,
    due: int,
    *,
    url: str | None = None,
    history_days: int = 30,
    sent: Sequence[int] = (20_000, 1_000_000),
    runs: int = 3,
) -> dict[str, object]:
    """Fill a database, run the children and the claims, and return the figures."""
    due = min(due, subscribers)
    with tempfile.TemporaryDirectory() as folder:
        url = url or f"sqlite:///{Path(folder) / 'scale.sqlite3'}"
        started = time.perf_counter()
        asyncio.run(fill(url, subscribers, due))
        fill_s = time.perf_counter() - started
        plain: list[dict[str, Any]] = []
        for run in range(runs):
            if run:
                asyncio.run(_reset(url, due, 0))
            plain.append(_child(url, due))
        with_history: list[dict[str, Any]] = []
        for _ in range(runs):
            asyncio.run(_reset(url, due, history_days))
            with_history.append(_child(url, due))
        claims = asyncio.run(claim_costs(url, sent))

    def median(runs: list[dict[str, Any]], key: str) -> float:
        return statistics.median(float(r[key]) for r in runs)

    busy, busy_history = median(plain, "due_query_s"), median(with_history, "due_query_s")
    return {
        "engine": url.partition(":")[0].partition("+")[0],
        "subscribers": subscribers,
        "due": due,
        "runs": runs,
        "idle_tick_ms": round(median(plain + with_history, "idle_tick_ms"), 2),
        "due_tick_s": round(busy, 3),
        "due_query_s": round(busy, 3),  # the name earlier versions printed
        "history_days": history_days,
        "due_tick_history_s": round(busy_history, 3),
        "history_ratio": round(busy_history / busy, 2) if busy else None,
        "claim_ms": claims,
        "claim_ratio": round(claims[str(max(sent))] / claims[str(min(sent))], 2)
        if claims[str(min(sent))]
        else None,
        "startup_s": round(median(plain, "startup_s"), 3),
        "rss_mb": round(max(float(r["rss_mb"]) for r in plain + with_history), 1),
        "fill_s": round(fill_s, 1),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an empty database (default: a fresh SQLite file)")
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=50_000)
    parser.add_argument("--history-days", type=int, default=30)
    parser.add_argument("--sent", type=int, nargs="+", default=[20_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3, help="busy ticks timed (the median)")
    args = parser.parse_args()
    figures = main(
        args.subscribers,
        args.due,
        url=args.url,
        history_days=args.history_days,
        sent=args.sent,
        runs=args.runs,
    )
    print(json.dumps(figures))
