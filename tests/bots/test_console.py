"""The console adapter and the command line, run as a user would run them."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bots.console.adapter import command_help, render
from core import markup
from core.content import Library
from core.declarations import COMMANDS
from core.model import Choice, Reply
from tests.conftest import POSTGRES_URL

ROOT = Path(__file__).resolve().parents[2]


def holdspace(
    *args: str, stdin: str = "", tmp_path: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
    environment["HOLDSPACE_DATABASE_URL"] = f"sqlite:///{tmp_path}/console.sqlite3"
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bots.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**environment, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )


def blocks(output: str) -> list[str]:
    return [b for b in output.split("» ") if b.strip()]


def test_render_shows_numbers_and_addresses_as_plain_text() -> None:
    text = f"**Samaritans**: call {markup.phone('116 123')}, {markup.link('https://x.org/')}"
    shown = render(Reply(text, choices=(Choice("Again", "crisis:lines"),)))
    assert shown == "Samaritans: call 116 123, x.org\n  [1] Again"


def test_the_issue_script(tmp_path: Path) -> None:
    script = (
        "/start\n/reflect\n/reframe I failed my daughter\n"
        "/subscribe 07:30 Europe/London\n/settings\n"
    )
    result = holdspace("console", stdin=script, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    found = blocks(result.stdout)
    assert len(found) == 5
    assert all(len(b.strip().splitlines()) >= 2 for b in found)
    assert "07:30" in found[4] and "Europe/London" in found[4]
    assert "[1]" in found[0]


def test_settings_survive_a_second_run(tmp_path: Path) -> None:
    holdspace("console", stdin="/subscribe 06:45 Berlin\n", tmp_path=tmp_path)
    result = holdspace("console", stdin="/settings\n", tmp_path=tmp_path)
    assert "06:45" in result.stdout and "Europe/Berlin" in result.stdout


def test_output_is_deterministic(tmp_path: Path) -> None:
    script = "/reflect\n/reflect hope\n/reframe\n3\n"
    outputs = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        outputs.append(holdspace("console", stdin=script, tmp_path=tmp_path / name).stdout)
    assert outputs[0] == outputs[1]
    assert len(blocks(outputs[0])) == 4


def test_crisis_sadness_and_figures_of_speech(tmp_path: Path, library: Library) -> None:
    first_crisis_words = library.text("crisis.first", "en")[:40]
    result = holdspace(
        "console",
        stdin=(
            "[as=b1] I want to end my life\n"
            "[as=b2] I miss my son so much\n"
            "[as=b3] this heat is killing me\n"
        ),
        tmp_path=tmp_path,
    )
    crisis, sad, heat = blocks(result.stdout)
    assert first_crisis_words in crisis
    assert first_crisis_words not in sad and first_crisis_words not in heat


def test_speaking_as_others_in_groups_and_picking_choices(tmp_path: Path, library: Library) -> None:
    script = (
        "[as=rosa group=circle] /setup on 09:00 Europe/Berlin\n"
        "[as=ana group=circle mod] /setup on 09:00 Europe/Berlin\n"
        "[as=ana group=circle mod] /topic hope\n"
        "/forget\n"
        "2\n"
        "[as=ana bogus=1] hello\n"
        "# a comment gives no block\n"
    )
    result = holdspace("console", stdin=script, tmp_path=tmp_path)
    refused, setup, topic, forget, kept, bogus = blocks(result.stdout)
    assert library.text("moderator.only", "en")[:30] in refused
    assert "09:00" in setup and "Europe/Berlin" in setup
    assert library.text("topic.post", "en", prompt="").strip()[:10].strip("*") in topic
    assert "[1]" in forget and "[2]" in forget
    assert library.text("forget.kept", "en") in kept
    assert "console:" in bogus


def test_a_bracket_without_header_fields_is_what_she_wrote(tmp_path: Path) -> None:
    """'[sigh] i want to die' is her message, read for crisis language like any other."""
    result = holdspace("console", stdin="[sigh] i want to die\n", tmp_path=tmp_path)
    assert "console:" not in result.stdout
    assert "findahelpline.com" in result.stdout


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = holdspace("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for word in ("run", "console", "content", "db upgrade", "automatically"):
        assert word in result.stdout
    console_help = holdspace("console", "--help", tmp_path=tmp_path)
    assert "[as=NAME]" in console_help.stdout


def test_run_without_tokens_says_how_to_configure(tmp_path: Path) -> None:
    result = holdspace("run", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "holdspace console" in result.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HOLDSPACE_LOG_LEVEL", "LOUD"),
        ("HOLDSPACE_DATABASE_URL", "mysql://x"),
        ("TELEGRAM_BOT_TOKEN", "nocolon"),
    ],
)
def test_bad_configuration_names_the_setting(tmp_path: Path, name: str, value: str) -> None:
    result = holdspace("console", tmp_path=tmp_path, env={name: value})
    assert result.returncode == 2
    assert name in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert value not in result.stderr or name != "TELEGRAM_BOT_TOKEN"


def test_db_upgrade_and_status(tmp_path: Path) -> None:
    status = holdspace("db", "status", tmp_path=tmp_path)
    assert "schema version none" in status.stdout
    upgrade = holdspace("db", "upgrade", tmp_path=tmp_path)
    assert upgrade.returncode == 0
    version = upgrade.stdout.split()[2]
    assert f"(newest {version})" in upgrade.stdout
    assert "Running upgrade" in upgrade.stderr  # each migration, for the operator


def test_the_console_does_not_show_migrations(tmp_path: Path) -> None:
    result = holdspace("console", tmp_path=tmp_path, stdin="hello\n")
    assert result.returncode == 0 and "» hello" in result.stdout
    assert "alembic" not in result.stderr and "Running upgrade" not in result.stderr


def test_json_logs_show_migrations_to_db_upgrade_only(tmp_path: Path) -> None:
    json_logs = {"HOLDSPACE_LOG_FORMAT": "json"}
    console = holdspace("console", tmp_path=tmp_path, stdin="hello\n", env=json_logs)
    assert console.returncode == 0 and "» hello" in console.stdout
    assert "alembic" not in console.stderr and "Running upgrade" not in console.stderr
    fresh = {**json_logs, "HOLDSPACE_DATABASE_URL": f"sqlite:///{tmp_path}/fresh.sqlite3"}
    upgrade = holdspace("db", "upgrade", tmp_path=tmp_path, env=fresh)
    assert upgrade.returncode == 0, upgrade.stderr
    lines = [json.loads(line) for line in upgrade.stderr.splitlines()]
    migrations = [line for line in lines if "Running upgrade" in line["message"]]
    assert migrations and {line["level"] for line in migrations} == {"INFO"}
    assert all(line["logger"].startswith("alembic") for line in migrations)


def test_interactive_session_in_a_terminal(tmp_path: Path) -> None:
    """A person at a terminal gets a prompt, readable replies, and numbered choices to pick."""
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child becomes `holdspace console` on a pseudo-terminal
        os.chdir(tmp_path)
        os.environ["HOLDSPACE_DATABASE_URL"] = f"sqlite:///{tmp_path}/tty.sqlite3"
        os.environ["PYTHONPATH"] = str(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "bots.cli", "console"])

    def read_until(marker: str, deadline: float) -> str:
        seen = ""
        while marker not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    seen += os.read(fd, 65536).decode(errors="replace")
                except OSError:
                    break
        return seen

    deadline = time.monotonic() + 30
    try:
        assert "you> " in read_until("you> ", deadline)
        os.write(fd, b"/reframe\n")
        themes = read_until("you> ", deadline)
        assert "[1]" in themes and "[14]" in themes
        os.write(fd, b"1\n")
        answer = read_until("you> ", deadline)
        assert "[1]" in answer  # the reframe, with "another view"
        os.write(fd, b"\x04")  # Ctrl-D leaves
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    finally:
        os.close(fd)


def test_the_console_writes_her_data_whole(tmp_path: Path) -> None:
    entry = "A long evening. " * 250
    script = f"/settings journal on\n/reflect\n{entry}\n/mydata\n"
    result = holdspace("console", stdin=script, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = blocks(result.stdout)[-1]
    body = json.loads(data[data.index("{") :])
    assert body["journal"][0]["text"] == entry.strip()


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make a folder nobody may write to, root included (root ignores the mode bits)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield
        folder.chmod(0o755)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: no way to make a folder read-only")
    if subprocess.run(["chattr", "+i", str(folder)], check=False).returncode != 0:
        pytest.skip("this file system cannot make a folder immutable")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def _postgres(database: str) -> str:
    base = POSTGRES_URL.rpartition("/")[0]
    host = urlsplit(POSTGRES_URL)
    try:
        socket.create_connection((host.hostname or "127.0.0.1", host.port or 5432), 2).close()
    except OSError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI but unreachable at {POSTGRES_URL}")
        pytest.skip(f"no PostgreSQL server at {POSTGRES_URL}")
    return f"{base}/{database}"


CASES = {
    "a folder": "is a folder",
    "a file in the way": "not a folder",
    "a read-only folder": "not writable",
    "no such database": "does not exist",
    "a server that refuses": "refused the connection",
}


@pytest.mark.parametrize(
    ("command", "case"),
    [("console", case) for case in CASES]
    + [("run", "a read-only folder"), ("run", "a server that refuses")],
)
def test_a_database_problem_is_one_line_and_exit_2(tmp_path: Path, command: str, case: str) -> None:
    quiet = _start(tmp_path, command, case)
    assert quiet.returncode == 2, quiet.stderr
    [line] = quiet.stderr.strip().splitlines()
    assert line.startswith("holdspace: HOLDSPACE_DATABASE_URL: ") and CASES[case] in line


def test_the_whole_story_of_a_database_problem_is_at_debug(tmp_path: Path) -> None:
    loud = _start(tmp_path, "run", "a server that refuses", HOLDSPACE_LOG_LEVEL="DEBUG")
    assert loud.returncode == 2 and "Traceback" in loud.stderr
    assert "ConnectionRefusedError" in loud.stderr
    assert loud.stderr.strip().splitlines()[-1].startswith("holdspace: HOLDSPACE_DATABASE_URL")


def _start(
    tmp_path: Path, command: str, case: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "file").write_text("")
    urls = {
        "a folder": f"sqlite:///{tmp_path}",
        "a file in the way": f"sqlite:///{tmp_path}/file/holdspace.sqlite3",
        "a read-only folder": f"sqlite:///{locked}/holdspace.sqlite3",
        "no such database": "",
        "a server that refuses": "postgresql://holdspace@127.0.0.1:1/holdspace",
    }
    env = {"HOLDSPACE_DATABASE_URL": urls[case] or _postgres("holdspace_no_such_database")}
    if command == "run":  # a token, so that it gets as far as the database
        env |= {"TELEGRAM_BOT_TOKEN": "1:AAA", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"}
    with read_only(locked):
        return holdspace(command, tmp_path=tmp_path, env=env | extra)


def test_console_help_lists_every_declared_command() -> None:
    listed = re.findall(r"^  /([a-z0-9_]+)", command_help(), re.MULTILINE)
    assert listed == list(COMMANDS)
