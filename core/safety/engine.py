"""The rules engine: a language's lexicon applied clause by clause, then weighed as a whole.

A lexicon (one per language, `core/safety/en.py` …) lists rules: a regular expression over
a clause's folded tokens, the sign it stands for (one of `CRISIS_SIGNS`, or a helper signal
such as a time or a means at hand) and whose it is when the words themselves say so. A hit
does not count when a figure of speech or an explicit denial covers it, or when a negation
stands just before it. Whose it is (hers, someone else's) is read from the nearest person
before the hit; when it happened (now, just now, years ago) from the clause and the message.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from core.safety.anchors import all_anchors, cost, remembering
from core.safety.anchors import keys as index_keys
from core.safety.model import LinearModel, features
from core.safety.text import Clause, Speller, clauses, fold

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
    settled: bool = False  # the rules were sure (a denial, a figure of speech, a death, ...)
    # The rules read her crisis and the model almost none of it: a question in a first
    # private answer, the crisis reply in a group and while she is in crisis.
    doubted: bool = False

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
    ("don't want to live") are not negatable. The pattern is compiled when it is first
    needed (compiling thousands of rules is most of what building the detector costs, and a
    message needs few of them): `Detector.compile` compiles them all at once.
    """

    sign: str
    source: str  # the regular expression, macros filled in, as whole words (`whole_words`)
    owner: str | None = None
    negatable: bool = True
    when: str | None = None  # "now", "recent" or "past" when the words say when
    tense: str | None = None  # "past" for a past-tense act ("tried to"): recent unless dated
    weak: bool = False  # a sign only together with another ("that's my date")

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Return the compiled pattern."""
        return re.compile(self.source)


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
    speller: Speller
    token_fold: Callable[[str], str] | None = None  # a language's own folding of tokens
    markers: frozenset[str] = frozenset()  # its commonest words, to tell long texts apart
    window: int = 3  # how many tokens before a hit a negator reaches
    # Whether a comma ends a negation's reach ("no quiero comer, quiero morirme"); not in
    # German, which sets a comma before every infinitive and "dass" clause ("ich denke nicht
    # daran, mir das Leben zu nehmen").
    comma_ends_negation: bool = True


@dataclass
class _Hit:
    sign: str
    owner: str  # "self" or "other"
    when: str  # "now", "recent" or "past"
    weak: bool = False
    rule: Rule | None = None
    place: tuple[int, int, int] = (0, 0, 0)  # clause number, start, end


@dataclass
class _Findings:
    hits: list[_Hit] = field(default_factory=list)
    denied: bool = False
    figurative: bool = False

    def signs(
        self, owner: str, *, when: Iterable[str] = ("now", "recent"), weak: bool | None = None
    ) -> set[str]:
        wanted = set(when)
        return {
            h.sign
            for h in self.hits
            if h.owner == owner and h.when in wanted and (weak is None or h.weak == weak)
        }


def _span(match: re.Match[str]) -> tuple[int, int]:
    """Return where a whole-word pattern's words start and end (`expand` takes the space
    before them into the match)."""
    return match.start() + 1, match.end()


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [_span(m) for m in pattern.finditer(text)]


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class Detector:
    """Reads a message with every language's lexicon and says how to answer it."""

    def __init__(self, lexicons: Iterable[Lexicon], model: LinearModel | None = None) -> None:
        self.lexicons = tuple(lexicons)
        self.model = model
        with remembering():
            self._index = [_Index(lexicon) for lexicon in self.lexicons]

    def compile(self) -> None:
        """Compile every rule now (a long-running bot does, so that no member waits while
        the rules her message needs are compiled; a one-off run compiles what it reads)."""
        for lexicon in self.lexicons:
            for rule in lexicon.rules:
                rule.pattern  # noqa: B018 - compiled and kept on first use

    def explain(self, text: str) -> list[str]:
        """List the signs each lexicon found in a message, with their rules (for tuning)."""
        parts = clauses(fold(text))
        lines = []
        for index in self._index:
            found = index.read(parts)
            for hit in found.hits:
                source = hit.rule.source[4:90] if hit.rule else ""
                lines.append(
                    f"{index.lexicon.language} {hit.sign} {hit.owner} {hit.when}"
                    f"{' weak' if hit.weak else ''}  {source}"
                )
            if found.denied:
                lines.append(f"{index.lexicon.language} (a denial)")
        return lines

    def assess(self, text: str, *, second_signal: bool = True) -> Assessment:
        """Assess one message."""
        best, parts, signals = self._rules(text)
        if not second_signal or self.model is None:
            return best
        if best.tier is Tier.CRISIS:
            return self._doubted(best, features(parts) | signals)
        if not _undecided(best, parts):
            return best
        found = features(parts) | signals
        p = self.model.probability(found)
        # A high score is a crisis, confirming a faint or weak sign the rules saw or alone;
        # a middling one, with no sign the rules know, asks (a check-in, her lines beside
        # the question); else a high score for someone else's risk, with no sign the rules
        # know, gives her resources for helping them.
        if p >= self.model.crisis_at:
            language = best.language or self._written_in(parts)
            return self._urgent(Assessment(Tier.CRISIS, best.signs | {"model"}, language), found)
        # A lone weak sign asks only when the model would ask too ("bought a new clothesline
        # rope today, the old one snapped" does not); a faint one ("I can't go on anymore")
        # always asks.
        if _lone_weak(best, signals) and p < self.model.ask_at:
            best = NOTHING
        if best.tier is Tier.NONE:
            if p >= self.model.ask_at:
                return Assessment(Tier.CHECKIN, frozenset({"model"}), self._written_in(parts))
            if self.model.other_probability(found) >= self.model.other_at:
                return Assessment(Tier.OTHER, frozenset({"model"}), self._written_in(parts))
        return best

    def _doubted(self, best: Assessment, found: set[str]) -> Assessment:
        """Ask instead of alarming when the rules read her crisis and the model reads almost
        nothing of it, nor of someone else's, nor of an attempt under way ("überdosis
        schokolade heute", "me quería tirar por la ventana jaja"): a direct question with
        her lines beside it, so that a crisis the rules read rightly still gets them in the
        first reply (`doubted`: a group, or a member already in crisis, gets the crisis
        reply). What the rules read as acute stays acute. Else the crisis may become acute
        (`_urgent`)."""
        model = self.model
        assert model is not None
        if (
            model.probability(found) < model.doubt_at
            and model.other_probability(found) < model.other_at
            and model.acute_probability(found) < model.acute_at
        ):
            return Assessment(Tier.CHECKIN, best.signs | {"model"}, best.language, doubted=True)
        return self._urgent(best, found)

    def _urgent(self, assessment: Assessment, found: set[str]) -> Assessment:
        """Answer as acute her crisis (read by the rules or the model, never a question)
        that the model reads as an attempt under way or just made: "the whole packet, just
        now", "on the roof, at twelve I jump"; else the assessment as it is. A question stays
        a question: "took my pills like the doctor said, going to bed now" reads as taking
        pills just now too."""
        assert self.model is not None
        if self.model.acute_probability(found) < self.model.acute_at:
            return assessment
        return dataclasses.replace(assessment, tier=Tier.ACUTE, signs=assessment.signs | {"model"})

    def for_model(self, text: str) -> tuple[set[str], bool, bool, bool]:
        """Return what the second signal reads (the words, and what the rules found),
        whether the rules leave the message to it, whether they ask about it for a lone
        weak sign, and whether they read her crisis (for training)."""
        best, parts, signals = self._rules(text)
        left = _undecided(best, parts)
        alarmed = best.tier is Tier.CRISIS
        return features(parts) | signals, left, left and _lone_weak(best, signals), alarmed

    def _rules(self, text: str) -> tuple[Assessment, list[Clause], set[str]]:
        parts = clauses(fold(text))
        best = NOTHING
        settled = False
        signals: set[str] = set()
        counts = Counter(itertools.chain.from_iterable(parts))
        foreign = self._foreign(counts)
        for index in self._languages(counts):
            found = index.read(parts, mend=index.lexicon.language not in foreign)
            signals |= _signals(found)
            assessment = _weigh(found, index.lexicon.language)
            settled = settled or assessment.settled
            if _ORDER[assessment.tier] > _ORDER[best.tier]:
                best = assessment
        if settled and not best.settled:
            best = dataclasses.replace(best, settled=True)
        return best, parts, signals

    def _written_in(self, parts: list[Clause]) -> str | None:
        """Return the language whose commonest words a message holds most of (None when
        none, or a tie): what the model's answer is said in when no rule named one."""
        hits = self._markers(Counter(itertools.chain.from_iterable(parts)))
        most = max(hits.values(), default=0)
        leaders = [language for language, n in hits.items() if n == most]
        return leaders[0] if most and len(leaders) == 1 else None

    def _markers(self, counts: Counter[str]) -> dict[str, int]:
        return {i.lexicon.language: sum(counts[m] for m in i.lexicon.markers) for i in self._index}

    def _foreign(self, counts: Counter[str]) -> set[str]:
        """Return the languages a message is plainly not written in.

        Their lexicons still read it (a member may mix languages) but do not mend its
        words: German "suizidial" is not a typo of English "suicidal".
        """
        hits = self._markers(counts)
        if max(hits.values(), default=0) < 1:
            return set()
        return {language for language, n in hits.items() if n == 0}

    def _languages(self, counts: Counter[str]) -> list[_Index]:
        """Return the lexicons worth reading a message with.

        A short message is read in every language. A long one only in the languages whose
        commonest words make up a share of it: a 4,000-character letter in English need
        not be read as German too. (A long message in two languages is read in both.)
        """
        total = counts.total()
        if total < LONG:
            return list(self._index)
        hits = self._markers(counts)
        chosen = [
            index
            for index in self._index
            if not index.lexicon.markers or hits[index.lexicon.language] / total >= SHARE
        ]
        return chosen or list(self._index)


