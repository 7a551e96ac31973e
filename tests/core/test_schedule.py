"""Schedule rules: parsing, zone resolution, cadences, quiet hours and DST-correct due times."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from core import schedule
from core.schedule import (
    DAILY,
    Cadence,
    InvalidCadence,
    InvalidDuration,
    InvalidTime,
    InvalidZone,
    QuietHours,
    ScheduleError,
    format_time,
    local_date,
    month_day,
    next_due,
    parse_cadence,
    parse_days,
    parse_quiet_hours,
    parse_time,
    resolve_zone,
    slot_key,
    zone_examples,
)

UTC = dt.UTC


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """Build an aware UTC datetime."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


def t(text: str) -> dt.time:
    """Build a time from "HH:MM"."""
    return dt.time.fromisoformat(text)


# --- errors --------------------------------------------------------------------------------


def test_errors_carry_machine_codes() -> None:
    assert InvalidTime().code == "invalid_time"
    assert InvalidZone().code == "invalid_zone"
    assert InvalidCadence().code == "invalid_cadence"
    for error in (InvalidTime, InvalidZone, InvalidCadence):
        assert issubclass(error, ScheduleError)
        assert issubclass(error, ValueError)


# --- parse_time ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", "07:30"),
        ("7:30", "07:30"),
        ("7.30", "07:30"),
        ("7.30pm", "19:30"),
        ("7:30 PM", "19:30"),
        ("7:30 p.m.", "19:30"),
        ("7:30am", "07:30"),
        ("19:30", "19:30"),
        ("7pm", "19:00"),
        ("7 am", "07:00"),
        ("7AM", "07:00"),
        ("12am", "00:00"),
        ("12:15am", "00:15"),
        ("12pm", "12:00"),
        ("12:45 pm", "12:45"),
        ("0730", "07:30"),
        ("2359", "23:59"),
        ("00:00", "00:00"),
        ("0:05", "00:05"),
        ("23:59", "23:59"),
        ("  07:30\t", "07:30"),
    ],
)
def test_parse_time_accepts(text: str, expected: str) -> None:
    parsed = parse_time(text)
    assert parsed == t(expected)
    assert parsed.second == 0
    assert parsed.tzinfo is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "24:00",
        "25:00",
        "7:60",
        "7:5",
        "7:300",
        "13pm",
        "0am",
        "0:30pm",
        "7",
        "19",
        "730",
        "2400",
        "0760",
        "07:30:00",
        "-7:30",
        "7:30 xm",
        "seven",
        "07:30" * 30,
    ],
)
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(InvalidTime) as raised:
        parse_time(text)
    assert raised.value.code == "invalid_time"


@pytest.mark.parametrize(("value", "text"), [(t("07:30"), "07:30"), (t("00:05"), "00:05")])
def test_format_time_is_24_hour_zero_padded(value: dt.time, text: str) -> None:
    assert format_time(value) == text
    assert parse_time(format_time(value)) == value


