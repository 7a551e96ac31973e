"""Choosing which prompt (or reframe) someone gets.

A recipient never gets a prompt she had before until every prompt that fits has been used;
then the ones she had longest ago come back first. Among equals the choice is deterministic
(a hash of the recipient and how many prompts she has had), so that a replayed script gives
the same answers, and themes rotate: the theme of the last prompt is avoided when another
theme is still fresh. Prompts written for hard dates come first on their days and never on
others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from core.content import Prompt


class _Item(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def theme(self) -> str: ...


_T = TypeVar("_T", bound=_Item)

HARD_DATE_SEASON = dt.timedelta(days=180)  # a hard-date prompt comes once in a season
# What was sent is kept this long, and no longer: longer than the season, and than a whole
# round of a locale's prompts at one a day (a test holds the library to it), so the prompt
# a member is given is the one she would get with her whole history.
HISTORY_KEEP = dt.timedelta(days=240)


def choose_prompt(
    candidates: Sequence[_T],
    history: Sequence[str],
    recipient: str,
    *,
    avoid: Iterable[str] = (),
) -> _T | None:
    """Pick the next item for a recipient from the candidates, given what she already had
    (`history`: the ids of what she was sent, oldest first)."""
    if not candidates:
        return None
    avoid_ids = set(avoid)
    pool = [p for p in candidates if p.id not in avoid_ids] or list(candidates)
    return _choose_from(pool, history, recipient)


def _choose_from(pool: Sequence[_T], history: Sequence[str], recipient: str) -> _T:
    """Pick from a pool already rid of what is to be avoided (see `choose_prompt`)."""
    if not history:  # all fresh, no last theme: the whole pool (the tick's common case)
        return pool[_turn(recipient, 0, len(pool))]
    last_seen = dict(zip(history, range(len(history)), strict=True))  # the last time of each
    fresh = [p for p in pool if p.id not in last_seen]
    if fresh:
        last_theme = _last_theme(pool, history)
        other_theme = [p for p in fresh if p.theme != last_theme]
        pick_from = other_theme or fresh
    else:
        oldest = min(last_seen.get(p.id, -1) for p in pool)
        pick_from = [p for p in pool if last_seen.get(p.id, -1) == oldest]
    return pick_from[_turn(recipient, len(history), len(pick_from))]


def _turn(recipient: str, had: int, among: int) -> int:
    """Return which of `among` equals she gets: a hash of who she is and how many she had."""
    digest = hashlib.sha256(f"{recipient}:{had}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % among


def _last_theme(pool: Sequence[_Item], history: Sequence[str]) -> str | None:
    if not history:
        return None
    last_id = history[-1]
    return next((p.theme for p in pool if p.id == last_id), None)


class _Prepared(Generic[_T]):
    """A pool asked for thousands of members (a tick's day pool): the same choice as
    `_choose_from`, with what it needs of the pool worked out once, so that a member's
    choice costs set operations on her history rather than a walk of the pool."""

    def __init__(self, pool: Sequence[_T]) -> None:
        self.pool = list(pool)
        first: dict[str, int] = {}  # each id's place in the pool
        for place, item in enumerate(self.pool):
            first.setdefault(item.id, place)
        self.place = first
        self.ids = frozenset(first)
        self.distinct = len(first) == len(self.pool)  # else the rule as written
        of_theme: dict[str, set[str]] = {}
        for item in self.pool:
            of_theme.setdefault(item.theme, set()).add(item.id)
        self.of_theme = {theme: frozenset(ids) for theme, ids in of_theme.items()}

    def choose(self, history: Sequence[str], recipient: str) -> _T:
        """Pick as `_choose_from(self.pool, history, recipient)` would."""
        if not history or not self.distinct:
            return _choose_from(self.pool, history, recipient)
        fresh = self.ids.difference(history)
        if not fresh:  # a whole round had: the oldest comes back (rare), as written
            return _choose_from(self.pool, history, recipient)
        last = self.place.get(history[-1])
        # as `_choose_from`: the fresh ones of another theme than the last, else all fresh
        last_theme = self.of_theme[self.pool[last].theme] if last is not None else frozenset()
        other_theme = fresh - last_theme
        pick_from = sorted(other_theme or fresh, key=self.place.__getitem__)  # pool order
        chosen = pick_from[_turn(recipient, len(history), len(pick_from))]
        return self.pool[self.place[chosen]]


def hard_dates_on(day: dt.date) -> frozenset[str]:
    """Return the hard-date tags that fall on a local date (those known without asking her)."""
    tags = set()
    if (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 2):
        tags.add("winter_holidays")
    may_first = dt.date(day.year, 5, 1)
    second_sunday = may_first + dt.timedelta(days=(6 - may_first.weekday()) % 7 + 7)
    if day == second_sunday:
        tags.add("mothers_day")  # the most widely kept date; countries differ (README)
    return frozenset(tags)


@dataclass(frozen=True)
class DayPool:
    """The prompts that suit one day: those written for its hard dates, and the ordinary ones.

    A prompt written for a hard date comes first on its days, once a season: on the next
    day of the same season (the winter holidays last two weeks) the ordinary ones follow,
    and a prompt for a hard date never comes on another day.
    """

    tagged: tuple[Prompt, ...]
    ordinary: tuple[Prompt, ...]
    # the pools left once some prompts are avoided, by what is avoided: a tick asks the same
    # day's pool the same thing for thousands of members
    _avoiding: dict[frozenset[str], _Prepared[Prompt]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def choose(
        self,
        history: Sequence[str],
        recipient: str,
        *,
        this_season: Collection[str] = (),
        avoid: Iterable[str] = (),
    ) -> Prompt | None:
        """Pick the recipient's prompt for the day (see `choose_prompt`); `this_season`: the
        prompts of `tagged` she had within `HARD_DATE_SEASON` (`Tx.had_since`)."""
        tagged = [p for p in self.tagged if p.id not in this_season]
        if tagged:
            return choose_prompt(tagged, history, recipient, avoid=avoid)
        candidates = self.ordinary or self.tagged
        if not candidates:
            return None
        avoiding = frozenset(avoid)
        if (pool := self._avoiding.get(avoiding)) is None:
            kept = [p for p in candidates if p.id not in avoiding] or list(candidates)
            pool = self._avoiding[avoiding] = _Prepared(kept)
        return pool.choose(history, recipient)


def for_the_day(
    prompts: Sequence[Prompt], day: dt.date, hers: frozenset[str] = frozenset()
) -> DayPool:
    """Sort the prompts for a day: those for its hard dates, and those for no hard date.

    `hers` are the member's own dates that fall on this day (her child's birthday, the day
    contact changed); the dates everyone shares are known here.
    """
    today = hard_dates_on(day) | hers
    return DayPool(
        tagged=tuple(p for p in prompts if p.tags & today),
        ordinary=tuple(p for p in prompts if not p.tags),  # every tag names a hard date
    )


def for_group(prompt: Prompt, themes: Collection[str]) -> bool:
    """Say whether a group may get a prompt: written for groups, in its themes (or any)."""
    return prompt.fits("group") and (not themes or prompt.theme in themes)
