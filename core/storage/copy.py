"""Moving a deployment: every table copied from one database to another, counts verified.

`holdspace db copy --from sqlite:///… --to postgresql://…` runs this with the bot stopped.
Both databases are brought to the newest schema first. The source is read in one
transaction (on SQLite that holds its write lock: nothing changes while it is read), the
target written in one, so a copy that fails leaves the target as empty as it was. A target
that holds any row is refused: a copy never merges. Rows keep their ids; on PostgreSQL the
id sequences are moved past the highest copied, so the next row written gets a new one.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from core.storage import tables as t
from core.storage.engine import Storage, StorageError

CHUNK = 5000  # rows read and written at a time


async def copy_database(source: Storage, target: Storage, *, chunk: int = CHUNK) -> dict[str, int]:
    """Copy every table of `source` into the empty `target`; return the rows per table.

    Raise StorageError if the target holds rows, or if a table's count differs afterwards.
    """
    await source.migrate()
    await target.migrate()
    tables = t.metadata.sorted_tables
    counts: dict[str, int] = {}
    async with source.transaction() as read, target.transaction() as write:
        for table in tables:
            if await _count(write.conn, table):
                raise StorageError(
                    f"the target database holds rows already (in {table.name}): "
                    "give it an empty database"
                )
        for table in tables:
            order = list(table.primary_key.columns)
            rows = await read.conn.stream(sa.select(table).order_by(*order))
            async for part in rows.partitions(chunk):
                await write.conn.execute(sa.insert(table), [dict(row._mapping) for row in part])
            counts[table.name] = await _count(read.conn, table)
            copied = await _count(write.conn, table)
            if copied != counts[table.name]:
                raise StorageError(
                    f"{table.name}: {copied} rows copied of {counts[table.name]}; nothing kept"
                )
        if target.dialect == "postgresql":
            await _move_sequences(write.conn, tables)
    return counts


async def _count(conn: Any, table: sa.Table) -> int:
    return int((await conn.execute(sa.select(sa.func.count()).select_from(table))).scalar_one())


async def _move_sequences(conn: Any, tables: list[sa.Table]) -> None:
    """Set each id sequence past the highest id copied (the next insert must not collide)."""
    for table in tables:
        if table.autoincrement_column is None:
            continue
        column = table.autoincrement_column.name
        await conn.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence(:table, :column),"
                f" COALESCE((SELECT max({column}) FROM {table.name}), 0) + 1, false)"
            ),
            {"table": table.name, "column": column},
        )
