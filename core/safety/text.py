"""Text as the check reads it: folded, cut into clauses of plain tokens, typos mended.

People write to a bot the way they type on a phone: lowercase, no apostrophes, no accents,
letters doubled or swapped, emoji for words. Every rule is written against one folded form,
so that "I don't", "i dont" and "I DON’T" are the same three tokens, "Selbstmordgedanken"
and "selbstmordgedancken" are one word, and 💊 reads as a word for pills.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

# Emoji that stand for words in crisis talk become a token every language's rules know.
# (💀 and 😵 are left alone: "💀" mostly means "I died laughing".)
EMOJI = {
    "💊": " xpill ",
    "🔪": " xknife ",
    "🗡": " xknife ",
    "🪒": " xrazor ",
    "🪢": " xrope ",
    "🔫": " xgun ",
    "⚰": " xcoffin ",
    "🪦": " xgrave ",
    "🩸": " xblood ",
    "🌉": " xbridge ",
    "🚆": " xtrain ",
    "🚂": " xtrain ",
    "🚄": " xtrain ",
    "🚇": " xtrain ",
    "👋": " xwave ",
}
_EMOJI = re.compile("|".join(map(re.escape, EMOJI)))
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s", "@": "a"}
)
_RUNS = re.compile(r"([a-z])\1{2,}")
# A clause ends at sentence punctuation, a line break or a dash between words.
WINDOW = 32  # tokens in a clause, at most
OVERLAP = 12  # tokens two windows of a long clause share
_WORD_OR_STOP = re.compile(
    r"([a-z0-9$@]+(?:['-][a-z0-9$@]+)*)|([.!?;:\n\r…]+|\s[-–—]+\s|\s/\s)|(,)"
)
_ORDINAL = re.compile(r"\d{1,2}")  # "den 15. november": a date's full stop ends no clause
_GERMAN_VOWELS = re.compile(r"(?<=[a-z])(ae|oe|ue)|^(ae|oe|ue)")


_DASHES = (("–", "-"), ("—", "-"), ("‐", "-"), ("‑", "-"))


def _strip_marks(text: str) -> str:
    """Drop accents (and anything else outside ASCII: the rules read Latin letters)."""
    for dash, plain in _DASHES:
        if dash in text:
            text = text.replace(dash, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


_UNITS = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|h|hs|hrs|min|mins|x|k|mg|ml|kg|km|er|ern|s|yrs|y|j|m)?"
)


def _unleet(word: str) -> str:
    """Read digits and signs inside a word as the letters they disguise ("su1c1de")."""
    if word.isalpha() or word.isdigit():
        return word
    letters = sum(ch.isalpha() for ch in word)
    if letters < 2 or _UNITS.fullmatch(word):
        return word.strip("$@")  # "2nd", "3am": a number with letters, not a disguised word
    return word.translate(_LEET)


def fold(text: str) -> str:
    """Fold a message to the form every rule is written in (lowercase, plain letters).

    Apostrophes and hyphens inside words, repeated letters and disguised letters are dealt
    with word by word in `clauses`.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if _PAST_FIRST_EMOJI.search(text):  # (not max(text): a str per character)
            text = _EMOJI.sub(lambda m: EMOJI[m.group(0)], text)
        text = text.casefold().replace("ß", "ss")
        for curly in _CURLY:
            if curly in text:
                text = text.replace(curly, "'")
        if _opens_quote(text):
            text = _QUOTED.sub(_quoted, text)
        text = _strip_marks(text)
    else:
        text = text.lower()
        if _opens_quote(text):
            text = _QUOTED.sub(_quoted, text)
    return _SAID.sub(_said, text) if ":" in text else text


_FIRST_EMOJI = min(EMOJI)
assert all(len(emoji) == 1 for emoji in EMOJI)
_PAST_FIRST_EMOJI = re.compile(f"[{_FIRST_EMOJI}-\U0010ffff]")  # a character from it on
_CURLY = ("’", "‘", "´", "`", "ʼ")


# Someone else's words quoted ("he sent me 'i want to die'"): their "I" is not hers. Inside
# quotes, first-person words are marked (xi, xmy, ...), so the speaker before the quote owns
# what it says.
_QUOTED = re.compile(
    r'["“„«]([^"“”„«»\n]{1,300})["”“»]'
    r"|(?<![a-z0-9])'((?:[^'\n]|(?<=[a-z])'(?=[a-z])){1,300}?)'(?![a-z0-9])"
)
_FIRST_PERSON = re.compile(
    r"\b(i|im|ive|id|ill|me|my|myself|mine|yo|mi|me|ich|mich|mir|mein|meine|meinen|meiner)\b"
)


