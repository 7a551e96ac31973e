"""The content library: every sentence a member reads, loaded from `content/` and validated.

Layout (see content/README.md for authors):
    content/themes.yaml           theme ids and hard-date tags
    content/crisis_lines.yaml     crisis lines per country, with sources and dates checked
    content/ids.tsv               the ledger of every id ever issued (ids are never reused)
    content/<locale>/ui.yaml      every interface string, by key (English is the reference)
    content/<locale>/prompts.yaml, reframes.yaml, grounding.yaml, greetings.yaml
    content/<locale>/language.yaml  words for matching reframes, and banned phrases

English is the source of truth for each item's theme, use and tags; other locales repeat the
ids with their own text. Anything a locale lacks falls back to English and is listed by the
check. A locale is offered to members once it has a complete `ui.yaml`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from core import markup

DEFAULT_LOCALE = "en"
PROMPT_USES = ("group", "private", "both")
PROMPT_LENGTH = (60, 320)
REFRAME_LENGTH = (100, 600)
GROUNDING_LENGTH = (60, 400)
GREETING_LENGTH = (30, 320)
UI_MAX_LENGTH = 3000
# Repetition, read as a member reads: one item a day for months.
# Two prompts (or two reframes) of a locale are near-duplicates when, of all the distinct words
# the two use, at least NEAR_DUPLICATE (three in ten) are the same, and at least
# NEAR_DUPLICATE_MIN_SHARED of them: short prompts share two or three ordinary words by chance.
# Words are compared by their first STEM letters, so that hand and handed, mano and manos,
# hoffen and Hoffnung count as one; stop words are left out, and so is a word found in more
# than COMMON_WORD_SHARE of the locale's prompts and reframes ("you", "your", "child"): it
# says nothing about likeness. In the shipped content the closest pairs that are
# about different things share at most 0.27; the pair a review found saying the same thing
# (p.hope.01 and p.open_hand.11) shared 0.32 in English and 0.30 in German.
NEAR_DUPLICATE = 0.3
NEAR_DUPLICATE_MIN_SHARED = 4
STEM = 4
COMMON_WORD_SHARE = 0.3
# An image from a locale's `images` list (language.yaml) may appear in at most this many
# items (prompts, reframes, grounding, greetings). With about 250 items a locale, 8 is one
# item in thirty: for a member who reads one a day, about once a month.
IMAGE_MAX_ITEMS = 8
CONFIDENCE = ("high", "medium", "low")
# How a member reaches a crisis line, and the few plain facts a way may carry.
CHANNELS = ("call", "text", "whatsapp", "chat", "email")
FROM = ("mobile", "landline")  # a number that works only from one kind of phone
EMERGENCY_FOR = ("ambulance", "police")  # an emergency number for one service only
_CHANNEL_KEYS = frozenset({*CHANNELS, "keyword", "hours", "from", "label"})
_LINE_KEYS = frozenset(
    {"name", "service", "reach", "hours", "url", "languages", "sources"}
    | {"confidence", "checked", "notes"}
)
_EMERGENCY_KEYS = frozenset({"number", "for", "from"})
_NUMBER = re.compile(r"^(?=(?:.*\d){2})[0-9+*#() .\-/]+$")  # as written: "116 123", "*4141"
_HOURS = re.compile(
    r"^(?P<start>(?:[01]\d|2[0-3]):[0-5]\d)-(?P<end>(?:[01]\d|2[0-3]):[0-5]\d|24:00)$"
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
KINDS = ("prompt", "reframe", "grounding", "welcome", "welcome_back")
_ID_PATTERNS = {
    "prompt": re.compile(r"^p\.(?P<theme>[a-z_]+)\.\d{2,3}$"),
    "reframe": re.compile(r"^r\.(?P<theme>[a-z_]+)\.\d{2,3}$"),
    "grounding": re.compile(r"^g\.\d{2,3}$"),
    "welcome": re.compile(r"^w\.\d{2,3}$"),
    "welcome_back": re.compile(r"^wb\.\d{2,3}$"),
}
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SCALARS = yaml.constructor.SafeConstructor()
# libyaml's parser when PyYAML was built with it: about ten times faster to compose.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, located."""

    file: str
    line: int
    reason: str
    fatal: bool = True

    def __str__(self) -> str:
        level = "error" if self.fatal else "warning"
        return f"{self.file}:{self.line}: {level}: {self.reason}"


class ContentError(Exception):
    """The content did not validate; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = next((p for p in problems if p.fatal), problems[0])
        more = len([p for p in problems if p.fatal]) - 1
        suffix = f" (and {more} more)" if more > 0 else ""
        super().__init__(f"{first}{suffix}")


@dataclass(frozen=True)
class Prompt:
    """A reflection prompt."""

    id: str
    theme: str
    use: str
    tags: frozenset[str]
    text: str

    def fits(self, place: str) -> bool:
        """Tell whether the prompt may be used in a 'group' or 'private' place."""
        return self.use in (place, "both")


@dataclass(frozen=True)
class Reframe:
    """A reframing message and the situations, in a member's own words, it answers."""

    id: str
    theme: str
    situations: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Item:
    """A grounding exercise or a greeting: an id and a text."""

    id: str
    text: str


@dataclass(frozen=True)
class Hours:
    """When a line answers: "always", "unknown", or "daily" from `start` to `end` (local)."""

    kind: str
    start: str | None = None
    end: str | None = None

    @property
    def always(self) -> bool:
        """Tell whether the line answers around the clock."""
        return self.kind == "always"


