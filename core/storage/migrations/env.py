"""Alembic environment: migrations run on the connection Holdspace hands in.

Holdspace upgrades the schema itself at start (`holdspace db upgrade` does only that); the
connection arrives in `config.attributes["connection"]`. `render_as_batch` lets the same
migration scripts alter tables on SQLite.
"""

from __future__ import annotations

from alembic import context

from core.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through 'holdspace db upgrade'")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