def _undecided(best: Assessment, parts: list[Clause]) -> bool:
    """Tell whether the rules found nothing sure in words enough for the model to read."""
    return best.tier in (Tier.NONE, Tier.CHECKIN) and not best.settled and _worded(parts)


def _lone_weak(best: Assessment, signals: set[str]) -> bool:
    """Tell whether the rules ask only because of one weak sign (no faint sign of hers)."""
    return best.tier is Tier.CHECKIN and not signals & _FAINT


_FAINT = frozenset(f"rule faint self {when}" for when in ("now", "recent"))


def _worded(parts: list[Clause]) -> bool:
    """Tell whether a message has words enough for the model (not "birthday 14-03")."""
    words = 0
    for part in parts:
        for token in part:
            words += token.isalpha()
            if words >= MODEL_MIN_WORDS:
                return True
    return False


MODEL_MIN_WORDS = 4  # the second signal reads messages of at least this many words
ALSO_SETS = 8  # a rule is tried only when a clause holds a word of each of its first sets
ALSO_WORTH = 10.0  # a second anchor set is checked when it would rule out half the clauses
LONG = 60  # tokens: below this, every language reads the message
SHARE = 0.03  # the share of a language's commonest words that makes a long text "in" it


_NO_MASKS = (0,) * ALSO_SETS  # a word no rule's anchors hold

