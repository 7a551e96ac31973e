"""What an operator's health check and metrics read of the database: read-only, and quick.

Both read on a connection of their own, outside `Storage.transaction`: on SQLite they never
take the writers' turn the bot's conversations wait for.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from core.storage import tables as t
from core.storage.engine import Storage


async def reachable(storage: Storage) -> bool:
    """Say whether the database answers a trivial query."""
    try:
        async with storage.engine.connect() as conn:
            await conn.execute(sa.text("SELECT 1"))
    except Exception:
        return False
    return True


async def outbox_state(
    storage: Storage, platform: str, now: dt.datetime
) -> tuple[dict[str, int], float]:
    """Return one platform's outbox rows not yet sent by state ("ready" now, "waiting" for a
    retry, "sending"), and how many seconds the oldest ready row has waited (0 if none).

    Each count reads one partial index (the rows in its state), not the week of sent rows.
    """
    o = t.outbox.c
    mine = o.platform == platform
    ready = o.next_attempt_at <= now
    async with storage.engine.connect() as conn:
        waiting = (
            await conn.execute(
                sa.select(
                    sa.func.count().filter(ready),
                    sa.func.count().filter(sa.not_(ready)),
                    sa.func.min(o.next_attempt_at).filter(ready),
                ).where(mine, t.outbox_in(t.WAITING))
            )
        ).one()
        sending = (
            await conn.execute(sa.select(sa.func.count()).where(mine, t.outbox_in(t.SENDING)))
        ).scalar_one()
    oldest = waiting[2]
    if isinstance(oldest, str):  # SQLite returns an aggregate of a datetime as text
        oldest = dt.datetime.fromisoformat(oldest)
    if oldest is not None and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=dt.UTC)
    age = (now - oldest).total_seconds() if oldest is not None else 0.0
    depth = {"ready": int(waiting[0]), "waiting": int(waiting[1]), "sending": int(sending)}
    return depth, max(0.0, age)
