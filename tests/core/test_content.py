"""The content check: the shipped content passes, and every kind of error is caught."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from core.content import Library, check_library, default_content_dir, load_library, stats

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_content_passes(library: Library) -> None:
    fatal = [p for p in check_library() if p.fatal]
    assert fatal == []
    assert "en" in library.locales


def test_first_pack_has_what_the_core_needs(library: Library) -> None:
    english = stats(library)["locales"]["en"]
    assert english["prompts"] >= 30
    assert sum(1 for n in english["prompts_by_theme"].values() if n) >= 8
    assert english["reframes"] >= 16
    assert stats(library)["crisis_countries"] >= 10
    assert all(
        line.sources and line.checked for c in library.countries.values() for line in c.lines
    )


def test_the_library_holds_four_months_in_three_languages(library: Library) -> None:
    counts = stats(library)
    english = counts["locales"]["en"]
    assert english["prompts"] >= 120
    assert english["group_days"] >= 120  # four months of daily group posts without a repeat
    assert min(english["prompts_by_theme"].values()) >= 6
    assert set(english["prompts_by_use"]) == {"group", "private", "both"}
    assert english["reframes"] >= 56
    assert min(english["reframes_by_theme"].values()) >= 4
    assert english["grounding"] >= 8
    assert english["welcome"] >= 1 and english["welcome_back"] >= 1
    assert set(english["prompts_by_tag"]) == set(library.tags)
    for locale in ("es", "de"):
        assert counts["locales"][locale]["missing_translations"] == 0, locale
    assert counts["crisis_countries"] >= 25
    assert counts["worldwide_directories"] >= 1


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(default_content_dir(), copy)
    return copy


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _first_prompt_id(content: Path) -> str:
    match = re.search(r"id: (p\.\w+\.\d+)", (content / "en/prompts.yaml").read_text())
    assert match
    return match.group(1)


def _break_duplicate_id(content: Path) -> str:
    text = (content / "en/prompts.yaml").read_text()
    ids = re.findall(r"id: (p\.\w+\.\d+)", text)
    _edit(content / "en/prompts.yaml", f"id: {ids[1]}", f"id: {ids[0]}")
    return "appears twice"


def _break_theme(content: Path) -> str:
    pid = _first_prompt_id(content)
    theme = pid.split(".")[1]
    _edit(content / "en/prompts.yaml", f"theme: {theme}", "theme: astrology")
    return "unknown theme"


def _break_length(content: Path) -> str:
    _edit(
        content / "en/prompts.yaml",
        "text: >-\n      ",
        "text: >-\n      " + "very long words " * 30,
    )
    return "allowed 60-320"


def _break_yaml(content: Path) -> str:
    _edit(content / "en/prompts.yaml", "prompts:", "prompts: [unclosed")
    return "not valid YAML"


def _break_ui_translation(content: Path) -> str:
    es = content / "es/ui.yaml"
    if not es.exists():
        shutil.copy(content / "en/ui.yaml", es)
    lines = [line for line in es.read_text().splitlines() if not line.startswith("help.group:")]
    es.write_text("\n".join(lines) + "\n")
    return "'help.group' has no translation"


def _break_placeholder(content: Path) -> str:
    _edit(content / "en/ui.yaml", "error.days: >-", "error.days_old: x\nerror.days: >-")
    es = content / "es/ui.yaml"
    if not es.exists():
        shutil.copy(content / "en/ui.yaml", es)
        _edit(es, "error.days_old: x\n", "")
    return "no translation"


def _break_ledger(content: Path) -> str:
    pid = _first_prompt_id(content)
    ledger = content / "ids.tsv"
    _edit(ledger, f"{pid}\tprompt\t{pid.split('.')[1]}\t", f"{pid}\tprompt\tgrief_old\t")
    return "changed meaning"


def _break_retired(content: Path) -> str:
    pid = _first_prompt_id(content)
    _edit(
        content / "ids.tsv",
        f"{pid}\tprompt\t{pid.split('.')[1]}\tactive",
        f"{pid}\tprompt\t{pid.split('.')[1]}\tretired",
    )
    return "was retired"


def _break_banned(content: Path) -> str:
    _edit(content / "en/prompts.yaml", "text: >-\n      ", "text: >-\n      You should know that ")
    return "banned phrase 'should'"


def _break_identifying(content: Path) -> str:
    text = (content / "en/prompts.yaml").read_text()
    match = re.search(r"use: (group|both)\n(?:.*\n)*?    text: >-\n      ", text)
    assert match
    (content / "en/prompts.yaml").write_text(
        text[: match.end()]
        + "Tell us her name and the story behind it, gently and slowly, if you wish. "
        + text[match.end() :]
    )
    return "banned phrase 'her name'"


def _break_crisis_sources(content: Path) -> str:
    path = content / "crisis_lines.yaml"
    text = path.read_text()
    text = re.sub(r"sources:\n(\s+- .*\n)+", "sources: []\n", text, count=1)
    path.write_text(text)
    return "needs its sources"


def _break_translation_id(content: Path) -> str:
    _edit(content / "es/prompts.yaml", "id: p.", "id: p.", 1)
    text = (content / "es/prompts.yaml").read_text()
    first = re.search(r"id: (p\.\w+\.\d+)", text)
    assert first
    (content / "es/prompts.yaml").write_text(
        text.replace(f"id: {first.group(1)}", "id: p.grief.99", 1)
    )
    return "not an English prompt id"


BREAKS: dict[str, Callable[[Path], str]] = {
    "duplicate id": _break_duplicate_id,
    "unknown theme": _break_theme,
    "over-long text": _break_length,
    "invalid yaml": _break_yaml,
    "missing ui translation": _break_ui_translation,
    "new ui key untranslated": _break_placeholder,
    "id changed meaning": _break_ledger,
    "retired id reused": _break_retired,
    "banned phrase": _break_banned,
    "identifying detail in a group prompt": _break_identifying,
    "crisis line without sources": _break_crisis_sources,
    "translation of an unknown id": _break_translation_id,
}


@pytest.mark.parametrize("kind", list(BREAKS))
def test_each_kind_of_error_is_caught(content: Path, kind: str) -> None:
    expected = BREAKS[kind](content)
    problems = [p for p in check_library(content) if p.fatal]
    assert any(expected in p.reason for p in problems), [str(p) for p in problems]
    assert all(p.line >= 1 and p.file for p in problems)


def test_check_command_reports_file_line_and_reason(content: Path) -> None:
    _break_theme(content)
    result = subprocess.run(
        [sys.executable, "-m", "bots.cli", "content", "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"HOLDSPACE_CONTENT_DIR": str(content), "PATH": "/usr/bin:/bin", "HOME": str(content)},
        check=False,
    )
    assert result.returncode == 1
    assert re.search(
        r"content/en/prompts\.yaml:\d+: error: p\.\w+\.\d+: unknown theme 'astrology'",
        result.stdout,
    )


def test_loading_bad_content_raises(content: Path) -> None:
    _break_theme(content)
    with pytest.raises(Exception, match="unknown theme"):
        load_library(content)


def test_stats_json_counts(library: Library) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bots.cli", "content", "stats", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    import json

    counts = json.loads(result.stdout)
    assert counts["locales"]["en"]["prompts"] == len(library.packs["en"].prompts)
    assert set(counts["locales"]["en"]["prompts_by_theme"]) == set(library.themes)