@dataclass(frozen=True)
class Channel:
    """One way to reach a line: call, text, WhatsApp (a number), chat (a web address), email.

    `via` is "mobile" or "landline" for a number that works only from one kind of phone;
    `label` is a proper name shown beside it as written (a mobile network, a city).
    """

    kind: str
    value: str
    hours: Hours
    keyword: str | None = None
    via: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class CrisisLine:
    """One crisis service: what members see (`name`, `reach`, `hours`, `url`) and, for
    maintainers only, where the facts come from (`service` as researched, `languages`,
    `sources`, `confidence`, `checked`, `notes`)."""

    service: str
    name: str
    hours: Hours
    reach: tuple[Channel, ...]
    sources: tuple[str, ...]
    confidence: str
    checked: dt.date
    url: str | None = None
    languages: str | None = None
    notes: str | None = None

    @property
    def around_the_clock(self) -> bool:
        """Tell whether some way to reach the line is open at every hour."""
        return any(c.hours.always for c in self.reach) if self.reach else self.hours.always


@dataclass(frozen=True)
class EmergencyNumber:
    """A number to call in an emergency; `purpose` names its one service, if it has one."""

    number: str
    purpose: str | None = None  # "ambulance" or "police"
    via: str | None = None  # "mobile" when it works only from a mobile phone


@dataclass(frozen=True)
class Country:
    """A country's crisis lines and emergency numbers (its name is `country.<code>` in ui)."""

    code: str
    lines: tuple[CrisisLine, ...]
    emergency: tuple[EmergencyNumber, ...]
    also: tuple[str, ...] = ()  # other codes these lines serve (CH also serves LI)


@dataclass(frozen=True)
class LanguageData:
    """Per-locale word lists: matching aids and banned phrases."""

    stopwords: frozenset[str] = frozenset()
    same: Mapping[str, str] = field(default_factory=dict)
    banned: tuple[str, ...] = ()
    group_banned: tuple[str, ...] = ()
    images: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalePack:
    """Everything one locale says."""

    locale: str
    ui: Mapping[str, str]
    prompts: tuple[Prompt, ...]
    reframes: tuple[Reframe, ...]
    grounding: tuple[Item, ...]
    welcome: tuple[Item, ...]
    welcome_back: tuple[Item, ...]
    language: LanguageData


