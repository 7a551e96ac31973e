"""Opening the database: one code path for SQLite (aiosqlite) and PostgreSQL (asyncpg).

The backend is chosen by the URL's scheme (`sqlite:///path`, `postgresql://…`). SQLite runs
in WAL mode with `synchronous=NORMAL` and a busy timeout, and every transaction starts with
`BEGIN IMMEDIATE` (SQLAlchemy's documented recipe), so that two writers wait for each other
instead of failing with "database is locked".

What members wrote stays theirs on disk too: the SQLite folder is created 0700 and the file
0600 before SQLite opens it (SQLite gives the -wal and -shm files the database file's mode),
`secure_delete` zeroes deleted rows, and `Storage.scrub` empties the WAL after a deletion
that must leave the disk at once. No engine logs a statement's parameters.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import stat
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
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from core.storage.repository import Tx

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
CONNECT_TIMEOUT = 10.0  # seconds: a server that does not answer is named soon, not after a minute
SCRUB_ATTEMPTS = 3  # a checkpoint that still finds readers after the busy timeout: again

# What a database that cannot be used raises, on either engine (SQLAlchemy wraps the
# drivers' errors; a refused or unresolvable connection arrives as an OSError).
UNREACHABLE = (OSError, DBAPIError)

log = logging.getLogger(__name__)


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
            parsed = parsed.set(database=str(Path(parsed.database).expanduser()))
    elif backend in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    else:
        raise StorageError(f"unsupported database scheme {backend!r}: use sqlite or postgresql")
    return parsed


def describe_failure(error: BaseException, url: URL) -> str:
    """Say in a few words what is wrong with the database, for the operator's one line."""
    root, seen = error, {id(error)}
    while (cause := root.__cause__ or root.__context__) is not None and id(cause) not in seen:
        root = cause
        seen.add(id(cause))
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    first = (str(root).strip().splitlines() or [type(root).__name__])[0]
    sqlstate = getattr(root, "sqlstate", None)
    if url.get_backend_name() == "sqlite":
        path = url.database
        if "readonly" in first:
            return f"the SQLite file {path} is read-only"
        if "not a database" in first:
            return f"{path} is not a SQLite database"
        if "unable to open" in first:
            return f"SQLite cannot open {path}"
        return f"SQLite cannot use {path}: {first}"
    if isinstance(root, ConnectionRefusedError):
        return f"the PostgreSQL server at {where} refused the connection (is it running there?)"
    if isinstance(root, socket.gaierror):
        return f"cannot find the host {url.host!r}"
    if isinstance(root, TimeoutError):
        return f"no answer from the PostgreSQL server at {where}"
    if isinstance(root, OSError):
        return f"cannot reach the PostgreSQL server at {where}: {root.strerror or first}"
    if sqlstate == "3D000":
        return f"the database {url.database!r} does not exist on {where}"
    if sqlstate is not None and str(sqlstate).startswith("28"):
        return f"the PostgreSQL server at {where} refused the login: {first}"
    return f"{type(root).__name__}: {first}"


def prepare_sqlite_file(path: Path) -> None:
    """Create the database's folder (0700) and file (0600) before SQLite opens it.

    SQLite creates its -wal and -shm files with the database file's mode, so they are
    private from the moment they exist, whatever the umask. Files left open to others by
    an older version are closed to them; a folder that existed already is left as the
    operator made it, with a warning if others can enter it.
    """
    folder = path.parent
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    try:
        for part in reversed(missing):
            part.mkdir(mode=PRIVATE_FOLDER)
            part.chmod(PRIVATE_FOLDER)  # whatever the umask said
        if not folder.is_dir():
            raise StorageError(f"{folder} is a file, not a folder to keep the database in")
        if path.is_dir():
            raise StorageError(f"{path} is a folder, not a database file")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StorageError(f"the folder {folder} is not writable")
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
        for name in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_COMPANIONS)):
            if name.exists() and stat.S_IMODE(name.stat().st_mode) & 0o077:
                name.chmod(PRIVATE_FILE)
    except PermissionError:
        raise StorageError(f"no permission to create or open {path}") from None
    except OSError as exc:
        raise StorageError(f"cannot create or open {path}: {exc.strerror or exc}") from None
    if not missing and stat.S_IMODE(folder.stat().st_mode) & 0o077:
        log.warning(
            "the database folder %s is open to other users; 'chmod 700' it (the files are 0600)",
            folder,
        )


def _sqlite_hooks(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are zeroed, not left behind
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
        # Parameters hold what members wrote and their ids: never in an error or a log line.
        options: dict[str, Any] = {"hide_parameters": True}
        if self.dialect == "postgresql":
            options |= {"pool_size": pool_size, "max_overflow": pool_size, "pool_pre_ping": True}
            options["connect_args"] = {
                "timeout": CONNECT_TIMEOUT,  # asyncpg waits 60 s
                # Each statement planned for its own parameters and the tables as they are
                # now. A generic plan is made once, from the statistics of the moment: made
                # while the history was nearly empty (a fresh start, or early in a busy
                # tick), the history lookup read the whole table for every batch, ever more
                # of it as the tick wrote (46 s of a 56 s tick at 200,000 members).
                "server_settings": {"plan_cache_mode": "force_custom_plan"},
            }
        elif full.database and full.database != ":memory:":
            prepare_sqlite_file(Path(full.database))
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
            except UNREACHABLE as exc:
                raise StorageError(describe_failure(exc, self.engine.url)) from exc

    async def revisions(self) -> tuple[str | None, str | None]:
        """Return the schema's current revision and the newest one known."""
        try:
            async with self.engine.connect() as conn:
                return await conn.run_sync(_revisions)
        except UNREACHABLE as exc:
            raise StorageError(describe_failure(exc, self.engine.url)) from exc

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """Run the body in one transaction: committed at the end, rolled back on error."""
        if self._writer is None:
            async with self.engine.begin() as conn:
                yield Tx(conn)
            return
        async with self._writer, self.engine.begin() as conn:
            yield Tx(conn)

    async def scrub(self) -> bool:
        """Make rows deleted so far leave the disk now; say whether they did.

        On SQLite, `secure_delete` has zeroed them in the pages, but the write-ahead log
        still holds the pages as they were until a checkpoint: a TRUNCATE checkpoint copies
        the log into the file and empties it (it waits for readers, up to the busy timeout,
        and is tried again if some are still there). It takes its turn on the writers' lock
        like a transaction: this process's transactions wait behind it instead of keeping
        it waiting. PostgreSQL's own files are its administrator's (VACUUM, WAL archives);
        nothing is done there.
        """
        if self._writer is None:
            return True
        async with self._writer, self.engine.connect() as conn:
            raw = (await conn.get_raw_connection()).driver_connection
            assert raw is not None
            for _ in range(SCRUB_ATTEMPTS):  # each waits for readers up to the busy timeout
                cursor = await raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                busy, *_ = await cursor.fetchone()
                await cursor.close()
                if not busy:
                    return True
        log.warning("the write-ahead log could not be emptied yet; the next checkpoint will")
        return False

    async def close(self) -> None:
        """Close every connection."""
        await self.engine.dispose()