def test_format_time_round_trips_every_minute() -> None:
    for minute in range(24 * 60):
        value = dt.time(minute // 60, minute % 60)
        assert parse_time(format_time(value)) == value


# --- resolve_zone --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe/London", "Europe/London"),
        ("europe/london", "Europe/London"),
        ("AMERICA/NEW_YORK", "America/New_York"),
        ("America/New York", "America/New_York"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("UTC", "UTC"),
        ("utc", "UTC"),
        ("GMT", "UTC"),
        ("Etc/UTC", "UTC"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"),
        ("Los Angeles", "America/Los_Angeles"),
        ("sao paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Zürich", "Europe/Zurich"),
        ("Bogotá", "America/Bogota"),
        ("  berlin  ", "Europe/Berlin"),
        ("UK", "Europe/London"),
        ("Britain", "Europe/London"),
        ("Ireland", "Europe/Dublin"),
        ("Germany", "Europe/Berlin"),
        ("Spain", "Europe/Madrid"),
        ("France", "Europe/Paris"),
        ("Italy", "Europe/Rome"),
        ("Netherlands", "Europe/Amsterdam"),
        ("Poland", "Europe/Warsaw"),
        ("Sweden", "Europe/Stockholm"),
        ("Norway", "Europe/Oslo"),
        ("Denmark", "Europe/Copenhagen"),
        ("Finland", "Europe/Helsinki"),
        ("Greece", "Europe/Athens"),
        ("Portugal", "Europe/Lisbon"),
        ("Japan", "Asia/Tokyo"),
        ("Korea", "Asia/Seoul"),
        ("Singapore", "Asia/Singapore"),
        ("Israel", "Asia/Jerusalem"),
        ("India", "Asia/Kolkata"),
        ("Bombay", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Delhi", "Asia/Kolkata"),
        ("Sydney", "Australia/Sydney"),
        ("Auckland", "Pacific/Auckland"),
        ("New Zealand", "Pacific/Auckland"),
        ("Mexico City", "America/Mexico_City"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Bogota", "America/Bogota"),
        ("Santiago", "America/Santiago"),
        ("Johannesburg", "Africa/Johannesburg"),
        ("Manila", "Asia/Manila"),
        ("Kuala Lumpur", "Asia/Kuala_Lumpur"),
        ("Hong Kong", "Asia/Hong_Kong"),
        ("Taipei", "Asia/Taipei"),
        ("Moscow", "Europe/Moscow"),
        ("Prague", "Europe/Prague"),
        ("Vienna", "Europe/Vienna"),
        ("Zurich", "Europe/Zurich"),
        ("Brussels", "Europe/Brussels"),
        ("Amsterdam", "Europe/Amsterdam"),
        ("Dublin", "Europe/Dublin"),
        ("Lisbon", "Europe/Lisbon"),
        ("Madrid", "Europe/Madrid"),
        ("Rome", "Europe/Rome"),
        ("Paris", "Europe/Paris"),
        ("Athens", "Europe/Athens"),
        ("Warsaw", "Europe/Warsaw"),
        ("Stockholm", "Europe/Stockholm"),
        ("Oslo", "Europe/Oslo"),
        ("Copenhagen", "Europe/Copenhagen"),
        ("Helsinki", "Europe/Helsinki"),
        ("Toronto", "America/Toronto"),
        ("Vancouver", "America/Vancouver"),
        ("Chicago", "America/Chicago"),
        ("Denver", "America/Denver"),
        ("Phoenix", "America/Phoenix"),
        ("Honolulu", "Pacific/Honolulu"),
        ("Anchorage", "America/Anchorage"),
        ("St. Johns", "America/St_Johns"),
        ("port au prince", "America/Port-au-Prince"),
        ("Nigeria", "Africa/Lagos"),
        # Legacy names resolve to the current zone, never to the legacy key.
        ("US/Eastern", "America/New_York"),
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("Calcutta", "Asia/Kolkata"),
        ("Saigon", "Asia/Ho_Chi_Minh"),
    ],
)
def test_resolve_zone(text: str, expected: str) -> None:
    assert resolve_zone(text) == expected


@pytest.mark.parametrize("text", ["Kyiv", "Kiev", "kyiv", "Europe/Kiev", "Europe/Kyiv"])
def test_resolve_zone_kyiv_under_either_spelling(text: str) -> None:
    expected = "Europe/Kyiv" if "Europe/Kyiv" in schedule._index().keys.values() else "Europe/Kiev"
    assert resolve_zone(text) == expected


@pytest.mark.parametrize(
    "text", ["Mars/Olympus", "", "   ", "Atlantis", "Europe", "America/", "../etc", "x" * 500]
)
def test_resolve_zone_rejects(text: str) -> None:
    with pytest.raises(InvalidZone) as raised:
        resolve_zone(text)
    assert raised.value.code == "invalid_zone"


def test_city_aliases_never_point_at_etc_or_legacy_keys() -> None:
    for name, key in schedule._index().aliases.items():
        area = key.split("/")[0]
        assert area not in {"Etc", "SystemV", "US", "Canada", "Mexico", "Brazil", "Chile"}, name
        assert key == "UTC" or "/" in key, (name, key)
        ZoneInfo(key)


def test_every_resolved_zone_loads() -> None:
    index = schedule._index()
    for key in {*index.keys.values(), *index.aliases.values()}:
        ZoneInfo(key)


def test_zone_index_builds_fast() -> None:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        schedule._build_index()
        best = min(best, time.perf_counter() - started)
    assert best < 0.05


def test_zone_index_without_tzdata_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schedule, "_read_tzdata", lambda name: None)
    index = schedule._build_index()
    assert index.keys["europe/london"] == "Europe/London"
    assert index.aliases["new york"] == "America/New_York"
    assert index.aliases["uk"] == "Europe/London"


def test_zone_examples_resolve() -> None:
    examples = zone_examples()
    assert len(examples) >= 3
    for example in examples:
        resolve_zone(example)


# --- cadence -------------------------------------------------------------------------------

MON_WED_FRI = Cadence("weekdays", frozenset({0, 2, 4}))
MON_TO_FRI = Cadence("weekdays", frozenset(range(5)))
SUNDAY = Cadence("weekly", frozenset({6}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("daily", DAILY),
        ("Daily", DAILY),
        ("every day", DAILY),
        ("everyday", DAILY),
        ("weekdays", MON_TO_FRI),
        ("Weekdays", MON_TO_FRI),
        ("mon-fri", MON_TO_FRI),
        ("Mon - Fri", MON_TO_FRI),
        ("weekdays mon,wed,fri", MON_WED_FRI),
        ("weekdays: Mon, Wed, Fri", MON_WED_FRI),
        ("mon wed fri", MON_WED_FRI),
        ("Monday, Wednesday and Friday", MON_WED_FRI),
        ("every mon, wed, fri", MON_WED_FRI),
        ("weekly sun", SUNDAY),
        ("weekly sunday", SUNDAY),
        ("weekly Sunday", SUNDAY),
        ("sundays", SUNDAY),
        ("Sunday", SUNDAY),
        ("sun", SUNDAY),
        ("every sunday", SUNDAY),
        ("weekends", Cadence("weekdays", frozenset({5, 6}))),
        ("fri-mon", Cadence("weekdays", frozenset({4, 5, 6, 0}))),
        ("tues thurs", Cadence("weekdays", frozenset({1, 3}))),
        ("daily", Cadence("daily")),
        ("weekly:sun", SUNDAY),
        ("weekdays:mon,wed,fri", MON_WED_FRI),
    ],
)
def test_parse_cadence(text: str, expected: Cadence) -> None:
    assert parse_cadence(text) == expected


@pytest.mark.parametrize(
    ("cadence", "stored"),
    [
        (DAILY, "daily"),
        (MON_WED_FRI, "weekdays:mon,wed,fri"),
        (MON_TO_FRI, "weekdays:mon,tue,wed,thu,fri"),
        (SUNDAY, "weekly:sun"),
        (Cadence("weekdays", frozenset({6})), "weekdays:sun"),
    ],
)
def test_cadence_storage_form_round_trips(cadence: Cadence, stored: str) -> None:
    assert cadence.describe() == stored
    assert parse_cadence(stored) == cadence


def test_every_cadence_round_trips() -> None:
    for mask in range(1, 128):
        days = frozenset(d for d in range(7) if mask >> d & 1)
        for kind in ("weekdays", "weekly") if len(days) == 1 else ("weekdays",):
            cadence = Cadence(kind, days)
            assert parse_cadence(cadence.describe()) == cadence


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "sometimes",
        "weekly",
        "weekly mon,tue",
        "weekly mon-fri",
        "daily mon",
        "mon, funday",
        "weekdays xyz",
        "mon-",
        "monthly",
        "every",
        "mon " * 100,
    ],
)
def test_parse_cadence_rejects(text: str) -> None:
    with pytest.raises(InvalidCadence) as raised:
        parse_cadence(text)
    assert raised.value.code == "invalid_cadence"