@dataclass(frozen=True)
class Library:
    """All content, validated; look-ups fall back to English."""

    themes: tuple[str, ...]
    tags: frozenset[str]
    packs: Mapping[str, LocalePack]
    countries: Mapping[str, Country]
    worldwide: tuple[CrisisLine, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def locales(self) -> tuple[str, ...]:
        """Return the locales members may choose (those with a complete interface)."""
        return tuple(sorted(code for code, pack in self.packs.items() if pack.ui))

    def locale_for(self, requested: str | None) -> str:
        """Return the best offered locale for a platform language code such as 'es-MX'."""
        if requested:
            base = requested.replace("_", "-").split("-")[0].lower()
            if base in self.locales:
                return base
        return DEFAULT_LOCALE

    def pack(self, locale: str) -> LocalePack:
        """Return the pack for a locale, English when there is none."""
        return self.packs.get(locale) or self.packs[DEFAULT_LOCALE]

    def text(self, key: str, locale: str, **params: object) -> str:
        """Return an interface string with its {placeholders} filled."""
        template = self.pack(locale).ui.get(key)
        if template is None:
            template = self.packs[DEFAULT_LOCALE].ui[key]
        return template.format(**params) if params else template

    def has_text(self, key: str) -> bool:
        """Tell whether an interface string exists."""
        return key in self.packs[DEFAULT_LOCALE].ui

    def theme_name(self, theme: str, locale: str) -> str:
        """Return a theme's display name."""
        return self.text(f"theme.{theme}", locale)

    def prompts(self, locale: str) -> tuple[Prompt, ...]:
        """Return every prompt in a locale, English where a translation is missing."""
        return _merged(self.packs[DEFAULT_LOCALE].prompts, self.pack(locale).prompts)

    def prompt(self, prompt_id: str, locale: str) -> Prompt | None:
        """Return one prompt by id."""
        return next((p for p in self.prompts(locale) if p.id == prompt_id), None)

    def reframes(self, locale: str) -> tuple[Reframe, ...]:
        """Return every reframe in a locale, English where a translation is missing."""
        return _merged(self.packs[DEFAULT_LOCALE].reframes, self.pack(locale).reframes)

    def grounding(self, locale: str) -> tuple[Item, ...]:
        """Return the grounding exercises of a locale."""
        return _merged(self.packs[DEFAULT_LOCALE].grounding, self.pack(locale).grounding)

    def welcome(self, locale: str, *, back: bool = False) -> tuple[Item, ...]:
        """Return the welcome (or welcome-back) greetings of a locale."""
        en = self.packs[DEFAULT_LOCALE]
        pack = self.pack(locale)
        if back:
            return _merged(en.welcome_back, pack.welcome_back)
        return _merged(en.welcome, pack.welcome)

    def language(self, locale: str) -> LanguageData:
        """Return the word lists of a locale."""
        return self.pack(locale).language

    def country(self, code: str | None) -> Country | None:
        """Return a country's crisis lines by ISO code (or a code its lines also serve)."""
        if not code:
            return None
        wanted = code.upper()
        found = self.countries.get(wanted)
        if found is None:
            found = next((c for c in self.countries.values() if wanted in c.also), None)
        return found

    def country_name(self, country: Country, locale: str) -> str:
        """Return a country's name in a locale."""
        return self.text(f"country.{country.code}", locale)

    def find_country(self, text: str) -> Country | None:
        """Find a country by its ISO code or its name in any language Holdspace speaks."""
        wanted = _fold(text)
        if not wanted:
            return None
        for country in self.countries.values():
            if wanted in (_fold(code) for code in (country.code, *country.also)):
                return country
            for pack in self.packs.values():
                name = _fold(pack.ui.get(f"country.{country.code}", ""))
                if name and wanted in (name, name.split(" (")[0]):
                    return country
        return None


_T = TypeVar("_T", Prompt, Reframe, Item)


def _merged(base: tuple[_T, ...], local: tuple[_T, ...]) -> tuple[_T, ...]:
    if local is base:
        return base
    by_id = {item.id: item for item in local}
    return tuple(by_id.get(item.id, item) for item in base)


def _fold(text: str) -> str:
    """Fold a name for matching: case, accents and dots do not count ("España" = "espana")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace(".", " "))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# --- loading -------------------------------------------------------------------------------


class _Doc:
    """A YAML file turned into Python values, remembering the line each mapping began on."""

    def __init__(
        self, path: Path, root: Path, problems: list[Problem], *, parse: bool = True
    ) -> None:
        self.name = _name(path, root)
        self.problems = problems
        self.lines: dict[int, int] = {}
        self.value: Any = None
        if not parse:
            return
        try:
            node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        except (OSError, UnicodeDecodeError) as exc:
            self.fail(1, f"cannot read: {exc}")
            return
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            self.fail(line, f"not valid YAML: {getattr(exc, 'problem', exc)}")
            return
        if node is not None:
            self.value = self._build(node)

    def _build(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in result:
                    self.fail(key_node.start_mark.line + 1, f"key {key!r} appears twice")
                result[key] = self._build(value_node)
            self.lines[id(result)] = node.start_mark.line + 1
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self._build(child) for child in node.value]
        try:
            return _SCALARS.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError) as exc:  # an impossible date such as 2026-02-30
            self.fail(node.start_mark.line + 1, f"{node.value!r} cannot be read: {exc}")
            return str(node.value)

    def line(self, obj: object) -> int:
        """Return the line a mapping began on (1 when unknown)."""
        return self.lines.get(id(obj), 1)

    def fail(self, line: int, reason: str, *, fatal: bool = True) -> None:
        """Record a problem in this file."""
        self.problems.append(Problem(self.name, line, reason, fatal))

    def entries(self, key: str, *, required: bool = True) -> list[dict[str, Any]]:
        """Return the list of mappings under a top-level key."""
        if self.value is None:
            if required:
                self.fail(1, "the file is empty")
            return []
        if not isinstance(self.value, dict):
            self.fail(1, "the file must be a mapping at the top level")
            return []
        items = self.value.get(key)
        if items is None:
            if required:
                self.fail(1, f"missing top-level key {key!r}")
            return []
        if not isinstance(items, list):
            self.fail(self.line(self.value), f"{key!r} must be a list")
            return []
        good = []
        for item in items:
            if isinstance(item, dict):
                good.append(item)
            else:
                self.fail(self.line(self.value), f"every entry of {key!r} must be a mapping")
        return good


def _text_field(doc: _Doc, entry: dict[str, Any], key: str, bounds: tuple[int, int]) -> str:
    value = entry.get(key)
    where = doc.line(entry)
    if not isinstance(value, str) or not value.strip():
        doc.fail(where, f"{entry.get('id', '?')}: {key!r} must be non-empty text")
        return ""
    text = value.strip()
    low, high = bounds
    if not low <= len(text) <= high:
        doc.fail(
            where,
            f"{entry.get('id', '?')}: {key} is {len(text)} characters; allowed {low}-{high}",
        )
    return text


_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + "¡¿«»“”‘’…–—"})


def _normal(text: str) -> str:
    return " ".join(text.casefold().translate(_PUNCTUATION).split())


def _check_voice(doc: _Doc, entry: dict[str, Any], text: str, phrases: Iterable[str]) -> None:
    padded = f" {_normal(text)} "
    for phrase in phrases:
        if f" {_normal(phrase)} " in padded:
            doc.fail(doc.line(entry), f"{entry.get('id', '?')}: uses the banned phrase {phrase!r}")


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.themes: tuple[str, ...] = ()
        self.tags: frozenset[str] = frozenset()
        self.seen_ids: dict[str, tuple[str, str]] = {}

    def doc(self, path: Path) -> _Doc:
        return _Doc(path, self.root, self.problems)

    def load(self) -> Library:
        if not self.root.is_dir():
            self.problems.append(Problem(str(self.root), 1, "the content folder does not exist"))
            raise ContentError(self.problems)
        self.load_themes()
        locales = sorted(
            p.name for p in self.root.iterdir() if p.is_dir() and re.fullmatch(r"[a-z]{2}", p.name)
        )
        if DEFAULT_LOCALE not in locales:
            self.problems.append(Problem(str(self.root), 1, "there is no English (en) folder"))
            raise ContentError(self.problems)
        english = self.load_pack(DEFAULT_LOCALE, None)
        packs = {DEFAULT_LOCALE: english}
        for locale in locales:
            if locale != DEFAULT_LOCALE:
                packs[locale] = self.load_pack(locale, english)
        self.check_ledger(packs)
        countries, worldwide = self.load_crisis_lines()
        self.check_country_names(english, countries)
        if any(p.fatal for p in self.problems):
            raise ContentError(self.problems)
        return Library(
            themes=self.themes,
            tags=self.tags,
            packs=packs,
            countries=countries,
            worldwide=worldwide,
            problems=tuple(self.problems),
        )

    def load_themes(self) -> None:
        doc = self.doc(self.root / "themes.yaml")
        if not isinstance(doc.value, dict):
            doc.fail(1, "themes.yaml must hold 'themes' and 'tags' lists")
            return
        themes = doc.value.get("themes")
        tags = doc.value.get("tags", [])
        if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
            doc.fail(1, "'themes' must be a list of ids")
            return
        for name, count in Counter(themes).items():
            if count > 1:
                doc.fail(1, f"theme {name!r} is listed twice")
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            doc.fail(1, "'tags' must be a list of ids")
            tags = []
        self.themes = tuple(themes)
        self.tags = frozenset(tags)

    def load_pack(self, locale: str, english: LocalePack | None) -> LocalePack:
        folder = self.root / locale
        ui = self.load_ui(folder / "ui.yaml", english)
        prompts = self.load_prompts(folder / "prompts.yaml", english)
        reframes = self.load_reframes(folder / "reframes.yaml", english)
        grounding = self.load_items(folder / "grounding.yaml", "grounding", "grounding", english)
        welcome = self.load_items(folder / "greetings.yaml", "welcome", "welcome", english)
        welcome_back = self.load_items(
            folder / "greetings.yaml", "welcome_back", "welcome_back", english
        )
        language = self.load_language(folder / "language.yaml", english is None)
        pack = LocalePack(locale, ui, prompts, reframes, grounding, welcome, welcome_back, language)
        self.check_voice(folder, pack)
        self.check_repetition(folder, pack)
        return pack

    def missing(self, path: Path, *, fatal: bool) -> None:
        reason = "required file is missing" if fatal else "missing: English is used instead"
        self.problems.append(Problem(_name(path, self.root), 1, reason, fatal))

    def optional(self, path: Path, english: LocalePack | None) -> bool:
        if path.exists():
            return True
        self.missing(path, fatal=english is None)
        return False

    def load_ui(self, path: Path, english: LocalePack | None) -> Mapping[str, str]:
        if not self.optional(path, english):
            return {}
        doc = self.doc(path)
        if not isinstance(doc.value, dict):
            doc.fail(1, "ui.yaml must be a mapping of key: text")
            return {}
        lines = _key_lines(path)
        ui: dict[str, str] = {}
        for key, value in doc.value.items():
            if not isinstance(value, str) or not value.strip():
                doc.fail(lines.get(key, 1), f"ui string {key!r} must be non-empty text")
                continue
            if len(value) > UI_MAX_LENGTH:
                doc.fail(
                    lines.get(key, 1),
                    f"ui string {key!r} is longer than {UI_MAX_LENGTH} characters",
                )
            if _placeholders(value) is None:
                doc.fail(
                    lines.get(key, 1),
                    f"ui string {key!r} has a brace that does not pair up"
                    " (a {placeholder} needs both; write {{ or }} for a brace itself)",
                )
            ui[key] = value.strip()
        if english is not None:
            for key, text in english.ui.items():
                if key not in ui:
                    doc.fail(1, f"ui string {key!r} has no translation")
                elif _placeholders(ui[key]) != _placeholders(text):
                    doc.fail(
                        lines.get(key, 1), f"ui string {key!r} must use the placeholders of English"
                    )
            for key in ui:
                if key not in english.ui:
                    doc.fail(lines.get(key, 1), f"ui string {key!r} does not exist in English")
        else:
            for theme in self.themes:
                if f"theme.{theme}" not in ui:
                    doc.fail(1, f"theme {theme!r} has no display name 'theme.{theme}'")
        return ui

    def check_id(self, doc: _Doc, entry: dict[str, Any], kind: str) -> str | None:
        ident = entry.get("id")
        if not isinstance(ident, str) or not _ID_PATTERNS[kind].match(ident):
            doc.fail(doc.line(entry), f"{ident!r} is not a valid {kind} id")
            return None
        return ident

    def walk(
        self,
        doc: _Doc,
        key: str,
        kind: str,
        bounds: tuple[int, int],
        base: Mapping[str, object] | None,
    ) -> Iterator[tuple[dict[str, Any], str, str]]:
        """Yield each well-formed entry with its id and text, reporting the others.

        `base` holds the English items when loading a translation (None for English), so
        that unknown ids are refused and missing ones listed.
        """
        seen: set[str] = set()
        texts: dict[str, str] = {}
        for entry in doc.entries(key):
            ident = self.check_id(doc, entry, kind)
            text = _text_field(doc, entry, "text", bounds)
            if ident is None:
                continue
            if ident in seen:
                doc.fail(doc.line(entry), f"{ident}: id appears twice")
                continue
            seen.add(ident)
            self.check_duplicate_text(doc, entry, texts, ident, text)
            if base is not None and ident not in base:
                doc.fail(doc.line(entry), f"{ident}: not an English {kind} id")
                continue
            yield entry, ident, text
        if base is not None:
            self.list_missing(doc, base, seen, kind)

    def check_theme(self, doc: _Doc, entry: dict[str, Any], ident: str) -> str:
        theme = entry.get("theme")
        if theme not in self.themes:
            doc.fail(doc.line(entry), f"{ident}: unknown theme {theme!r}")
        elif ident.split(".")[1] != theme:
            doc.fail(doc.line(entry), f"{ident}: the id must name its theme {theme!r}")
        return str(theme)

    def load_prompts(self, path: Path, english: LocalePack | None) -> tuple[Prompt, ...]:
        if not self.optional(path, english):
            return ()
        doc = self.doc(path)
        base = {p.id: p for p in english.prompts} if english else None
        result: list[Prompt] = []
        for entry, ident, text in self.walk(doc, "prompts", "prompt", PROMPT_LENGTH, base):
            if base is not None:
                source = base[ident]
                result.append(Prompt(ident, source.theme, source.use, source.tags, text))
                continue
            theme = self.check_theme(doc, entry, ident)
            use = entry.get("use")
            tags = entry.get("tags") or []
            if use not in PROMPT_USES:
                doc.fail(doc.line(entry), f"{ident}: use must be one of {PROMPT_USES}")
            if not isinstance(tags, list) or not all(
                isinstance(t, str) and t in self.tags for t in tags
            ):
                doc.fail(doc.line(entry), f"{ident}: unknown tags {tags!r}")
                tags = []
            result.append(Prompt(ident, theme, str(use), frozenset(tags), text))
        return tuple(result)

    def load_reframes(self, path: Path, english: LocalePack | None) -> tuple[Reframe, ...]:
        if not self.optional(path, english):
            return ()
        doc = self.doc(path)
        base = {r.id: r for r in english.reframes} if english else None
        result: list[Reframe] = []
        for entry, ident, text in self.walk(doc, "reframes", "reframe", REFRAME_LENGTH, base):
            raw = entry.get("situations")
            if not isinstance(raw, list) or not raw:
                doc.fail(doc.line(entry), f"{ident}: situations must be a non-empty list")
                raw = []
            situations = tuple(str(s).strip() for s in raw if str(s).strip())
            theme = base[ident].theme if base is not None else self.check_theme(doc, entry, ident)
            result.append(Reframe(ident, theme, situations, text))
        return tuple(result)

    def load_items(
        self, path: Path, key: str, kind: str, english: LocalePack | None
    ) -> tuple[Item, ...]:
        if not path.exists():
            if key in ("grounding", "welcome"):
                self.optional(path, english)
            return ()
        doc = self.doc(path)
        bounds = GROUNDING_LENGTH if kind == "grounding" else GREETING_LENGTH
        base = {i.id: i for i in getattr(english, key)} if english else None
        return tuple(
            Item(ident, text) for _, ident, text in self.walk(doc, key, kind, bounds, base)
        )

    def check_duplicate_text(
        self, doc: _Doc, entry: dict[str, Any], texts: dict[str, str], ident: str, text: str
    ) -> None:
        folded = _normal(text)
        if folded and folded in texts:
            doc.fail(doc.line(entry), f"{ident}: the same text as {texts[folded]}")
        texts[folded] = ident

    def list_missing(
        self, doc: _Doc, base: Mapping[str, object], seen: set[str], kind: str
    ) -> None:
        missing = sorted(set(base) - seen)
        if missing:
            shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
            doc.fail(
                1,
                f"{len(missing)} {kind} translation(s) missing, English is used: {shown}",
                fatal=False,
            )

    def load_language(self, path: Path, required: bool) -> LanguageData:
        if not path.exists():
            if required:
                self.missing(path, fatal=True)
            return LanguageData()
        doc = self.doc(path)
        data = doc.value if isinstance(doc.value, dict) else {}
        if doc.value is not None and not isinstance(doc.value, dict):
            doc.fail(1, "language.yaml must be a mapping of word lists")

        def words(key: str) -> list[str]:
            value = data.get(key, [])
            if isinstance(value, str):
                return value.split()
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                doc.fail(1, f"{key!r} must be a list of strings")
                return []
            return value

        same: dict[str, str] = {}
        groups = data.get("same", [])
        if not isinstance(groups, list):
            doc.fail(1, "'same' must be a list of word lists")
            groups = []
        for group in groups:
            if not isinstance(group, list) or not group:
                doc.fail(1, "'same' must be a list of word lists")
                continue
            head = _normal(str(group[0]))
            for word in group:
                same[_normal(str(word))] = head
        return LanguageData(
            stopwords=frozenset(_normal(w) for w in words("stopwords")),
            same=same,
            banned=tuple(words("banned")),
            group_banned=tuple(words("group_banned")),
            images=tuple(image for image in words("images") if self.check_image(doc, path, image)),
        )

    def check_voice(self, folder: Path, pack: LocalePack) -> None:
        banned = pack.language.banned
        if not banned:
            return
        ui_path = folder / "ui.yaml"
        if pack.ui and ui_path.exists():  # interface strings are read by members too
            doc = _Doc(ui_path, self.root, self.problems, parse=False)
            lines = _key_lines(ui_path)
            for key, text in pack.ui.items():
                entry = {"id": key}
                doc.lines[id(entry)] = lines.get(key, 1)
                _check_voice(doc, entry, text, banned)
        for name, items in (
            ("prompts.yaml", pack.prompts),
            ("reframes.yaml", pack.reframes),
            ("grounding.yaml", pack.grounding),
            ("greetings.yaml", pack.welcome + pack.welcome_back),
        ):
            path = folder / name
            if not path.exists():
                continue
            doc = _Doc(path, self.root, self.problems, parse=False)
            lines = _id_lines(path)
            for item in items:
                entry = {"id": item.id}
                doc.lines[id(entry)] = lines.get(item.id, 1)
                _check_voice(doc, entry, item.text, banned)
                if isinstance(item, Prompt) and item.use in ("group", "both"):
                    _check_voice(doc, entry, item.text, pack.language.group_banned)

    def check_image(self, doc: _Doc, path: Path, image: str) -> bool:
        if _image_pattern(image) is None:
            doc.fail(
                _key_lines(path).get("images", 1),
                f"images: {image!r} is not a word or phrase (a * may stand at either end)",
            )
            return False
        return True

    def check_repetition(self, folder: Path, pack: LocalePack) -> None:
        """Warn about near-duplicate prompts or reframes, and about images used too often."""
        self.check_near_duplicates(folder, pack)
        self.check_images(folder, pack)

    def check_near_duplicates(self, folder: Path, pack: LocalePack) -> None:
        kinds: tuple[tuple[str, Sequence[Prompt | Reframe]], ...] = (
            ("prompts.yaml", pack.prompts),
            ("reframes.yaml", pack.reframes),
        )
        stems = {item.id: _stems(item.text, pack.language) for _, items in kinds for item in items}
        counts = Counter(stem for found in stems.values() for stem in found)
        common = {stem for stem, n in counts.items() if n > COMMON_WORD_SHARE * len(stems)}
        for name, items in kinds:
            path = folder / name
            lines = _id_lines(path)
            words = [(item.id, stems[item.id] - common) for item in items]
            for later, (ident, mine) in enumerate(words):
                for other, theirs in words[:later]:
                    shared = len(mine & theirs)
                    if shared < NEAR_DUPLICATE_MIN_SHARED:
                        continue
                    share = shared / len(mine | theirs)
                    if share >= NEAR_DUPLICATE:
                        self.problems.append(
                            Problem(
                                _name(path, self.root),
                                lines.get(ident, 1),
                                f"{ident}: a near-duplicate of {other} ({share:.0%} of their"
                                " words are the same): give one of them another idea or"
                                " other words",
                                fatal=False,
                            )
                        )

    def check_images(self, folder: Path, pack: LocalePack) -> None:
        items: list[Prompt | Reframe | Item] = [
            *pack.prompts,
            *pack.reframes,
            *pack.grounding,
            *pack.welcome,
            *pack.welcome_back,
        ]
        texts = [(item.id, _normal(item.text)) for item in items]
        path = folder / "language.yaml"
        for image in pack.language.images:
            pattern = _image_pattern(image)
            if pattern is None:  # reported when language.yaml was read
                continue
            core = _normal(image.strip("*"))  # a quick look first: most texts lack the image
            found = [ident for ident, text in texts if core in text and pattern.search(text)]
            if len(found) > IMAGE_MAX_ITEMS:
                shown = ", ".join(found[:6]) + (" …" if len(found) > 6 else "")
                self.problems.append(
                    Problem(
                        _name(path, self.root),
                        _key_lines(path).get("images", 1),
                        f"images: {image!r} is in {len(found)} items, more than"
                        f" {IMAGE_MAX_ITEMS} ({shown}): vary it where it is not needed",
                        fatal=False,
                    )
                )

    def check_ledger(self, packs: Mapping[str, LocalePack]) -> None:
        path = self.root / "ids.tsv"
        current = ledger_rows(packs[DEFAULT_LOCALE])
        if not path.exists():
            self.problems.append(
                Problem(_name(path, self.root), 1, "missing: run 'holdspace content record'")
            )
            return
        recorded: dict[str, tuple[str, str, str, int]] = {}
        try:
            rows = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(Problem(_name(path, self.root), 1, f"cannot read: {exc}"))
            return
        for number, line in enumerate(rows, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != 4:
                self.problems.append(
                    Problem(_name(path, self.root), number, "a row needs 4 tab-separated cells")
                )
                continue
            recorded[cells[0]] = (cells[1], cells[2], cells[3], number)
        name = _name(path, self.root)
        for ident, (kind, theme) in current.items():
            if ident not in recorded:
                self.problems.append(
                    Problem(name, 1, f"{ident} is new: run 'holdspace content record' to add it")
                )
                continue
            old_kind, old_theme, status, number = recorded[ident]
            if status == "retired":
                self.problems.append(
                    Problem(name, number, f"{ident} was retired and may not be used again")
                )
            elif (old_kind, old_theme) != (kind, theme):
                self.problems.append(
                    Problem(
                        name,
                        number,
                        f"{ident} changed meaning (was {old_kind}/{old_theme}, now {kind}/{theme}):"
                        " give the new text a new id",
                    )
                )
        for ident, (_, _, status, number) in recorded.items():
            if status == "active" and ident not in current:
                self.problems.append(
                    Problem(
                        name,
                        number,
                        f"{ident} disappeared: mark it 'retired' in the ledger"
                        " (ids are never reused)",
                    )
                )

    def load_crisis_lines(self) -> tuple[dict[str, Country], tuple[CrisisLine, ...]]:
        path = self.root / "crisis_lines.yaml"
        if not path.exists():
            self.missing(path, fatal=True)
            return {}, ()
        doc = self.doc(path)
        countries: dict[str, Country] = {}
        served: dict[str, str] = {}
        for entry in doc.entries("countries"):
            code = entry.get("country")
            where = doc.line(entry)
            if not isinstance(code, str) or not _COUNTRY.match(code):
                doc.fail(where, f"{code!r} is not an ISO 3166 two-letter country code")
                continue
            if code in countries or code in served:
                doc.fail(where, f"country {code} appears twice")
                continue
            also = self.also(doc, entry, code, countries, served)
            raw_lines = entry.get("lines")
            if not isinstance(raw_lines, list) or not raw_lines:
                doc.fail(where, f"{code}: needs at least one line")
                continue
            lines = tuple(
                line for raw in raw_lines if (line := self.crisis_line(doc, raw, code)) is not None
            )
            emergency = self.emergency(doc, entry, code)
            countries[code] = Country(code, lines, emergency, also)
            served.update(dict.fromkeys(also, code))
        worldwide = tuple(
            line
            for raw in doc.entries("worldwide")
            if (line := self.crisis_line(doc, raw, "worldwide")) is not None
        )
        if not worldwide:
            doc.fail(1, "the worldwide fallback directory is missing")
        return countries, worldwide

    def also(
        self,
        doc: _Doc,
        entry: dict[str, Any],
        code: str,
        countries: Mapping[str, Country],
        served: Mapping[str, str],
    ) -> tuple[str, ...]:
        raw = entry.get("also", [])
        if not isinstance(raw, list) or not all(
            isinstance(c, str) and _COUNTRY.match(c) for c in raw
        ):
            doc.fail(doc.line(entry), f"{code}: 'also' must list two-letter country codes")
            return ()
        for other in raw:
            if other in countries or other in served or other == code:
                doc.fail(doc.line(entry), f"country {other} appears twice")
        return tuple(raw)

    def emergency(self, doc: _Doc, entry: dict[str, Any], code: str) -> tuple[EmergencyNumber, ...]:
        """Read a country's emergency numbers: every country needs them (in an emergency
        they come first, and they cover the hours no line is open)."""
        where = doc.line(entry)
        raw = entry.get("emergency")
        if not isinstance(raw, list) or not raw:
            doc.fail(where, f"{code}: needs its emergency number(s) under 'emergency'")
            return ()
        numbers = []
        for item in raw:
            if not isinstance(item, dict):
                doc.fail(where, f"{code}: every emergency number must be a mapping")
                continue
            at = doc.line(item)
            for key in sorted(set(item) - _EMERGENCY_KEYS):
                doc.fail(at, f"{code}: emergency: unknown field {key!r}")
            number = item.get("number")
            purpose = item.get("for")
            via = item.get("from")
            if not isinstance(number, str) or not _NUMBER.match(number):
                doc.fail(at, f"{code}: emergency: {number!r} is not a phone number (quote it)")
                continue
            if purpose is not None and purpose not in EMERGENCY_FOR:
                doc.fail(at, f"{code}: emergency {number}: 'for' must be one of {EMERGENCY_FOR}")
                purpose = None
            if via is not None and via not in FROM:
                doc.fail(at, f"{code}: emergency {number}: 'from' must be one of {FROM}")
                via = None
            numbers.append(EmergencyNumber(number, purpose, via))
        return tuple(numbers)

    def hours(self, doc: _Doc, raw: object, where: int, owner: str) -> Hours | None:
        if raw == "always":
            return Hours("always")
        if raw == "unknown":
            return Hours("unknown")
        match = _HOURS.match(raw) if isinstance(raw, str) else None
        if match is None:
            doc.fail(
                where,
                f"{owner}: hours must be 'always', 'unknown' or a daily time span like"
                f" '09:00-24:00', not {raw!r}",
            )
            return None
        return Hours("daily", match["start"], match["end"])

    def channel(
        self, doc: _Doc, raw: object, where: int, owner: str, default: Hours
    ) -> Channel | None:
        if not isinstance(raw, dict):
            doc.fail(where, f"{owner}: every way to reach it must be a mapping")
            return None
        at = doc.line(raw)
        for key in sorted(set(raw) - _CHANNEL_KEYS):
            doc.fail(at, f"{owner}: unknown field {key!r} in a way to reach it")
        kinds = [k for k in CHANNELS if k in raw]
        if len(kinds) != 1:
            doc.fail(at, f"{owner}: each way to reach it needs exactly one of {CHANNELS}")
            return None
        kind = kinds[0]
        value = raw[kind]
        ok = isinstance(value, str)
        if kind == "chat":
            ok = ok and markup.is_link_target(value) and not value.startswith("tel:")
            wanted = "a web address (https://…)"
        elif kind == "email":
            ok = ok and _EMAIL.match(value) is not None
            wanted = "an e-mail address"
        else:
            ok = ok and _NUMBER.match(value) is not None
            wanted = "a phone number, quoted"
        if not ok:
            doc.fail(at, f"{owner}: {kind}: {value!r} is not {wanted}")
            return None
        keyword = raw.get("keyword")
        if keyword is not None and (kind != "text" or not isinstance(keyword, str)):
            doc.fail(at, f"{owner}: a keyword belongs to a 'text' way only, as text")
            keyword = None
        via = raw.get("from")
        if via is not None and via not in FROM:
            doc.fail(at, f"{owner}: {kind} {value}: 'from' must be one of {FROM}")
            via = None
        label = raw.get("label")
        if label is not None and not isinstance(label, str):
            doc.fail(at, f"{owner}: {kind} {value}: 'label' must be text")
            label = None
        hours = default
        if "hours" in raw:
            hours = self.hours(doc, raw["hours"], at, f"{owner}: {kind} {value}") or default
        return Channel(kind, str(value), hours, keyword, via, label)

    def crisis_line(self, doc: _Doc, raw: object, owner: str) -> CrisisLine | None:
        if not isinstance(raw, dict):
            doc.fail(1, f"{owner}: every line must be a mapping")
            return None
        where = doc.line(raw)
        service = raw.get("service")
        name = raw.get("name", service)
        sources = raw.get("sources")
        checked = raw.get("checked")
        confidence = raw.get("confidence")
        url = raw.get("url")
        ok = True
        if not isinstance(service, str) or not service.strip():
            doc.fail(where, f"{owner}: a line needs a service name")
            ok = False
        label = f"{owner}: {service}"
        for key in sorted(set(raw) - _LINE_KEYS):
            doc.fail(where, f"{label}: unknown field {key!r}")
            ok = False
        if not isinstance(name, str) or not name.strip():
            doc.fail(where, f"{label}: 'name' (what members see) must be text")
            ok = False
        if not isinstance(sources, list) or not sources:
            doc.fail(where, f"{label}: needs its sources")
            ok = False
        if not isinstance(checked, dt.date):
            doc.fail(where, f"{label}: needs the date it was checked (YYYY-MM-DD)")
            ok = False
        if confidence not in CONFIDENCE:
            doc.fail(where, f"{label}: confidence must be one of {CONFIDENCE}")
            ok = False
        if "hours" not in raw:
            doc.fail(where, f"{label}: needs its hours")
            ok = False
        hours = self.hours(doc, raw.get("hours"), where, label) if "hours" in raw else None
        if url is not None and (
            not isinstance(url, str) or not markup.is_link_target(url) or url.startswith("tel:")
        ):
            doc.fail(where, f"{label}: url {url!r} is not a web address (https://…)")
            ok = False
        reach_raw = raw.get("reach", [])
        if not isinstance(reach_raw, list):
            doc.fail(where, f"{label}: 'reach' must be a list of ways to reach it")
            reach_raw = []
        reach = tuple(
            channel
            for item in reach_raw
            if (channel := self.channel(doc, item, where, label, hours or Hours("unknown")))
            is not None
        )
        if not reach_raw and not url:
            doc.fail(where, f"{label}: needs a way to reach it ('reach') or a url")
            ok = False
        if not ok or hours is None:
            return None

        def opt(key: str) -> str | None:
            value = raw.get(key)
            return str(value).strip() if value else None

        return CrisisLine(
            service=str(service).strip(),
            name=str(name).strip(),
            hours=hours,
            reach=reach,
            sources=tuple(str(s) for s in sources or ()),
            confidence=str(confidence),
            checked=checked if isinstance(checked, dt.date) else dt.date.min,
            url=opt("url"),
            languages=opt("languages"),
            notes=opt("notes"),
        )

    def check_country_names(self, english: LocalePack, countries: Mapping[str, Country]) -> None:
        """Every country with lines needs its name in English's ui.yaml (`country.GB`)."""
        for code in countries:
            if f"country.{code}" not in english.ui:
                self.problems.append(
                    Problem(
                        _name(self.root / DEFAULT_LOCALE / "ui.yaml", self.root),
                        1,
                        f"country {code} has no display name 'country.{code}'",
                    )
                )


