"""A second signal: a small linear model over a message's words, for what the rules miss.

The rules read phrases; the model weighs words, word pairs, the four-letter pieces of each
word (so a typo, a new ending or an unseen compound still shares most of its pieces with the
words it was learnt from) and what the rules found (a weak sign, a faint one, a denial),
learnt from the labelled development corpus (`python -m core.safety.train` makes
`core/safety/data/model.json`; it needs scikit-learn, a development dependency; running the
bot needs nothing but this file). It scores a message as the probability that she is
speaking of her own risk, with a second set of weights, that she is telling of someone
else at risk now, and with a third, that an attempt is under way or has just been made. The
detector asks it about her own and someone else's risk only where the rules found nothing,
or only a faint sign: a high score for her own risk becomes a crisis reply, a middling one a
direct, gentle question; else a high score for someone else's, resources for helping them.
A lone weak sign the rules saw asks only when the model would ask too. Whatever is answered
as her crisis, by the rules or the model, becomes the acute reply (her emergency number
first) when the third score is high; a question stays a question. What the rules read as
her crisis while the first score is very low is asked about instead (a direct question, her
lines beside it): the rules' phrases also match everyday words no example showed them.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from core.safety.text import german

PATH = Path(__file__).resolve().parent / "data" / "model.json"


GRAM = 4  # the length of a word's pieces, its edges marked: "<kms>" gives "<kms", "kms>"


def features(parts: Iterable[list[str]]) -> set[str]:
    """Return a message's features: its words, neighbouring word pairs (clause by clause)
    and each word's pieces (`#` and four letters)."""
    found: set[str] = set()
    words: set[str] = set()
    for tokens in parts:
        clause = [german(t) for t in tokens if not t.isdigit()]
        words.update(clause)
        found.update(map(" ".join, itertools.pairwise(clause)))
    found |= words
    for word in words:
        found.update(_pieces(word))
    return found


@functools.lru_cache(maxsize=2**16)
def _pieces(word: str) -> tuple[str, ...]:
    marked = f"<{word}>"
    return tuple(f"#{marked[i : i + GRAM]}" for i in range(len(marked) - GRAM + 1))


@dataclass(frozen=True)
class Weights:
    """One logistic regression over binary features scaled to unit length."""

    weights: Mapping[str, float]
    bias: float

    def probability(self, found: set[str]) -> float:
        """Return the probability of what these weights were learnt for."""
        if not found:
            return 0.0
        total = sum(self.weights.get(f, 0.0) for f in found) / math.sqrt(len(found))
        return 1.0 / (1.0 + math.exp(-(total + self.bias)))


NEVER = 1.01  # a threshold no probability reaches


@dataclass(frozen=True)
class LinearModel:
    """The second signal: her own risk, and someone else's."""

    hers: Weights
    crisis_at: float  # from this probability of her risk on, a crisis reply
    ask_at: float  # from this one on, a direct question
    other: Weights = Weights({}, 0.0)
    other_at: float = NEVER  # from this probability of someone else's risk on, help for them
    acute: Weights = Weights({}, 0.0)
    acute_at: float = NEVER  # from this probability of an attempt under way on, an emergency
    doubt_at: float = 0.0  # below this probability of her risk, a crisis the rules read asks

    def probability(self, found: set[str]) -> float:
        """Return the probability that a message with these features speaks of her risk."""
        return self.hers.probability(found)

    def other_probability(self, found: set[str]) -> float:
        """Return the probability that it tells of someone else at risk now."""
        return self.other.probability(found)

    def acute_probability(self, found: set[str]) -> float:
        """Return the probability that it tells of an attempt under way or just made, or of
        means at hand with a time (what the acute reply is for)."""
        return self.acute.probability(found)


def load(path: Path = PATH) -> LinearModel | None:
    """Load the committed model, or None when there is none."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel(
        hers=Weights(data["weights"], float(data["bias"])),
        crisis_at=float(data["crisis_at"]),
        ask_at=float(data["ask_at"]),
        other=Weights(data["other_weights"], float(data["other_bias"])),
        other_at=float(data["other_at"]),
        acute=Weights(data["acute_weights"], float(data["acute_bias"])),
        acute_at=float(data["acute_at"]),
        doubt_at=float(data["doubt_at"]),
    )
