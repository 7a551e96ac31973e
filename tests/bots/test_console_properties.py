"""The console, fed anything: every line gets its block, nothing escapes, nothing crashes."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bots.console import Console
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.storage import Storage
from tests.conftest import START
from tests.strategies import lines

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    running = asyncio.new_event_loop()
    yield running
    running.close()


def test_every_line_gets_its_block(
    library: Library,
    tmp_path: Path,
    loop: asyncio.AbstractEventLoop,
    caplog: pytest.LogCaptureFixture,
) -> None:
    storage = Storage(f"sqlite:///{tmp_path}/console.sqlite3")
    loop.run_until_complete(storage.migrate())
    app = Holdspace(library, storage, FakeClock(START))
    out = io.StringIO()
    console = Console(app, out, echo=True)
    internal = {library.text("error.internal", loc) for loc in library.locales}

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(lines(), min_size=1, max_size=4))
    def feed(batch: list[str]) -> None:
        for line in batch:
            before = out.tell()
            answered = loop.run_until_complete(console.feed(line))
            written = out.getvalue()[before:]
            blank = not line.strip() or line.lstrip().startswith("#")
            assert answered is not blank, line
            if answered:
                assert written.endswith("\n\n"), line  # a block, closed
                assert not any(text in written for text in internal), line
            if line.lstrip().startswith("/") and "[group=" not in line:
                assert "(no reply)" not in written, line  # every private command: an answer

    with caplog.at_level(logging.ERROR, logger="core"):
        try:
            feed()
        finally:
            loop.run_until_complete(storage.close())
    assert [r.getMessage() for r in caplog.records] == []


def test_random_bytes_on_stdin_are_answered_line_by_line(tmp_path: Path) -> None:
    """Not every byte sequence is UTF-8: a piped file still gets one block per line."""
    chunks = random.Random(11).choices(
        [b"/help", b"/settings zone \xff\xfe", b"\xc3\x28", b"hello \xe2\x82", b"\x00", b"2"],
        k=12,
    )
    script = b"\n".join(chunks) + b"\n"
    result = subprocess.run(
        [sys.executable, "-m", "bots.cli", "console"],
        input=script,
        capture_output=True,
        cwd=tmp_path,
        env={
            **{k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")},
            "HOLDSPACE_DATABASE_URL": f"sqlite:///{tmp_path}/bytes.sqlite3",
            "PYTHONPATH": str(ROOT),
            "LC_ALL": "C.UTF-8",  # strict UTF-8 on stdin, unless the console says otherwise
        },
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    blocks = [b for b in result.stdout.decode().split("» ") if b.strip()]  # all UTF-8
    assert len(blocks) == len(chunks)
