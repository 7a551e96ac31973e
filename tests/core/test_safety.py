"""Crisis language: caught in every language, not confused with sadness or figures of speech."""

from __future__ import annotations

import pytest

from core.safety import assess

CRISES = [
    "I want to die",
    "i want to end my life",
    "I don't want to be alive anymore",
    "Sometimes I think about suicide",
    "I've been thinking of killing myself",
    "everyone would be better off without me",
    "I can't go on anymore",
    "I’m going to end it all tonight",
    "I hurt myself again last night",
    "no reason to live now that he's gone",
]
NOT_CRISES = [
    "I miss my son so much",
    "this heat is killing me",
    "I'm dying to see the garden in spring",
    "My daughter hasn't called in a year and I cry every morning",
    "I failed her",
    "",
    "the waiting is killing me",
]


@pytest.mark.parametrize("text", CRISES)
def test_crisis_language_is_recognised(text: str) -> None:
    assert assess(text).escalates


@pytest.mark.parametrize("text", NOT_CRISES)
def test_sadness_is_not_a_crisis(text: str) -> None:
    assert not assess(text).escalates


@pytest.mark.parametrize(
    "text", ["quiero morir", "no quiero vivir más", "ich will nicht mehr leben", "ich will sterben"]
)
def test_crisis_language_in_other_languages(text: str) -> None:
    assert assess(text).escalates
