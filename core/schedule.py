"""Schedule rules: parse times, zones, cadences and quiet hours; compute the next due instant.

Pure and platform-neutral: no I/O beyond reading the bundled time-zone data, no sentences for
people. Bad input raises a `ScheduleError` subclass whose `code` the caller turns into words
from the content files.

DST rules, as `next_due` implements them:

- A slot inside a spring-forward gap fires once, at the instant the slot names when read with
  the offset in force *before* the transition (``fold=0``). On the wall clock that is the slot
  plus the length of the gap: New York 02:30 on 2026-03-08 fires at 07:30 UTC (03:30 EDT);
  London 01:30 on 2026-03-29 fires at 01:30 UTC (02:30 BST).
- A slot inside a fall-back repeated hour fires once, at its first occurrence (``fold=0``, the
  summer-time reading): New York 01:30 on 2026-11-01 fires at 05:30 UTC (01:30 EDT), London
  01:30 on 2026-10-25 at 00:30 UTC (01:30 BST).
- Every other slot fires at exactly that wall time. So each allowed local date gets exactly one
  firing; a date the zone skipped entirely (Pacific/Apia, 2011-12-30) gets none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from core.model import Group, Subscription

__all__ = [
    "DAILY",
    "Cadence",
    "InvalidCadence",
    "InvalidDuration",
    "InvalidTime",
    "InvalidZone",
    "QuietHours",
    "ScheduleError",
    "end_of_local_day",
    "format_time",
    "local_date",
    "next_due",
    "parse_cadence",
    "parse_days",
    "parse_quiet_hours",
    "parse_time",
    "resolve_zone",
    "slot_key",
    "zone_examples",
]

# Longer input is not a time, a zone or a cadence; refusing it early keeps the work bounded.
_MAX_INPUT = 100


class ScheduleError(ValueError):
    """Input the schedule rules cannot accept; `code` names the reason for the caller."""

    code: ClassVar[str] = "schedule_error"

    def __init__(self, detail: str = "") -> None:
        # The detail is for developers; never put what a member typed in it (it may be logged).
        super().__init__(f"{self.code}: {detail}" if detail else self.code)


class InvalidTime(ScheduleError):
    """A time of day (or a quiet-hours range) that cannot be read."""

    code: ClassVar[str] = "invalid_time"


class InvalidZone(ScheduleError):
    """A time zone that cannot be resolved to an IANA key."""

    code: ClassVar[str] = "invalid_zone"


class InvalidCadence(ScheduleError):
    """A cadence (which days to deliver on) that cannot be read."""

    code: ClassVar[str] = "invalid_cadence"


class InvalidDuration(ScheduleError):
    """A number of days (a pause, how long to keep something) that cannot be read."""

    code: ClassVar[str] = "invalid_duration"


# --- times of day --------------------------------------------------------------------------

_CLOCK = re.compile(
    r"(?P<hour>[0-9]{1,2})(?:[:.](?P<minute>[0-9]{2}))?\s*(?:(?P<half>[ap])\.?\s*m\.?)?",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})")


@functools.lru_cache(maxsize=4096)  # a tick reads the same few slots thousands of times
def parse_time(text: str) -> dt.time:
    """Read a time of day such as "07:30", "7.30pm", "7 am" or "0730"."""
    cleaned = text.strip()
    if len(cleaned) > _MAX_INPUT:
        raise InvalidTime("too long")
    match = _CLOCK.fullmatch(cleaned) or _FOUR_DIGITS.fullmatch(cleaned)
    if match is None:
        raise InvalidTime("not a time")
    hour = int(match["hour"])
    minute = int(match["minute"]) if match["minute"] else 0
    half = match.groupdict().get("half")
    if half is None and match["minute"] is None:
        raise InvalidTime("a bare number is ambiguous")  # "7": morning or evening?
    if minute > 59:
        raise InvalidTime("minute out of range")
    if half is None:
        if hour > 23:
            raise InvalidTime("hour out of range")
        return dt.time(hour, minute)
    if not 1 <= hour <= 12:
        raise InvalidTime("hour out of range for am/pm")
    hour %= 12
    if half.lower() == "p":
        hour += 12
    return dt.time(hour, minute)


def format_time(t: dt.time) -> str:
    """Write a time of day as 24-hour "HH:MM"."""
    return f"{t.hour:02d}:{t.minute:02d}"


# --- time zones ----------------------------------------------------------------------------

# Areas whose zones are named after a place; "Etc/", legacy "US/" and the like are not.
_AREAS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
_UTC_TARGETS = frozenset({"Etc/UTC", "Etc/GMT"})

# Common names that are not the city part of any zone. Candidates are tried in order (the tz
# database renamed some zones, e.g. Europe/Kiev → Europe/Kyiv in 2022).
_ALIASES: dict[str, tuple[str, ...]] = {
    "uk": ("Europe/London",),
    "united kingdom": ("Europe/London",),
    "britain": ("Europe/London",),
    "great britain": ("Europe/London",),
    "england": ("Europe/London",),
    "scotland": ("Europe/London",),
    "wales": ("Europe/London",),
    "northern ireland": ("Europe/London",),
    "ireland": ("Europe/Dublin",),
    "germany": ("Europe/Berlin",),
    "spain": ("Europe/Madrid",),
    "france": ("Europe/Paris",),
    "italy": ("Europe/Rome",),
    "netherlands": ("Europe/Amsterdam",),
    "the netherlands": ("Europe/Amsterdam",),
    "holland": ("Europe/Amsterdam",),
    "belgium": ("Europe/Brussels",),
    "switzerland": ("Europe/Zurich",),
    "austria": ("Europe/Vienna",),
    "poland": ("Europe/Warsaw",),
    "czechia": ("Europe/Prague",),
    "czech republic": ("Europe/Prague",),
    "sweden": ("Europe/Stockholm",),
    "norway": ("Europe/Oslo",),
    "denmark": ("Europe/Copenhagen",),
    "finland": ("Europe/Helsinki",),
    "greece": ("Europe/Athens",),
    "portugal": ("Europe/Lisbon",),
    "ukraine": ("Europe/Kyiv", "Europe/Kiev"),
    "kyiv": ("Europe/Kyiv", "Europe/Kiev"),
    "kiev": ("Europe/Kyiv", "Europe/Kiev"),
    "japan": ("Asia/Tokyo",),
    "korea": ("Asia/Seoul",),
    "south korea": ("Asia/Seoul",),
    "china": ("Asia/Shanghai",),
    "beijing": ("Asia/Shanghai",),
    "singapore": ("Asia/Singapore",),
    "israel": ("Asia/Jerusalem",),
    "tel aviv": ("Asia/Jerusalem",),
    "india": ("Asia/Kolkata", "Asia/Calcutta"),
    "bombay": ("Asia/Kolkata", "Asia/Calcutta"),
    "mumbai": ("Asia/Kolkata", "Asia/Calcutta"),
    "delhi": ("Asia/Kolkata", "Asia/Calcutta"),
    "new delhi": ("Asia/Kolkata", "Asia/Calcutta"),
    "bangalore": ("Asia/Kolkata", "Asia/Calcutta"),
    "bengaluru": ("Asia/Kolkata", "Asia/Calcutta"),
    "chennai": ("Asia/Kolkata", "Asia/Calcutta"),
    "calcutta": ("Asia/Kolkata", "Asia/Calcutta"),
    "new zealand": ("Pacific/Auckland",),
    "wellington": ("Pacific/Auckland",),
    "philippines": ("Asia/Manila",),
    "malaysia": ("Asia/Kuala_Lumpur",),
    "taiwan": ("Asia/Taipei",),
    "turkey": ("Europe/Istanbul",),
    "turkiye": ("Europe/Istanbul",),
    "south africa": ("Africa/Johannesburg",),
    "cape town": ("Africa/Johannesburg",),
    "washington": ("America/New_York",),
    "washington dc": ("America/New_York",),
    "boston": ("America/New_York",),
    "philadelphia": ("America/New_York",),
    "atlanta": ("America/New_York",),
    "miami": ("America/New_York",),
    "san francisco": ("America/Los_Angeles",),
    "seattle": ("America/Los_Angeles",),
    "houston": ("America/Chicago",),
    "dallas": ("America/Chicago",),
    "montreal": ("America/Toronto",),
    "ottawa": ("America/Toronto",),
    "rio de janeiro": ("America/Sao_Paulo",),
    "rio": ("America/Sao_Paulo",),
}

_EXAMPLES = ("Europe/London", "America/New_York", "Berlin")


@dataclass(frozen=True)
class _ZoneIndex:
    keys: dict[str, str]  # casefolded IANA key → key as the database spells it
    aliases: dict[str, str]  # folded friendly name → canonical key


def _fold(text: str) -> str:
    """Fold a place name for matching: no case, no accents, "_" and "-" as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[.'’()]", "", plain)
    return " ".join(re.split(r"[\s_\-]+", plain)).strip()


def _read_tzdata(name: str) -> str | None:
    try:
        return resources.files("tzdata").joinpath(name).read_text(encoding="utf-8")
    except (ImportError, OSError):
        return None


def _tab_rows(text: str | None) -> list[list[str]]:
    if text is None:
        return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _build_index() -> _ZoneIndex:
    """Build the lookup tables from the tzdata package (or the system list without it)."""
    listing = _read_tzdata("zones")
    all_keys = set(listing.split()) if listing else set(available_timezones())
    zi = _read_tzdata("zoneinfo/tzdata.zi") or ""
    links = {
        parts[2]: parts[1]
        for parts in (line.split() for line in zi.splitlines() if line.startswith("L "))
        if len(parts) == 3
    }
    tab = _tab_rows(_read_tzdata("zoneinfo/zone.tab"))
    located = [row[2] for row in tab if len(row) >= 3 and row[2] in all_keys]
    if not located:  # no zone.tab: every key in a place-named area stands for itself
        located = sorted(k for k in all_keys if k.split("/")[0] in _AREAS and k not in links)
    located_set = set(located)

    def canonical(key: str) -> str:
        # Keep zone.tab's per-country keys (Europe/Amsterdam) even where they are links;
        # follow legacy links (US/Eastern, Asia/Calcutta, Europe/Kiev) to their target.
        target = key
        for _ in range(4):
            if target in located_set or target not in links:
                break
            target = links[target]
        return "UTC" if target in _UTC_TARGETS else target

    keys = {k.casefold(): canonical(k) for k in all_keys}
    aliases: dict[str, str] = {}

    def add(name: str, key: str) -> None:
        aliases.setdefault(_fold(name), key)

    for name, candidates in _ALIASES.items():
        found = next((c for c in candidates if c in all_keys), None)
        if found is not None:
            add(name, canonical(found))
    for key in located:  # city parts of real places win over legacy spellings
        add(key.rsplit("/", 1)[-1], canonical(key))
    for key in sorted(links):
        if key.split("/")[0] in _AREAS:
            add(key.rsplit("/", 1)[-1], canonical(key))
    zones_by_country: dict[str, list[str]] = {}
    for row in tab:
        if len(row) >= 3 and row[2] in all_keys:
            zones_by_country.setdefault(row[0], []).append(row[2])
    countries: dict[str, list[str]] = {}
    for row in _tab_rows(_read_tzdata("zoneinfo/iso3166.tab")):
        zones = zones_by_country.get(row[0], [])
        if len(row) < 2 or len(zones) != 1:
            continue
        for name in {row[1], re.sub(r"\s*\(.*\)", "", row[1])}:
            countries.setdefault(_fold(name), []).append(zones[0])
    for name, zones in sorted(countries.items()):
        if len(set(zones)) == 1:  # "Korea" is two countries: leave it to the alias table
            aliases.setdefault(name, canonical(zones[0]))
    return _ZoneIndex(keys=keys, aliases=aliases)


@cache
def _index() -> _ZoneIndex:
    return _build_index()


def resolve_zone(text: str) -> str:
    """Resolve an IANA name, a city, a country or a common alias to a canonical IANA key."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > _MAX_INPUT:
        raise InvalidZone("empty or too long")
    index = _index()
    key = index.aliases.get(_fold(cleaned)) or index.keys.get(
        re.sub(r"\s+", "_", cleaned).casefold()
    )
    if key is None:
        raise InvalidZone("unknown zone")
    _zone(key)  # the key must load, or it is no use to the scheduler
    return key


@cache
def _zone_countries() -> dict[str, str]:
    """Map each zone of tzdata's zone.tab to its ISO country code (read once)."""
    return {row[2]: row[0] for row in _tab_rows(_read_tzdata("zoneinfo/zone.tab")) if len(row) >= 3}


def zone_country(zone: str | None) -> str | None:
    """Return the ISO country code of a time zone (Europe/London → GB), or None (UTC)."""
    if not zone:
        return None
    table = _zone_countries()
    if zone in table:
        return table[zone]
    try:  # a legacy or linked name (US/Eastern, Asia/Calcutta): its canonical key
        return table.get(resolve_zone(zone))
    except InvalidZone:
        return None


def zone_examples() -> tuple[str, ...]:
    """Return a few inputs `resolve_zone` accepts, for error messages."""
    return _EXAMPLES


@functools.cache
def _zone(key: str) -> ZoneInfo:
    # ZoneInfo keeps only 8 zones strongly cached; a tick touching more reloads them from disk.
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidZone("zone data missing") from error


# --- cadence -------------------------------------------------------------------------------

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORDS: dict[str, int] = {
    **{name: i for i, name in enumerate(DAY_NAMES)},
    **{name: i for i, name in enumerate(_FULL_DAY_NAMES)},
    **{name + "s": i for i, name in enumerate(_FULL_DAY_NAMES)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}
_MON_TO_FRI = frozenset(range(5))


@dataclass(frozen=True)
class Cadence:
    """Which local dates a slot fires on: every day, some days of the week, or one day."""

    kind: Literal["daily", "weekdays", "weekly"]
    days: frozenset[int] = frozenset()  # 0 = Monday … 6 = Sunday

    def __post_init__(self) -> None:
        if not isinstance(self.days, frozenset):
            object.__setattr__(self, "days", frozenset(self.days))
        if self.kind not in ("daily", "weekdays", "weekly"):
            raise InvalidCadence("unknown kind")
        if any(not isinstance(d, int) or not 0 <= d <= 6 for d in self.days):
            raise InvalidCadence("days must be 0..6")
        if self.kind == "daily" and self.days:
            raise InvalidCadence("daily takes no days")
        if self.kind == "weekdays" and not self.days:
            raise InvalidCadence("weekdays needs at least one day")
        if self.kind == "weekly" and len(self.days) != 1:
            raise InvalidCadence("weekly needs exactly one day")

    def allows(self, d: dt.date) -> bool:
        """Tell whether the slot fires on this local date."""
        return self.kind == "daily" or d.weekday() in self.days

    def describe(self) -> str:
        """Return the stable storage form: "daily", "weekdays:mon,wed,fri" or "weekly:sun"."""
        if self.kind == "daily":
            return "daily"
        return f"{self.kind}:{','.join(DAY_NAMES[d] for d in sorted(self.days))}"


DAILY = Cadence("daily")


def _days(tokens: Iterable[str]) -> frozenset[int]:
    days: set[int] = set()
    for token in tokens:
        first, dash, last = token.partition("-")
        if first not in _DAY_WORDS or (dash and last not in _DAY_WORDS):
            raise InvalidCadence("not a day name")
        start = _DAY_WORDS[first]
        span = (_DAY_WORDS[last] - start) % 7 if dash else 0  # "fri-mon" wraps the weekend
        days.update((start + i) % 7 for i in range(span + 1))
    return frozenset(days)


@functools.lru_cache(maxsize=1024)
def parse_cadence(text: str) -> Cadence:
    """Read a cadence such as "daily", "weekdays", "mon wed fri", "mon-fri" or "sundays"."""
    cleaned = text.strip().casefold()
    if len(cleaned) > _MAX_INPUT:
        raise InvalidCadence("too long")
    cleaned = re.sub(r"\s*[-–—]\s*", "-", cleaned)
    tokens = [t for t in re.split(r"[\s,;:/&+]+", cleaned) if t and t != "and"]
    if tokens and tokens[0] in ("every", "each", "on"):
        tokens = tokens[1:]
    if not tokens:
        raise InvalidCadence("empty")
    head, rest = tokens[0], tokens[1:]
    if tokens in (["daily"], ["day"], ["everyday"], ["days"]):
        return DAILY
    if head in ("weekdays", "weekday"):
        return Cadence("weekdays", _days(rest) if rest else _MON_TO_FRI)
    if tokens in (["weekend"], ["weekends"]):
        return Cadence("weekdays", frozenset({5, 6}))
    if head == "weekly":
        return Cadence("weekly", _days(rest))
    days = _days(tokens)
    return Cadence("weekly" if len(days) == 1 else "weekdays", days)


# --- durations -----------------------------------------------------------------------------

# Units a member may say, in the languages Holdspace speaks, as days each.
_DAY_UNITS: dict[str, int] = {
    **dict.fromkeys(("d", "day", "days", "día", "dia", "días", "dias", "tag", "tage"), 1),
    **dict.fromkeys(("tagen",), 1),
    **dict.fromkeys(("w", "wk", "week", "weeks", "semana", "semanas", "woche", "wochen"), 7),
    **dict.fromkeys(("mo", "month", "months", "mes", "meses", "monat", "monate"), 30),
    **dict.fromkeys(("monaten",), 30),
    **dict.fromkeys(("y", "yr", "year", "years", "año", "años", "ano", "anos", "jahr"), 365),
    **dict.fromkeys(("jahre", "jahren"), 365),
}
_DURATION = re.compile(r"([0-9]{1,4})\s*([^\W\d_]*)\.?")


def parse_days(text: str) -> int:
    """Read a number of days: "30", "30 days", "2 weeks", "3 months", "1 year", "2w".

    A month counts 30 days and a year 365. The number must be whole and at least 1; the
    caller decides the largest it accepts.
    """
    cleaned = text.strip().casefold()
    if len(cleaned) > _MAX_INPUT:
        raise InvalidDuration("too long")
    match = _DURATION.fullmatch(cleaned)
    if match is None:
        raise InvalidDuration("not a number of days")
    unit = _DAY_UNITS.get(match[2] or "d")
    if unit is None:
        raise InvalidDuration("unknown unit")
    days = int(match[1]) * unit
    if days < 1:
        raise InvalidDuration("no days")
    return days


# --- quiet hours ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    """A daily local window, from `start` up to (not including) `end`; may wrap midnight."""

    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise InvalidTime("quiet hours start and end at the same time")

    @property
    def wraps(self) -> bool:
        """Tell whether the window runs past midnight (22:00-07:00)."""
        return self.start > self.end

    def contains(self, t: dt.time) -> bool:
        """Tell whether a local time of day falls inside the window."""
        t = t.replace(tzinfo=None, fold=0)
        if self.wraps:
            return t >= self.start or t < self.end
        return self.start <= t < self.end


def parse_quiet_hours(text: str) -> QuietHours | None:
    """Read quiet hours such as "22:00-07:00" or "10pm-7am"; "off" or "none" gives None."""
    cleaned = text.strip()
    if cleaned.casefold() in ("off", "none"):
        return None
    if len(cleaned) > _MAX_INPUT:
        raise InvalidTime("too long")
    parts = re.split(r"\s*(?:-|–|—|\bto\b)\s*", cleaned, flags=re.IGNORECASE)
    if len(parts) != 2:
        raise InvalidTime("quiet hours need a start and an end")
    return QuietHours(parse_time(parts[0]), parse_time(parts[1]))


# --- due instants --------------------------------------------------------------------------


def _aware(instant: dt.datetime, name: str) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")


def _at(d: dt.date, wall: dt.time, tz: ZoneInfo) -> dt.datetime:
    """Return the instant (UTC) a local wall time names: gap → pre-transition offset, fold=0."""
    return dt.datetime.combine(d, wall.replace(tzinfo=None, fold=0), tzinfo=tz).astimezone(dt.UTC)


def _after_quiet(day: dt.date, wall: dt.time, quiet: QuietHours, tz: ZoneInfo) -> dt.datetime:
    """Return the end of the quiet window that holds `wall` on `day`."""
    evening = quiet.wraps and wall >= quiet.start  # the window ends tomorrow morning
    return _at(day + dt.timedelta(days=1 if evening else 0), quiet.end, tz)


_MONTH_DAY = re.compile(r"(?:(\d{4})-)?(\d{1,2})-(\d{1,2})", re.ASCII)


def month_day(value: str) -> str | None:
    """Read "03-14" (or a whole "2001-03-14", of which only month and day are kept)."""
    match = _MONTH_DAY.fullmatch(value.strip())
    if match is None:
        return None
    month, day = int(match[2]), int(match[3])
    try:
        # without a year, a leap year: the 29th of February is a date
        dt.date(int(match[1] or 2000), month, day)
    except ValueError:
        return None
    return f"{month:02d}-{day:02d}"


def member_dates(text: str) -> dict[str, str]:
    """Read a member's stored hard dates: "child_birthday:03-14 contact_anniversary:06-02"."""
    return dict(d.partition(":")[::2] for d in text.split())


def member_dates_text(dates: Mapping[str, str]) -> str:
    """Write a member's hard dates in the stored form (see `member_dates`)."""
    return " ".join(f"{tag}:{when}" for tag, when in sorted(dates.items()))


def dates_falling_on(dates: str, day: dt.date) -> frozenset[str]:
    """Return the tags of a member's hard dates that fall on a local date (the 29th of
    February falls on the 28th in other years)."""
    wanted = {day.strftime("%m-%d")}
    if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
        wanted.add("02-29")
    return frozenset(tag for tag, when in member_dates(dates).items() if when in wanted)


def local_instant(day: dt.date, wall: dt.time, zone: str) -> dt.datetime:
    """Return the UTC instant a local date and wall time name in a zone (DST rules above)."""
    return _at(day, wall, _zone(zone))


def local_date(instant: dt.datetime, zone: str) -> dt.date:
    """Return the local date in a zone at an instant."""
    _aware(instant, "instant")
    return instant.astimezone(_zone(zone)).date()


def end_of_local_day(instant: dt.datetime, zone: str) -> dt.datetime:
    """Return the last second of the local date an instant falls on, in UTC.

    `next_due(..., after=end_of_local_day(last, zone))` is the first firing on a later local
    date than `last`: one reflection a local day.
    """
    tomorrow = local_date(instant, zone) + dt.timedelta(days=1)
    return local_instant(tomorrow, dt.time(0), zone) - dt.timedelta(seconds=1)


def next_due(
    slot: dt.time,
    zone: str,
    after: dt.datetime,
    cadence: Cadence = DAILY,
    *,
    paused_until: dt.date | None = None,
    quiet: QuietHours | None = None,
) -> dt.datetime:
    """Return the first firing of a daily slot strictly after an instant, as an aware UTC time.

    The slot fires once on each local date in `zone` that `cadence` allows and that is on or
    after `paused_until` (the first local date deliveries may resume). It fires at the wall
    time `slot`, resolved by the DST rules in the module docstring. A local date the zone
    skipped entirely has no firing.

    Quiet hours: when the resolved local time falls inside `quiet`, the firing moves once to
    the end of that quiet window — the same local date, or the next one when the time is in
    the evening part of a window that wraps midnight (slot 23:00, quiet 22:00-07:00 → 07:00
    the next morning). The end is resolved by the same DST rules and is not checked again.
    Cadence and pause apply to the slot's own date, not to the date it was moved to.
    """
    _aware(after, "after")
    if slot.tzinfo is not None:
        raise ValueError("slot must be a naive local time")
    tz = _zone(zone)
    day = after.astimezone(tz).date() - dt.timedelta(days=1)  # quiet hours may carry a day
    if paused_until is not None and paused_until > day:
        day = paused_until
    for _ in range(15):  # a week covers every cadence; twice that leaves room for a skipped date
        if cadence.allows(day):
            due = _at(day, slot, tz)
            wall = due.astimezone(tz)
            if wall.date() == day:
                if quiet is not None and quiet.contains(wall.time()):
                    due = _after_quiet(day, wall.time(), quiet, tz)
                if due > after:
                    return due
        day += dt.timedelta(days=1)
    raise AssertionError("unreachable: some date within two weeks is allowed")


@functools.lru_cache(maxsize=1024)  # a busy tick asks it of one instant thousands of times
def slot_key(due: dt.datetime) -> str:
    """Return a stable UTC key for a due instant, to the minute: "2026-11-24T07:30Z"."""
    _aware(due, "due")
    return due.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%MZ")


def subscription_due(sub: Subscription, after: dt.datetime) -> dt.datetime:
    """Return when her daily reflection is next due after an instant, by all her settings."""
    quiet = parse_quiet_hours(sub.quiet) if sub.quiet else None
    return next_due(
        parse_time(sub.slot),
        sub.zone,
        after,
        parse_cadence(sub.cadence),
        paused_until=sub.paused_until,
        quiet=quiet,
    )


def group_due(group: Group, after: dt.datetime) -> dt.datetime | None:
    """Return when a group's daily reflection is next due after an instant (None: it is off)."""
    if not group.daily:
        return None
    return next_due(parse_time(group.slot), group.zone, after, parse_cadence(group.cadence))


def zone_suggestions(typed: str, limit: int = 25) -> list[str]:
    """Suggest time zones for what she has typed so far (a city, a country, an IANA name)."""
    folded = _fold(typed)
    index = _index()
    if not folded:
        return [resolve_zone(example) for example in _EXAMPLES][:limit]
    found: dict[str, None] = {}
    for name, key in sorted(index.aliases.items()):
        if name.startswith(folded):
            found.setdefault(key)
    for key in sorted(set(index.keys.values())):
        if _fold(key).startswith(folded) or _fold(key.rsplit("/", 1)[-1]).startswith(folded):
            found.setdefault(key)
    return list(found)[:limit]
