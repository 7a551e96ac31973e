"""How well the crisis check reads people, and what it costs.

    python -m bench.crisis [--part test|dev] [--errors]
    python -m bench.crisis --rounds
    python -m bench.crisis --file new/en.tsv [new/es.tsv …] [--rules] [--errors]

Reads the labelled corpus in `bench/crisis_corpus/<part>/<language>.tsv` (columns tier,
category, text; the categories and tiers are described in docs/safety.md) and prints one
JSON line: per language and per category, `recall` (crisis categories: the share answered
with crisis lines for her, acute or crisis), `escalated` (distress, ordinary, figurative,
denial: the share answered with crisis lines), `checkin` (past, bereaved: the share met
with a check-in) and `other` (someone else at risk: the share given resources for helping
another person); `lines` and `lines_not_crisis` (of her crisis messages, and of the
distress, ordinary, figurative and denial ones, the share whose first reply shows lines to
call at all: every tier but none, the check-in included); `acute_recall` (of the messages
labelled acute, the share answered as acute); and the cost: `ms_4000_median_<language>`
(a 4,000-character message of everyday talk in that language ending in one crisis
sentence, median of 200 runs), `ms_4000_median` (the slowest of them), `memory_mb` and
`memory_peak_mb` (what building the detector and compiling every rule keeps, and its peak,
traced).

The development part is for tuning (`--errors` lists what it gets wrong). The test part is
never tuned on: `--errors` refuses it.

`--rounds` measures how the model generalises (it needs scikit-learn): for each round of
writing of the development part from the ninth on, it trains the model on every other
message, scores the round left out with the rules and that model, and prints one JSON line
per round and one with their mean. Run before a new round's rules are written, the new
round's line is its unseen figure.

`--file` scores files of labelled messages outside the corpus (a new round before it joins:
its unseen figure), each named after its language; `--rules` scores the rules alone, without
the model; `--errors` lists what they get wrong.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

from core.safety import CRISIS_SIGNS, Detector, Tier, build, detector, lexicons
from core.safety.corpus import (
    CATEGORIES,
    CHECKIN,
    LANGUAGES,
    NOT_CRISIS,
    Example,
    load,
    read,
    rounds,
)


def correct(example: Example, tier: Tier) -> bool:
    """Tell whether the check answered a labelled message the way it should."""
    if example.category in CRISIS_SIGNS:
        return tier in (Tier.CRISIS, Tier.ACUTE)
    if example.category in NOT_CRISIS:
        return tier not in (Tier.CRISIS, Tier.ACUTE, Tier.OTHER)
    if example.category in CHECKIN:
        return tier is Tier.CHECKIN
    return tier is Tier.OTHER


def score(examples: list[Example], check: Detector) -> dict[str, object]:
    """Score the check on labelled messages, per language and per category."""
    return tally(examples, answers(examples, check))


def answers(examples: list[Example], check: Detector) -> list[Tier]:
    """Return how the check answers each message."""
    return [check.assess(example.text).tier for example in examples]


def tally(examples: list[Example], tiers: list[Tier]) -> dict[str, object]:
    """Return the figures of these answers, per language and per category."""
    hits: dict[tuple[str, str], list[bool]] = defaultdict(list)
    acute: list[bool] = []
    for example, tier in zip(examples, tiers, strict=True):
        ok = correct(example, tier)
        for language in (example.language, "all"):
            hits[(language, example.category)].append(ok)
            if example.category in CRISIS_SIGNS:
                hits[(language, "crisis")].append(ok)
                hits[(language, "lines")].append(tier is not Tier.NONE)
            elif example.category in NOT_CRISIS:
                hits[(language, "not_crisis")].append(ok)
                hits[(language, "lines_not_crisis")].append(tier is not Tier.NONE)
        if example.tier == "acute":
            acute.append(tier is Tier.ACUTE)
    figures: dict[str, object] = {}
    for language in (*LANGUAGES, "all"):
        table: dict[str, object] = {}
        for category in (*CATEGORIES, "crisis", "not_crisis", "lines", "lines_not_crisis"):
            results = hits.get((language, category))
            if not results:
                continue
            share = sum(results) / len(results)
            if category in (*NOT_CRISIS, "not_crisis"):
                share = 1 - share  # the share escalated
            table[category] = round(share, 3)
        table["n"] = sum(len(hits.get((language, c), [])) for c in CATEGORIES)
        figures[language] = table
    figures["acute_recall"] = round(sum(acute) / len(acute), 3) if acute else None
    return figures


CRISIS_SENTENCE = {"en": "i want to die", "es": "quiero morirme", "de": "ich will nicht mehr leben"}


def long_message(examples: list[Example], language: str = "en") -> str:
    """Build a 4,000-character message in one language: everyday talk, one crisis sentence."""
    everyday = ("ordinary", "distress")
    filler = [e.text for e in examples if e.language == language and e.category in everyday]
    text = ""
    while len(text) < 3950:
        text += filler[len(text) % len(filler)] + " "
    return text[: 3999 - len(CRISIS_SENTENCE[language])] + " " + CRISIS_SENTENCE[language]


def cost(examples: list[Example]) -> dict[str, float]:
    """Measure a long message's time (median, per language) and the detector's memory.

    Memory is what building the detector and compiling every rule allocates and keeps
    (`memory_mb`) and its peak meanwhile (`memory_peak_mb`), traced by tracemalloc.
    """
    tracemalloc.start()
    built = build()
    built.compile()  # as a running bot does at start
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures: dict[str, float] = {}
    for language in LANGUAGES:
        text = long_message(examples, language)
        built.assess(text)  # warm the speller's cache as a running bot would be
        times = []
        for _ in range(200):
            start = time.perf_counter()
            built.assess(text)
            times.append(time.perf_counter() - start)
        figures[f"ms_4000_median_{language}"] = round(statistics.median(times) * 1000, 3)
    figures["ms_4000_median"] = max(figures.values())
    figures["memory_mb"] = round(kept / 2**20, 2)
    figures["memory_peak_mb"] = round(peak / 2**20, 2)
    return figures


def main(part: str = "test", *, errors: bool = False) -> dict[str, object]:
    """Score one part of the corpus and measure the cost; print one JSON line."""
    examples = load(part)
    tiers = answers(examples, detector())
    figures: dict[str, object] = {"part": part, **tally(examples, tiers), **cost(examples)}
    print(json.dumps(figures))
    if errors:
        if part == "test":
            raise SystemExit("the test part is never tuned on: --errors works on --part dev")
        print_errors(examples, tiers)
    return figures


def print_errors(examples: list[Example], tiers: list[Tier]) -> None:
    """Print each message answered the wrong way: language, category, answer, text."""
    for example, tier in zip(examples, tiers, strict=True):
        if not correct(example, tier):
            print(f"{example.language}\t{example.category}\t{tier.value}\t{example.text}")


ROUND_FIGURES = (
    "crisis",
    "lines",
    "lines_not_crisis",
    "distress",
    "ordinary",
    "figurative",
    "other",
)


def leave_one_round_out() -> list[dict[str, object]]:
    """Score each development round from the ninth with a model trained without it."""
    from core.safety import train

    examples = load("dev")
    check = Detector(lexicons())  # the rules alone: each round gets its own model
    found = train.read(check, examples)
    of = rounds(examples)
    lines = []
    for number in sorted(set(of) - {0}):
        kept = [i for i, r in enumerate(of) if r != number]
        model, _ = train.fit([examples[i] for i in kept], [found[i] for i in kept])
        held = [e for e, r in zip(examples, of, strict=True) if r == number]
        figures = score(held, Detector(check.lexicons, model))
        line: dict[str, object] = {"round": number}
        for language in (*LANGUAGES, "all"):
            table = figures[language]
            assert isinstance(table, dict)
            line[language] = {k: table[k] for k in ROUND_FIGURES}
        print(json.dumps(line))
        lines.append(line)
    mean: dict[str, object] = {"round": "mean"}
    for language in (*LANGUAGES, "all"):
        mean[language] = {
            k: round(statistics.mean(line[language][k] for line in lines), 3)  # type: ignore[index]
            for k in ROUND_FIGURES
        }
    print(json.dumps(mean))
    return [*lines, mean]


def files(paths: list[Path], *, rules_only: bool = False, errors: bool = False) -> None:
    """Score files of labelled messages with the detector (or its rules alone); print one
    JSON line, then, with `errors`, what it got wrong."""
    examples = [e for path in paths for e in read(path)]
    check = Detector(lexicons()) if rules_only else detector()
    tiers = answers(examples, check)
    print(json.dumps({"files": [str(p) for p in paths], **tally(examples, tiers)}))
    if errors:
        print_errors(examples, tiers)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("test", "dev"), default="test")
    parser.add_argument("--errors", action="store_true", help="list what the dev part misses")
    parser.add_argument(
        "--rounds", action="store_true", help="score each round with a model trained without it"
    )
    parser.add_argument("--file", type=Path, nargs="+", help="score these files instead")
    parser.add_argument("--rules", action="store_true", help="with --file: the rules alone")
    args = parser.parse_args()
    if args.file:
        files(args.file, rules_only=args.rules, errors=args.errors)
    elif args.rounds:
        leave_one_round_out()
    else:
        main(args.part, errors=args.errors)
    sys.exit(0)
