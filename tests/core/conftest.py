"""Fixtures for core tests: the real content, a temp-file SQLite database, a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core import markup
from core.clock import FakeClock
from core.commands import split_command
from core.content import Library
from core.conversation import Holdspace
from core.model import ChatKind, Event, Reply
from core.storage import Storage
from tests.conftest import START


@pytest.fixture
def clock() -> FakeClock:
    """A clock that stands still at 2026-11-24 08:00 UTC until moved."""
    return FakeClock(START)


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    """A migrated SQLite database in a temp file."""
    async with Storage(f"sqlite:///{tmp_path}/holdspace.sqlite3") as store:
        await store.migrate()
        yield store


@pytest.fixture
def app(library: Library, storage: Storage, clock: FakeClock) -> Holdspace:
    """The core, on the test database and clock."""
    return Holdspace(library, storage, clock)


class Talk:
    """Say things to the core as a member, in private or in a group."""

    def __init__(self, app: Holdspace) -> None:
        self.app = app
        self.last: list[Reply] = []

    async def __call__(
        self,
        text: str = "",
        *,
        user: str = "ann",
        group: str | None = None,
        mod: bool = False,
        locale: str | None = "en",
        action: str | None = None,
        thread: str | None = None,
    ) -> list[Reply]:
        said = split_command(text)
        event = Event(
            platform="test",
            chat_id=group or user,
            user_id=user,
            chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE,
            command=said.name if said else None,
            args=said.words if said else "",
            text=text,
            action=action,
            locale=locale,
            is_moderator=mod,
            thread_id=thread,
        )
        self.last = await self.app.handle(event)
        return self.last

    async def press(self, label_or_index: str | int, **kwargs: object) -> list[Reply]:
        """Press a button of the last replies, by label or by index."""
        choices = [c for r in self.last for c in r.choices]
        if isinstance(label_or_index, int):
            choice = choices[label_or_index]
        else:
            choice = next(c for c in choices if c.label == label_or_index)
        return await self(action=choice.action, **kwargs)  # type: ignore[arg-type]


def plain(replies: list[Reply]) -> str:
    """Join the replies' text without markup."""
    return "\n\n".join(markup.plain(r.text) for r in replies)


@pytest.fixture
def talk(app: Holdspace) -> Talk:
    """A way to talk to the core."""
    return Talk(app)