_INDEXED = ("figurative", "past")  # the qualifiers indexed by their alternatives' anchors


def _bits(mask: int) -> Iterator[int]:
    """Yield the numbers of a mask's bits, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


_Raw = tuple[int, str, Rule, int, int]  # clause number, clause, rule, start, end


class _Index:
    """A lexicon ready to read: its rules indexed by their anchors, its mended words cached.

    A rule is tried on a clause only when the clause holds a key of each of its first
    `ALSO_SETS` anchor sets. Each word's share of that is worked out once and kept as bit
    masks (bit n: rule n), one per set: a clause's candidates are the rules whose every set
    one of its words satisfies, a few operations on integers per word instead of a set of
    keys and a test per rule.

    The long patterns that qualify a hit (figures of speech) or date it (the past) are
    indexed the same way, each of their alternatives as one more bit: where no alternative
    can match, the pattern is not tried (it finds nothing there), else it is tried whole.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # Times and the like only qualify other signs: they are read only when there are some.
        self.helpers = [n for n, r in enumerate(lexicon.rules) if r.sign in _QUALIFIERS]
        # Each key's places: rule number × ALSO_SETS + the number of its set that holds it.
        places: dict[str, list[int]] = {}
        self.always = 0  # the rules without anchors, tried on every clause
        needs = [0] * ALSO_SETS  # needs[j]: the rules with a set j
        sources = [(n, r.source) for n, r in enumerate(lexicon.rules) if r.sign not in _QUALIFIERS]
        self.first = len(lexicon.rules)  # the bit of the first alternative of a qualifier
        self.qualifiers: dict[str, int] = {}  # a qualifier's bits, from `first` on
        bit = self.first
        for name in _INDEXED:
            whole = getattr(lexicon, name).pattern  # " (?:...)(?= )", as `expand` makes it
            assert whole.startswith(" (?:") and whole.endswith(")(?= )"), whole[:40]
            self.qualifiers[name] = 0
            for alternative in alternatives(whole[4:-6]):
                sources.append((bit, f" (?:{alternative})(?= )"))
                self.qualifiers[name] |= 1 << (bit - self.first)
                bit += 1
        for number, source in sources:
            found = all_anchors(source, lexicon.language)
            if not found:
                self.always |= 1 << number
                continue
            # More words every match needs: a rule found by one anchor is tried only when
            # the clause also holds one word of each of these sets (most rules need several).
            also = [
                keys for keys in found[1:ALSO_SETS] if cost(keys, lexicon.language) < ALSO_WORTH
            ]
            for at, keys in enumerate((found[0], *also)):
                needs[at] |= 1 << number
                for k in keys:
                    places.setdefault(k, []).append(number * ALSO_SETS + at)
        self.places = {k: array("I", v) for k, v in places.items()}
        every = (1 << bit) - 1  # every rule and alternative
        self.needs = tuple(needs[1:])  # the rules with a set j
        self.free = tuple(every & ~needed for needed in needs[1:])  # rules without set j
        self.masks: dict[str, tuple[int, ...]] = {}  # a word's masks, one per set
        self.mended: dict[str, str] = {}

    def _masks(self, word: str) -> tuple[int, ...]:
        """Return, for each set number, the rules whose set of that number holds one of
        this word's keys (the word whole, its first letters)."""
        masks = [0] * ALSO_SETS
        for key in index_keys([word]):
            for place in self.places.get(key, ()):
                number, at = divmod(place, ALSO_SETS)
                masks[at] |= 1 << number
        found = tuple(masks) if any(masks) else _NO_MASKS
        if len(self.masks) < 50_000:
            self.masks[word] = found
        return found

    def _wanted(self, words: list[str]) -> int:
        """Return the bits of the rules (and qualifiers' alternatives) worth trying on a
        clause's words: those one of its words satisfies each set of."""
        if not words:
            return self.always
        known = self.masks
        columns = zip(*[known.get(w) or self._masks(w) for w in words], strict=True)
        wanted: int = functools.reduce(operator.or_, next(columns, ()), self.always)
        for column, needs, free in zip(columns, self.needs, self.free, strict=True):
            if wanted & needs:  # else no candidate left has a set of this number
                wanted &= functools.reduce(operator.or_, column, free)
        return wanted

    def _tokens(self, tokens: list[str], *, mend: bool = True) -> list[str]:
        fold_token = self.lexicon.token_fold
        if not mend:
            return [fold_token(t) for t in tokens] if fold_token else tokens
        out = []
        for token in tokens:
            mended = self.mended.get(token)
            if mended is None:
                word = fold_token(token) if fold_token else token
                mended = self.lexicon.speller.mend(word)
                if len(self.mended) < 50_000:
                    self.mended[token] = mended
            out.append(mended)
        return out

    def _scan(self, at: int, clause: str, numbers: Iterable[int], raw: list[_Raw]) -> None:
        rules = self.lexicon.rules
        for number in numbers:
            pattern = rules[number].pattern
            match = pattern.search(clause)
            if match:
                # The rest as `finditer` would find them: on from the first match's end (a
                # match is never empty: it takes in the space before its first word).
                rule = rules[number]
                raw.append((at, clause, rule, *_span(match)))
                raw.extend(
                    (at, clause, rule, *_span(m)) for m in pattern.finditer(clause, match.end())
                )

    def read(self, parts: list[Clause], *, mend: bool = True) -> _Findings:
        """Find every sign in a message's clauses (typos mended unless `mend` is False)."""
        lexicon = self.lexicon
        found = _Findings()
        texts = []
        raw: list[_Raw] = []
        first = self.first
        rules = (1 << first) - 1
        possible = []  # per clause, the qualifiers' alternatives that may match in it
        for at, tokens in enumerate(parts):
            words = self._tokens(tokens, mend=mend)
            clause = " " + " ".join(words) + " "
            texts.append(clause)
            wanted = self._wanted(words)
            possible.append(wanted >> first)
            if wanted & rules:
                self._scan(at, clause, _bits(wanted & rules), raw)
        if not raw:
            return found
        # Times and the like are read where they can qualify a sign: in the clauses with a
        # hit and the two on either side (a time three sentences away is another matter).
        near = sorted({n for at, *_ in raw for n in range(at - 2, at + 3) if 0 <= n < len(texts)})
        for number in self.helpers:
            rule = lexicon.rules[number]
            for at in near:
                if rule.pattern.search(texts[at]):
                    found.hits.append(_Hit(rule.sign, "self", "now", rule=rule, place=(at, 0, 0)))
        message_past: bool | None = None  # read only when a hit needs it
        qualified: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]], bool, bool]] = {}
        # A hit inside a longer one is read as part of it: "tried to end my life" is an
        # attempt (dated by its own words), "took his own life" a death, not a thought now.
        spans = [(c, s, e) for _, c, r, s, e in raw if r.sign not in _QUALIFIERS and not r.weak]
        for at, clause, rule, start, end in raw:
            if rule.sign not in _QUALIFIERS and any(
                c is clause and s <= start and end <= e and (s, e) != (start, end)
                for c, s, e in spans
            ):
                continue
            if clause not in qualified:
                qualified[clause] = (
                    _spans(lexicon.figurative, clause)
                    if possible[at] & self.qualifiers["figurative"]
                    else [],
                    _spans(lexicon.denial, clause),
                    bool(lexicon.recent.search(clause)),
                    bool(possible[at] & self.qualifiers["past"] and lexicon.past.search(clause)),
                )
            figurative, denials, recent, past = qualified[clause]
            if _covered(figurative, start, end):
                found.figurative = True
                continue
            if _covered(denials, start, end) or (
                rule.negatable and _negated(lexicon, clause, start, end, breaks=parts[at].breaks)
            ):
                found.denied = True
                continue
            owner = rule.owner or _owner(lexicon, clause, start, end)
            if message_past is None and rule.tense == "past" and not (recent or past):
                past_bits = self.qualifiers["past"]
                message_past = any(
                    p & past_bits and lexicon.past.search(t)
                    for p, t in zip(possible, texts, strict=True)
                )
            when = _when(rule, recent, past, bool(message_past))
            found.hits.append(_Hit(rule.sign, owner, when, rule.weak, rule, (at, start, end)))
        return found


