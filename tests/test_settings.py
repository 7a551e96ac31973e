"""Settings: every variable the code reads is documented, and bad values are named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bots.cli import main
from core.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parent.parent
VARIABLE = re.compile(r"\b((?:HOLDSPACE|TELEGRAM|DISCORD)_[A-Z_]+[A-Z])\b")


def read_variables() -> set[str]:
    """Return every environment variable core/settings.py reads (by its quoted name)."""
    source = (ROOT / "core" / "settings.py").read_text(encoding="utf-8")
    return set(re.findall(r'"((?:HOLDSPACE|TELEGRAM|DISCORD)_[A-Z_]+)"', source))


def documented(markdown: str, heading: str) -> set[str]:
    """Return the variables named in the first column of the table under a heading."""
    section = markdown.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in VARIABLE.findall(row.split(" | ")[0])}


def test_every_setting_is_in_the_readme_configuration_table() -> None:
    read = read_variables()
    assert {"HOLDSPACE_DATABASE_URL", "TELEGRAM_BOT_TOKEN", "HOLDSPACE_METRICS_ADDRESS"} <= read
    table = documented((ROOT / "README.md").read_text(encoding="utf-8"), "Configuration")
    assert read - table == set(), "add these to README.md's configuration table"
    assert table - read == set(), "README.md documents variables nothing reads"


def test_every_setting_is_in_the_example_environment() -> None:
    example = (ROOT / "deploy" / "holdspace.env.example").read_text(encoding="utf-8")
    missing = {name for name in read_variables() if name not in example}
    assert missing == set(), "add these to deploy/holdspace.env.example"


def test_the_check_would_catch_an_undocumented_setting() -> None:
    markdown = "\n## Configuration\n\n| variable | x |\n| `A_B` | 1 |\n| `HOLDSPACE_XY` | 2 |\n"
    assert documented(markdown, "Configuration") == {"HOLDSPACE_XY"}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HOLDSPACE_LOG_FORMAT", "xml"),
        ("HOLDSPACE_METRICS_ADDRESS", "9108"),
        ("HOLDSPACE_METRICS_ADDRESS", "127.0.0.1:0"),
    ],
)
def test_a_bad_value_is_named(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_operations_settings() -> None:
    settings = Settings.from_env(
        {"HOLDSPACE_LOG_FORMAT": "JSON", "HOLDSPACE_METRICS_ADDRESS": "127.0.0.1:9108"}
    )
    assert settings.log_format == "json"
    assert settings.metrics_address == "127.0.0.1:9108"
    default = Settings.from_env({})
    assert default.log_format == "text" and default.metrics_address is None


def test_paid_broadcasts_raise_the_overall_limit_unless_it_is_set() -> None:
    free = Settings.from_env({})
    assert not free.telegram_allow_paid_broadcast and free.telegram_limits == (30, 1, 20)
    paid = Settings.from_env({"TELEGRAM_ALLOW_PAID_BROADCAST": "true"})
    assert paid.telegram_allow_paid_broadcast and paid.telegram_limits == (1000, 1, 20)
    chosen = Settings.from_env(
        {"TELEGRAM_ALLOW_PAID_BROADCAST": "yes", "TELEGRAM_MAX_PER_SECOND": "200"}
    )
    assert chosen.telegram_limits[0] == 200
    off = Settings.from_env({"TELEGRAM_ALLOW_PAID_BROADCAST": "0"})
    assert not off.telegram_allow_paid_broadcast
    with pytest.raises(SettingsError, match="TELEGRAM_ALLOW_PAID_BROADCAST"):
        Settings.from_env({"TELEGRAM_ALLOW_PAID_BROADCAST": "sometimes"})


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DISCORD_SHARD_COUNT": "²"}, "DISCORD_SHARD_COUNT"),  # a digit to isdigit(), not int()
        ({"DISCORD_SHARD_COUNT": "99999999"}, "DISCORD_SHARD_COUNT"),
        ({"DISCORD_SHARD_COUNT": "-1"}, "DISCORD_SHARD_COUNT"),
        ({"DISCORD_SHARD_COUNT": "0"}, "DISCORD_SHARD_COUNT"),
        ({"DISCORD_SHARD_COUNT": "2 shards"}, "DISCORD_SHARD_COUNT"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "²"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "-1"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "2,2"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "0,0"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "3"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "0,"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": ","}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "0 1"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "99999999"}, "DISCORD_SHARD_IDS"),
        ({"DISCORD_SHARD_IDS": "0"}, "DISCORD_SHARD_COUNT"),  # ids without the count
    ],
)
def test_a_bad_shard_setting_is_named(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):  # a clear line, not a raw ValueError
        Settings.from_env(env)


@pytest.mark.parametrize(
    ("env", "count", "ids"),
    [
        ({}, None, None),
        ({"DISCORD_SHARD_COUNT": "", "DISCORD_SHARD_IDS": "  "}, None, None),  # empty: unset
        ({"DISCORD_SHARD_COUNT": "4"}, 4, None),  # all four here
        ({"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "2"}, 4, (2,)),
        ({"DISCORD_SHARD_COUNT": " 4 ", "DISCORD_SHARD_IDS": "3, 0,1"}, 4, (3, 0, 1)),
    ],
)
def test_the_shards_an_instance_runs(
    env: dict[str, str], count: int | None, ids: tuple[int, ...] | None
) -> None:
    settings = Settings.from_env(env)
    assert (settings.discord_shard_count, settings.discord_shard_ids) == (count, ids)


def test_a_bad_shard_setting_stops_the_program_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("DISCORD_SHARD_COUNT", "²")
    assert main(["run"]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "DISCORD_SHARD_COUNT" in said  # no traceback
