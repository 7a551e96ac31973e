"""Keeping things only as long as they serve: a daily purge in small batches.

Each member chooses how many days her journal entries are kept (`Member.journal_days`, 90
unless she says otherwise: `/settings journal_days 30`). Once a day the scheduler deletes the
entries older than that, a few hundred at a time in short transactions, so a large purge
never holds the database for long; then the deleted rows are scrubbed from the disk. The
history of what was sent is kept as long as choosing the next prompt needs it
(`HISTORY_KEEP`), and pruned the same way, so a tick reads as much in a year as in a month.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterable

from core.model import DEFAULT_JOURNAL_DAYS
from core.reflections import HISTORY_KEEP
from core.storage import Storage

log = logging.getLogger(__name__)

PURGE_BATCH = 500


async def purge_journals(storage: Storage, now: dt.datetime, *, batch: int = PURGE_BATCH) -> int:
    """Delete every journal entry older than its owner's keeping time; return how many."""
    async with storage.transaction() as tx:
        kept_for = await tx.journal_keeping_times()
    removed = 0
    for days in sorted(kept_for | {DEFAULT_JOURNAL_DAYS}):
        cutoff = now - dt.timedelta(days=days)
        while True:
            async with storage.transaction() as tx:
                count = await tx.purge_journal(days, cutoff, batch)
            removed += count
            if count < batch:
                break
            await asyncio.sleep(0)  # let replies through between batches
    if removed:
        await storage.scrub()
        log.info("deleted %d journal entries past their keeping time", removed)
    return removed


async def prune_history(
    storage: Storage, platforms: Iterable[str], now: dt.datetime, *, batch: int = PURGE_BATCH
) -> int:
    """Delete what was sent longer ago than prompt choice looks; return how many rows."""
    removed = 0
    for platform in platforms:
        while True:
            async with storage.transaction() as tx:
                count = await tx.prune_history(platform, now - HISTORY_KEEP, batch)
            removed += count
            if count < batch:
                break
            await asyncio.sleep(0)  # let replies through between batches
    if removed:
        log.info("pruned %d history rows older than %d days", removed, HISTORY_KEEP.days)
    return removed