def _weak_count(found: _Findings, owner: str) -> int:
    """Count weak signs, a stretch of text read by two weak rules counting once."""
    places = sorted(h.place for h in found.hits if h.weak and h.owner == owner and h.when != "past")
    count = 0
    last = (-1, -1, -1)
    for at, start, end in places:
        if at != last[0] or start >= last[2]:
            count += 1
            last = (at, start, end)
        else:
            last = (at, last[1], max(last[2], end))
    return count


def _signals(found: _Findings) -> set[str]:
    """Describe what the rules found, as features for the second signal."""
    out = {f"rule {h.sign} {h.owner} {h.when}{' weak' if h.weak else ''}" for h in found.hits}
    weak = _weak_count(found, "self")
    if weak:
        out.add(f"rule weak {min(weak, 3)}")
    if found.denied:
        out.add("rule denied")
    if found.figurative:
        out.add("rule figurative")
    return out


def _when(rule: Rule, recent: bool, past: bool, message_past: bool) -> str:
    if rule.when == "now":  # a wish voiced now, whenever it names ("the cancer years ago")
        return "now"
    if recent:
        return "recent"
    if past:
        return "past"
    if rule.tense == "past" and message_past:
        return "past"
    return rule.when or ("recent" if rule.tense == "past" else "now")


