"""Which rules are worth trying on a clause: each rule's anchor words, found in its pattern.

Trying every rule on every clause of a long message costs milliseconds. But almost every
rule needs at least one particular word ("suicide", "pills", "burden"), so the engine keeps
an index from a word's first four letters to the rules that need it, and tries only the
rules whose anchors a clause contains (and the few that have no anchor). Of the words a
match must contain, the rarest are chosen, by how often they turn up in messages. The
anchors are read from each pattern's syntax tree, so they cannot drift from the patterns.

Reading them is most of what building the detector costs (seconds, paid by every process at
start), so what was read is kept in `core/safety/data/anchors.tsv`, one line per pattern
(its hash and its key sets), made for one set of key frequencies by `python -m
core.safety.words` (`remake`). A pattern the file does not hold is read at start, and a test
fails until the file is made again.
"""

from __future__ import annotations

import hashlib
import re._constants as _c  # Python 3.11+: the regular expression parser, as re uses it
import re._parser as _p
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

KEY = 4  # a word left open in a pattern is indexed by its first four letters
EXACT = "="  # a whole word is indexed as itself, behind this mark ("=pills")
MAX_DEPTH = 40
_SPACE = ord(" ")
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
# How often each key turns up in a message of each language (the share of messages holding
# it), measured on the development corpus by `python -m core.safety.words`: a rule is
# anchored on the words least likely to be in a clause of its language.
FREQUENCY_PATH = Path(__file__).resolve().parent / "data" / "keys.tsv"
KNOWN_PATH = Path(__file__).resolve().parent / "data" / "anchors.tsv"
LANGUAGES = ("en", "es", "de")


def _frequencies() -> dict[str, dict[str, float]]:
    tables: dict[str, dict[str, float]] = {language: {} for language in LANGUAGES}
    lines = FREQUENCY_PATH.read_text("utf-8").splitlines() if FREQUENCY_PATH.exists() else []
    if not lines or lines[0].split("\t") != ["key", *LANGUAGES]:
        return tables  # none yet, or an older layout: `python -m core.safety.words` remakes it
    for line in lines[1:]:
        key, *shares = line.split("\t")
        for language, share in zip(LANGUAGES, shares, strict=True):
            if float(share):
                tables[language][key] = float(share)
    return tables


FREQUENCY = _frequencies()
RARE = 0.001  # the share assumed for a key the corpus never showed


Item = tuple[Any, Any]


def keys(tokens: list[str]) -> set[str]:
    """Return the index keys of a clause's tokens: each whole, and its first four letters."""
    return {_exact(t) for t in tokens} | {t[:KEY] for t in tokens}


@lru_cache(maxsize=100_000)
def _exact(token: str) -> str:
    return EXACT + token


def all_anchors(source: str, language: str | None = None) -> list[frozenset[str]]:
    """Return every set of keys a match of a pattern (its source) must draw one from, the
    most selective first."""
    return sorted(_known(source), key=lambda keys: cost(keys, language))


Known = dict[str, tuple[frozenset[str], ...]]  # a pattern's hash: its key sets
_known_now: Known | None = None  # what is read and kept while a detector is built


@contextmanager
def remembering(*, fresh: bool = False) -> Iterator[Known]:
    """Keep the anchors read inside this block, starting from the file (`fresh`: from
    nothing); outside it every pattern is read anew. Inside another such block, share its."""
    global _known_now
    outer = _known_now
    if outer is not None and not fresh:
        yield outer
        return
    _known_now = {} if fresh else kept()
    try:
        yield _known_now
    finally:
        _known_now = outer


def _known(source: str) -> tuple[frozenset[str], ...]:
    if _known_now is None:
        return _read(source)
    digest = _digest(source)
    found = _known_now.get(digest)
    if found is None:
        found = _known_now[digest] = _read(source)
    return found


def _read(source: str) -> tuple[frozenset[str], ...]:
    found: list[set[str]] = []
    _guarantee(list(_p.parse(source).data), at_start=False, collect=found)
    return tuple(sorted({frozenset(f) for f in found if f}, key=sorted))


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()[:20]


def _made_for() -> str:
    """Return a hash of the key frequencies (the anchors read depend on them)."""
    data = FREQUENCY_PATH.read_bytes() if FREQUENCY_PATH.exists() else b""
    return hashlib.sha256(data).hexdigest()[:16]


def kept() -> Known:
    """Return the anchors the file holds (none when it was made for other frequencies)."""
    lines = KNOWN_PATH.read_text("utf-8").split("\n") if KNOWN_PATH.exists() else []
    if not lines or lines[0] != f"# keys {_made_for()}":
        return {}  # none yet, or made for other frequencies: everything is read anew
    known: Known = {}
    for line in lines[1:]:
        if line:
            digest, *sets = line.split("\t")
            known[digest] = tuple(frozenset(keys.split(" ")) for keys in sets)
    return known