_OPENERS = ('"', "“", "„", "«")
_LETTERS_AND_DIGITS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _opens_quote(text: str) -> bool:
    """Tell whether `_QUOTED` can match in a text: where it holds a character its matches
    open with (a double quote mark, or a single one after no letter or digit). `_QUOTED`
    itself tries every character of a long message; most apostrophes are inside words."""
    if any(mark in text for mark in _OPENERS):
        return True
    at = text.find("'")
    while at != -1:
        if at == 0 or text[at - 1] not in _LETTERS_AND_DIGITS:
            return True
        at = text.find("'", at + 1)
    return False


def _quoted(match: re.Match[str]) -> str:
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    return " " + _FIRST_PERSON.sub(r"x\1", inner) + " "


# Someone else's words after a colon, with or without quote marks ("mein Sohn hat mir
# geschrieben: Mama, ich kann nicht mehr"): the rest of the sentence is theirs, and the colon
# does not cut it off from its speaker. Only a speaker who is not she, in the past ("he
# said:", "me dijo:", "sie hat geschrieben:"; not "I said:", "ich hab gesagt:", nor the
# present "wer hier schreibt:", which may be her).
_SAID = re.compile(
    r"(?:(?<![a-z])(?<!\bi )(?:said|says|wrote|writes|texted|texts|posted|posts|messaged)"
    r"(?: me| to me| us)?"
    r"|(?<![a-z])(?<!\byo )(?:me |nos )?(?<!\blo )(?:dijo|escribio|mando|puso|publico|posteo)"
    r"|(?<![a-z])hat(?: [^.!?:\n ]+){0,8} (?:geschrieben|gesagt|gepostet|geschickt)"
    r"|(?<![a-z])(?<!\bich )(?:schrieb|sagte|postete))"
    r" ?: ?([^.!?\n]{1,300})"
)


def _said(match: re.Match[str]) -> str:
    """Mark the first person in someone else's words and in the telling ("he texted me",
    "me dijo", "hat mir geschrieben": she is who they were said to, not who says them)."""
    head = match.group(0)[: match.start(1) - match.start()].rstrip(" :")
    return _FIRST_PERSON.sub(r"x\1", head) + " " + _FIRST_PERSON.sub(r"x\1", match.group(1))


def german(token: str) -> str:
    """Fold a token's written-out umlauts (ae, oe, ue) as German rules expect (muede → mude)."""
    if "ae" not in token and "oe" not in token and "ue" not in token:
        return token
    return _GERMAN_VOWELS.sub(lambda m: m.group(0)[0], token)


class Clause(list[str]):
    """A clause's plain tokens, and the places of its commas: `breaks` holds the number of
    each token a comma stood before ("no quiero comer, quiero morirme": 3). A negation does
    not reach across a comma; every rule reads the tokens as if the commas were not there."""

    breaks: frozenset[int] = frozenset()


# Punctuation dictated by voice typing and written out ("he never rang full stop", "ich hab
# gesagt Punkt das wars"): a stop or a comma, as the mark itself would be. Not a German
# "Punkt" that is a point ("an dem Punkt", "Punkt für Punkt", "Punkt 8 Uhr").
_DICTATED_STOP = re.compile(
    r"(?<![a-z])(?:full stop|question mark|exclamation (?:mark|point)|new (?:line|paragraph)"
    r"|fragezeichen|ausrufezeichen|neue zeile|neuer absatz)(?![a-z])"
    r"|(?<![a-z])(?<!dem )(?<!den )(?<!der )(?<!nem )(?<!einem )(?<!einen )(?<!ohne )"
    r"(?<!fur )(?<!auf )(?<!am )(?<!zum )(?<!und )(?<!ein )punkt(?![a-z])(?! (?:fur|und|am|\d))"
)
_DICTATED_COMMA = re.compile(r"(?<![a-z])(?:comma|komma)(?![a-z])(?! \d)")
# Words each dictated mark needs (checked before the patterns, which try every character of
# a long message: "new " alone, in most English letters, cost a quarter of a millisecond).
_DICTATED_STOPS = (
    "full stop",
    "question mark",
    "exclamation ",
    "new line",
    "new paragraph",
    "fragezeichen",
    "ausrufezeichen",
    "neue zeile",
    "neuer absatz",
    "punkt",
)
_DICTATED_COMMAS = ("comma", "komma")


def clauses(folded: str) -> list[Clause]:
    """Cut folded text into clauses of plain tokens."""
    if any(word in folded for word in _DICTATED_STOPS):
        folded = _DICTATED_STOP.sub(".", folded)
    if any(word in folded for word in _DICTATED_COMMAS):
        folded = _DICTATED_COMMA.sub(",", folded)
    out: list[Clause] = []
    tokens: list[str] = []
    breaks: set[int] = set()
    for word, stop, comma in _WORD_OR_STOP.findall(folded):
        if word:
            token = _plain(word)
            if token:
                tokens.append(token)
        elif comma:
            if tokens:
                breaks.add(len(tokens))
        elif tokens and not (stop == "." and _ORDINAL.fullmatch(tokens[-1])):
            _add(out, tokens, breaks)
            tokens = []
            breaks = set()
    if tokens:
        _add(out, tokens, breaks)
    return out


