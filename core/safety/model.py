"""A second signal: a small linear model over a message's words, for what the rules miss.

The rules read phrases; the model weighs words, word pairs and what the rules found (a weak
sign, a faint one, a denial), learnt from the labelled
development corpus (`python -m core.safety.train` makes `core/safety/data/model.json`; it
needs scikit-learn, a development dependency; running the bot needs nothing but this
file). It scores a message as the probability that she is speaking of her own risk. The
detector asks it only about messages the rules found nothing in, or only a faint sign:
a high score becomes a crisis reply, a middling one a direct, gentle question.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from core.safety.text import german

PATH = Path(__file__).resolve().parent / "data" / "model.json"


def features(parts: Iterable[list[str]]) -> set[str]:
    """Return a message's features: its words and neighbouring word pairs, clause by clause."""
    found: set[str] = set()
    for tokens in parts:
        words = [german(t) for t in tokens if not t.isdigit()]
        found.update(words)
        found.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return found


@dataclass(frozen=True)
class LinearModel:
    """Logistic regression over binary features scaled to unit length."""

    weights: Mapping[str, float]
    bias: float
    crisis_at: float  # from this probability on, a crisis reply
    ask_at: float  # from this one on, a direct question

    def probability(self, found: set[str]) -> float:
        """Return the probability that a message with these features speaks of her risk."""
        if not found:
            return 0.0
        total = sum(self.weights.get(f, 0.0) for f in found) / math.sqrt(len(found))
        return 1.0 / (1.0 + math.exp(-(total + self.bias)))


def load(path: Path = PATH) -> LinearModel | None:
    """Load the committed model, or None when there is none."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel(
        weights=data["weights"],
        bias=float(data["bias"]),
        crisis_at=float(data["crisis_at"]),
        ask_at=float(data["ask_at"]),
    )
