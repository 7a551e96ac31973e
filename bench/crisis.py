"""How well the crisis check reads people, and what it costs.

    python -m bench.crisis [--part test|dev] [--errors]

Reads the labelled corpus in `bench/crisis_corpus/<part>/<language>.tsv` (columns tier,
category, text; the categories and tiers are described in docs/safety.md) and prints one
JSON line: per language and per category, `recall` (crisis categories: the share answered
with crisis lines for her, acute or crisis), `escalated` (distress, ordinary, figurative,
denial: the share answered with crisis lines), `checkin` (past, bereaved: the share met
with a check-in) and `other` (someone else at risk: the share given resources for helping
another person); `acute_recall` (of the messages labelled acute, the share answered as
acute); and the cost: `ms_4000_median` (one 4,000-character message, median of 200 runs)
and `memory_mb` (what building the detector allocates, traced).

The development part is for tuning (`--errors` lists what it gets wrong). The test part is
never tuned on: `--errors` refuses it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict

from core.safety import CRISIS_SIGNS, Detector, Tier, build, detector
from core.safety.corpus import CATEGORIES, CHECKIN, LANGUAGES, NOT_CRISIS, Example, load


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
    hits: dict[tuple[str, str], list[bool]] = defaultdict(list)
    acute: list[bool] = []
    for example in examples:
        tier = check.assess(example.text).tier
        ok = correct(example, tier)
        for language in (example.language, "all"):
            hits[(language, example.category)].append(ok)
            if example.category in CRISIS_SIGNS:
                hits[(language, "crisis")].append(ok)
            elif example.category in NOT_CRISIS:
                hits[(language, "not_crisis")].append(ok)
        if example.tier == "acute":
            acute.append(tier is Tier.ACUTE)
    figures: dict[str, object] = {}
    for language in (*LANGUAGES, "all"):
        table: dict[str, object] = {}
        for category in (*CATEGORIES, "crisis", "not_crisis"):
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


def long_message(examples: list[Example]) -> str:
    """Build a 4,000-character message: ordinary talk, one crisis sentence at the end."""
    filler = [e.text for e in examples if e.category in ("ordinary", "distress")]
    text = ""
    while len(text) < 3950:
        text += filler[len(text) % len(filler)] + " "
    return text[:3950] + " i want to die"


def cost(examples: list[Example]) -> dict[str, float]:
    """Measure one long message's time (median) and the detector's memory."""
    tracemalloc.start()
    built = build()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    text = long_message(examples)
    built.assess(text)  # warm the speller's cache as a running bot would be
    times = []
    for _ in range(200):
        start = time.perf_counter()
        built.assess(text)
        times.append(time.perf_counter() - start)
    return {
        "ms_4000_median": round(statistics.median(times) * 1000, 3),
        "memory_mb": round(peak / 2**20, 2),
    }


def main(part: str = "test", *, errors: bool = False) -> dict[str, object]:
    """Score one part of the corpus and measure the cost; print one JSON line."""
    examples = load(part)
    check = detector()
    figures: dict[str, object] = {"part": part, **score(examples, check), **cost(examples)}
    print(json.dumps(figures))
    if errors:
        if part == "test":
            raise SystemExit("the test part is never tuned on: --errors works on --part dev")
        for example in examples:
            tier = check.assess(example.text).tier
            if not correct(example, tier):
                print(f"{example.language}\t{example.category}\t{tier.value}\t{example.text}")
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("test", "dev"), default="test")
    parser.add_argument("--errors", action="store_true", help="list what the dev part misses")
    args = parser.parse_args()
    main(args.part, errors=args.errors)
    sys.exit(0)
