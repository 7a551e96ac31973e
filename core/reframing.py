"""Finding the reframe that best answers what a member wrote.

Each reframe lists situations in a member's own words ("I failed her", "she hates me").
A message is compared with every situation of the member's language (and English):
both are folded (case, accents, punctuation), stop words are dropped, and words a
locale's `same` lists treat as one ("son", "daughter", "her", "him" -> one word for the child)
are merged. The score of a situation is the share of its words found in the message, with
a bonus when the whole situation appears as a phrase; a word counts as found when the
message has it or a word sharing its first five letters ("texting"/"texted"). The best
score wins when it reaches `THRESHOLD`; ties go to the reframe listed first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.content import LanguageData, Library, Reframe

THRESHOLD = 0.6
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


@dataclass(frozen=True)
class Match:
    """A reframe and how well it fits."""

    reframe: Reframe
    score: float
    situation: str


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str, language: LanguageData) -> list[str]:
    """Return the meaningful words of a text, folded and merged."""
    result = []
    for word in _WORD.findall(_fold(text)):
        word = word.replace("'", "")
        if word in language.stopwords:
            continue
        result.append(language.same.get(word, word))
    return result


def _found(word: str, message: set[str], stems: set[str]) -> bool:
    return word in message or (len(word) >= 5 and word[:5] in stems)


def score(situation: list[str], message: list[str]) -> float:
    """Score how well a message covers a situation (0 to about 1.2)."""
    if not situation:
        return 0.0
    present = set(message)
    stems = {w[:5] for w in message if len(w) >= 5}
    hits = sum(1 for word in situation if _found(word, present, stems))
    value = hits / len(situation)
    if len(situation) > 1 and " ".join(situation) in " ".join(message):
        value += 0.2
    if len(situation) == 1:
        value *= 0.8
    return value


def best_reframe(library: Library, locale: str, text: str) -> Match | None:
    """Return the reframe that best answers the text, or None when nothing fits well."""
    english = {r.id: r for r in library.reframes("en")}
    local_language = library.language(locale)
    english_language = library.language("en")
    local_message = words(text, local_language)
    english_message = words(text, english_language)
    best: Match | None = None
    for reframe in library.reframes(locale):
        candidates = [(s, local_language, local_message) for s in reframe.situations]
        if reframe is not english[reframe.id]:
            candidates += [
                (s, english_language, english_message) for s in english[reframe.id].situations
            ]
        for situation, language, message in candidates:
            value = score(words(situation, language), message)
            if best is None or value > best.score:
                best = Match(reframe, value, situation)
    if best is None or best.score < THRESHOLD:
        return None
    return best
