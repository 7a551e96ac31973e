"""Storage: SQLAlchemy Core on aiosqlite or asyncpg, with Alembic migrations."""

from core.storage.engine import Storage, StorageError, async_url, default_database_url
from core.storage.repository import (
    StaleMember,
    Tx,
    group_recipient,
    member_recipient,
    outbox_row,
)

__all__ = [
    "StaleMember",
    "Storage",
    "StorageError",
    "Tx",
    "async_url",
    "default_database_url",
    "group_recipient",
    "member_recipient",
    "outbox_row",
]
