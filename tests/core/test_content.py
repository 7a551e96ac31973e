"""The content check: the shipped content passes, and every kind of error is caught."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from core.content import (
    Library,
    Problem,
    check_library,
    default_content_dir,
    load_library,
    stats,
)

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_content_passes(library: Library) -> None:
    # no errors, and no warnings either: nothing missing, no near-duplicates, no worn images
    assert [str(p) for p in check_library()] == []
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


# --- one kind of error at a time ------------------------------------------------------------
#
# Each `_break_*` function below introduces exactly one kind of error into a copy of the
# shipped content and says what the check must report: the file, a part of the reason that
# only that check gives, and the id, key or value the problem must name (and the line, where
# it is plain which line that is). Removing any one check makes its case fail.

EN_PROMPTS = "content/en/prompts.yaml"
EN_REFRAMES = "content/en/reframes.yaml"
EN_UI = "content/en/ui.yaml"
ES_UI = "content/es/ui.yaml"
LEDGER = "content/ids.tsv"
CRISIS = "content/crisis_lines.yaml"
THEMES = "content/themes.yaml"


@dataclass(frozen=True)
class Expect:
    """What the check must report: file (as it names it), reason, the id or key, the line."""

    file: str
    reason: str
    subject: str | None = None
    line: int | None = None


def _path(content: Path, file: str) -> Path:
    return content.parent / file


def _ids(content: Path, file: str) -> list[str]:
    return re.findall(r"^\s*- id: (\S+)$", _path(content, file).read_text(), re.MULTILINE)


def _yaml(content: Path, file: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(_path(content, file).read_text(encoding="utf-8"), Loader=loader)


def _line_of(content: Path, file: str, needle: str) -> int:
    text = _path(content, file).read_text(encoding="utf-8")
    return text.count("\n", 0, text.index(needle)) + 1


def _sub(content: Path, file: str, pattern: str, new: str | Callable[[re.Match[str]], str]) -> None:
    """Replace the first match of a (multi-line) pattern in a content file."""
    path = _path(content, file)
    text, count = re.subn(
        pattern, new, path.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE
    )
    assert count == 1, f"{pattern!r} not in {file}"
    path.write_text(text, encoding="utf-8")


def _edit_entry(
    content: Path, file: str, ident: str, pattern: str, new: str | Callable[[re.Match[str]], str]
) -> int:
    """Replace the first match of a pattern inside one list entry; return the entry's line."""
    path = _path(content, file)
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {ident}\n")
    after = re.compile(r"^(?:  - |\S)", re.MULTILINE).search(text, start + 1)
    end = after.start() if after else len(text)
    block, count = re.subn(pattern, new, text[start:end], count=1, flags=re.MULTILINE)
    assert count == 1, f"{pattern!r} not in {ident} of {file}"
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    return text.count("\n", 0, start) + 1


def _set_text(content: Path, file: str, ident: str, new: str) -> int:
    return _edit_entry(
        content, file, ident, r"text: >-\n(?: {6,}.*\n)+", lambda _: f"text: {json.dumps(new)}\n"
    )


def _prefix_text(content: Path, file: str, ident: str, prefix: str) -> int:
    return _edit_entry(content, file, ident, r"text: >-\n( +)", lambda m: m.group(0) + prefix)


def _set_ui(content: Path, file: str, key: str, value: str | None) -> int:
    """Give a ui key a new one-line value (None removes it); return its line."""
    line = _line_of(content, file, f"\n{key}:") + 1
    pattern = rf"^{re.escape(key)}:.*\n(?:[ \t]+.*\n|\n)*"
    _sub(content, file, pattern, lambda _: "" if value is None else f"{key}: {json.dumps(value)}\n")
    return line


def _append(content: Path, file: str, text: str) -> int:
    path = _path(content, file)
    before = path.read_text(encoding="utf-8")
    path.write_text(before.rstrip("\n") + "\n" + text, encoding="utf-8")
    return before.rstrip("\n").count("\n") + 2


def _first_line(content: Path) -> tuple[str, str]:
    """Return the first country's code and its first line's service."""
    country = _yaml(content, CRISIS)["countries"][0]
    return country["country"], country["lines"][0]["service"]


_LINE_START = re.compile(r"^      - (?:name|service):", re.MULTILINE)


def _edit_first_line(content: Path, pattern: str, new: str) -> Expect:
    """Edit the first crisis line; the problem names its country and service, at its line."""
    code, service = _first_line(content)
    path = _path(content, CRISIS)
    text = path.read_text(encoding="utf-8")
    first = _LINE_START.search(text)
    assert first is not None
    start = first.start()
    following = _LINE_START.search(text, first.end())
    end = following.start() if following else len(text)
    line = text.count("\n", 0, start) + 1
    block, count = re.subn(pattern, new, text[start:end], count=1, flags=re.MULTILINE)
    assert count == 1, f"{pattern!r} not in the first crisis line"
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    return Expect(CRISIS, "", f"{code}: {service}", line)