def _add(out: list[Clause], tokens: list[str], breaks: set[int]) -> None:
    # A run-on clause is read in overlapping windows: every phrase a rule looks for fits in
    # one, and no rule has to search (and backtrack through) a hundred words at once.
    starts = [0] if len(tokens) <= WINDOW else range(0, len(tokens) - OVERLAP, WINDOW - OVERLAP)
    for start in starts:
        clause = Clause(tokens[start : start + WINDOW])
        if breaks:
            clause.breaks = frozenset(b - start for b in breaks if start < b < start + WINDOW)
        out.append(clause)


@lru_cache(maxsize=100_000)
def _plain(word: str) -> str:
    """Return a word as the rules read it: no apostrophe or hyphen inside, letters."""
    if "'" in word or "-" in word:
        word = word.replace("'", "").replace("-", "")
    if not word.isalpha():
        word = _unleet(word)
    if len(word) > 2 and _RUNS.search(word):
        word = _RUNS.sub(r"\1", word)
    return word


@dataclass(frozen=True, eq=False)
class Speller:
    """Mends one- and two-letter typos in the words the rules care about.

    A token is mended only when it is not a word itself (`real` lists the real words that
    lie within reach of a vocabulary word), is at least five letters long, and lies within
    one edit (two for words of eight letters or more) of exactly one vocabulary word. An edit
    is a letter missing, added, changed, or two neighbours swapped.

    The index of deletions (the symmetric-delete method) holds no strings: each deletion is
    kept as its hash, sorted, beside the place of the word it comes from, twelve bytes an
    entry (German and Spanish have a hundred thousand deletions and more). Two deletions
    that share a hash only add a candidate, and every candidate is checked by its distance.
    """

    words: tuple[str, ...]  # the vocabulary, sorted
    keys: array[int]  # the hash of each deletion (offset to be unsigned), in order
    owners: array[int]  # the place in `words` of the word each deletion comes from
    vocabulary: frozenset[str]
    real: frozenset[str]

    @classmethod
    def build(cls, vocabulary: Iterable[str], real: Iterable[str]) -> Speller:
        """Index a vocabulary by its deletions."""
        words = tuple(sorted({w for w in vocabulary if len(w) >= MIN_FUZZY}))
        if len(words) >= 1 << _OWNER_BITS:
            raise ValueError("too many words for the speller's index")
        packed = sorted(
            (_key(variant) << _OWNER_BITS) | place
            for place, word in enumerate(words)
            for variant in _deletions(word, _reach(word))
        )
        mask = (1 << _OWNER_BITS) - 1
        keys = array("Q", (p >> _OWNER_BITS for p in packed))
        owners = array("I", (p & mask for p in packed))
        known = frozenset(words)
        return cls(words, keys, owners, known, frozenset(real) - known)

    def near(self, variant: str) -> Iterator[str]:
        """Yield the vocabulary words one of whose deletions is `variant`."""
        key = _key(variant)
        at = bisect_left(self.keys, key)
        while at < len(self.keys) and self.keys[at] == key:
            yield self.words[self.owners[at]]
            at += 1

    def mend(self, token: str) -> str:
        """Return the vocabulary word a token misspells, or the token itself."""
        return _mend(self, token)


_OWNER_BITS = 20


def _key(variant: str) -> int:
    return hash(variant) + (1 << 63)  # unsigned, for an array of "Q"


MIN_FUZZY = 5


def _reach(word: str) -> int:
    return 2 if len(word) >= 8 else 1


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w)) if len(w) > 1}
        found |= frontier
    return found


@lru_cache(maxsize=65536)
def _mend_cached(speller: Speller, token: str) -> str:
    candidates: set[str] = set()
    for variant in _deletions(token, 2 if len(token) >= 8 else 1):
        candidates.update(speller.near(variant))
    scored = [(distance(token, w), w) for w in candidates]
    scored = [(d, w) for d, w in scored if d <= _reach(w)]
    if not scored:
        return token
    best = min(d for d, _ in scored)
    nearest = [w for d, w in scored if d == best]
    if len(nearest) > 1:  # a tie: typos seldom touch the first letter
        nearest = [w for w in nearest if w[0] == token[0]]
    return nearest[0] if len(nearest) == 1 else token


def _mend(speller: Speller, token: str) -> str:
    if len(token) < MIN_FUZZY or token in speller.vocabulary or token in speller.real:
        return token
    if not token.isalpha():
        return token
    return _mend_cached(speller, token)


def distance(a: str, b: str) -> int:
    """Count the edits between two words (optimal string alignment distance)."""
    if a == b:
        return 0
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
