"""Plans that do not degrade: the history lookup keeps its index under a generic plan.

PostgreSQL plans a prepared statement afresh for its first five runs, then may keep one
generic plan for any parameters. The tick reuses the history lookup for every thousand
members due (fifty times in a busy minute); its generic plan must still read by index.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import sqlalchemy as sa

from core.storage import Storage
from tests.conftest import START, postgres_database

MEMBERS = 20_000
BATCH = 1000


@pytest.fixture
async def postgres() -> AsyncIterator[Storage]:
    """A migrated PostgreSQL database with a history of five prompts for many members."""
    async with postgres_database() as url, Storage(url) as storage:
        await storage.migrate()
        async with storage.transaction() as tx:
            await tx.conn.exec_driver_sql(
                "INSERT INTO history (platform, recipient, item_id, sent_at) "
                "SELECT 'telegram', 'member:' || (i % $1), 'p.' || (i / $1), $2 "
                "FROM generate_series(0, $1 * 5 - 1) AS i",
                (MEMBERS, START.replace(tzinfo=None)),
            )
            await tx.conn.exec_driver_sql("ANALYZE history")
        yield storage


def _nodes(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [node, *(n for child in node.get("Plans", []) for n in _nodes(child))]


async def test_the_history_lookup_keeps_its_index_under_a_generic_plan(
    postgres: Storage,
) -> None:
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        statements.append((sql, params))

    recipients = [f"member:{i}" for i in range(BATCH)]
    sa.event.listen(postgres.engine.sync_engine, "before_cursor_execute", record)
    try:
        async with postgres.transaction() as tx:
            found = await tx.histories("telegram", recipients)
    finally:
        sa.event.remove(postgres.engine.sync_engine, "before_cursor_execute", record)
    assert len(found) == BATCH and all(len(items) == 5 for items in found.values())
    [(sql, params)] = statements
    assert sql.count("$") == 2, sql  # the platform and one array, however many recipients
    async with postgres.engine.connect() as conn:
        await conn.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
        await conn.exec_driver_sql(f"PREPARE lookup AS {sql}")
        platform, ids = params
        values = ",".join(f"'{i}'" for i in ids)  # our own ids: EXECUTE takes no parameters
        explained = (
            await conn.exec_driver_sql(
                f"EXPLAIN (FORMAT JSON) EXECUTE lookup('{platform}', ARRAY[{values}])"
            )
        ).scalar()
    plan = explained if isinstance(explained, list) else json.loads(str(explained))
    nodes = _nodes(plan[0]["Plan"])
    assert not [n for n in nodes if n["Node Type"] == "Seq Scan"], nodes
    assert any(n.get("Index Name") == "ix_history_recipient" for n in nodes), nodes


async def test_the_history_lookup_stays_fast_when_reused_fifty_times(
    postgres: Storage,
) -> None:
    took = []
    for run in range(50):
        first = (run * BATCH) % MEMBERS
        recipients = [f"member:{i}" for i in range(first, first + BATCH)]
        async with postgres.transaction() as tx:
            started = time.perf_counter()
            found = await tx.histories("telegram", recipients)
            took.append(time.perf_counter() - started)
        assert len(found) == BATCH
    early, late = sorted(took[1:6])[2], sorted(took[-10:])[5]
    # a generic plan that read the whole table would take many times longer
    assert late < max(3 * early, 0.05), (early, late)
    assert dt.timedelta(seconds=late) < dt.timedelta(seconds=0.5)


OUTBOX_ROWS = 3000


def _literal(value: Any) -> str:
    """Write a parameter as SQL for EXECUTE, which takes no parameters (our own values)."""
    if isinstance(value, bool | int):
        return str(value).upper() if isinstance(value, bool) else str(value)
    if isinstance(value, dt.datetime):
        return f"'{value.isoformat()}'"
    return "'" + str(value).replace("'", "''") + "'"


async def test_the_sweep_and_the_claim_read_the_outbox_once_when_prepared_while_empty() -> None:
    """A fresh start prepares them on an empty outbox; its generic plan must still read the
    outbox once a statement, not once for each of its rows (a busy tick's sweep, joined,
    read it 50,000 times)."""
    async with postgres_database() as url, Storage(url) as storage:
        await storage.migrate()
        statements: list[tuple[str, Any]] = []

        def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
            statements.append((sql, params))

        now = START + dt.timedelta(days=1)  # every row is late, its lease long gone
        sa.event.listen(storage.engine.sync_engine, "before_cursor_execute", record)
        try:
            async with storage.transaction() as tx:
                await tx.sweep_outbox("telegram", now, lease_from=now, due_from=now)
                await tx.claim_outbox("telegram", now, 200)
        finally:
            sa.event.remove(storage.engine.sync_engine, "before_cursor_execute", record)
        assert len(statements) == 3
        async with storage.engine.connect() as conn:
            await conn.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
            for i, (sql, _) in enumerate(statements):  # planned while the outbox is empty
                await conn.exec_driver_sql(f"PREPARE s{i} AS {sql}")
            await conn.exec_driver_sql(
                "INSERT INTO outbox (platform, recipient, slot, chat_id, is_group, kind, text,"
                " due_at, status, attempts, next_attempt_at, claimed_at) SELECT 'telegram',"
                " 'member:' || i, 'daily:x', 'c' || i, false, 'daily', 'A reflection.', $1,"
                " (ARRAY['pending', 'retry', 'sending'])[i % 3 + 1], 1, $1, $1"
                " FROM generate_series(1, $2) AS i",  # some of each that the three look for
                (START.replace(tzinfo=None), OUTBOX_ROWS),
            )
            loops = {}
            for i, (_, params) in enumerate(statements):
                await conn.exec_driver_sql("SAVEPOINT each")  # each on the same rows
                explained = (
                    await conn.exec_driver_sql(
                        f"EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE s{i}"
                        f"({', '.join(_literal(p) for p in params)})"
                    )
                ).scalar()
                await conn.exec_driver_sql("ROLLBACK TO SAVEPOINT each")
                plan = explained if isinstance(explained, list) else json.loads(str(explained))
                loops[i] = [
                    node["Actual Loops"]
                    for node in _nodes(plan[0]["Plan"])
                    if node.get("Relation Name") == "outbox" and "Scan" in node["Node Type"]
                ]
            await conn.rollback()
    assert all(loops.values()) and all(n <= 1 for found in loops.values() for n in found), loops


async def test_postgresql_plans_each_statement_for_the_tables_as_they_are(
    postgres_url: str,
) -> None:
    """No generic plan kept from a moment the tables were empty: planned while the history
    was, the lookup read the whole of it for each batch of a busy tick (46 s of 56)."""
    async with Storage(postgres_url) as storage, storage.transaction() as tx:
        mode = (await tx.conn.exec_driver_sql("SHOW plan_cache_mode")).scalar()
    assert mode == "force_custom_plan"