@pytest.mark.parametrize(
    ("kind", "days"),
    [("daily", {1}), ("weekdays", set()), ("weekly", set()), ("weekly", {1, 2}), ("weekly", {7})],
)
def test_cadence_rejects_inconsistent_values(kind: str, days: set[int]) -> None:
    with pytest.raises(InvalidCadence):
        Cadence(kind, frozenset(days))  # type: ignore[arg-type]


def test_cadence_allows() -> None:
    monday = dt.date(2026, 11, 23)
    week = [monday + dt.timedelta(days=i) for i in range(7)]
    assert all(DAILY.allows(d) for d in week)
    assert [MON_WED_FRI.allows(d) for d in week] == [True, False, True, False, True, False, False]
    assert [SUNDAY.allows(d) for d in week] == [False] * 6 + [True]


# --- quiet hours ---------------------------------------------------------------------------


def test_quiet_hours_that_wrap_midnight() -> None:
    quiet = parse_quiet_hours("22:00-07:00")
    assert quiet == QuietHours(t("22:00"), t("07:00"))
    assert quiet.wraps
    inside = ["22:00", "23:59", "00:00", "03:00", "06:59"]
    outside = ["07:00", "12:00", "21:59"]
    assert all(quiet.contains(t(x)) for x in inside)
    assert not any(quiet.contains(t(x)) for x in outside)


