"""Logs: no SQL parameters anywhere, and no member's id or words at INFO or above."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.delivery import Delivery
from core.logs import keep_members_out, outline
from core.model import Event, Reply
from core.sending import Destination, SendResult
from core.storage import Storage
from core.storage import tables as t

NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
HER = "6084213377"
WORDS = "my son Teodoro moved to Porto without a word"


class Recording(logging.Handler):
    """Keeps every line it would write, with its level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.levelno, self.format(record)))

    def text(self, at_least: int) -> str:
        return "\n".join(line for level, line in self.lines if level >= at_least)


@pytest.fixture
def logged() -> Iterator[Recording]:
    """The root logger's lines, through the filter `holdspace` installs on its handlers."""
    handler = Recording()
    keep_members_out(handler)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


class Failing:
    """A sender whose every send raises, quoting where it was going and what."""

    platform = "test"

    def split(self, reply: Reply) -> list[Reply]:
        return [reply]

    async def send_part(
        self, destination: Destination, part: Reply, *, nonce: str | None = None
    ) -> SendResult:
        raise RuntimeError(f"could not reach chat {destination.chat_id}: {part.text[:40]}")


def _event(text: str) -> Event:
    command, args = None, ""
    if text.startswith("/"):
        command, _, args = text[1:].partition(" ")
    return Event("test", HER, HER, command=command, args=args, text=text)


async def test_sql_parameters_are_in_no_error(database_url: str) -> None:
    async with Storage(database_url) as storage:
        await storage.migrate()
        row = {"id": 1, "platform": "test", "user_id": HER, "created_at": NOW, "text": WORDS}
        async with storage.transaction() as tx:
            await tx.conn.execute(sa.insert(t.journal_entries).values(**row))
        with pytest.raises(sa.exc.IntegrityError) as caught:
            async with storage.transaction() as tx:
                await tx.conn.execute(sa.insert(t.journal_entries).values(**row))
    error = str(caught.value)
    assert "INSERT INTO journal_entries" in error  # the statement is there, to debug with
    assert WORDS not in error and "hidden" in error


async def test_failures_log_neither_her_id_nor_her_words(
    library: Library, storage: Storage, logged: Recording, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(NOW)
    app = Holdspace(library, storage, clock)
    for line in ("/settings journal on", "/subscribe 09:00 UTC", "/reflect"):
        await app.handle(_event(line))
    # 1. a database write that fails: her words are the statement's parameters
    async with storage.engine.begin() as conn:
        await conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON journal_entries "
            "BEGIN SELECT RAISE(ABORT, 'the disk refused'); END"
        )
    [sorry] = await app.handle(_event(WORDS))
    assert sorry.text == library.text("error.internal", "en")

    # 2. a handler that raises with her words in its message (a bug)
    def broken(library: Library, locale: str, text: str) -> None:
        raise ValueError(f"cannot read {text!r} from {HER}")

    monkeypatch.setattr("core.features.reframe.best_reframe", broken)
    await app.handle(_event("/reframe " + WORDS))
    # 3. a send that fails, naming her chat
    delivery = Delivery(app, {"test": Failing()}, clock, warmup=0.0)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
    assert await delivery.tick() == 1
    await delivery.drain("test")

    shown = logged.text(logging.INFO)
    for kind in ("IntegrityError", "ValueError", "RuntimeError"):
        assert kind in shown  # each failure was logged, with where it happened
    assert HER not in shown and "Teodoro" not in shown and "disk refused" not in shown
    # the whole of each is there for an operator who debugs
    details = logged.text(logging.DEBUG)
    assert WORDS in details and HER in details


def test_an_outline_keeps_types_and_places_but_no_message() -> None:
    try:
        try:
            raise KeyError(WORDS)
        except KeyError as inner:
            raise RuntimeError(HER) from inner
    except RuntimeError as error:
        text = outline(error)
    assert "KeyError" in text and "RuntimeError" in text and "which led to" in text
    assert "test_an_outline_keeps_types_and_places_but_no_message" in text
    assert WORDS not in text and HER not in text


def test_json_lines_carry_no_token_and_no_exception_message() -> None:
    """HOLDSPACE_LOG_FORMAT=json: one object a line, through the same filters as text."""
    import io
    import json

    from bots.runner import RedactSecrets
    from core.logs import setup_logging
    from core.settings import Secret

    token = "123456789:SECRETSECRETSECRETSECRETSECRETSECRE"
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = setup_logging("INFO", stream, format="json")
    handler.addFilter(RedactSecrets([Secret(token)]))
    try:
        logger = logging.getLogger("json-lines-test")
        logger.info("POST https://h/bot%s/sendMessage: %d sent", token, 3)
        try:
            raise ValueError(WORDS)
        except ValueError:
            logger.exception("could not handle a message")
        logger.debug("not at INFO")
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["level"] for line in lines] == ["INFO", "ERROR"]
    assert lines[0]["logger"] == "json-lines-test"
    assert lines[0]["message"] == "POST https://h/bot<redacted>/sendMessage: 3 sent"
    assert "ValueError" in lines[1]["exception"] and "test_logs.py" in lines[1]["exception"]
    assert lines[1]["time"].endswith("+00:00")
    output = stream.getvalue()
    assert token not in output and WORDS not in output