def _negated(
    lexicon: Lexicon, clause: str, start: int, end: int, *, breaks: frozenset[int]
) -> bool:
    """Tell whether a negator stands just before a hit, with no comma after it: a comma
    between them, or inside the hit, ends the negation's reach ("no quiero comer, quiero
    morirme" is read as one hit from "quiero" to "morirme")."""
    before = clause[:start].split()
    if not lexicon.comma_ends_negation:
        breaks = frozenset()
    first, last = len(before), len(clause[:end].split())
    if any(first < b < last for b in breaks):
        return False
    reach = max([first - lexicon.window, *(b for b in breaks if b <= first)])
    for word in reversed(before[max(reach, 0) :]):
        if lexicon.breaker.fullmatch(word):
            return False
        if lexicon.negator.fullmatch(word):
            return True
    return False


def _owner(lexicon: Lexicon, clause: str, start: int, end: int) -> str:
    # The hit's own words first: "they'd have one less problem if i died" is hers.
    inside = f" {clause[start:end]} "
    if lexicon.self_cue.search(inside) and not lexicon.other_cue.search(inside):
        return "self"
    # Else the words before the hit, and its first two: "ill do it", "she wants to die".
    head = clause[start:].split(" ", 2)
    before = clause[:start] + " ".join(head[:2]) + " "
    last_self = max((m.end(1) for m in lexicon.self_cue.finditer(before)), default=-1)
    last_other = max((m.end(1) for m in lexicon.other_cue.finditer(before)), default=-1)
    return "other" if last_other >= last_self >= -1 and last_other > -1 else "self"


