"""One bot's overall send rate, shared through PostgreSQL by every instance that runs it.

A generic cell rate algorithm (GCRA) in one row per bot: `tat`, the theoretical arrival
time, is when the bot's next send may go, by the database's clock. An instance reserves a
block of n sends spaced `interval` apart in one atomic statement,

    tat = greatest(tat, now + lead) + n × interval    (returning the first slot and now)

(`lead`: a round trip, so that the first slot is not behind the instance when the answer
reaches it), so reservations made at the same moment by several instances queue one after
the other on the row's lock and never overlap: over any window, the sends all instances are
granted stay at one `interval` apart, whatever each instance's own clock says. The
instance spaces its block locally (`core.pacing.Pacer`), so a round trip is paid per block,
not per send; an instance that dies strands at most the blocks it held (two, a quarter of a
second each).

The row's key is the platform and a hash of the bot's token, never the token. SQLite runs
one instance, so there is no budget there: `shared_budget` returns None and the pacer works
alone, as it always has.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa

from core.storage.engine import Storage

# Both times are taken once (the CTE), by the database's clock; the row is created by the
# first reservation, and every later one waits for the row's lock, so none overlaps another.
RESERVE = sa.text(
    """
    WITH clock AS (SELECT extract(epoch FROM clock_timestamp())::float8 AS now)
    INSERT INTO send_budget AS budget (key, tat)
    SELECT :key, clock.now + :lead + :span FROM clock
    ON CONFLICT (key) DO UPDATE
    SET tat = greatest(budget.tat, (SELECT now FROM clock) + :lead) + :span
    RETURNING budget.tat - :span AS first, (SELECT now FROM clock) AS now
    """
).bindparams(sa.bindparam("span", type_=sa.Double()), sa.bindparam("lead", type_=sa.Double()))


def budget_key(platform: str, token: str) -> str:
    """Return the budget's key for a bot: its platform and a hash of its token."""
    return f"{platform}:{hashlib.sha256(token.encode()).hexdigest()[:40]}"


class SendBudget:
    """A bot's send rate in PostgreSQL, reserved a block at a time (`core.pacing.Budget`)."""

    def __init__(self, storage: Storage, key: str) -> None:
        self.storage = storage
        self.key = key

    def __repr__(self) -> str:
        return f"SendBudget({self.key!r})"

    async def reserve(self, count: int, interval: float, lead: float) -> tuple[float, float]:
        """Reserve `count` sends `interval` seconds apart, the first `lead` seconds from now
        at the soonest; return the first slot and now."""
        values = {"key": self.key, "span": count * interval, "lead": lead}
        # One statement, its own transaction: no BEGIN and COMMIT round trips around it.
        async with self.storage.engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            row = (await conn.execute(RESERVE, values)).one()
        return float(row.first), float(row.now)


def shared_budget(storage: object, platform: str, token: str) -> SendBudget | None:
    """Return the budget the instances of this bot share, or None where there is one instance.

    Only PostgreSQL is shared by several instances; on SQLite the pacer stays on its own.
    """
    if not isinstance(storage, Storage) or storage.dialect != "postgresql":
        return None
    return SendBudget(storage, budget_key(platform, token))