# the content tree and its files


def _break_no_folder(content: Path) -> Expect:
    shutil.rmtree(content)
    return Expect(str(content), "the content folder does not exist")


def _break_no_english(content: Path) -> Expect:
    (content / "en").rename(content / "english")
    return Expect(str(content), "there is no English (en) folder")


def _break_required_prompts(content: Path) -> Expect:
    (content / "en/prompts.yaml").unlink()
    return Expect(EN_PROMPTS, "required file is missing")


def _break_required_greetings(content: Path) -> Expect:
    (content / "en/greetings.yaml").unlink()
    return Expect("content/en/greetings.yaml", "required file is missing")


def _break_required_language(content: Path) -> Expect:
    (content / "en/language.yaml").unlink()
    return Expect("content/en/language.yaml", "required file is missing")


def _break_unreadable(content: Path) -> Expect:
    (content / "es/grounding.yaml").write_bytes(b"grounding:\n  - id: g.01\n    text: \xff\xfe\n")
    return Expect("content/es/grounding.yaml", "cannot read")


def _break_yaml(content: Path) -> Expect:
    _edit(content / "en/prompts.yaml", "prompts:", "prompts: [unclosed")
    return Expect(EN_PROMPTS, "not valid YAML")


def _break_impossible_date(content: Path) -> Expect:
    _edit_first_line(content, r"checked: .*$", "checked: 2026-02-30")
    return Expect(CRISIS, "cannot be read", "2026-02-30", _line_of(content, CRISIS, "2026-02-30"))


def _break_key_twice(content: Path) -> Expect:
    line = _append(content, "content/es/ui.yaml", "start.about: Otra vez.\n")
    return Expect(ES_UI, "appears twice", "'start.about'", line)


def _break_empty_file(content: Path) -> Expect:
    (content / "en/grounding.yaml").write_text("# nothing yet\n")
    return Expect("content/en/grounding.yaml", "the file is empty")


def _break_top_level_list(content: Path) -> Expect:
    (content / "en/reframes.yaml").write_text("- id: r.grief.01\n")
    return Expect(EN_REFRAMES, "must be a mapping at the top level")


def _break_top_level_key(content: Path) -> Expect:
    _sub(content, EN_REFRAMES, r"^reframes:", "reframe:")
    return Expect(EN_REFRAMES, "missing top-level key", "'reframes'")


def _break_not_a_list(content: Path) -> Expect:
    _sub(content, "content/en/grounding.yaml", r"^grounding:", "grounding: {}\nold:")
    return Expect("content/en/grounding.yaml", "must be a list", "'grounding'")


def _break_entry_not_mapping(content: Path) -> Expect:
    _sub(content, "content/en/grounding.yaml", r"^grounding:\n", "grounding:\n  - breathe\n")
    return Expect("content/en/grounding.yaml", "must be a mapping", "'grounding'")


# themes.yaml


def _break_themes_file(content: Path) -> Expect:
    (content / "themes.yaml").write_text("- grief\n- hope\n")
    return Expect(THEMES, "must hold 'themes' and 'tags'")


def _break_themes_list(content: Path) -> Expect:
    _sub(content, THEMES, r"^themes:", "themes: grief\nold_themes:")
    return Expect(THEMES, "'themes' must be a list of ids")


def _break_theme_twice(content: Path) -> Expect:
    _sub(content, THEMES, r"^themes:\n", "themes:\n  - grief\n")
    return Expect(THEMES, "is listed twice", "'grief'")


def _break_tags_list(content: Path) -> Expect:
    _sub(content, THEMES, r"^tags:", "tags: mothers_day\nold_tags:")
    return Expect(THEMES, "'tags' must be a list of ids")


# prompts, reframes, grounding, greetings