_QUALIFIERS = frozenset({"time", "imminent", "better"})
_PLANNING = frozenset({"plan", "preparatory", "goodbye", "at_hand"})
_ORDER = {Tier.NONE: 0, Tier.CHECKIN: 1, Tier.OTHER: 2, Tier.CRISIS: 3, Tier.ACUTE: 4}


def _weigh(found: _Findings, language: str) -> Assessment:
    now = found.signs("self")
    strong = found.signs("self", weak=False) & (set(CRISIS_SIGNS) | {"at_hand"})
    weak = found.signs("self", weak=True) & (set(CRISIS_SIGNS) | {"at_hand"})
    weak_count = _weak_count(found, "self")
    # A time makes a weak plan a crisis when it stands beside it (its clause or the next).
    weak_at = {
        h.place[0]
        for h in found.hits
        if h.weak and h.owner == "self" and h.sign in _PLANNING and h.when != "past"
    }
    time_at = {h.place[0] for h in found.hits if h.sign in ("time", "imminent")}
    timed = bool(now & {"time", "imminent"})
    # A weak sign ("that's my date", "the kids will be better off") is a crisis when another
    # sign, a time or a faint sign stands beside it; alone it asks a direct question.
    planned = any(abs(a - b) <= 1 for a in weak_at for b in time_at)
    if strong or (weak and (weak_count > 1 or planned or "faint" in now)):
        signs = strong | weak
        if "at_hand" in signs:
            signs = (signs - {"at_hand"}) | {"method"}
        if timed:
            signs.add("plan")
        acute = (
            "attempt" in signs
            or ("at_hand" in now and timed)
            or ("imminent" in now and bool(signs & {"method", "plan", "thoughts"}))
        )
        tier = Tier.ACUTE if acute else Tier.CRISIS
        return Assessment(tier, frozenset(signs), language, settled=True)
    other = found.signs("other", weak=False) & (set(CRISIS_SIGNS) | {"at_hand"})
    if other or _weak_count(found, "other") > 1:
        other |= found.signs("other", weak=True) & set(CRISIS_SIGNS)
        return Assessment(Tier.OTHER, frozenset(other), language, settled=True)
    past = found.signs("self", when=("past",)) & set(CRISIS_SIGNS)
    died = {"died"} & (found.signs("other", when=("now", "recent", "past")) | now)
    if past or died:
        return Assessment(Tier.CHECKIN, frozenset(past | died), language, settled=True)
    sure = found.denied or found.figurative
    if "faint" in now or weak:
        return Assessment(Tier.CHECKIN, frozenset({"faint"} | weak), language, settled=sure)
    return Assessment(Tier.NONE, settled=sure) if sure else NOTHING


