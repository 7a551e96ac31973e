"""The rules engine: a language's lexicon applied clause by clause, then weighed as a whole.

A lexicon (one per language, `core/safety/en.py` …) lists rules: a regular expression over
a clause's folded tokens, the sign it stands for (one of `CRISIS_SIGNS`, or a helper signal
such as a time or a means at hand) and whose it is when the words themselves say so. A hit
does not count when a figure of speech or an explicit denial covers it, or when a negation
stands just before it. Whose it is (hers, someone else's) is read from the nearest person
before the hit; when it happened (now, just now, years ago) from the clause and the message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from core.safety.text import Speller, clauses, fold

# The signs of the Columbia scale and the common warning signs, each a crisis on its own.
CRISIS_SIGNS = (
    "wish_dead",
    "thoughts",
    "method",
    "plan",
    "preparatory",
    "attempt",
    "self_harm",
    "burden",
    "goodbye",
)
# Signals that only count together with others, or that ask for a check-in.
HELPER_SIGNS = ("time", "imminent", "at_hand", "died", "faint", "better")
SIGNS = CRISIS_SIGNS + HELPER_SIGNS


class Tier(StrEnum):
    """How the bot answers what it read, from nothing special to an emergency."""

    NONE = "none"  # the ordinary flow (also for denials and figures of speech)
    CHECKIN = "checkin"  # a past attempt, bereavement by suicide, a faint sign: ask directly
    OTHER = "other"  # someone else is at risk now: resources for helping another person
    CRISIS = "crisis"  # her own risk: crisis lines first
    ACUTE = "acute"  # an attempt in progress or just made, or means at hand with a time


@dataclass(frozen=True)
class Assessment:
    """What the check found in one message."""

    tier: Tier
    signs: frozenset[str] = frozenset()
    language: str | None = None

    @property
    def escalates(self) -> bool:
        """Tell whether the first reply must carry crisis lines."""
        return self.tier in (Tier.CRISIS, Tier.ACUTE, Tier.OTHER)


NOTHING = Assessment(Tier.NONE)


@dataclass(frozen=True)
class Rule:
    """One pattern and the sign it stands for.

    `owner` is "self" or "other" when the words say whose it is ("kill myself", "se mató");
    otherwise the nearest person before the hit decides. A `negatable` hit is denied by a
    negation just before it ("not suicidal"); patterns that carry their own negation
    ("don't want to live") are not negatable.
    """

    sign: str
    pattern: re.Pattern[str]
    owner: str | None = None
    negatable: bool = True
    when: str | None = None  # "recent" or "past" when the words say when
    tense: str | None = None  # "past" for a past-tense act ("tried to"): recent unless dated


@dataclass(frozen=True)
class Lexicon:
    """Everything one language needs: rules, and the words that qualify a hit."""

    language: str
    rules: tuple[Rule, ...]
    figurative: re.Pattern[str]  # spans where risky words are a figure of speech, a title
    denial: re.Pattern[str]  # spans that deny ("i would never hurt myself")
    negator: re.Pattern[str]  # a word that denies what follows it closely
    breaker: re.Pattern[str]  # a word between negator and hit that undoes it ("can't stop")
    self_cue: re.Pattern[str]  # words that make her the subject
    other_cue: re.Pattern[str]  # words that make someone else the subject
    past: re.Pattern[str]  # markers of a time long past ("years ago", "used to")
    recent: re.Pattern[str]  # markers of a moment just past ("last night", "an hour ago")
    trigger: re.Pattern[str]  # a cheap first look: clauses without these are skipped
    speller: Speller
    token_fold: Callable[[str], str] | None = None  # a language's own folding of tokens
    window: int = 4  # how many tokens before a hit a negator reaches


@dataclass
class _Hit:
    sign: str
    owner: str  # "self" or "other"
    when: str  # "now", "recent" or "past"


@dataclass
class _Findings:
    hits: list[_Hit] = field(default_factory=list)
    denied: bool = False

    def signs(self, owner: str, *, when: Iterable[str] = ("now", "recent")) -> set[str]:
        wanted = set(when)
        return {h.sign for h in self.hits if h.owner == owner and h.when in wanted}


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class Detector:
    """Reads a message with every language's lexicon and says how to answer it."""

    def __init__(self, lexicons: Iterable[Lexicon]) -> None:
        self.lexicons = tuple(lexicons)

    def assess(self, text: str) -> Assessment:
        """Assess one message."""
        folded = fold(text)
        if not folded.strip():
            return NOTHING
        parts = clauses(folded)
        best = NOTHING
        for lexicon in self.lexicons:
            found = self._read(lexicon, parts)
            assessment = _weigh(found, lexicon.language)
            if _ORDER[assessment.tier] > _ORDER[best.tier]:
                best = assessment
        return best

    def _read(self, lexicon: Lexicon, parts: list[list[str]]) -> _Findings:
        found = _Findings()
        message_past = False
        clause_texts = []
        for tokens in parts:
            if lexicon.token_fold is not None:
                tokens = [lexicon.token_fold(t) for t in tokens]
            tokens = [lexicon.speller.mend(t) for t in tokens]
            clause = " " + " ".join(tokens) + " "
            clause_texts.append(clause)
            if lexicon.past.search(clause):
                message_past = True
        for clause in clause_texts:
            if not lexicon.trigger.search(clause):
                continue
            self._read_clause(lexicon, clause, found, message_past)
        return found

    def _read_clause(
        self, lexicon: Lexicon, clause: str, found: _Findings, message_past: bool
    ) -> None:
        figurative = _spans(lexicon.figurative, clause)
        denials = _spans(lexicon.denial, clause)
        clause_past = bool(lexicon.past.search(clause))
        clause_recent = bool(lexicon.recent.search(clause))
        for rule in lexicon.rules:
            for match in rule.pattern.finditer(clause):
                start, end = match.span()
                if _covered(figurative, start, end):
                    continue
                if _covered(denials, start, end) or (
                    rule.negatable and _negated(lexicon, clause, start)
                ):
                    found.denied = True
                    continue
                owner = rule.owner or _owner(lexicon, clause, start)
                when = _when(rule, clause_recent, clause_past, message_past)
                found.hits.append(_Hit(rule.sign, owner, when))


