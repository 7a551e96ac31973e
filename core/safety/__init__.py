"""Crisis language: recognised before anything else, in every language Holdspace reads.

`assess(text)` reads one message with the English, Spanish and German lexicons (whatever
the member's language: a member in crisis may write in any of them) and says how to answer
it: a `Tier` and the signs it recognised. `docs/safety.md` says what it recognises, how,
and how well.
"""

from __future__ import annotations

from functools import lru_cache

from core.safety.engine import CRISIS_SIGNS, Assessment, Detector, Lexicon, Tier


def lexicons() -> list[Lexicon]:
    """Build every language's lexicon."""
    from core.safety import de, en, es
    from core.safety.anchors import remembering

    with remembering():
        return [en.lexicon(), es.lexicon(), de.lexicon()]


def build() -> Detector:
    """Build a detector with every language's lexicon and the committed model."""
    from core.safety import model
    from core.safety.anchors import remembering

    with remembering():
        return Detector(lexicons(), model.load())


@lru_cache(maxsize=1)
def detector() -> Detector:
    """Return the detector the bot uses (built once)."""
    return build()


def assess(text: str) -> Assessment:
    """Read one message and say how to answer it."""
    return detector().assess(text)


__all__ = [
    "CRISIS_SIGNS",
    "Assessment",
    "Detector",
    "Tier",
    "assess",
    "build",
    "detector",
    "lexicons",
]
