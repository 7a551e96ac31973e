"""How the daily pipeline scales: many subscribers, many of them due in one minute.

    python -m bench.scale [--url URL] [--subscribers 100000] [--due 5000] [--history-days 0]

The parent fills an empty database (a fresh SQLite file unless `--url` names one, e.g.
`postgresql://postgres@127.0.0.1:5432/scale`; it refuses one that holds members) with
subscribers spread over zones and times, `--due` of them due at the same minute, each of
those with `--history-days` days of prompts already sent. A child process then starts as
`holdspace run` would (open and migrate the database, load the content, build the core),
runs a tick a minute before (nothing due: the idle tick every minute costs) and the tick
that finds and queues the due ones. Prints one JSON line: `subscribers`, `due`,
`history_days`, `idle_tick_ms`, `due_query_s` (the busy tick), `startup_s` (child start to
ready, imports included), `rss_mb` (the child's peak RSS), `fill_s`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

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
                uid = str(10_000_000 + i)
                zone = ZONES[i % len(ZONES)]
                when = DUE if i < due else DUE + dt.timedelta(minutes=1 + i % 1439)
                members.append({"platform": "telegram", "user_id": uid, "created_at": DUE,
                                "dm_chat_id": uid, "journal": False, "active": True})  # fmt: skip
                subs.append({"platform": "telegram", "user_id": uid, "chat_id": uid,
                             "slot": f"{i % 24:02d}:{(i * 7) % 60:02d}", "zone": zone,
                             "cadence": "daily", "welcome_back": False, "next_due_at": when,
                             "created_at": DUE})  # fmt: skip
            history = [
                {"platform": "telegram", "recipient": f"member:{10_000_000 + i}",
                 "item_id": f"p.bench.{day}", "sent_at": DUE - dt.timedelta(days=day)}
                for i in range(start, min(start + chunk, due))
                for day in range(1, history_days + 1)
            ]  # fmt: skip
            async with storage.transaction() as tx:
                await tx.conn.execute(sa.insert(t.members), members)
                await tx.conn.execute(sa.insert(t.subscriptions), subs)
                if history:
                    await tx.conn.execute(sa.insert(t.history), history)


CHILD = """
import time; started = time.perf_counter()
import asyncio, datetime as dt, json, resource, sys
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
                      "idle_tick_ms": sorted(idle)[2] * 1000, "rss_mb": rss}))

asyncio.run(main(sys.argv[1]))
"""


def main(
    subscribers: int, due: int, *, url: str | None = None, history_days: int = 0
) -> dict[str, object]:
    """Fill a database, run the child, and return its figures."""
    with tempfile.TemporaryDirectory() as folder:
        url = url or f"sqlite:///{Path(folder) / 'scale.sqlite3'}"
        started = time.perf_counter()
        asyncio.run(fill(url, subscribers, due, history_days))
        fill_s = time.perf_counter() - started
        child = subprocess.run(
            [sys.executable, "-c", CHILD, url],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        figures = json.loads(child.stdout.strip().splitlines()[-1])
    if figures["queued"] != due:
        raise SystemExit(f"queued {figures['queued']} of {due} due")
    return {
        "subscribers": subscribers,
        "due": due,
        "history_days": history_days,
        "idle_tick_ms": round(figures["idle_tick_ms"], 2),
        "due_query_s": round(figures["due_query_s"], 3),
        "startup_s": round(figures["startup_s"], 3),
        "rss_mb": round(figures["rss_mb"], 1),
        "fill_s": round(fill_s, 1),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an empty database (default: a fresh SQLite file)")
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=5_000)
    parser.add_argument("--history-days", type=int, default=0)
    args = parser.parse_args()
    print(
        json.dumps(main(args.subscribers, args.due, url=args.url, history_days=args.history_days))
    )