def _when(rule: Rule, recent: bool, past: bool, message_past: bool) -> str:
    if past:
        return "past"
    if recent:
        return "recent"
    if rule.tense == "past" and message_past:
        return "past"
    return rule.when or ("recent" if rule.tense == "past" else "now")


def _negated(lexicon: Lexicon, clause: str, start: int) -> bool:
    for word in reversed(clause[:start].split()[-lexicon.window :]):
        if lexicon.breaker.fullmatch(word):
            return False
        if lexicon.negator.fullmatch(word):
            return True
    return False


def _owner(lexicon: Lexicon, clause: str, start: int) -> str:
    before = clause[:start]
    last_self = max((m.end() for m in lexicon.self_cue.finditer(before)), default=-1)
    last_other = max((m.end() for m in lexicon.other_cue.finditer(before)), default=-1)
    return "other" if last_other > last_self else "self"


_ORDER = {Tier.NONE: 0, Tier.CHECKIN: 1, Tier.OTHER: 2, Tier.CRISIS: 3, Tier.ACUTE: 4}


def _weigh(found: _Findings, language: str) -> Assessment:
    now = found.signs("self")
    crisis = now & set(CRISIS_SIGNS)
    if crisis or "at_hand" in now:
        signs = set(crisis)
        if "at_hand" in now:
            signs.add("method")
        if now & {"time", "imminent"}:
            signs.add("plan")
        acute = (
            "attempt" in now
            or ("at_hand" in now and bool(now & {"time", "imminent"}))
            or ("imminent" in now and bool(crisis & {"method", "plan", "thoughts"}))
        )
        return Assessment(Tier.ACUTE if acute else Tier.CRISIS, frozenset(signs), language)
    other = found.signs("other") & (set(CRISIS_SIGNS) | {"at_hand"})
    if other:
        return Assessment(Tier.OTHER, frozenset(other), language)
    past = found.signs("self", when=("past",)) & set(CRISIS_SIGNS)
    died = {"died"} & (found.signs("other", when=("now", "recent", "past")) | now)
    if past or died:
        return Assessment(Tier.CHECKIN, frozenset(past | died), language)
    if "faint" in now:
        return Assessment(Tier.CHECKIN, frozenset({"faint"}), language)
    return NOTHING


def compile_rules(
    macros: Mapping[str, str], specs: Iterable[tuple[str, str] | tuple[str, str, dict[str, object]]]
) -> tuple[Rule, ...]:
    """Compile (sign, pattern[, options]) triples, with {MACRO} names filled in."""
    rules = []
    for spec in specs:
        sign, source = spec[0], spec[1]
        options: dict[str, object] = dict(spec[2]) if len(spec) > 2 else {}  # type: ignore[misc]
        if sign not in SIGNS:
            raise ValueError(f"unknown sign {sign!r} in {source!r}")
        rules.append(
            Rule(
                sign,
                expand(macros, source),
                owner=options.get("owner"),  # type: ignore[arg-type]
                negatable=bool(options.get("negatable", True)),
                when=options.get("when"),  # type: ignore[arg-type]
                tense=options.get("tense"),  # type: ignore[arg-type]
            )
        )
    return tuple(rules)


_MACRO = re.compile(r"\{([A-Z_]+)\}")


def expand(macros: Mapping[str, str], source: str) -> re.Pattern[str]:
    """Compile a pattern written with {MACRO} names, as whole words between spaces."""

    def fill(match: re.Match[str]) -> str:
        return "(?:" + expand_source(macros, macros[match.group(1)]) + ")"

    body = _MACRO.sub(fill, source)
    return re.compile(r"(?<= )(?:" + body + r")(?= )")


def expand_source(macros: Mapping[str, str], source: str) -> str:
    """Fill {MACRO} names inside a macro (macros may use each other)."""
    return _MACRO.sub(lambda m: "(?:" + expand_source(macros, macros[m.group(1)]) + ")", source)


def words(*items: str) -> str:
    """Join words and phrases into one alternation."""
    return "|".join(sorted({i for item in items for i in item.split("|")}, key=len, reverse=True))
