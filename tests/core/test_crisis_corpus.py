"""The crisis check meets its floors on the test part of the corpus (never tuned on).

The floors are the issue's: crisis recall at least 0.97 in each language and 0.90 in each
category; ordinary and figurative messages escalated at most 3% of the time, distress at
most 10%. `python -m bench.crisis` prints the same figures and more.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from bench.crisis import score
from core.safety import CRISIS_SIGNS, Tier, detector
from core.safety.corpus import LANGUAGES, Example, load


@pytest.fixture(scope="module")
def answered() -> list[tuple[Example, Tier]]:
    check = detector()
    return [(e, check.assess(e.text).tier) for e in load("test")]


def _share(pairs: list[tuple[Example, Tier]], tiers: tuple[Tier, ...]) -> float:
    return sum(t in tiers for _, t in pairs) / len(pairs)


ESCALATED = (Tier.CRISIS, Tier.ACUTE, Tier.OTHER)


@pytest.mark.parametrize("language", LANGUAGES)
def test_crisis_recall_in_each_language(
    answered: list[tuple[Example, Tier]], language: str
) -> None:
    crises = [(e, t) for e, t in answered if e.language == language and e.hers]
    assert _share(crises, (Tier.CRISIS, Tier.ACUTE)) >= 0.97


@pytest.mark.parametrize("category", CRISIS_SIGNS)
def test_crisis_recall_in_each_category(
    answered: list[tuple[Example, Tier]], category: str
) -> None:
    crises = [(e, t) for e, t in answered if e.category == category]
    assert _share(crises, (Tier.CRISIS, Tier.ACUTE)) >= 0.90


@pytest.mark.parametrize("language", LANGUAGES)
def test_ordinary_and_figurative_are_not_escalated(
    answered: list[tuple[Example, Tier]], language: str
) -> None:
    calm = [
        (e, t)
        for e, t in answered
        if e.language == language and e.category in ("ordinary", "figurative")
    ]
    assert _share(calm, ESCALATED) <= 0.03


@pytest.mark.parametrize("language", LANGUAGES)
def test_distress_is_seldom_escalated(answered: list[tuple[Example, Tier]], language: str) -> None:
    distress = [(e, t) for e, t in answered if e.language == language and e.category == "distress"]
    assert _share(distress, ESCALATED) <= 0.10


def test_the_bench_reports_every_language_and_category() -> None:
    figures = score(load("test"), detector())
    by_language: dict[str, set[str]] = defaultdict(set)
    for language in LANGUAGES:
        table = figures[language]
        assert isinstance(table, dict)
        by_language[language] = set(table)
    for language in LANGUAGES:
        assert set(CRISIS_SIGNS) <= by_language[language]
        assert {"distress", "ordinary", "figurative", "crisis"} <= by_language[language]