def test_quiet_hours_within_one_day() -> None:
    quiet = parse_quiet_hours("1pm to 3pm")
    assert quiet == QuietHours(t("13:00"), t("15:00"))
    assert not quiet.wraps
    assert quiet.contains(t("13:00"))
    assert quiet.contains(t("14:59"))
    assert not quiet.contains(t("15:00"))
    assert not quiet.contains(t("12:59"))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("10pm-7am", "22:00", "07:00"),
        ("10pm - 7.30am", "22:00", "07:30"),
        ("22:00–07:00", "22:00", "07:00"),
        (" 2200-0700 ", "22:00", "07:00"),
    ],
)
def test_parse_quiet_hours_forms(text: str, start: str, end: str) -> None:
    assert parse_quiet_hours(text) == QuietHours(t(start), t(end))


@pytest.mark.parametrize("text", ["off", "OFF", "none", " None "])
def test_quiet_hours_off(text: str) -> None:
    assert parse_quiet_hours(text) is None


@pytest.mark.parametrize(
    "text", ["", "22:00", "22:00-", "25:00-07:00", "22:00-07:00-08:00", "night", "22:00-22:00"]
)
def test_parse_quiet_hours_rejects(text: str) -> None:
    with pytest.raises(InvalidTime):
        parse_quiet_hours(text)


# --- next_due: DST -------------------------------------------------------------------------

NY = "America/New_York"
LONDON = "Europe/London"


@pytest.mark.parametrize(
    ("zone", "slot", "after", "expected"),
    [
        # New York, spring forward 2026-03-08 02:00 EST → 03:00 EDT.
        (NY, "02:30", utc(2026, 3, 7, 12), utc(2026, 3, 8, 7, 30)),  # gap: 03:30 EDT
        (NY, "02:30", utc(2026, 3, 6, 12), utc(2026, 3, 7, 7, 30)),  # day before: EST
        (NY, "02:30", utc(2026, 3, 8, 7, 30), utc(2026, 3, 9, 6, 30)),  # day after: EDT
        (NY, "01:30", utc(2026, 3, 7, 12), utc(2026, 3, 8, 6, 30)),  # before the gap: EST
        (NY, "07:30", utc(2026, 3, 7, 13), utc(2026, 3, 8, 11, 30)),
        (NY, "07:30", utc(2026, 3, 6, 13), utc(2026, 3, 7, 12, 30)),
        # New York, fall back 2026-11-01 02:00 EDT → 01:00 EST: 01:00-02:00 happens twice.
        (NY, "01:30", utc(2026, 10, 31, 12), utc(2026, 11, 1, 5, 30)),  # first: EDT
        (NY, "01:30", utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)),  # not the second
        (NY, "02:30", utc(2026, 10, 31, 12), utc(2026, 11, 1, 7, 30)),
        (NY, "07:30", utc(2026, 10, 31, 12), utc(2026, 11, 1, 12, 30)),
        (NY, "07:30", utc(2026, 10, 30, 12), utc(2026, 10, 31, 11, 30)),
        # London, spring forward 2026-03-29 01:00 GMT → 02:00 BST.
        (LONDON, "01:30", utc(2026, 3, 28, 12), utc(2026, 3, 29, 1, 30)),  # gap: 02:30 BST
        (LONDON, "02:30", utc(2026, 3, 28, 12), utc(2026, 3, 29, 1, 30)),  # same instant
        (LONDON, "01:30", utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 0, 30)),
        (LONDON, "07:30", utc(2026, 3, 28, 12), utc(2026, 3, 29, 6, 30)),
        (LONDON, "07:30", utc(2026, 3, 27, 12), utc(2026, 3, 28, 7, 30)),
        # London, fall back 2026-10-25 02:00 BST → 01:00 GMT: 01:00-02:00 happens twice.
        (LONDON, "01:30", utc(2026, 10, 24, 12), utc(2026, 10, 25, 0, 30)),  # first: BST
        (LONDON, "01:30", utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)),  # not 01:30Z
        (LONDON, "02:30", utc(2026, 10, 24, 12), utc(2026, 10, 25, 2, 30)),
        (LONDON, "07:30", utc(2026, 10, 24, 12), utc(2026, 10, 25, 7, 30)),
        (LONDON, "07:30", utc(2026, 10, 23, 12), utc(2026, 10, 24, 6, 30)),
    ],
)
def test_next_due_across_dst(
    zone: str, slot: str, after: dt.datetime, expected: dt.datetime
) -> None:
    due = next_due(t(slot), zone, after)
    assert due == expected
    assert due.tzinfo is UTC