def _name(path: Path, root: Path) -> str:
    """Name a content file relative to the folder above `content/`, as people see it."""
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _id_lines(path: Path) -> dict[str, int]:
    return _first_lines(path, re.compile(r"^\s*-?\s*id:\s*['\"]?([\w.]+)"))


def _key_lines(path: Path) -> dict[str, int]:
    return _first_lines(path, re.compile(r"^['\"]?([\w.]+)['\"]?\s*:"))


def _first_lines(path: Path, pattern: re.Pattern[str]) -> dict[str, int]:
    """Return the line each name first appears on (for locating problems only)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:  # reported when the file was read
        return {}
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.match(line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _stems(text: str, language: LanguageData) -> frozenset[str]:
    """Return the words of a text as the near-duplicate check compares them."""
    words = (w for w in _normal(text).split() if len(w) >= 3 and w not in language.stopwords)
    return frozenset(language.same.get(w, w)[:STEM] for w in words)


def _image_pattern(image: str) -> re.Pattern[str] | None:
    """Compile an `images` entry: a word or phrase; a * before or after stands for any letters."""
    core = _normal(image.strip("*"))
    if not core:
        return None
    head = r"\w*" if image.startswith("*") else ""
    tail = r"\w*" if image.endswith("*") else ""
    return re.compile(rf"\b{head}{re.escape(core)}{tail}\b")


def _placeholders(text: str) -> set[str] | None:
    """Return the {names} a string is filled with; None when its braces do not pair up."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return None


