"""Opening the database: one code path for SQLite (aiosqlite) and PostgreSQL (asyncpg).

The backend is chosen by the URL's scheme (`sqlite:///path`, `postgresql://…`). SQLite runs
in WAL mode with `synchronous=NORMAL` and a busy timeout, and every transaction starts with
`BEGIN IMMEDIATE` (SQLAlchemy's documented recipe), so that two writers wait for each other
instead of failing with "database is locked".
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from core.storage.repository import Tx

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StorageError(Exception):
    """The database URL or the database itself is not usable."""


def default_database_url() -> str:
    """Return the SQLite file used when HOLDSPACE_DATABASE_URL is not set."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(base) / 'holdspace' / 'holdspace.sqlite3'}"


def async_url(url: str) -> URL:
    """Turn a plain database URL into the one SQLAlchemy's async drivers take."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise StorageError(f"not a database URL ({type(exc).__name__})") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    elif backend in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    else:
        raise StorageError(f"unsupported database scheme {backend!r}: use sqlite or postgresql")
    return parsed


def _sqlite_hooks(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection) -> None:
    command.upgrade(_alembic_config(connection), "head")


def _revisions(connection: Connection) -> tuple[str | None, str | None]:
    current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(_alembic_config(connection)).get_current_head()
    return current, head


class Storage:
    """The database: open it, migrate it, and run transactions on it."""

    def __init__(self, url: str, *, pool_size: int = 5) -> None:
        self.url = url
        full = async_url(url)
        self.dialect = full.get_backend_name()
        options: dict[str, Any] = {}
        if self.dialect == "postgresql":
            options = {"pool_size": pool_size, "max_overflow": pool_size, "pool_pre_ping": True}
        self.engine = create_async_engine(full, **options)
        if self.dialect == "sqlite":
            _sqlite_hooks(self.engine)
        self._migrate_lock = asyncio.Lock()
        # SQLite has one writer at a time and every transaction writes (BEGIN IMMEDIATE).
        # Queued here, this process's transactions take turns in order; left to SQLite's
        # busy handler, a waiter sleeps up to 100 ms between tries while others barge in.
        self._writer = asyncio.Lock() if self.dialect == "sqlite" else None

    async def __aenter__(self) -> Storage:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def migrate(self) -> None:
        """Bring the schema up to the newest version (safe to run every start)."""
        async with self._migrate_lock:
            try:
                async with self.engine.begin() as conn:
                    await conn.run_sync(_upgrade)
            except OSError as exc:
                raise StorageError(f"cannot reach the database: {exc.strerror or exc}") from None

    async def revisions(self) -> tuple[str | None, str | None]:
        """Return the schema's current revision and the newest one known."""
        async with self.engine.connect() as conn:
            return await conn.run_sync(_revisions)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """Run the body in one transaction: committed at the end, rolled back on error."""
        if self._writer is None:
            async with self.engine.begin() as conn:
                yield Tx(conn)
            return
        async with self._writer, self.engine.begin() as conn:
            yield Tx(conn)

    async def close(self) -> None:
        """Close every connection."""
        await self.engine.dispose()
