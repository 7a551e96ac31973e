"""The labelled corpus the crisis check is tuned on (dev) and measured on (test).

`bench/crisis_corpus/<part>/<language>.tsv`, columns tier, category, text (`next/` holds
rounds written and measured but not yet tuned on, docs/safety.md). The categories
are the signs of the Columbia scale and the warning signs (`CRISIS_SIGNS`), four kinds of
message that must not raise the alarm (`NOT_CRISIS`), two that get a check-in (`CHECKIN`)
and `other` (someone else at risk). docs/safety.md says how it was written.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from core.safety.engine import CRISIS_SIGNS, Tier

CORPUS = Path(__file__).resolve().parent.parent.parent / "bench" / "crisis_corpus"
LANGUAGES = ("en", "es", "de")
NOT_CRISIS = ("distress", "ordinary", "figurative", "denial")
CHECKIN = ("past", "bereaved")
CATEGORIES = (*CRISIS_SIGNS, *NOT_CRISIS, *CHECKIN, "other")
TIERS = tuple(t.value for t in Tier)
# From the ninth round of writing on, the development part grew by ROUND messages per
# language each time, appended after the FIRST_ROUND messages of the rounds before.
ROUND = 369
FIRST_ROUND = {"en": 2901, "es": 2475, "de": 2475}


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    language: str
    tier: str
    category: str
    text: str

    @property
    def hers(self) -> bool:
        """Tell whether the message speaks of her own risk (a crisis category)."""
        return self.category in CRISIS_SIGNS


def load(part: str, root: Path = CORPUS) -> list[Example]:
    """Read one part of the corpus, every language."""
    return [e for language in LANGUAGES for e in read(root / part / f"{language}.tsv")]


def read(path: Path) -> list[Example]:
    """Read one file of labelled messages, in the language its name gives ("en.tsv")."""
    language = path.stem
    if language not in LANGUAGES:
        raise ValueError(f"{path}: name it after its language, one of {LANGUAGES}")
    examples = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["tier"] not in TIERS or row["category"] not in CATEGORIES:
                raise ValueError(f"{path}: unknown tier or category in {row!r}")
            examples.append(Example(language, row["tier"], row["category"], row["text"]))
    return examples


def rounds(examples: list[Example]) -> list[int]:
    """Return each development message's round of writing (9, 10, …; 0 before the ninth)."""
    seen = dict.fromkeys(LANGUAGES, 0)
    found = []
    for example in examples:
        at = seen[example.language] - FIRST_ROUND[example.language]
        found.append(9 + at // ROUND if at >= 0 else 0)
        seen[example.language] += 1
    return found