def ledger_rows(english: LocalePack) -> dict[str, tuple[str, str]]:
    """Return every English id with its kind and theme, as the ledger records them."""
    rows: dict[str, tuple[str, str]] = {}
    for p in english.prompts:
        rows[p.id] = ("prompt", p.theme)
    for r in english.reframes:
        rows[r.id] = ("reframe", r.theme)
    for kind, items in (
        ("grounding", english.grounding),
        ("welcome", english.welcome),
        ("welcome_back", english.welcome_back),
    ):
        for item in items:
            rows[item.id] = (kind, "-")
    return rows


def default_content_dir() -> Path:
    """Return the content folder that ships beside the code."""
    return Path(__file__).resolve().parent.parent / "content"


def load_library(root: Path | None = None) -> Library:
    """Load and validate all content; raise ContentError listing every problem."""
    return _Loader(root or default_content_dir()).load()


def check_library(root: Path | None = None) -> list[Problem]:
    """Validate all content and return every problem, fatal or not."""
    loader = _Loader(root or default_content_dir())
    with contextlib.suppress(ContentError):
        loader.load()
    return loader.problems


def record_ids(root: Path | None = None) -> list[str]:
    """Add new English ids to the ledger (content/ids.tsv); return the ids added."""
    root = root or default_content_dir()
    loader = _Loader(root)
    loader.load_themes()
    english = loader.load_pack(DEFAULT_LOCALE, None)
    path = root / "ids.tsv"
    existing = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else (
            "# The ledger of content ids: id, kind, theme, status (active or retired).\n"
            "# An id is never reused; a retired id stays here for good.\n"
        )
    )
    known = {line.split("\t")[0] for line in existing.splitlines() if "\t" in line}
    added = [ident for ident in ledger_rows(english) if ident not in known]
    rows = ledger_rows(english)
    if added:
        if not existing.endswith("\n"):
            existing += "\n"
        existing += "".join(f"{i}\t{rows[i][0]}\t{rows[i][1]}\tactive\n" for i in added)
        path.write_text(existing, encoding="utf-8")
    return added


