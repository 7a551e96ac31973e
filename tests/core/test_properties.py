"""Property-based tests: every parser and the whole core, fed anything a person could send.

No parser raises anything but its own refusal; nothing a member sends reaches the core's
last-resort handler (which would answer "something went wrong"); every private command
gets an answer. The strategies are in tests/strategies.py, for any test to reuse.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import markup
from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.model import ChatKind, Event
from core.reflections import HARD_DATE_SEASON, DayPool, choose_prompt, for_the_day
from core.schedule import (
    Cadence,
    InvalidCadence,
    InvalidDuration,
    InvalidTime,
    InvalidZone,
    QuietHours,
    dates_falling_on,
    format_time,
    member_dates,
    member_dates_text,
    month_day,
    next_due,
    parse_cadence,
    parse_days,
    parse_quiet_hours,
    parse_time,
    resolve_zone,
)
from core.storage import Storage
from tests.strategies import any_text, events, words

ZONES = sorted(available_timezones() - {"Factory", "localtime"})
texts = st.one_of(words, any_text)
instants = st.datetimes(
    min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
)
clock_times = st.times().map(lambda t: t.replace(second=0, microsecond=0))
cadences = st.one_of(
    st.just(Cadence("daily")),
    st.frozensets(st.integers(0, 6), min_size=1).map(lambda d: Cadence("weekdays", d)),
    st.integers(0, 6).map(lambda d: Cadence("weekly", frozenset({d}))),
)


# --- the parsers -------------------------------------------------------------------------


@given(texts)
def test_parse_time_reads_or_refuses(text: str) -> None:
    try:
        parsed = parse_time(text)
    except InvalidTime:
        return
    assert isinstance(parsed, dt.time) and parse_time(format_time(parsed)) == parsed


@given(clock_times)
def test_every_time_of_day_reads_back(wall: dt.time) -> None:
    assert parse_time(format_time(wall)) == wall
    twelve = f"{(wall.hour % 12) or 12}:{wall.minute:02d} {'pm' if wall.hour >= 12 else 'am'}"
    assert parse_time(twelve) == wall


@given(texts)
def test_resolve_zone_reads_or_refuses(text: str) -> None:
    try:
        key = resolve_zone(text)
    except InvalidZone:
        return
    assert ZoneInfo(key) is not None


@given(st.sampled_from(ZONES))
def test_every_zone_name_resolves_to_a_zone(name: str) -> None:
    key = resolve_zone(name)
    assert ZoneInfo(key).utcoffset(dt.datetime(2026, 6, 1)) == ZoneInfo(name).utcoffset(
        dt.datetime(2026, 6, 1)
    )


@given(texts)
def test_parse_cadence_reads_or_refuses(text: str) -> None:
    try:
        cadence = parse_cadence(text)
    except InvalidCadence:
        return
    assert parse_cadence(cadence.describe()) == cadence


@given(cadences)
def test_every_cadence_reads_back(cadence: Cadence) -> None:
    assert parse_cadence(cadence.describe()) == cadence


@given(texts)
def test_parse_quiet_hours_reads_or_refuses(text: str) -> None:
    try:
        quiet = parse_quiet_hours(text)
    except InvalidTime:
        return
    if quiet is not None:
        again = parse_quiet_hours(f"{format_time(quiet.start)}-{format_time(quiet.end)}")
        assert again == quiet


@given(texts)
def test_parse_days_reads_or_refuses(text: str) -> None:
    try:
        days = parse_days(text)
    except InvalidDuration:
        return
    assert days >= 1


@given(texts)
def test_month_day_reads_or_refuses(text: str) -> None:
    value = month_day(text)
    if value is not None:
        assert month_day(value) == value
        assert member_dates(member_dates_text({"child_birthday": value})) == {
            "child_birthday": value
        }


@given(st.dates(min_value=dt.date(1972, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_a_hard_date_falls_on_one_day_a_year(day: dt.date) -> None:
    tag = dates_falling_on(f"child_birthday:{day.strftime('%m-%d')}", day)
    assert tag == frozenset({"child_birthday"})


@settings(max_examples=300)
@given(
    clock_times,
    st.sampled_from(ZONES),
    instants,
    cadences,
    st.one_of(st.none(), st.tuples(clock_times, clock_times)),
    st.one_of(st.none(), st.integers(0, 400)),
)
def test_next_due_is_after_and_soon(
    slot: dt.time,
    zone: str,
    after: dt.datetime,
    cadence: Cadence,
    quiet_pair: tuple[dt.time, dt.time] | None,
    paused_days: int | None,
) -> None:
    quiet = None
    if quiet_pair is not None and quiet_pair[0] != quiet_pair[1]:
        quiet = QuietHours(*quiet_pair)
    paused = after.date() + dt.timedelta(days=paused_days) if paused_days is not None else None
    due = next_due(slot, zone, after, cadence, paused_until=paused, quiet=quiet)
    assert due > after
    start = max(after.date(), paused or after.date())
    assert due.date() <= start + dt.timedelta(days=17)  # a week, a skipped date, quiet hours


# --- the core, fed anything --------------------------------------------------------------


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    running = asyncio.new_event_loop()
    yield running
    running.close()


class Errors(logging.Handler):
    """Counts what reaches the core's last-resort handler."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def errors() -> Iterator[Errors]:
    handler = Errors()
    logger = logging.getLogger("core")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