def lexicon(
    language: str,
    macros: Mapping[str, str],
    rules: Iterable[tuple[str, str] | tuple[str, str, dict[str, object]]],
    *,
    figurative: Iterable[str],
    denial: Iterable[str],
    negator: str,
    breaker: str,
    self_cue: str,
    other_cue: str,
    past: str,
    recent: str,
    token_fold: Callable[[str], str] | None = None,
    markers: str = "",
    comma_ends_negation: bool = True,
) -> Lexicon:
    """Build a language's lexicon from its macros, rules and qualifying patterns."""
    from core.safety import words

    compiled = compile_rules(macros, rules)
    vocabulary = words.vocabulary(rule.source for rule in compiled)
    return Lexicon(
        language=language,
        rules=compiled,
        figurative=expand(macros, "|".join(f"(?:{p})" for p in figurative)),
        denial=expand(macros, "|".join(f"(?:{p})" for p in denial)),
        negator=re.compile(negator),
        breaker=re.compile(breaker),
        self_cue=_overlapping(expand(macros, self_cue)),
        other_cue=_overlapping(expand(macros, other_cue)),
        past=expand(macros, past),
        recent=expand(macros, recent),
        speller=Speller.build(vocabulary, words.load(language)[1]),
        token_fold=token_fold,
        markers=frozenset(markers.split()),
        comma_ends_negation=comma_ends_negation,
    )


def _overlapping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Let a pattern's matches overlap ("my daughter" and "daughter texted me")."""
    return re.compile(f"(?=({pattern.pattern}))")


def compile_rules(
    macros: Mapping[str, str], specs: Iterable[tuple[str, str] | tuple[str, str, dict[str, object]]]
) -> tuple[Rule, ...]:
    """Read (sign, pattern[, options]) triples, with {MACRO} names filled in."""
    rules = []
    for spec in specs:
        sign, source = spec[0], spec[1]
        options: dict[str, object] = dict(spec[2]) if len(spec) > 2 else {}
        if sign not in SIGNS:
            raise ValueError(f"unknown sign {sign!r} in {source!r}")
        if any(part.endswith(" ") for part in alternatives(source)):
            # The engine adds the space after a match's last word: this one could never match.
            raise ValueError(f"a pattern ends in a space: {source!r}")
        rules.append(
            Rule(
                sign,
                whole_words(macros, source),
                owner=options.get("owner"),  # type: ignore[arg-type]
                negatable=bool(options.get("negatable", True)),
                when=options.get("when"),  # type: ignore[arg-type]
                tense=options.get("tense"),  # type: ignore[arg-type]
                weak=bool(options.get("weak", False)),
            )
        )
    return tuple(rules)


_MACRO = re.compile(r"\{([A-Z_]+)\}")


def expand(macros: Mapping[str, str], source: str) -> re.Pattern[str]:
    """Compile a pattern written with {MACRO} names, as whole words between spaces.

    The match takes in the space before its first word (`_span` gives the words' own
    span): a pattern that starts with a plain character lets the regular expression engine
    leap from space to space, where one that starts with a look-behind is tried at every
    character (twice the time, measured on 4,000-character messages).
    """

    return re.compile(whole_words(macros, source))


def whole_words(macros: Mapping[str, str], source: str) -> str:
    """Return the source `expand` compiles: the pattern, macros filled in, as whole words."""
    return r" (?:" + expand_source(macros, source) + r")(?= )"


def expand_source(macros: Mapping[str, str], source: str) -> str:
    """Fill {MACRO} names inside a macro (macros may use each other)."""
    return _MACRO.sub(lambda m: "(?:" + expand_source(macros, macros[m.group(1)]) + ")", source)


def alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level "|" (not inside a group or a character class).

    A rule is found through the words every match must contain (`core.safety.anchors`); a
    rule of many alternatives has only the words all of them share, often none worth
    indexing. Split, each alternative is found by its own distinctive words; and weak signs
    found by two different rules count twice, as two phrases of one family should.
    """
    parts: list[str] = []
    depth, start, escaped, in_class = 0, 0, False, False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    return [*parts, pattern[start:]]


def words(*items: str) -> str:
    """Join words and phrases into one alternation, longest first (and always in one order:
    the model's fingerprint of the rules must not change with the process's hash seed)."""
    return "|".join(sorted({i for item in items for i in item.split("|")}, key=_longest_first))


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word