def test_next_due_in_the_gap_reads_one_hour_later_on_the_wall() -> None:
    due = next_due(t("02:30"), NY, utc(2026, 3, 7, 12))
    local = due.astimezone(ZoneInfo(NY))
    assert (local.date(), local.time(), local.tzname()) == (dt.date(2026, 3, 8), t("03:30"), "EDT")


def test_next_due_in_the_repeated_hour_is_the_first_occurrence() -> None:
    due = next_due(t("01:30"), LONDON, utc(2026, 10, 24, 12))
    local = due.astimezone(ZoneInfo(LONDON))
    assert (local.time(), local.tzname()) == (t("01:30"), "BST")


def test_next_due_is_strictly_after() -> None:
    due = next_due(t("07:30"), NY, utc(2026, 11, 24, 0))
    assert due == utc(2026, 11, 24, 12, 30)
    assert next_due(t("07:30"), NY, due) == utc(2026, 11, 25, 12, 30)
    assert next_due(t("07:30"), NY, due - dt.timedelta(microseconds=1)) == due


def test_next_due_accepts_after_in_any_zone() -> None:
    after = dt.datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 00:00 UTC
    assert next_due(t("07:30"), LONDON, after) == utc(2026, 11, 24, 7, 30)


def test_next_due_rejects_naive_datetimes_and_unknown_zones() -> None:
    with pytest.raises(ValueError):
        next_due(t("07:30"), LONDON, dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        next_due(dt.time(7, 30, tzinfo=UTC), LONDON, utc(2026, 1, 1))
    with pytest.raises(InvalidZone):
        next_due(t("07:30"), "Mars/Olympus", utc(2026, 1, 1))


def test_a_date_the_zone_skipped_has_no_firing() -> None:
    # Samoa jumped from 2011-12-29 straight to 2011-12-31.
    apia = ZoneInfo("Pacific/Apia")
    first = next_due(t("07:30"), "Pacific/Apia", utc(2011, 12, 28, 20))
    second = next_due(t("07:30"), "Pacific/Apia", first)
    third = next_due(t("07:30"), "Pacific/Apia", second)
    dates = [d.astimezone(apia).date() for d in (first, second, third)]
    assert dates == [dt.date(2011, 12, 29), dt.date(2011, 12, 31), dt.date(2012, 1, 1)]


PROPERTY_ZONES = [
    NY,
    LONDON,
    "Europe/Berlin",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # a 30-minute shift
    "America/Santiago",  # transitions at midnight
    "Asia/Kolkata",  # no DST
    "UTC",
]
PROPERTY_SLOTS = ["00:00", "00:30", "01:30", "02:00", "02:30", "07:30", "23:59"]


def _wall_clock_for(day: dt.date, slot: dt.time, tz: ZoneInfo) -> dt.datetime:
    """Say where the slot should land on the wall clock: the slot, or later by the gap."""
    naive = dt.datetime.combine(day, slot)
    first = naive.replace(tzinfo=tz)
    second = naive.replace(tzinfo=tz, fold=1)
    offsets = first.utcoffset(), second.utcoffset()
    assert offsets[0] is not None
    assert offsets[1] is not None
    exists = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive
    return naive if exists else naive + (offsets[1] - offsets[0])


@pytest.mark.parametrize("zone", PROPERTY_ZONES)
def test_one_firing_per_local_date(zone: str) -> None:
    tz = ZoneInfo(zone)
    for text in PROPERTY_SLOTS:
        slot = t(text)
        after = dt.datetime(2026, 1, 1, tzinfo=tz) - dt.timedelta(microseconds=1)
        expected_day = dt.date(2026, 1, 1)
        for _ in range(400):
            due = next_due(slot, zone, after)
            assert due > after
            local = due.astimezone(tz)
            assert local.date() == expected_day, (zone, text, due)
            assert local.replace(tzinfo=None) == _wall_clock_for(expected_day, slot, tz)
            if local.replace(fold=1).astimezone(UTC) != due:  # repeated hour: the first one
                assert local.fold == 0
                assert local.replace(fold=1).astimezone(UTC) > due
            after = due
            expected_day += dt.timedelta(days=1)


@pytest.mark.parametrize("zone", [NY, LONDON, "Australia/Sydney"])
@pytest.mark.parametrize("cadence", [MON_WED_FRI, SUNDAY, Cadence("weekdays", frozenset({6, 0}))])
def test_cadences_fire_on_their_days_only(zone: str, cadence: Cadence) -> None:
    tz = ZoneInfo(zone)
    for text in ("01:30", "02:30", "07:30"):
        after = dt.datetime(2026, 1, 1, tzinfo=tz)
        day = dt.date(2026, 1, 1)
        for _ in range(120):
            due = next_due(t(text), zone, after, cadence)
            while not cadence.allows(day):
                day += dt.timedelta(days=1)
            assert due.astimezone(tz).date() == day
            after, day = due, day + dt.timedelta(days=1)


def test_weekly_and_weekday_cadences() -> None:
    thursday = utc(2026, 11, 26, 12)
    assert next_due(t("07:30"), LONDON, thursday, SUNDAY) == utc(2026, 11, 29, 7, 30)
    assert next_due(t("07:30"), LONDON, thursday, MON_WED_FRI) == utc(2026, 11, 27, 7, 30)
    assert next_due(t("07:30"), LONDON, thursday, MON_TO_FRI) == utc(2026, 11, 27, 7, 30)
    friday = utc(2026, 11, 27, 7, 30)
    assert next_due(t("07:30"), LONDON, friday, MON_TO_FRI) == utc(2026, 11, 30, 7, 30)
    sunday = utc(2026, 11, 29, 7, 30)
    assert next_due(t("07:30"), LONDON, sunday, SUNDAY) == utc(2026, 12, 6, 7, 30)


# --- next_due: pause and quiet hours -------------------------------------------------------


def test_paused_until_is_the_first_local_date_that_may_fire() -> None:
    after = utc(2026, 11, 24, 0)
    resume = dt.date(2026, 12, 1)
    assert next_due(t("07:30"), LONDON, after, paused_until=resume) == utc(2026, 12, 1, 7, 30)
    # A pause that has already ended changes nothing.
    past = dt.date(2026, 1, 1)
    assert next_due(t("07:30"), LONDON, after, paused_until=past) == utc(2026, 11, 24, 7, 30)


def test_pause_is_read_in_the_members_zone() -> None:
    # 2026-12-01 starts in Auckland at 11:00 UTC on 2026-11-30.
    due = next_due(
        t("07:30"), "Pacific/Auckland", utc(2026, 11, 24), paused_until=dt.date(2026, 12, 1)
    )
    assert local_date(due, "Pacific/Auckland") == dt.date(2026, 12, 1)
    assert due == utc(2026, 11, 30, 18, 30)


def test_pause_and_weekly_cadence_together() -> None:
    due = next_due(
        t("07:30"), LONDON, utc(2026, 11, 24), SUNDAY, paused_until=dt.date(2026, 11, 30)
    )
    assert due == utc(2026, 12, 6, 7, 30)


QUIET = QuietHours(t("22:00"), t("07:00"))


def test_quiet_hours_leave_other_slots_alone() -> None:
    assert next_due(t("08:00"), LONDON, utc(2026, 11, 24), quiet=QUIET) == utc(2026, 11, 24, 8)


def test_quiet_hours_morning_slot_moves_to_the_end_that_morning() -> None:
    due = next_due(t("06:00"), LONDON, utc(2026, 11, 24), quiet=QUIET)
    assert due == utc(2026, 11, 24, 7)


def test_quiet_hours_evening_slot_moves_to_the_next_morning() -> None:
    due = next_due(t("23:00"), LONDON, utc(2026, 11, 24, 12), quiet=QUIET)
    assert due == utc(2026, 11, 25, 7)
    # The next firing belongs to the 25th's slot, delivered on the morning of the 26th.
    assert next_due(t("23:00"), LONDON, due, quiet=QUIET) == utc(2026, 11, 26, 7)
    # Just before the moved firing, the moved firing is still the one due.
    before = due - dt.timedelta(minutes=1)
    assert next_due(t("23:00"), LONDON, before, quiet=QUIET) == due


def test_quiet_hours_use_the_resolved_wall_time() -> None:
    # 02:30 on New York's spring-forward day is 03:30 on the wall: past quiet hours ending 03:00.
    quiet = QuietHours(t("22:00"), t("03:00"))
    assert next_due(t("02:30"), NY, utc(2026, 3, 7, 12), quiet=quiet) == utc(2026, 3, 8, 7, 30)
    assert next_due(t("02:30"), NY, utc(2026, 3, 6, 12), quiet=quiet) == utc(2026, 3, 7, 8)


def test_quiet_hours_keep_one_firing_per_date() -> None:
    tz = ZoneInfo(NY)
    quiet = QuietHours(t("22:00"), t("02:30"))  # ends inside the spring-forward gap
    for text in ("23:00", "01:30", "02:30", "07:30"):
        after = dt.datetime(2026, 1, 1, tzinfo=tz)
        dues = []
        for _ in range(400):
            after = next_due(t(text), NY, after, quiet=quiet)
            dues.append(after)
        assert dues == sorted(set(dues))
        # 400 firings for 400 slot dates: each local date got its own firing.
        days = {d.astimezone(tz).date() for d in dues}
        assert len(days) == 400


# --- helpers -------------------------------------------------------------------------------


def test_local_date() -> None:
    instant = utc(2026, 11, 24, 23, 30)
    assert local_date(instant, LONDON) == dt.date(2026, 11, 24)
    assert local_date(instant, "Asia/Tokyo") == dt.date(2026, 11, 25)
    assert local_date(instant, "America/Los_Angeles") == dt.date(2026, 11, 24)
    with pytest.raises(ValueError):
        local_date(dt.datetime(2026, 11, 24), LONDON)


def test_slot_key() -> None:
    assert slot_key(utc(2026, 11, 24, 7, 30)) == "2026-11-24T07:30Z"
    tokyo = dt.datetime(2026, 11, 24, 16, 30, 59, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert slot_key(tokyo) == "2026-11-24T07:30Z"
    with pytest.raises(ValueError):
        slot_key(dt.datetime(2026, 11, 24, 7, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03-14", "03-14"),
        ("3-4", "03-04"),
        (" 2001-03-14 ", "03-14"),
        ("02-29", "02-29"),  # without a year: it is a date, in leap years
        ("2000-02-29", "02-29"),
        ("2001-02-29", None),  # 2001 had none
        ("02-30", None),
        ("13-01", None),
        ("00-10", None),
        ("0000-03-14", None),
        ("٠٣-١٤", None),  # digits of another script
        ("14.03.", None),
    ],
)
def test_month_day_reads_a_day_of_the_year(text: str, expected: str | None) -> None:
    assert month_day(text) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [("30", 30), (" 30 days ", 30), ("2 weeks", 14), ("2w", 14), ("3 months", 90),
     ("1 year", 365), ("5 días", 5), ("3 Wochen", 21), ("7d", 7), ("1 day.", 1)],
)  # fmt: skip
def test_parse_days(text: str, days: int) -> None:
    assert parse_days(text) == days


@pytest.mark.parametrize(
    "text", ["", "0", "0 days", "-3", "1.5", "soon", "3 fortnights", "1" * 200]
)
def test_parse_days_refuses(text: str) -> None:
    with pytest.raises(InvalidDuration):
        parse_days(text)
