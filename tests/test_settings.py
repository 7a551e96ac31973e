"""Settings: every variable the code reads is documented, and bad values are named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
