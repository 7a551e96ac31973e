"""Which rules are worth trying on a clause: each rule's anchor words, found in its pattern.

Trying every rule on every clause of a long message costs milliseconds. But almost every
rule needs at least one particular word ("suicide", "pills", "burden"), so the engine keeps
an index from a word's first four letters to the rules that need it, and tries only the
rules whose anchors a clause contains (and the few that have no anchor). Of the words a
match must contain, the rarest are chosen, by how often they turn up in messages. The
anchors are read from each compiled pattern's syntax tree, so they cannot drift from the
patterns.
"""

from __future__ import annotations

import re
import re._constants as _c  # Python 3.11+: the regular expression parser, as re uses it
import re._parser as _p
from collections.abc import Sequence
from pathlib import Path
from typing import Any

KEY = 4  # anchors and tokens are compared by their first four letters
_SPACE = ord(" ")
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
# How often each key turns up in a message (the share of messages holding it), measured on
# the development corpus in every language by `python -m core.safety.words`: a rule is
# anchored on the words least likely to be in a clause.
FREQUENCY_PATH = Path(__file__).resolve().parent / "data" / "keys.tsv"


def _frequencies() -> dict[str, float]:
    if not FREQUENCY_PATH.exists():
        return {}
    rows = (line.split("\t") for line in FREQUENCY_PATH.read_text("utf-8").splitlines())
    return {key: float(share) for key, share in rows}


FREQUENCY = _frequencies()
RARE = 0.001  # the share assumed for a key the corpus never showed


Item = tuple[Any, Any]


def key(token: str) -> str:
    """Return the index key of a token."""
    return token[:KEY]


def anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return keys one of which every match must contain, or None when there are none."""
    found = all_anchors(pattern)
    return found[0] if found else None


def all_anchors(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Return every set of keys a match must draw one from, the most selective first."""
    tree = _p.parse(pattern.pattern, pattern.flags)
    found: list[set[str]] = []
    _guarantee(list(tree.data), at_start=False, collect=found)
    ranked = sorted({frozenset(f) for f in found if f}, key=_rank)
    return ranked


def cost(keys: frozenset[str] | set[str]) -> float:
    """Return the expected share of clauses holding one of these keys."""
    return sum(FREQUENCY.get(k, RARE) for k in keys)


def _rank(keys: frozenset[str] | set[str]) -> float:
    return cost(keys)


def _starts(seq: Sequence[Item], acc: str = "", depth: int = 0) -> set[str] | None:
    """Return the keys the first word of a sequence can have (None: cannot tell)."""
    if depth > 12:
        return None
    for i, (op, av) in enumerate(seq):
        rest = seq[i + 1 :]
        if op is _c.LITERAL:
            if av == _SPACE:
                return {acc} if acc else None
            acc += chr(av)
            if len(acc) == KEY:
                return {acc}
        elif op is _c.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                starts = _starts([*alternative, *rest], acc, depth + 1)
                if starts is None:
                    return None
                found |= starts
            return found
        elif op is _c.SUBPATTERN:
            return _starts([*av[-1], *rest], acc, depth + 1)
        elif op in _REPEATS:
            low, high, body = av
            again = [(op, (max(low - 1, 0), high - 1, body))] if high > 1 else []
            with_body = _starts([*body, *again, *rest], acc, depth + 1)
            if low >= 1 or with_body is None:
                return with_body
            without = _starts(rest, acc, depth + 1)
            return None if without is None else with_body | without
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        else:
            return None
    return {acc} if acc else None


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
    seq: Sequence[Item], *, at_start: bool, collect: list[set[str]] | None = None
) -> set[str] | None:
    """Return the most selective set of keys one of which any match of seq contains.

    With `collect`, every such set found at the top level is added to it as well.
    """
    best: set[str] | None = None

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and collect is not None:
            collect.append(candidate)
        if candidate and (best is None or _rank(candidate) < _rank(best)):
            best = candidate

    for i, (op, av) in enumerate(seq):
        if at_start:
            consider(_starts(seq[i:]))
        if op is _c.BRANCH:
            parts = [_guarantee(list(alt), at_start=at_start) for alt in av[1]]
            if all(p for p in parts):
                consider(set().union(*(p for p in parts if p)))
        elif op is _c.SUBPATTERN:
            consider(_guarantee(list(av[-1]), at_start=at_start))
        elif op in _REPEATS and av[0] >= 1:
            consider(_guarantee(list(av[2]), at_start=at_start))
        if op is _c.ASSERT and not at_start:
            at_start = _ends_with_space(list(av[1])[-1]) if list(av[1]) else at_start
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            pass
        elif op in _REPEATS and av[0] == 0:
            at_start = at_start and _ends_with_space((op, av))
        else:
            at_start = _ends_with_space((op, av))
    return best
