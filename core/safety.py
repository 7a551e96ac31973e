"""Crisis language: recognised before anything else, in every language the content knows.

Patterns live in `content/<locale>/language.yaml` (`crisis`, and `not_crisis` for figurative
phrases). Every locale's patterns are checked, whatever the member's language, because a
member in crisis may write in any of them. When in doubt the check says yes: a warm reply
with crisis lines costs little; a missed crisis costs everything.
"""

from __future__ import annotations

import re
import unicodedata

from core.content import Library

_QUOTES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'"})


def normalise(text: str) -> str:
    """Fold case, quotes and spacing so that patterns match what people type."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", folded).strip()


def is_crisis(library: Library, text: str) -> bool:
    """Tell whether a message holds crisis language."""
    folded = normalise(text)
    if not folded:
        return False
    for language in library.all_languages():
        for pattern in language.crisis:
            for match in pattern.finditer(folded):
                if not _figurative(library, folded, match):
                    return True
    return False


def _figurative(library: Library, folded: str, match: re.Match[str]) -> bool:
    """Tell whether a crisis match sits inside a known figurative phrase."""
    for language in library.all_languages():
        for pattern in language.not_crisis:
            for fig in pattern.finditer(folded):
                if fig.start() <= match.start() and match.end() <= fig.end():
                    return True
    return False
