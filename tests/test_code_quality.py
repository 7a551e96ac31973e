"""The whole check in one command: formatting, lint and types run as part of the tests."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["core", "bots", "tests", "bench"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    present = [s for s in SOURCES if any((ROOT / s).rglob("*.py"))]
    return subprocess.run(
        [sys.executable, "-m", *args, *present],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_ruff_lint() -> None:
    result = _run("ruff", "check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run("ruff", "format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", sorted((ROOT / "core").rglob("*.py")), ids=lambda p: p.name)
def test_core_stays_platform_neutral(path: Path) -> None:
    """core/ never imports telegram, discord or the adapters (docs/architecture.md)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            assert name.split(".")[0] not in {"telegram", "discord", "bots"}, f"{path}: {name}"


def test_platform_neutral_check_would_catch_an_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from telegram import Bot\n")
    with pytest.raises(AssertionError):
        test_core_stays_platform_neutral(bad)