def _break_bad_id(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    bad = pid.rsplit(".", 1)[0] + ".1"
    line = _edit_entry(content, EN_PROMPTS, pid, rf"^- id: {re.escape(pid)}$", f"- id: {bad}")
    return Expect(EN_PROMPTS, "is not a valid prompt id", f"'{bad}'", line)


def _break_duplicate_id(content: Path) -> Expect:
    first, second = _ids(content, EN_PROMPTS)[:2]
    line = _edit_entry(
        content, EN_PROMPTS, second, rf"^- id: {re.escape(second)}$", f"- id: {first}"
    )
    return Expect(EN_PROMPTS, "id appears twice", first, line)


def _break_duplicate_text(content: Path) -> Expect:
    first, second = _ids(content, EN_PROMPTS)[:2]
    text = _yaml(content, EN_PROMPTS)["prompts"][0]["text"]
    line = _set_text(content, EN_PROMPTS, second, text.upper())  # folded, it is the same text
    return Expect(EN_PROMPTS, f"the same text as {first}", second, line)


def _break_theme(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    line = _edit_entry(content, EN_PROMPTS, pid, r"theme: \w+", "theme: astrology")
    return Expect(EN_PROMPTS, "unknown theme 'astrology'", pid, line)


def _break_theme_not_in_id(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    other = next(t for t in _yaml(content, THEMES)["themes"] if t != pid.split(".")[1])
    line = _edit_entry(content, EN_PROMPTS, pid, r"theme: \w+", f"theme: {other}")
    return Expect(EN_PROMPTS, "the id must name its theme", pid, line)


def _break_use(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    line = _edit_entry(content, EN_PROMPTS, pid, r"use: \w+", "use: sometimes")
    return Expect(EN_PROMPTS, "use must be one of", pid, line)


def _break_tag(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    line = _edit_entry(content, EN_PROMPTS, pid, r"^(    use: .*\n)", r"\1    tags: [easter]\n")
    return Expect(EN_PROMPTS, "unknown tags", pid, line)


def _break_tag_not_a_word(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    pattern = r"^(    use: .*\n)"
    line = _edit_entry(content, EN_PROMPTS, pid, pattern, r"\1    tags: [{mothers_day: 1}]\n")
    return Expect(EN_PROMPTS, "unknown tags", pid, line)


def _break_no_text(content: Path) -> Expect:
    rid = _ids(content, EN_REFRAMES)[0]
    line = _set_text(content, EN_REFRAMES, rid, "  ")
    return Expect(EN_REFRAMES, "'text' must be non-empty text", rid, line)


def _break_situations(content: Path) -> Expect:
    rid = _ids(content, EN_REFRAMES)[0]
    line = _edit_entry(content, EN_REFRAMES, rid, r"situations:\n(?: +- .*\n)+", "situations: []\n")
    return Expect(EN_REFRAMES, "situations must be a non-empty list", rid, line)


def _too_long_prompt(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    line = _prefix_text(content, EN_PROMPTS, pid, "What comes to mind, slowly? " * 12)
    return Expect(EN_PROMPTS, "allowed 60-320", pid, line)


def _too_short_reframe(content: Path) -> Expect:
    rid = _ids(content, EN_REFRAMES)[0]
    line = _set_text(content, EN_REFRAMES, rid, "This hurts, and it makes sense that it does.")
    return Expect(EN_REFRAMES, "allowed 100-600", rid, line)


def _too_long_grounding(content: Path) -> Expect:
    file = "content/en/grounding.yaml"
    gid = _ids(content, file)[0]
    line = _prefix_text(content, file, gid, "Breathe in, and breathe out again. " * 11)
    return Expect(file, "allowed 60-400", gid, line)


def _too_short_greeting(content: Path) -> Expect:
    file = "content/en/greetings.yaml"
    wid = _yaml(content, file)["welcome_back"][0]["id"]
    line = _set_text(content, file, wid, "Hello again.")
    return Expect(file, "allowed 30-320", wid, line)


def _too_long_translation(content: Path) -> Expect:
    file = "content/es/prompts.yaml"
    pid = _ids(content, file)[0]
    line = _prefix_text(content, file, pid, "¿Qué te viene a la mente, despacio? " * 10)
    return Expect(file, "allowed 60-320", pid, line)


def _break_translation_id(content: Path) -> Expect:
    file = "content/es/prompts.yaml"
    pid = _ids(content, file)[0]
    line = _edit_entry(content, file, pid, rf"^- id: {re.escape(pid)}$", "- id: p.grief.99")
    return Expect(file, "not an English prompt id", "p.grief.99", line)


# banned phrases (the locale's own list) and identifying questions in group prompts


def _banned_prompt(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    line = _prefix_text(content, EN_PROMPTS, pid, "You should know that ")
    return Expect(EN_PROMPTS, "banned phrase 'should'", pid, line)


def _banned_reframe(content: Path) -> Expect:
    rid = _ids(content, EN_REFRAMES)[0]
    line = _prefix_text(content, EN_REFRAMES, rid, "At least you tried. ")
    return Expect(EN_REFRAMES, "banned phrase 'at least'", rid, line)


def _banned_grounding(content: Path) -> Expect:
    file = "content/en/grounding.yaml"
    gid = _ids(content, file)[0]
    line = _prefix_text(content, file, gid, "Just ")
    return Expect(file, "banned phrase 'just'", gid, line)


def _banned_greeting(content: Path) -> Expect:
    file = "content/en/greetings.yaml"
    wid = _yaml(content, file)["welcome_back"][0]["id"]
    line = _set_text(content, file, wid, "Welcome back. You missed a few days, and that is fine.")
    return Expect(file, "banned phrase 'you missed'", wid, line)


def _banned_ui(content: Path) -> Expect:
    line = _set_ui(content, EN_UI, "start.about", "I am Holdspace. You should rest here a while.")
    return Expect(EN_UI, "banned phrase 'should'", "start.about", line)


def _banned_ui_es(content: Path) -> Expect:
    line = _set_ui(content, ES_UI, "start.about", "Soy Holdspace. Deberías descansar aquí.")
    return Expect(ES_UI, "banned phrase 'deberías'", "start.about", line)


def _banned_translation(content: Path) -> Expect:
    file = "content/es/prompts.yaml"
    pid = _ids(content, file)[0]
    line = _prefix_text(content, file, pid, "Deberías saber esto: ")
    return Expect(file, "banned phrase 'deberías'", pid, line)


def _identifying(content: Path) -> Expect:
    prompts = _yaml(content, EN_PROMPTS)["prompts"]
    pid = next(p["id"] for p in prompts if p["use"] in ("group", "both"))
    line = _prefix_text(content, EN_PROMPTS, pid, "Tell us her name, if you wish. ")
    return Expect(EN_PROMPTS, "banned phrase 'her name'", pid, line)


# ui.yaml


def _ui_not_mapping(content: Path) -> Expect:
    (content / "es/ui.yaml").write_text("- hola\n")
    return Expect(ES_UI, "ui.yaml must be a mapping")


def _ui_empty(content: Path) -> Expect:
    line = _set_ui(content, EN_UI, "help.group", " ")
    return Expect(EN_UI, "must be non-empty text", "'help.group'", line)


def _ui_too_long(content: Path) -> Expect:
    line = _set_ui(content, ES_UI, "start.about", "Hola. " * 520)
    return Expect(ES_UI, "longer than 3000", "'start.about'", line)


def _ui_brace(content: Path) -> Expect:
    line = _set_ui(content, ES_UI, "start.about", "Soy Holdspace {tu compañía.")
    return Expect(ES_UI, "brace that does not pair up", "'start.about'", line)


def _ui_untranslated(content: Path) -> Expect:
    _set_ui(content, ES_UI, "help.group", None)
    return Expect(ES_UI, "has no translation", "'help.group'")


def _ui_placeholder(content: Path) -> Expect:
    english, spanish = _yaml(content, EN_UI), _yaml(content, ES_UI)
    key = next(k for k, v in english.items() if re.search(r"\{\w+\}", v))
    name = re.findall(r"\{(\w+)\}", spanish[key])[0]
    renamed = spanish[key].replace(f"{{{name}}}", f"{{{name}_es}}")
    line = _set_ui(content, ES_UI, key, renamed)
    return Expect(ES_UI, "must use the placeholders of English", f"'{key}'", line)


def _ui_unknown_key(content: Path) -> Expect:
    line = _append(content, ES_UI, "made.up: Hola.\n")
    return Expect(ES_UI, "does not exist in English", "'made.up'", line)


def _ui_theme_name(content: Path) -> Expect:
    theme = _yaml(content, THEMES)["themes"][0]
    _set_ui(content, EN_UI, f"theme.{theme}", None)
    return Expect(EN_UI, "has no display name", f"'theme.{theme}'")


# language.yaml


def _language_not_mapping(content: Path) -> Expect:
    (content / "en/language.yaml").write_text("- should\n")
    return Expect("content/en/language.yaml", "language.yaml must be a mapping")


def _language_words(content: Path) -> Expect:
    _sub(content, "content/en/language.yaml", r"^banned: \[", "banned: [[nested], ")
    return Expect("content/en/language.yaml", "must be a list of strings", "'banned'")


def _language_same(content: Path) -> Expect:
    _sub(content, "content/en/language.yaml", r"^same:\n", "same: child\nold_same:\n")
    return Expect("content/en/language.yaml", "'same' must be a list of word lists")


def _language_image(content: Path) -> Expect:
    file = "content/en/language.yaml"
    line = _line_of(content, file, "images: [")
    _sub(content, file, r"^images: \[", 'images: ["*", ')
    return Expect(file, "is not a word or phrase", "'*'", line)


def _language_same_group(content: Path) -> Expect:
    _sub(content, "content/en/language.yaml", r"^same:\n", "same:\n  - 3\n")
    return Expect("content/en/language.yaml", "'same' must be a list of word lists")


# the id ledger


def _ledger_missing(content: Path) -> Expect:
    (content / "ids.tsv").unlink()
    return Expect(LEDGER, "run 'holdspace content record'")


def _ledger_unreadable(content: Path) -> Expect:
    (content / "ids.tsv").write_bytes(b"p.grief.01\tprompt\tgrief\t\xffactive\n")
    return Expect(LEDGER, "cannot read")


def _ledger_row(content: Path) -> Expect:
    line = _append(content, LEDGER, "p.grief.98\tprompt\tgrief\n")
    return Expect(LEDGER, "a row needs 4 tab-separated cells", None, line)


def _ledger_new(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    _sub(content, LEDGER, rf"^{re.escape(pid)}\t.*\n", "")
    return Expect(LEDGER, f"{pid} is new: run 'holdspace content record'")


def _ledger_disappeared(content: Path) -> Expect:
    assert "p.grief.98" not in _ids(content, EN_PROMPTS)
    line = _append(content, LEDGER, "p.grief.98\tprompt\tgrief\tactive\n")
    return Expect(LEDGER, "p.grief.98 disappeared", None, line)


def _ledger_meaning(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    line = _line_of(content, LEDGER, f"{pid}\t")
    _sub(content, LEDGER, rf"^{re.escape(pid)}\tprompt\t\w+\t", f"{pid}\tprompt\tgrief_old\t")
    return Expect(LEDGER, f"{pid} changed meaning", None, line)


def _ledger_retired(content: Path) -> Expect:
    pid = _ids(content, EN_PROMPTS)[0]
    line = _line_of(content, LEDGER, f"{pid}\t")
    _sub(content, LEDGER, rf"^({re.escape(pid)}\t.*\t)active$", r"\1retired")
    return Expect(LEDGER, f"{pid} was retired", None, line)


# crisis_lines.yaml


def _crisis_missing(content: Path) -> Expect:
    (content / "crisis_lines.yaml").unlink()
    return Expect(CRISIS, "required file is missing")


def _crisis_country_code(content: Path) -> Expect:
    code, _ = _first_line(content)
    line = _line_of(content, CRISIS, f'  - country: "{code}"')
    _edit(content / "crisis_lines.yaml", f'country: "{code}"', "country: NO")  # read as false
    return Expect(CRISIS, "is not an ISO 3166 two-letter country code", "False", line)


def _crisis_country_twice(content: Path) -> Expect:
    first, second = (c["country"] for c in _yaml(content, CRISIS)["countries"][:2])
    line = _line_of(content, CRISIS, f'  - country: "{second}"')
    _edit(content / "crisis_lines.yaml", f'country: "{second}"', f'country: "{first}"')
    return Expect(CRISIS, f"country {first} appears twice", None, line)


def _crisis_no_lines(content: Path) -> Expect:
    code, _ = _first_line(content)
    _sub(content, CRISIS, r"^    lines:\n", "    lines: []\n    old_lines:\n")
    return Expect(CRISIS, f"{code}: needs at least one line")


def _crisis_no_worldwide(content: Path) -> Expect:
    _sub(content, CRISIS, r"^worldwide:", "worldwide: []\nold_worldwide:")
    return Expect(CRISIS, "the worldwide fallback directory is missing")


def _crisis_line_not_mapping(content: Path) -> Expect:
    code, _ = _first_line(content)
    _sub(content, CRISIS, r"^    lines:\n", '    lines:\n      - "call someone"\n')
    return Expect(CRISIS, f"{code}: every line must be a mapping")


def _crisis_service(content: Path) -> Expect:
    code, _ = _first_line(content)
    found = _edit_first_line(content, r'service: ".*"$', 'service: ""')
    return Expect(CRISIS, f"{code}: a line needs a service name", None, found.line)


def _crisis_sources(content: Path) -> Expect:
    found = _edit_first_line(content, r"sources:\n(?: +- .*\n)+", "sources: []\n")
    return Expect(CRISIS, "needs its sources", found.subject, found.line)


def _crisis_checked(content: Path) -> Expect:
    found = _edit_first_line(content, r"^ +checked: .*\n", "")
    return Expect(CRISIS, "needs the date it was checked", found.subject, found.line)


def _crisis_confidence(content: Path) -> Expect:
    found = _edit_first_line(content, r"confidence: \w+", "confidence: certain")
    return Expect(CRISIS, "confidence must be one of", found.subject, found.line)


def _crisis_hours(content: Path) -> Expect:
    found = _edit_first_line(content, r"^        hours: .*\n", "")
    return Expect(CRISIS, "needs its hours", found.subject, found.line)


def _crisis_reach(content: Path) -> Expect:
    _edit_first_line(content, r"^        reach:\n(?:          .*\n)+", "")
    found = _edit_first_line(content, r"^        url: .*\n", "")
    return Expect(CRISIS, "needs a way to reach it ('reach') or a url", found.subject, found.line)


def _crisis_old_field(content: Path) -> Expect:
    """The fields before the structured format (free text a member would have read)."""
    found = _edit_first_line(content, r"^(        hours: .*\n)", r'\1        phone: "988"\n')
    return Expect(CRISIS, "unknown field 'phone'", found.subject, found.line)


def _crisis_hours_text(content: Path) -> Expect:
    found = _edit_first_line(content, r"^        hours: .*$", '        hours: "24/7"')
    return Expect(CRISIS, "hours must be 'always', 'unknown' or a daily time span", found.subject)


def _crisis_channel_hours(content: Path) -> Expect:
    found = _edit_first_line(
        content, r"^          - call: (.*)$", r"          - call: \1\n            hours: nights"
    )
    return Expect(CRISIS, "hours must be 'always', 'unknown'", found.subject)


def _crisis_two_ways_in_one(content: Path) -> Expect:
    found = _edit_first_line(
        content, r"^          - call: (.*)$", r'          - call: \1\n            text: "988"'
    )
    return Expect(CRISIS, "each way to reach it needs exactly one of", found.subject)


def _crisis_number(content: Path) -> Expect:
    found = _edit_first_line(content, r"^          - call: .*$", '          - call: "ring us"')
    return Expect(CRISIS, "call: 'ring us' is not a phone number", found.subject)


def _crisis_number_unquoted(content: Path) -> Expect:
    found = _edit_first_line(content, r"^          - call: .*$", "          - call: 988")
    return Expect(CRISIS, "call: 988 is not a phone number", found.subject)


def _crisis_chat_address(content: Path) -> Expect:
    found = _edit_first_line(
        content, r"^          - chat: .*$", '          - chat: "988lifeline.org"'
    )
    return Expect(CRISIS, "chat: '988lifeline.org' is not a web address", found.subject)


def _crisis_keyword(content: Path) -> Expect:
    found = _edit_first_line(
        content, r"^          - call: (.*)$", r'          - call: \1\n            keyword: "HOME"'
    )
    return Expect(CRISIS, "a keyword belongs to a 'text' way only", found.subject)


def _crisis_from(content: Path) -> Expect:
    found = _edit_first_line(
        content, r"^          - call: (.*)$", r"          - call: \1\n            from: payphone"
    )
    return Expect(CRISIS, "'from' must be one of", found.subject)


def _crisis_url(content: Path) -> Expect:
    found = _edit_first_line(content, r"^        url: .*$", '        url: "javascript:alert(1)"')
    return Expect(CRISIS, "is not a web address", found.subject, found.line)


def _crisis_no_emergency(content: Path) -> Expect:
    line = _line_of(content, CRISIS, '  - country: "IT"')
    _sub(content, CRISIS, r'(  - country: "IT".*\n)    emergency:\n      - number: "112"\n', r"\1")
    return Expect(CRISIS, "IT: needs its emergency number(s)", None, line)


def _crisis_emergency_for(content: Path) -> Expect:
    _sub(
        content,
        CRISIS,
        r'(  - country: "IT".*\n    emergency:\n      - number: "112"\n)',
        r"\1        for: firefighters\n",
    )
    return Expect(CRISIS, "IT: emergency 112: 'for' must be one of")


def _crisis_emergency_number(content: Path) -> Expect:
    _sub(
        content,
        CRISIS,
        r'(  - country: "IT".*\n    emergency:\n      - number: )"112"',
        r"\g<1>112",
    )
    return Expect(CRISIS, "IT: emergency: 112 is not a phone number")


def _crisis_also_twice(content: Path) -> Expect:
    _sub(content, CRISIS, r'^(  - country: "IT".*\n)', r'\1    also: ["LI"]\n')
    return Expect(CRISIS, "country LI appears twice")


def _crisis_country_name(content: Path) -> Expect:
    _set_ui(content, EN_UI, "country.IT", None)
    for other in ("content/es/ui.yaml", "content/de/ui.yaml"):
        _set_ui(content, other, "country.IT", None)
    return Expect(EN_UI, "country IT has no display name 'country.IT'")


BREAKS: dict[str, Callable[[Path], Expect]] = {
    "no content folder": _break_no_folder,
    "no English folder": _break_no_english,
    "English prompts missing": _break_required_prompts,
    "English greetings missing": _break_required_greetings,
    "English language.yaml missing": _break_required_language,
    "file not UTF-8": _break_unreadable,
    "invalid yaml": _break_yaml,
    "impossible date": _break_impossible_date,
    "key twice in a mapping": _break_key_twice,
    "empty file": _break_empty_file,
    "top level not a mapping": _break_top_level_list,
    "top-level key missing": _break_top_level_key,
    "entries not a list": _break_not_a_list,
    "entry not a mapping": _break_entry_not_mapping,
    "themes.yaml not a mapping": _break_themes_file,
    "themes not a list": _break_themes_list,
    "theme listed twice": _break_theme_twice,
    "tags not a list": _break_tags_list,
    "bad id pattern": _break_bad_id,
    "duplicate id": _break_duplicate_id,
    "duplicate text": _break_duplicate_text,
    "unknown theme": _break_theme,
    "id naming another theme": _break_theme_not_in_id,
    "bad use": _break_use,
    "unknown tag": _break_tag,
    "tag that is not a word": _break_tag_not_a_word,
    "empty text": _break_no_text,
    "reframe with empty situations": _break_situations,
    "over-long prompt": _too_long_prompt,
    "short reframe": _too_short_reframe,
    "over-long grounding": _too_long_grounding,
    "short greeting": _too_short_greeting,
    "over-long translation": _too_long_translation,
    "translation of an unknown id": _break_translation_id,
    "banned phrase in a prompt": _banned_prompt,
    "banned phrase in a reframe": _banned_reframe,
    "banned phrase in grounding": _banned_grounding,
    "banned phrase in a greeting": _banned_greeting,
    "banned phrase in a ui string": _banned_ui,
    "banned phrase in a Spanish ui string": _banned_ui_es,
    "banned phrase in a translation": _banned_translation,
    "identifying detail in a group prompt": _identifying,
    "ui.yaml not a mapping": _ui_not_mapping,
    "empty ui string": _ui_empty,
    "over-long ui string": _ui_too_long,
    "unpaired brace in a ui string": _ui_brace,
    "ui key untranslated": _ui_untranslated,
    "ui placeholder differs from English": _ui_placeholder,
    "ui key not in English": _ui_unknown_key,
    "theme without a display name": _ui_theme_name,
    "language.yaml not a mapping": _language_not_mapping,
    "word list not a list of strings": _language_words,
    "same not a list": _language_same,
    "same group not a list of words": _language_same_group,
    "image that is no word": _language_image,
    "ledger missing": _ledger_missing,
    "ledger not UTF-8": _ledger_unreadable,
    "ledger row malformed": _ledger_row,
    "id not recorded": _ledger_new,
    "recorded id disappeared": _ledger_disappeared,
    "id changed meaning": _ledger_meaning,
    "retired id reused": _ledger_retired,
    "crisis lines missing": _crisis_missing,
    "country code read as false": _crisis_country_code,
    "country twice": _crisis_country_twice,
    "country without lines": _crisis_no_lines,
    "no worldwide directory": _crisis_no_worldwide,
    "crisis line not a mapping": _crisis_line_not_mapping,
    "crisis line without a service": _crisis_service,
    "crisis line without sources": _crisis_sources,
    "crisis line without its checked date": _crisis_checked,
    "crisis line with a bad confidence": _crisis_confidence,
    "crisis line without hours": _crisis_hours,
    "crisis line without a way to reach it": _crisis_reach,
    "crisis line with a field members would read unshaped": _crisis_old_field,
    "crisis line with hours as free text": _crisis_hours_text,
    "a way to reach it with hours as free text": _crisis_channel_hours,
    "two ways in one": _crisis_two_ways_in_one,
    "a number that is not a number": _crisis_number,
    "a number read as an integer": _crisis_number_unquoted,
    "a chat that is not a web address": _crisis_chat_address,
    "a keyword on a call": _crisis_keyword,
    "an unknown 'from'": _crisis_from,
    "a url that is not a web address": _crisis_url,
    "country without emergency numbers": _crisis_no_emergency,
    "emergency number for an unknown service": _crisis_emergency_for,
    "emergency number read as an integer": _crisis_emergency_number,
    "a country served twice (also)": _crisis_also_twice,
    "country without a display name": _crisis_country_name,
}


@pytest.mark.parametrize("kind", list(BREAKS))
def test_each_kind_of_error_is_caught(content: Path, kind: str) -> None:
    expected = BREAKS[kind](content)
    problems = check_library(content)
    matching = [
        p
        for p in problems
        if p.file == expected.file
        and expected.reason in p.reason
        and (expected.subject is None or expected.subject in p.reason)
    ]
    assert matching, [str(p) for p in problems]
    assert all(p.fatal for p in matching)
    if expected.line is not None:
        assert expected.line in {p.line for p in matching}, [str(p) for p in matching]
    assert all(p.line >= 1 and p.file for p in problems)


def _check_command(content: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bots.cli", "content", "check", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"HOLDSPACE_CONTENT_DIR": str(content), "PATH": "/usr/bin:/bin", "HOME": str(content)},
        check=False,
    )


def test_a_missing_translation_falls_back_to_english_and_is_listed(content: Path) -> None:
    file = "content/es/prompts.yaml"
    missing, kept = _ids(content, file)[:2]
    _sub(content, file, rf"^  - id: {re.escape(missing)}\n(?:    .*\n|\n)*", "")
    assert missing not in _ids(content, file)

    problems = check_library(content)
    assert [str(p) for p in problems if p.fatal] == []
    listed = [p for p in problems if p.file == file and missing in p.reason]
    assert [p.reason for p in listed] == [
        f"1 prompt translation(s) missing, English is used: {missing}"
    ]
    assert not listed[0].fatal
    assert str(listed[0]).startswith(f"{file}:1: warning: ")

    library = load_library(content)
    english, spanish = library.prompt(missing, "en"), library.prompt(missing, "es")
    assert english is not None and spanish == english
    assert [p.id for p in library.prompts("es")] == [p.id for p in library.prompts("en")]
    kept_es, kept_en = library.prompt(kept, "es"), library.prompt(kept, "en")
    assert kept_es is not None and kept_en is not None and kept_es.text != kept_en.text
    assert "es" in library.locales
    assert listed[0] in library.problems

    result = _check_command(content)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{file}:1: warning: 1 prompt translation(s) missing" in result.stdout
    assert _check_command(content, "--strict").returncode == 1


def test_a_missing_translation_file_falls_back_to_english(content: Path) -> None:
    (content / "es/grounding.yaml").unlink()
    (content / "es/ui.yaml").unlink()
    problems = check_library(content)
    assert [str(p) for p in problems if p.fatal] == []
    warned = {p.file for p in problems if p.reason == "missing: English is used instead"}
    assert warned == {"content/es/grounding.yaml", "content/es/ui.yaml"}

    library = load_library(content)
    assert library.grounding("es") == library.grounding("en")
    assert library.text("start.about", "es") == library.text("start.about", "en")
    assert "es" not in library.locales  # offered only with a complete interface
    assert library.prompts("es") != library.prompts("en")  # the rest is still Spanish


# --- repetition: warnings, so a writer sees them; the shipped content has none -------------

# The pair a review found saying nearly the same thing (p.hope.01 and p.open_hand.11, before
# they were rewritten): 32% of their words in common.
HOPE_01 = (
    "Hope doesn't have to be a plan or a promise. What does a quiet, open-handed hope look like"
    " for you today?"
)
OPEN_HAND_11 = (
    "An open hand looks different in every story: letting a short call be enough, or letting a"
    " long quiet be what it is. What might an open hand look like for you today?"
)


def _warnings(problems: list[Problem], needle: str) -> list[Problem]:
    found = [p for p in problems if needle in p.reason]
    assert all(not p.fatal for p in found), [str(p) for p in found]
    return found


def test_a_near_duplicate_prompt_is_flagged(content: Path) -> None:
    first, second = "p.open_hand.11", _ids(content, EN_PROMPTS)[-1]
    _set_text(content, EN_PROMPTS, first, OPEN_HAND_11)  # as it was
    line = _set_text(content, EN_PROMPTS, second, HOPE_01)

    problems = check_library(content)
    assert [str(p) for p in problems if p.fatal] == []
    near = _warnings(problems, "near-duplicate")
    assert [(p.file, p.line) for p in near] == [(EN_PROMPTS, line)]
    assert near[0].reason.startswith(f"{second}: a near-duplicate of {first} (32% of their")

    result = _check_command(content)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{EN_PROMPTS}:{line}: warning: {second}: a near-duplicate of {first}" in result.stdout
    assert _check_command(content, "--strict").returncode == 1


def test_a_reframe_repeated_in_other_words_is_flagged_in_its_language(content: Path) -> None:
    file = "content/es/reframes.yaml"
    first, second = _ids(content, file)[:2]
    text = _yaml(content, file)["reframes"][0]["text"]
    shorter = text.rsplit(". ", 1)[0] + "."  # the same reframe without its last sentence
    line = _set_text(content, file, second, shorter)

    near = _warnings(check_library(content), "near-duplicate")
    assert [(p.file, p.line) for p in near] == [(file, line)]
    assert near[0].reason.startswith(f"{second}: a near-duplicate of {first}")


def test_words_every_item_uses_do_not_make_a_near_duplicate(content: Path) -> None:
    first, second = _ids(content, EN_PROMPTS)[:2]
    _set_text(
        content, EN_PROMPTS, first, "What does your child need from you, and you from your child?"
    )
    _set_text(
        content, EN_PROMPTS, second, "Your child is your child; what do you feel about some of it?"
    )
    assert _warnings(check_library(content), "near-duplicate") == []


def test_an_image_in_more_than_eight_items_is_flagged(content: Path) -> None:
    file = "content/en/language.yaml"
    line = _line_of(content, file, "images: [")
    _sub(content, file, r"^images: \[", "images: [lantern*, ")
    prompts = _ids(content, EN_PROMPTS)
    for pid in prompts[:8]:
        _prefix_text(content, EN_PROMPTS, pid, "A lantern glows in the window. ")
    assert _warnings(check_library(content), "'lantern*'") == []  # eight is allowed

    _prefix_text(content, EN_PROMPTS, prompts[8], "Lanterns glow along the path. ")
    flagged = _warnings(check_library(content), "'lantern*'")
    assert [(p.file, p.line) for p in flagged] == [(file, line)]
    assert flagged[0].reason.startswith("images: 'lantern*' is in 9 items, more than 8 (")
    assert ", ".join(prompts[:6]) + " …" in flagged[0].reason


def test_check_command_reports_file_line_and_reason(content: Path) -> None:
    _break_theme(content)
    result = _check_command(content)
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