def stats(library: Library) -> dict[str, Any]:
    """Count the content per locale, kind and theme."""
    result: dict[str, Any] = {"themes": list(library.themes), "locales": {}}
    english = library.packs[DEFAULT_LOCALE]
    for code, pack in sorted(library.packs.items()):
        prompt_themes = Counter(p.theme for p in pack.prompts)
        reframe_themes = Counter(r.theme for r in pack.reframes)
        result["locales"][code] = {
            "ui": len(pack.ui),
            "prompts": len(pack.prompts),
            "prompts_by_use": dict(Counter(p.use for p in pack.prompts)),
            "prompts_by_tag": dict(Counter(t for p in pack.prompts for t in sorted(p.tags))),
            "prompts_by_theme": {t: prompt_themes.get(t, 0) for t in library.themes},
            # what a group rotates through on ordinary days: one a day, no repeat until done
            "group_days": sum(1 for p in pack.prompts if p.fits("group") and not p.tags),
            "reframes": len(pack.reframes),
            "reframes_by_theme": {t: reframe_themes.get(t, 0) for t in library.themes},
            "situations": sum(len(r.situations) for r in pack.reframes),
            "grounding": len(pack.grounding),
            "welcome": len(pack.welcome),
            "welcome_back": len(pack.welcome_back),
            "missing_translations": (
                0
                if pack is english
                else len(set(ledger_rows(english)) - set(ledger_rows_any(pack)))
                + len(set(english.ui) - set(pack.ui))
            ),
        }
    result["crisis_countries"] = len(library.countries)
    result["crisis_lines"] = sum(len(c.lines) for c in library.countries.values())
    result["worldwide_directories"] = len(library.worldwide)
    return result


def ledger_rows_any(pack: LocalePack) -> set[str]:
    """Return every id a locale pack carries."""
    items: list[Any] = [*pack.prompts, *pack.reframes, *pack.grounding]
    items += [*pack.welcome, *pack.welcome_back]
    return {item.id for item in items}