def test_the_core_answers_anything(
    library: Library, tmp_path: Path, loop: asyncio.AbstractEventLoop, errors: Errors
) -> None:
    storage = Storage(f"sqlite:///{tmp_path}/properties.sqlite3")
    loop.run_until_complete(storage.migrate())
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC))
    app = Holdspace(library, storage, clock)
    internal = {markup.plain(library.text("error.internal", loc)) for loc in library.locales}

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(events(), min_size=1, max_size=4), st.integers(0, 3 * 24 * 60))
    def answer(batch: list[Event], minutes: int) -> None:
        clock.set(clock.now() + dt.timedelta(minutes=minutes))
        for event in batch:
            replies = loop.run_until_complete(app.handle(event))
            said = [markup.plain(r.text) for r in replies]
            assert not internal & set(said), (event, errors.records[-1:])
            if event.is_private and (event.command or event.action or event.text.strip()):
                assert replies, event  # every private command, button and message: an answer
            for reply in replies:
                for choice in reply.choices:
                    assert len(choice.action.encode()) <= 64

    try:
        answer()
    finally:
        loop.run_until_complete(storage.close())
    assert errors.records == []


def test_a_forged_or_replayed_button_changes_nothing(
    library: Library, tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    """Any action a client could send for a button never issued is refused kindly."""
    storage = Storage(f"sqlite:///{tmp_path}/buttons.sqlite3")
    loop.run_until_complete(storage.migrate())
    app = Holdspace(library, storage, FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)))
    loop.run_until_complete(
        app.handle(Event("test", "ann", "ann", command="subscribe", args="07:30 UTC"))
    )

    async def dump() -> object:
        async with storage.transaction() as tx:
            return await tx.member_data("test", "ann")

    before = loop.run_until_complete(dump())

    @settings(max_examples=150, deadline=None)
    @given(st.tuples(st.sampled_from(("forget:", "forget:yes:")), any_text).map("".join))
    def press(action: str) -> None:
        loop.run_until_complete(app.handle(Event("test", "ann", "ann", action=action)))
        assert loop.run_until_complete(dump()) == before

    try:
        press()
    finally:
        loop.run_until_complete(storage.close())


def test_events_in_groups_are_never_stored_about_members(
    library: Library, tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    storage = Storage(f"sqlite:///{tmp_path}/groups.sqlite3")
    loop.run_until_complete(storage.migrate())
    app = Holdspace(library, storage, FakeClock(dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)))

    @settings(max_examples=80, deadline=None)
    @given(events().filter(lambda e: e.chat_kind is ChatKind.GROUP))
    def in_group(event: Event) -> None:
        loop.run_until_complete(app.handle(event))
        member = loop.run_until_complete(_member(storage, event.user_id))
        assert member is None

    try:
        in_group()
    finally:
        loop.run_until_complete(storage.close())


async def _member(storage: Storage, user: str) -> object:
    async with storage.transaction() as tx:
        return await tx.member("test", user)


def _plain_choice(
    pool: DayPool,
    history: list[tuple[str, dt.datetime]],
    recipient: str,
    now: dt.datetime,
    avoid: set[str],
) -> str | None:
    """The day's choice by the rule as written (`choose_prompt` on the whole day's pool)."""
    this_season = {item for item, at in history if now - at < HARD_DATE_SEASON}
    tagged = [p for p in pool.tagged if p.id not in this_season]
    had = [item for item, _ in history]
    chosen = choose_prompt(tagged or pool.ordinary or pool.tagged, had, recipient, avoid=avoid)
    return chosen.id if chosen else None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
    hers=st.sets(st.sampled_from(["child_birthday", "contact_anniversary"])),
    had=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 400)), max_size=40),
    avoided=st.sets(st.integers(0, 200), max_size=6),
    members=st.lists(st.integers(0, 10_000), min_size=1, max_size=5),
)
def test_a_tick_chooses_what_the_rule_says_for_each_member(
    library: Library,
    day: dt.date,
    hers: set[str],
    had: list[tuple[int, int]],
    avoided: set[int],
    members: list[int],
) -> None:
    prompts = [p for p in library.prompts("en") if p.fits("private")]
    now = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
    history = [(prompts[i % len(prompts)].id, now - dt.timedelta(days=d)) for i, d in had]
    avoid = {prompts[i % len(prompts)].id for i in avoided}
    pool = for_the_day(prompts, day, frozenset(hers))  # one pool, asked again and again
    for member in members:
        recipient = f"member:{member}"
        for seen in (history, []):
            this_season = {item for item, at in seen if now - at < HARD_DATE_SEASON}
            ids = [item for item, _ in seen]
            chosen = pool.choose(ids, recipient, this_season=this_season, avoid=avoid)
            assert (chosen.id if chosen else None) == _plain_choice(
                pool, seen, recipient, now, avoid
            )