def remake() -> int:
    """Read every rule's anchors anew, with the current frequencies, and write the file;
    return how many patterns it holds."""
    global FREQUENCY
    from core.safety import lexicons
    from core.safety.engine import Detector

    FREQUENCY = _frequencies()
    with remembering(fresh=True) as known:
        Detector(lexicons())
    lines = [f"# keys {_made_for()}"]
    lines += [
        "\t".join([digest, *(" ".join(sorted(keys)) for keys in known[digest])])
        for digest in sorted(known)
    ]
    KNOWN_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(known)


def cost(keys: frozenset[str] | set[str], language: str | None = None) -> float:
    """Return the expected share of clauses (of a language, or of any) holding these keys."""
    if language in FREQUENCY:
        table = FREQUENCY[language]
        return sum(table.get(k, RARE) for k in keys)
    return sum(max(t.get(k, RARE) for t in FREQUENCY.values()) for k in keys)


def _rank(keys: frozenset[str] | set[str]) -> float:
    return cost(keys)


def _starts(
    seq: Sequence[Item], acc: str = "", depth: int = 0, *, closed: bool = True
) -> set[str] | None:
    """Return the keys the first word of a sequence can have (None: cannot tell).

    A whole word gives its exact key ("=pills"); a word the pattern leaves open ("googl\\w*")
    gives the key of its first four letters, which every word it can be begins with. A
    sequence that is not `closed` (part of a larger pattern) may go on after its end.
    """
    if depth > MAX_DEPTH:
        return _prefix(acc)
    for i, (op, av) in enumerate(seq):
        rest = seq[i + 1 :]
        if op is _c.LITERAL:
            if av == _SPACE:
                return {EXACT + acc} if acc else None
            acc += chr(av)
        elif op is _c.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                starts = _starts([*alternative, *rest], acc, depth + 1, closed=closed)
                if starts is None:
                    return None
                found |= starts
            return found
        elif op is _c.SUBPATTERN:
            return _starts([*av[-1], *rest], acc, depth + 1, closed=closed)
        elif op in _REPEATS:
            low, high, body = av
            again = [(op, (max(low - 1, 0), high - 1, body))] if high > 1 else []
            with_body = _starts([*body, *again, *rest], acc, depth + 1, closed=closed)
            if low >= 1 or with_body is None:
                return with_body
            without = _starts(rest, acc, depth + 1, closed=closed)
            return None if without is None else with_body | without
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        else:
            return _prefix(acc)
    if not closed:
        return _prefix(acc)
    return {EXACT + acc} if acc else None


def _prefix(acc: str) -> set[str] | None:
    return {acc[:KEY]} if len(acc) >= KEY else None


def _ends_with_space(item: Item) -> bool:
    op, av = item
    if op is _c.LITERAL:
        return bool(av == _SPACE)
    if op is _c.SUBPATTERN:
        body = list(av[-1])
        return bool(body) and _ends_with_space(body[-1])
    if op is _c.BRANCH:
        return all(alt and _ends_with_space(list(alt)[-1]) for alt in av[1])
    if op in _REPEATS:
        body = list(av[2])
        return bool(body) and _ends_with_space(body[-1])
    return False


def _guarantee(
    seq: Sequence[Item],
    *,
    at_start: bool,
    collect: list[set[str]] | None = None,
    tail: Sequence[Item] = (),
) -> set[str] | None:
    """Return the most selective set of keys one of which any match of seq contains.

    With `collect`, every such set found at the top level is added to it as well. `tail` is
    what follows seq in the whole pattern (a word may go on into it).
    """
    best: set[str] | None = None

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and collect is not None:
            collect.append(candidate)
        if candidate and (best is None or _rank(candidate) < _rank(best)):
            best = candidate

    for i, (op, av) in enumerate(seq):
        after = [*seq[i + 1 :], *tail]
        if at_start:
            consider(_starts([*seq[i:], *tail]))
        if op is _c.BRANCH:
            parts = [_guarantee(list(alt), at_start=at_start, tail=after) for alt in av[1]]
            if all(p for p in parts):
                consider(set().union(*(p for p in parts if p)))
        elif op is _c.SUBPATTERN:
            consider(_guarantee(list(av[-1]), at_start=at_start, tail=after))
        elif op in _REPEATS and av[0] >= 1:
            low, high, body = av
            again = [(op, (max(low - 1, 0), high - 1, body))] if high > 1 else []
            consider(_guarantee(list(body), at_start=at_start, tail=[*again, *after]))
        if op is _c.ASSERT and not at_start:
            at_start = _ends_with_space(list(av[1])[-1]) if list(av[1]) else at_start
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            pass
        elif op in _REPEATS and av[0] == 0:
            at_start = at_start and _ends_with_space((op, av))
        else:
            at_start = _ends_with_space((op, av))
    return best
